// ConnectionTests.swift — the wire protocol under real use: pipelining, batches, recovery after a
// bad line, the 1 MiB limit, many concurrent clients.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite final class ConnectionTests {
    let daemon: DaemonProcess

    init() throws {
        daemon = try DaemonProcess()
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let connection = try daemon.connect()
        let requests = (1...200).map { id in
            id % 2 == 0 ? #"{"jsonrpc":"2.0","id":\#(id),"method":"system.ping"}"#
                        : #"{"jsonrpc":"2.0","id":\#(id),"method":"municipalities.resolve","params":{"municipality":"karkola"}}"#
        }
        try connection.send(raw: Array((requests.joined(separator: "\n") + "\n").utf8))
        for id in 1...200 {
            let answer = try #require(try connection.receive())
            #expect(answer["id"] == .number(String(id)))
            #expect(answer["result"] != nil)
        }
    }

    @Test func batchMixesResultsErrorsAndNotifications() throws {
        let connection = try daemon.connect()
        try connection.send(line: #"[{"jsonrpc":"2.0","id":"a","method":"system.ping"},{"jsonrpc":"2.0","method":"system.ping"},{"jsonrpc":"2.0","id":"b","method":"municipalities.resolve","params":{"municipality":"Atlantis"}}]"#)
        let answers = try #require(try connection.receive()?.arrayValue)
        #expect(answers.map { $0["id"] } == [.string("a"), .string("b")])
        #expect(answers[1]["error"]?.errorCode == -32001)
    }

    @Test func aMalformedLineDoesNotSpoilTheNextOne() throws {
        let connection = try daemon.connect()
        try connection.send(raw: Array("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.ping\"\n".utf8) + [0xFF, 0xFE, 0x0A]
                            + Array("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"system.ping\"}\n".utf8))
        #expect(try connection.receive()?["error"]?.errorCode == -32700)
        #expect(try connection.receive()?["error"]?.errorCode == -32700)
        #expect(try connection.receive()?["id"] == .number("2"))
    }

    @Test func aTwoMebibyteLineIsRefusedAndTheConnectionClosed() throws {
        let connection = try daemon.connect()
        let huge = #"{"jsonrpc":"2.0","id":1,"method":"system.ping","params":{"pad":""# + String(repeating: "x", count: 2 << 20) + "\"}}\n"
        // The daemon may close before reading everything; a failed write is fine, the answer is what counts.
        try? connection.send(raw: Array(huge.utf8))
        let error = try #require(try connection.receive()?["error"])
        #expect(error.errorCode == -32600)
        #expect(error.errorKind == "request_too_large")
        #expect(try connection.receive() == nil)
        // The daemon itself is unharmed.
        #expect(try daemon.connect().call("system.ping")["pong"] == .bool(true))
    }

    @Test func twoHundredConcurrentClientsAreAllServed() throws {
        let connections = try (0..<200).map { _ in try daemon.connect() }
        // Every connection sends before any reads, so the daemon must serve them concurrently.
        for (index, connection) in connections.enumerated() {
            try connection.send(line: #"{"jsonrpc":"2.0","id":\#(index),"method":"municipalities.resolve","params":{"municipality":"Kempele"}}"#)
        }
        for (index, connection) in connections.enumerated() {
            let answer = try #require(try connection.receive())
            #expect(answer["id"] == .number(String(index)))
            #expect(answer["result"]?["region"] == .string("oulu"))
        }
        let stats = try connections[0].call("system.stats")
        #expect((stats["connections"]?["accepted"]?.intValue ?? 0) >= 200)
    }

    @Test func aSilentClientDoesNotBlockOthers() throws {
        let silent = try daemon.connect()
        try silent.send(raw: Array(#"{"jsonrpc":"2.0","id":1,"method":"#.utf8))  // half a request, never finished
        #expect(try daemon.connect().call("system.ping")["pong"] == .bool(true))
        _ = silent
    }
}
