// ConnectionStormTests.swift — a thousand connections at once, half of them slow readers or
// half-closed: the daemon keeps serving everyone else and stays small.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct ConnectionStormTests {
    @Test func aThousandConnectionsHalfOfThemMisbehaving() throws {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        limit.rlim_cur = max(limit.rlim_cur, min(limit.rlim_max, 4096))
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        try #require(limit.rlim_cur >= 2100, "needs an open-file limit of about 2100 for 1000 connections on both ends")

        let directory = TemporaryDirectory("alue-storm")
        let config = try TestConfig.write(in: directory.path, limits: [("writeTimeoutSeconds", .number("2")),
                                                                        ("maxConnections", .number("1100"))])
        let daemon = try DaemonProcess(config: config)
        let request = Array(#"{"jsonrpc":"2.0","id":1,"method":"route","params":{"municipality":"Forssa","service":"tyokokeilu","date":"2025-06-01"}}"#.utf8) + [0x0A]
        var slow: [RPCConnection] = [], halfClosed: [RPCConnection] = [], normal: [RPCConnection] = []
        for index in 0..<1000 {
            let connection = try daemon.connect()
            switch index % 4 {
            case 0, 1:
                // A slow reader: asks for far more than the socket buffers hold and never reads.
                try connection.send(raw: Array([[UInt8]](repeating: request, count: 200).joined()))
                slow.append(connection)
            case 2:
                try connection.send(raw: request)
                shutdown(connection.fd, Int32(SHUT_WR))
                halfClosed.append(connection)
            default:
                normal.append(connection)
            }
        }
        // Every well-behaved client is served while the slow ones sit on blocked writes.
        for connection in normal {
            #expect(try connection.call("system.ping")["pong"] == .bool(true))
        }
        for connection in halfClosed {
            #expect(try connection.receive()?["result"]?["delivery"] != nil)
            #expect(try connection.receive() == nil)  // answered, then closed
        }
        // (The connection's receive timeout turns a blocked daemon into a failure; no timing is asserted.)
        let fresh = try daemon.connect()
        #expect(try fresh.call("municipalities.resolve", json: #"{"municipality": "Ii"}"#)["region"] == .string("oulu"))
        let peak = ProcessMemory.kibibytes(daemon.pid, field: "VmHWM")
        print("storm: 1000 connections (500 slow readers, 250 half-closed); daemon peak RSS \(peak) KiB")
        #expect(peak < 512 * 1024)
        slow.removeAll()
        // The write timeout disconnects the slow readers; the daemon ends up with only our own.
        try eventually(timeout: 60, "the slow readers being disconnected") {
            try fresh.call("system.status")["connections"]?.intValue ?? .max <= normal.count + 1
        }
        #expect(daemon.process.isRunning)
    }
}
