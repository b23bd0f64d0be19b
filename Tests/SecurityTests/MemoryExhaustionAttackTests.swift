// MemoryExhaustionAttackTests.swift — issue 14 item 3: what one reader can make the daemon hold.
// Huge parameters must not reach the answer cache; a batch's answers must stay within a bound.

import AlueWire
import Foundation
import Synchronization
import TestSupport
import Testing

@Suite struct MemoryExhaustionAttackTests {
    /// A route whose training provider is `bytes` long, made distinct by `index`.
    static func route(provider bytes: Int, index: Int) -> String {
        let provider = String(index) + String(repeating: "x", count: bytes - String(index).count)
        return #"{"jsonrpc":"2.0","id":\#(index),"method":"route","params":{"municipality":"Hollola","service":"tyovoimakoulutus","date":"2025-03-01","training":{"provider":"\#(provider)","field":"Logistiikka"}}}"#
    }

    @Test func megabyteTrainingProvidersAreRefusedAndNeverCached() throws {
        let daemon = try DaemonProcess()
        let before = ProcessMemory.kibibytes(daemon.pid)
        let attacker = try daemon.connect()
        var kinds: Set<String> = []
        for index in 0..<100 {
            try attacker.send(line: Self.route(provider: 1_000_000, index: index))
            kinds.insert(try #require(try attacker.receive())["error"]?.errorKind ?? "answered")
        }
        withExtendedLifetime(attacker) {}
        let stats = try daemon.connect().call("system.stats")
        let after = ProcessMemory.kibibytes(daemon.pid)
        print("attack 3 (100 routes with a 1 MB training.provider): RSS \(before) → \(after) KiB; answers \(kinds.sorted()); "
              + "answer cache \(stats["answerCache"]?.jsonText ?? "not reported")")
        #expect(kinds == ["invalid_params"])
        #expect(stats["answerCache"]?["entries"]?.intValue == 0)
        // The longest provider name the domain needs is cached like any other.
        let fair = try daemon.connect().call("route", try JSONParser.parse(#"{"municipality":"Hollola","service":"tyovoimakoulutus","date":"2025-03-01","training":{"provider":"\#(String(repeating: "x", count: 200))"}}"#))
        #expect(fair["delivery"] != nil)
        #expect(try daemon.connect().call("system.stats")["answerCache"]?["entries"]?.intValue == 1)
    }

    @Test func theAnswerCacheStaysWithinItsByteBudget() throws {
        let directory = TemporaryDirectory("alue-cache")
        let config = try TestConfig.write(in: directory.path, limits: [("answerCacheBytes", .number("262144"))])
        let daemon = try DaemonProcess(config: config)
        let connection = try daemon.connect()
        var peak = 0
        for index in 0..<500 {
            try connection.send(line: Self.route(provider: 200, index: index))
            #expect(try connection.receive()?["result"] != nil)
            if index % 50 == 49 {
                peak = max(peak, try connection.call("system.stats")["answerCache"]?["bytes"]?.intValue ?? .max)
            }
        }
        print("attack 3 (500 distinct routes, 256 KiB budget): answer cache peaked at \(peak) bytes")
        #expect(peak <= 262_144)
        #expect(peak > 0)
    }

    @Test func aBatchWhoseAnswersOutgrowTheLimitIsCutShortWithOverloaded() throws {
        let daemon = try DaemonProcess()
        let batch = "[" + (0..<1000).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"regions.get","params":{"region":"oulu"}}"# }
            .joined(separator: ",") + "]\n"
        let connection = try daemon.connect()
        try connection.send(raw: Array(batch.utf8))
        let answers = try #require(try connection.receive()?.arrayValue)
        let served = answers.filter { $0["result"] != nil }.count
        let refused = answers.filter { $0["error"]?.errorKind == "overloaded" }
        let bytes = answers.map(\.jsonText).reduce(0) { $0 + $1.utf8.count }
        print("attack 3 (batch of 1000 regions.get, \(batch.utf8.count) bytes): \(served) answered, \(refused.count) refused, answer \(bytes) bytes")
        #expect(answers.count == 1000)
        #expect(served > 0 && served < 1000)
        #expect(served + refused.count == 1000)
        #expect(refused.first?["error"]?["message"]?.stringValue?.contains("limits.maxAnswerBytes") == true)
        // The limit, plus the answer that crossed it, plus a short error for each request not run.
        #expect(bytes < 1_048_576 + 65_536 + 1000 * 256)
        #expect(try connection.call("system.ping")["pong"] == .bool(true))
    }

    /// Sends `line` on 40 connections at once (a thread each, so the daemon works on all of them
    /// together) and returns how many answers passed `check`, and the daemon's peak RSS in KiB.
    static func fromFortyConnections(_ daemon: DaemonProcess, send line: [UInt8],
                                     check: @escaping @Sendable (JSONValue?) -> Bool) -> (passed: Int, peakKiB: Int) {
        let passed = Atomic<Int>(0)
        let group = DispatchGroup()
        for _ in 0..<40 {
            group.enter()
            Thread {
                if let connection = try? daemon.connect(), (try? connection.send(raw: line)) != nil,
                   check((try? connection.receive()) ?? nil) {
                    passed.add(1, ordering: .relaxed)
                }
                group.leave()
            }.start()
        }
        #expect(group.wait(timeout: .now() + 300) == .success)
        return (passed.load(ordering: .relaxed), ProcessMemory.kibibytes(daemon.pid, field: "VmHWM"))
    }

    @Test func fortyConnectionsSendingMegabyteLinesOfTinyValuesStayBounded() throws {
        // `[[0],[0],…]`: each 4 bytes of the line become a value of the parse tree, about 20× the line.
        let line = Array(("[" + Array(repeating: "[0]", count: 250_000).joined(separator: ",") + "]\n").utf8)
        let daemon = try DaemonProcess()
        let (refused, peak) = Self.fromFortyConnections(daemon, send: line) { $0?["error"]?.errorKind == "invalid_request" }
        print("attack 3 (40 connections × a 1 MB line of 250 000 tiny arrays): daemon peak RSS \(peak) KiB, now \(ProcessMemory.kibibytes(daemon.pid)) KiB")
        #expect(refused == 40)
        #expect(peak < 400 * 1024)
    }

    @Test func fortyConnectionsAskingForHugeBatchesStayBounded() throws {
        let daemon = try DaemonProcess()
        let batch = Array(("[" + (0..<1000).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"regions.get","params":{"region":"paijat-hame"}}"# }
            .joined(separator: ",") + "]\n").utf8)
        let (answered, peak) = Self.fromFortyConnections(daemon, send: batch) { $0?.arrayValue != nil }
        print("attack 3 (40 connections × batch of 1000 regions.get): daemon peak RSS \(peak) KiB")
        #expect(answered == 40)
        #expect(peak < 400 * 1024)
        #expect(try daemon.connect().call("system.ping")["pong"] == .bool(true))
    }
}
