// RepeatedRequestTests.swift — a line that repeats an answered decision with another request id is
// answered from the connection's memo (RepeatedRequestMemo): byte for byte the answer the general
// path gives, with its own request id and a fresh decision id, filed in the decision log; and a line
// the memo must not trust (no date, an ambiguous id) takes the general path.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite final class RepeatedRequestTests {
    let daemon: DaemonProcess

    init() throws {
        daemon = try DaemonProcess()
    }

    private static let question = #""method":"route","params":{"municipality":"Kempele","service":"palkkatuki","date":"2025-06-01","lang":"en"}}"#

    /// The answer with its decision id blanked, and that id.
    private func answer(to line: String, on connection: RPCConnection) throws -> (text: String, decisionID: String) {
        try connection.send(line: line)
        let text = String(decoding: try #require(try connection.receiveLine()), as: UTF8.self)
        let id = try #require(text.firstMatch(of: /"decisionId":"([^"]+)"/)?.1)
        return (text.replacingOccurrences(of: String(id), with: "-"), String(id))
    }

    private func repeatsAnswered() throws -> Int {
        let stats = try daemon.connect().call("system.stats")
        return try #require(stats["answerCache"]?["repeatsAnswered"]?.intValue)
    }

    @Test func aRepeatIsAnsweredAsTheFirstWithItsOwnIds() throws {
        let connection = try daemon.connect()
        let first = try answer(to: #"{"jsonrpc":"2.0","id":1,"# + Self.question, on: connection)
        let before = try repeatsAnswered()
        var ids: [String] = []
        for id in ["2", "-0", "\"case-17\"", "123456789012"] {
            let again = try answer(to: #"{"jsonrpc":"2.0","id":\#(id),"# + Self.question, on: connection)
            #expect(again.text == first.text.replacingOccurrences(of: #""id":1,"#, with: #""id":\#(id),"#))
            #expect(again.decisionID != first.decisionID)
            ids.append(again.decisionID)
        }
        #expect(try repeatsAnswered() == before + 4)
        // Each repeat is a decision of its own in the log, filed with its own id.
        for id in ids {
            try eventually(timeout: 30, "decision \(id) to be written") {
                (try? connection.call("decisions.get", json: #"{"decisionId": "\#(id)"}"#))?["result"]?["decisionId"] == .string(id)
            }
        }
    }

    @Test func aConnectionKeepsItsGenerationOnlyUntilAReloadElsewhere() throws {
        let connection = try daemon.connect()
        let generation = try #require(try connection.call("system.status")["generation"]?.intValue)
        let first = try answer(to: #"{"jsonrpc":"2.0","id":1,"# + Self.question, on: connection)
        #expect(try daemon.connect().call("system.reload")["ok"] == .bool(true))
        #expect(try connection.call("system.status")["generation"]?.intValue == generation + 1)
        let before = try repeatsAnswered()
        let again = try answer(to: #"{"jsonrpc":"2.0","id":1,"# + Self.question, on: connection)
        #expect(again.text == first.text)
        #expect(try repeatsAnswered() == before, "the memo of the old generation was let go")
    }

    @Test func linesTheMemoCannotTrustTakeTheGeneralPath() throws {
        let connection = try daemon.connect()
        _ = try answer(to: #"{"jsonrpc":"2.0","id":1,"# + Self.question, on: connection)
        let before = try repeatsAnswered()
        // A fraction is not a plain id; the parser keeps its literal.
        #expect(try answer(to: #"{"jsonrpc":"2.0","id":1e2,"# + Self.question, on: connection).text.contains(#""id":1e2,"#))
        // A second id written with an escape: the parser takes the last one.
        #expect(try answer(to: #"{"jsonrpc":"2.0","id":3,"i\u0064":4,"# + Self.question, on: connection).text.hasPrefix(#"{"jsonrpc":"2.0","id":4,"#))
        // An invalid id token is a parse error, as always.
        try connection.send(line: #"{"jsonrpc":"2.0","id":01,"# + Self.question)
        #expect(try connection.receive()?["error"]?.errorKind == "parse_error")
        // Without a date the answer is today's: never remembered.
        let dateless = #""method":"route","params":{"municipality":"Kempele","service":"palkkatuki"}}"#
        _ = try answer(to: #"{"jsonrpc":"2.0","id":5,"# + dateless, on: connection)
        _ = try answer(to: #"{"jsonrpc":"2.0","id":6,"# + dateless, on: connection)
        #expect(try repeatsAnswered() == before)
    }
}
