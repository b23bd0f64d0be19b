// SuggestionCostAttackTests.swift — issue 14 item 5: "did you mean" must not let one request buy
// unbounded CPU time (edit distances of a megabyte of input against every municipality name).

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct SuggestionCostAttackTests {
    static let megabyte = 1_000_000

    @Test func megabyteNamesCostNoMoreThanOrdinaryErrors() throws {
        let daemon = try DaemonProcess()
        let cpuBefore = ProcessCPU.seconds(daemon.pid)
        let attacker = try daemon.connect()
        var answers: [JSONValue] = []
        for letter in ["a", "b", "c"] {
            try attacker.send(line: #"{"jsonrpc":"2.0","id":1,"method":"route","params":{"municipality":"\#(String(repeating: letter, count: Self.megabyte))","service":"palkkatuki"}}"#)
            answers.append(try #require(try attacker.receive()))
        }
        try attacker.send(line: #"{"jsonrpc":"2.0","id":2,"method":"\#(String(repeating: "m", count: Self.megabyte))"}"#)
        answers.append(try #require(try attacker.receive()))
        let cpu = ProcessCPU.seconds(daemon.pid) - cpuBefore
        let sizes = answers.map { $0.jsonText.utf8.count }
        print("attack 5 (3 routes with a 1 MB municipality, 1 call of a 1 MB method name): daemon CPU \(String(format: "%.2f", cpu)) s; "
              + "kinds \(answers.map { $0["error"]?.errorKind ?? "?" }); answer sizes \(sizes) bytes")
        #expect(answers.prefix(3).allSatisfy { $0["error"]?.errorKind == "invalid_params" })
        #expect(answers[3]["error"]?.errorKind == "method_not_found")
        // No echo of the megabyte either: an error names the input, it does not repeat it.
        #expect(sizes.allSatisfy { $0 < 2_000 })
        // A generous bound on work done (an ordinary error costs milliseconds; the attack cost 23 s each).
        #expect(cpu < 5)
        #expect(try daemon.connect().call("system.ping")["pong"] == .bool(true))
    }

    @Test func misspeltNamesStillGetSuggestions() throws {
        let daemon = try DaemonProcess()
        let error = try daemon.connect().error("route", json: #"{"municipality": "Hollolla", "service": "palkkatuki"}"#)
        #expect(error.errorKind == "unknown_municipality")
        #expect(error["data"]?["suggestions"]?.arrayValue?.first == .string("Hollola"))
        let long = try daemon.connect().error("route", json: #"{"municipality": "\#(String(repeating: "Hollola", count: 6))", "service": "palkkatuki"}"#)
        #expect(long.errorKind == "unknown_municipality")
        #expect(long["data"]?["suggestions"]?.arrayValue == [])
    }
}
