// ProtocolErrorTests.swift — every pinned error of docs/architecture.md §3 from the real alued over its socket.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite(.serialized) final class ProtocolErrorTests {
    let daemon: DaemonProcess
    let connection: RPCConnection

    init() throws {
        // The fixture region sits next to the real three so that not_offered is reachable.
        let directory = TemporaryDirectory("alue-config")
        let config = try TestConfig.write(in: directory.path, plugins: ["PaijatHame", "TyoHame", "Oulu", "FixtureRegion"].map(JSONValue.string))
        daemon = try DaemonProcess(config: config)
        connection = try daemon.connect()
        _ = directory
    }

    private func expectError(_ method: String, _ params: String?, code: Int, kind: String,
                             sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        let error = try connection.error(method, json: params)
        #expect(error.errorCode == code, "\(error.jsonText)", sourceLocation: sourceLocation)
        #expect(error.errorKind == kind, "\(error.jsonText)", sourceLocation: sourceLocation)
        #expect((error["message"]?.stringValue?.count ?? 0) > 10, sourceLocation: sourceLocation)
        return error
    }

    @Test func parseErrorKeepsTheConnectionUsable() throws {
        try connection.send(line: "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ")
        let error = try #require(try connection.receive()?["error"])
        #expect(error.errorCode == -32700)
        #expect(try connection.call("system.ping")["pong"] == .bool(true))
    }

    @Test func invalidRequestAndUnknownMethod() throws {
        try connection.send(line: #"{"id": 1, "method": "system.ping"}"#)
        #expect(try connection.receive()?["error"]?.errorCode == -32600)
        _ = try expectError("no.such.method", nil, code: -32601, kind: "method_not_found")
        _ = try expectError("route", #"{"municipality": "Oulu"}"#, code: -32602, kind: "invalid_params")
    }

    @Test func unknownMunicipalityAndService() throws {
        let municipality = try expectError("route", #"{"municipality": "Atlantis", "service": "eures"}"#,
                                           code: -32001, kind: "unknown_municipality")
        #expect(municipality["data"]?["input"] == .string("Atlantis"))
        let service = try expectError("route", #"{"municipality": "Oulu", "service": "palkka"}"#,
                                      code: -32002, kind: "unknown_service")
        #expect(service["data"]?["suggestions"]?.arrayValue?.contains(.string("palkkatuki")) == true)
    }

    @Test func noRegionNamesLahtiAsItsOwnAuthority() throws {
        // 001_ee65168c221e2ff3.txt L49: «Lahden kaupunki toimisi järjestämisvastuullisena omalta osaltaan» (the plan, not the
        // letter of intent, which bound only until the areas were established, 002 L93)
        let lahti = try expectError("route", #"{"municipality": "Lahti", "service": "palkkatuki"}"#, code: -32003, kind: "no_region")
        #expect(lahti["data"]?["authority"]?.stringValue?.contains("Lahden kaupunki") == true)
        let helsinki = try expectError("route", #"{"municipality": "Helsinki", "service": "palkkatuki"}"#, code: -32003, kind: "no_region")
        #expect(helsinki["data"]?["authority"] == .null)
    }

    @Test func notOfferedCarriesAReasonAndBasis() throws {
        let error = try expectError("route", #"{"municipality": "Inari", "service": "palkkatuki", "date": "2025-06-01"}"#,
                                    code: -32004, kind: "not_offered")
        #expect(error["data"]?["reason"]?.stringValue?.isEmpty == false)
        #expect(error["data"]?["basis"]?.arrayValue?.isEmpty == false)
        #expect(try connection.call("route", json: #"{"municipality": "Utsjoki", "service": "neuvonta", "date": "2025-06-01"}"#)["delivery"] == .string("local"))
    }

    @Test func invalidDateAndOutOfEffect() throws {
        _ = try expectError("route", #"{"municipality": "Inari", "service": "neuvonta", "date": "2025-02-30"}"#,
                            code: -32005, kind: "invalid_date")
        let early = try expectError("route", #"{"municipality": "Inari", "service": "neuvonta", "date": "2024-12-31"}"#,
                                    code: -32005, kind: "out_of_effect")
        #expect(early["data"]?["effectiveFrom"] == .string("2025-01-01"))
    }

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs root to run a client under another uid"))
    func permissionDeniedForAPeerWithoutTheRole() throws {
        // The socket is 0660 for the daemon's group, and the build directory may sit in a private
        // directory: give the unprivileged peer an open socket and its own copy of aluectl.
        let bin = "\(daemon.directory.path)/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        for file in ["aluectl", "libPluginAPI.so"] {
            try FileManager.default.copyItem(atPath: "\(BuildProducts.binDirectory)/\(file)", toPath: "\(bin)/\(file)")
        }
        chmod(daemon.directory.path, 0o755)
        chmod(bin, 0o755)
        chmod(daemon.socketPath, 0o666)
        let result = try CommandRunner.run("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups",
                                                                "\(bin)/aluectl", "--socket", daemon.socketPath,
                                                                "--json", "reload"])
        #expect(result.status == 1, "\(result.stderr)")
        let error = try JSONParser.parse(result.stdout)
        #expect(error.errorCode == -32010)
        #expect(error.errorKind == "permission_denied")
        #expect(daemon.log.contains("audit method=system.reload uid=65534"))
    }

    @Test func reloadFailedKeepsTheOldGeneration() throws {
        let directory = TemporaryDirectory("alue-reload")
        let config = try TestConfig.write(in: directory.path)
        let other = try DaemonProcess(config: config)
        let client = try other.connect()
        #expect(try client.call("system.reload")["generation"] == .number("2"))
        try "{ not json".write(toFile: config, atomically: true, encoding: .utf8)
        let error = try client.error("system.reload")
        #expect(error.errorCode == -32030)
        #expect(error.errorKind == "reload_failed")
        #expect(error["data"]?["messages"]?.arrayValue?.isEmpty == false)
        let status = try client.call("system.status")
        #expect(status["generation"] == .number("2"))
        #expect(status["plugins"]?.arrayValue?.count == 3)
        #expect(try client.call("municipalities.resolve", json: #"{"municipality": "Kempele"}"#)["region"] == .string("oulu"))
    }

    @Test func overloadedWhenTheConnectionLimitIsReached() throws {
        let directory = TemporaryDirectory("alue-limit")
        let config = try TestConfig.write(in: directory.path, limits: [("maxConnections", .number("2"))])
        let limited = try DaemonProcess(config: config)
        // Wait until the readiness probe's connection is gone, so exactly two are open.
        let first = try limited.connect()
        try waitForOpenConnections(1, asking: first)
        let second = try limited.connect()
        try waitForOpenConnections(2, asking: first)
        #expect(try second.call("system.ping")["pong"] == .bool(true))
        let third = try limited.connect()
        let answer = try #require(try third.receive())
        #expect(answer["error"]?.errorCode == -32011)
        #expect(answer["error"]?.errorKind == "overloaded")
        #expect(try third.receive() == nil)
    }

    private func waitForOpenConnections(_ count: Int, asking connection: RPCConnection) throws {
        try eventually(timeout: 30, "the daemon reporting \(count) open connections") {
            try connection.call("system.status")["connections"] == .number(String(count))
        }
    }
}
