// FuzzTests.swift — 100 000 malformed and hostile request lines against the real daemon: it must
// never crash, never hang, keep each connection usable, answer well-formed requests afterwards,
// and keep its memory bounded.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct FuzzTests {
    /// One hostile line (without its newline), chosen by `kind`.
    static func hostileLine(_ kind: Int, _ random: inout SeededRandom) -> [UInt8] {
        switch kind % 10 {
        case 0: // random bytes, any value including NUL and invalid UTF-8
            return (0..<Int.random(in: 1...200, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }.filter { $0 != 0x0A }
        case 1: // truncated JSON
            let full = Array(#"{"jsonrpc":"2.0","id":1,"method":"route","params":{"municipality":"Kempele","service":"palkkatuki"}}"#.utf8)
            return Array(full.prefix(Int.random(in: 0..<full.count, using: &random)))
        case 2: // deep nesting
            let depth = Int.random(in: 129...10_000, using: &random)
            return Array((String(repeating: "[", count: depth) + String(repeating: "]", count: depth)).utf8)
        case 3: // huge numbers and odd ids
            return Array(#"{"jsonrpc":"2.0","id":1e999999,"method":"route","params":{"municipality":1e400,"service":-0.0e-999}}"#.utf8)
        case 4: // wrong types everywhere
            let values = ["null", "true", "[]", "{}", "3.14", "\"x\"", "-1"]
            func any() -> String { values[Int.random(in: 0..<values.count, using: &random)] }
            return Array(#"{"jsonrpc":\#(any()),"id":\#(any()),"method":\#(any()),"params":\#(any())}"#.utf8)
        case 5: // invalid UTF-8 inside a string
            return Array(#"{"jsonrpc":"2.0","id":5,"method":"route","params":{"municipality":""#.utf8) + [0xC3, 0x28, 0xFF] + Array(#"","service":"eures"}}"#.utf8)
        case 6: // NUL bytes inside otherwise good JSON
            return Array(#"{"jsonrpc":"2.0","id":6,"method":"system.ping""#.utf8) + [0x00] + Array("}".utf8)
        case 7: // valid JSON, unknown method with a long random name
            let name = String((0..<Int.random(in: 1...300, using: &random)).map { _ in Character(UnicodeScalar(UInt8.random(in: 97...122, using: &random))) })
            return Array(#"{"jsonrpc":"2.0","id":7,"method":"\#(name)"}"#.utf8)
        case 8: // hostile params: huge strings, unknown keys, bad dates
            let filler = String(repeating: "ö", count: Int.random(in: 1...5_000, using: &random))
            return Array(#"{"jsonrpc":"2.0","id":8,"method":"route","params":{"municipality":"\#(filler)","service":"eures","date":"9999-99-99","x":{}}}"#.utf8)
        default: // batches of junk
            return Array(#"[1,"a",{},{"jsonrpc":"2.0"},{"jsonrpc":"2.0","id":9,"method":"costs.allocate","params":{"region":"oulu","amount":"NaN","year":1e3}}]"#.utf8)
        }
    }

    @Test func oneHundredThousandHostileRequestsLeaveTheDaemonServing() throws {
        let daemon = try DaemonProcess()
        let before = ProcessMemory.kibibytes(daemon.pid)
        var random = SeededRandom(seed: 380_2023)
        var sent = 0
        var connection = try daemon.connect()
        while sent < 100_000 {
            // A chunk of hostile lines, then a sentinel ping: reading up to the sentinel proves the
            // connection is still in step and nothing hung.
            var chunk: [UInt8] = []
            for _ in 0..<500 {
                chunk += Self.hostileLine(Int.random(in: 0..<10, using: &random), &random) + [0x0A]
                sent += 1
            }
            let sentinel = "sentinel-\(sent)"
            chunk += Array(#"{"jsonrpc":"2.0","id":"\#(sentinel)","method":"system.ping"}"#.utf8) + [0x0A]
            try connection.send(raw: chunk)
            var answers = 0
            while let answer = try connection.receive() {
                answers += 1
                if answer["id"] == .string(sentinel) { break }
            }
            #expect(answers > 400, "only \(answers) answers for 500 hostile lines")
            #expect(daemon.process.isRunning)
        }
        // Oversized lines close their connection but nothing else.
        for _ in 0..<3 {
            let huge = try daemon.connect()
            try? huge.send(raw: [UInt8](repeating: 0x7B, count: 2 << 20) + [0x0A])
            #expect(try huge.receive()?["error"]?.errorKind == "request_too_large")
            sent += 1
        }
        connection = try daemon.connect()
        #expect(try connection.call("route", json: #"{"municipality": "Kempele", "service": "palkkatuki", "date": "2025-06-01"}"#)["delivery"] == .string("centralized"))
        let stats = try connection.call("system.stats")
        #expect((stats["parseErrors"]?.intValue ?? 0) > 10_000)
        #expect((stats["methods"]?.objectValue?.count ?? 0) < 20, "unknown method names must not grow the stats")
        let after = ProcessMemory.kibibytes(daemon.pid)
        #expect(after < before + 64 * 1024, "RSS grew from \(before) KiB to \(after) KiB")
        print("fuzz: \(sent) hostile requests; RSS \(before) KiB → \(after) KiB")
    }
}
