// ConnectionHoggingAttackTests.swift — issue 14 item 2: one reader must not lock everyone out, by
// filling the connection table or by keeping a slot with a request line dripped byte by byte.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct ConnectionHoggingAttackTests {
    @Test(.needsRootToDropPrivileges) func oneUserFillingTheConnectionTableLocksNobodyOut() throws {
        let daemon = try DaemonProcess()  // the default limits: 1024 connections
        let attacker = try HostilePeer(holding: 1100, on: daemon)
        defer { attacker.stop() }
        let rootServed = (try? daemon.connect().call("system.ping"))?["pong"] == .bool(true)
        let status = try CommandRunner.aluectl(["status"], socket: daemon.socketPath)
        let otherReader = try OtherUser().aluectl(["ping"], as: .user(65533), daemon: daemon)
        print("attack 2 (1100 idle connections from uid \(PeerIdentity.nobody.uid)): attacker holds \(attacker.served), refused \(attacker.refused); "
              + "root ping \(rootServed ? "served" : "refused"), aluectl status exit \(status.status), another reader's ping exit \(otherReader.status); "
              + "daemon RSS \(ProcessMemory.kibibytes(daemon.pid)) KiB")
        #expect(attacker.served == 64, "limits.maxConnectionsPerUID defaults to 64")
        #expect(rootServed)
        #expect(status.status == 0, "\(status.stdout)\(status.stderr)")
        #expect(otherReader.status == 0, "\(otherReader.stdout)\(otherReader.stderr)")
        #expect(daemon.log.contains("uid \(PeerIdentity.nobody.uid) already has 64 connections open"))
        // A thousand refusals make a few log lines, not a thousand (they are counted instead).
        #expect(daemon.log.components(separatedBy: "refusing connection").count - 1 < 100)
    }

    @Test(.needsRootToDropPrivileges) func adminPeersHaveRoomWhenReadersFillTheRest() throws {
        let directory = TemporaryDirectory("alue-reserve")
        let config = try TestConfig.write(in: directory.path, limits: [("maxConnections", .number("40")),
                                                                        ("maxConnectionsPerUID", .number("30")),
                                                                        ("reservedAdminConnections", .number("8"))])
        let daemon = try DaemonProcess(config: config)
        let first = try HostilePeer(holding: 40, on: daemon)
        defer { first.stop() }
        let second = try HostilePeer(holding: 40, on: daemon, as: .user(65533))
        defer { second.stop() }
        // 40 connections, 8 of them kept for admins: readers share 32, at most 30 each.
        #expect(first.served == 30)
        #expect(second.served == 2)
        let third = try HostilePeer(holding: 1, on: daemon, as: .user(65532))
        defer { third.stop() }
        #expect(third.served == 0)
        // Root (admin) still gets in, up to the reserve.
        let admins = try (0..<8).map { _ in try daemon.connect() }
        for admin in admins { #expect(try admin.call("system.ping")["pong"] == .bool(true)) }
        let status = try admins[0].call("system.status")
        #expect(status["connections"]?.intValue == 40)
    }

    @Test func aRequestLineDrippedByteByByteIsCutOffAtItsDeadline() throws {
        let directory = TemporaryDirectory("alue-drip")
        let config = try TestConfig.write(in: directory.path, limits: [("idleTimeoutSeconds", .number("2")),
                                                                        ("requestTimeoutSeconds", .number("1"))])
        let daemon = try DaemonProcess(config: config)
        let dripper = try RPCConnection(path: daemon.socketPath, timeout: 0.3)
        let request = Array(#"{"jsonrpc":"2.0","id":1,"method":"system.ping","params":{"pad":"#.utf8)
        // One byte every 0.3 s (the receive timeout paces it): each byte restarts an idle timer,
        // only a deadline for the whole line ends this. 60 bytes = 18 s at most.
        var answer: JSONValue?
        var sent = 0
        drip: for byte in request.prefix(60) {
            guard (try? dripper.send(raw: [byte])) != nil else { break }
            sent += 1
            do {
                answer = try dripper.receive()
                break drip
            } catch {
                continue  // no answer yet: keep dripping
            }
        }
        print("attack 2 (drip): \(sent) bytes dripped before the daemon answered \(answer?.jsonText ?? "nothing")")
        #expect(answer?["error"]?.errorKind == "invalid_request", "the daemon kept the dripping connection open")
        #expect(answer?["error"]?["message"]?.stringValue?.contains("limits.requestTimeoutSeconds") == true)
        #expect(sent < 60)
        #expect(try daemon.connect().call("system.ping")["pong"] == .bool(true))
    }
}
