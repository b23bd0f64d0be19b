// DecisionLogStoreTests.swift — the decision log's file: an answer is rebuilt byte for byte from its
// template and id, a template is stored once however often it answers, decisions are found by id
// across groups and runs, listed by filters and pages, and pruning removes old groups together with
// the templates and plugin lists only they referred to.

@testable import AlueCore
import AlueWire
import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct DecisionLogStoreTests {
    let directory = TemporaryDirectory("alue-decisions")
    static let day = DecisionLogStore.millisecondsPerDay
    static let template = Array(#"{"decisionId":"","notes":["Ä \"quoted\"\ttab"],"region":"r"}"#.utf8)

    func store() throws -> DecisionLogStore {
        try #require(try DecisionLogStore(directory: directory.path, create: true))
    }

    /// Writes one group of `run` with the given counters, all at `at` (+ their counter in ms).
    func add(_ store: DecisionLogStore, run: String = "run-a", _ counters: ClosedRange<Int64>, at: Int64,
             municipality: MunicipalityCode = "098", template: [UInt8] = Self.template) throws {
        try store.transaction {
            let answer = try store.answerRow(template: template, idOffset: 15, day: at / Self.day)
            let plugins = try store.pluginSetRow(plugins: #"[{"id":"r"}]"#, day: at / Self.day)
            var group = DecisionLogStore.Group(run: run)
            for counter in counters {
                group.append(counter: counter, at: at + counter, body(answer: answer, pluginSet: plugins, municipality: municipality))
            }
            try store.insert(group)
        }
    }

    func body(answer: Int64, pluginSet: Int64, uid: UInt32 = 1000, municipality: MunicipalityCode = "098") -> DecisionLine.Body {
        DecisionLine.Body(uid: uid, method: "route", answer: answer, generation: 1, pluginSet: pluginSet,
                          subject: DecisionSubject(region: "r", municipality: municipality, service: "neuvonta", date: "2025-03-01"),
                          params: JSONWriter.encode(.object([("municipality", .string(municipality.rawValue)), ("note", .string("a\tb"))])))
    }

    @Test func theAnswerIsRebuiltExactlyAndItsTemplateStoredOnce() throws {
        let store = try store()
        try add(store, 1...20, at: 100 * Self.day)
        try add(store, 21...50, at: 100 * Self.day + 1000)
        let decision = try #require(try store.decision(id: "run-a-27"))
        #expect(decision.result == Array(#"{"decisionId":"run-a-27","notes":["Ä \"quoted\"\ttab"],"region":"r"}"#.utf8))
        #expect(decision.line.body.uid == 1000 && decision.line.body.method == "route" && decision.line.body.generation == 1)
        #expect(decision.line.body.params == Array(#"{"municipality":"098","note":"a\tb"}"#.utf8))
        #expect(decision.plugins == #"[{"id":"r"}]"#)
        #expect(try rows("answers") == 1 && rows("groups") == 2)
        for missing in ["run-a-51", "run-b-3", "no-counter", "run-a-x"] { #expect(try store.decision(id: missing) == nil) }
    }

    @Test func decisionsOfSeveralRunsAreFoundByTheirOwnIds() throws {
        let store = try store()
        try add(store, run: "first-1", 1...5, at: 10 * Self.day)
        try add(store, run: "second-2", 1...5, at: 11 * Self.day)
        try add(store, run: "first-1", 6...9, at: 12 * Self.day)
        #expect(try store.decision(id: "first-1-7")?.line.atMilliseconds == 12 * Self.day + 7)
        #expect(try store.decision(id: "second-2-3")?.line.atMilliseconds == 11 * Self.day + 3)
    }

    @Test func listingFiltersAndPagesInOrder() throws {
        let store = try store()
        try add(store, 1...4, at: 100 * Self.day)
        try add(store, 5...6, at: 100 * Self.day, municipality: "111")
        try add(store, 7...10, at: 100 * Self.day)
        let all = try store.list(DecisionFilter(), after: nil, limit: 100)
        #expect(all.map(\.decisionID) == (1...10).map { "run-a-\($0)" })
        let window = try store.list(DecisionFilter(since: 100 * Self.day + 3, until: 100 * Self.day + 6), after: nil, limit: 100)
        #expect(window.map(\.counter) == [3, 4, 5])
        let after = try #require(try store.position(of: "run-a-5"))
        #expect(try store.list(DecisionFilter(), after: after, limit: 2).map(\.counter) == [6, 7])
        #expect(try store.list(DecisionFilter(municipality: "111"), after: nil, limit: 100).map(\.counter) == [5, 6])
        #expect(try store.list(DecisionFilter(region: "r", service: "neuvonta"), after: nil, limit: 3).map(\.counter) == [1, 2, 3])
        #expect(try store.list(DecisionFilter(region: "other"), after: nil, limit: 100).isEmpty)
    }

    @Test func pruningRemovesOldGroupsAndWhatOnlyTheyUsed() throws {
        let store = try store()
        let oldTemplate = Array(#"{"decisionId":"","old":true}"#.utf8)
        for index in Int64(0)..<3 { try add(store, index * 10 + 1...index * 10 + 5, at: 10 * Self.day, template: oldTemplate) }
        try add(store, 31...32, at: 10 * Self.day)
        try add(store, 41...42, at: 40 * Self.day)
        #expect(try store.prune(olderThan: 30 * Self.day, limit: 2) == 2, "a chunk at a time")
        #expect(try rows("answers") == 2, "templates stay while decisions may still refer to them")
        #expect(try store.prune(olderThan: 30 * Self.day, limit: 100) == 2)
        #expect(try rows("groups") == 1)
        #expect(try store.decision(id: "run-a-41") != nil && store.decision(id: "run-a-31") == nil)
        #expect(try rows("answers") == 1, "the old-only template went with its decisions; the shared one stays (used on day 40)")
    }

    @Test func aRepeatedDecisionIsStoredAsItsCounterAndTimeOnly() throws {
        let store = try store()
        var group = DecisionLogStore.Group(run: "run-a")
        let asked = body(answer: 1, pluginSet: 1)
        let other = [body(answer: 1, pluginSet: 1, uid: 1001), body(answer: 1, pluginSet: 1, municipality: "111"), body(answer: 2, pluginSet: 1)]
        group.append(counter: 1, at: 10, asked)
        for (offset, body) in other.enumerated() { group.append(counter: Int64(2 + offset), at: 20, body) }
        group.append(counter: 5, at: 30, asked)
        group.append(counter: 6, at: 40, other[1])
        let text = String(decoding: group.lines.bytes, as: UTF8.self).split(separator: "\n")
        #expect(text.count == 6 && text[4] == "5\t30\t@0" && text[5] == "6\t40\t@2",
                "another uid, municipality or answer is a decision of its own; the same one again refers back")
        try store.transaction { try store.insert(group) }
        let listed = try store.list(DecisionFilter(), after: nil, limit: 10)
        #expect(listed.map(\.counter) == [1, 2, 3, 4, 5, 6])
        var expected = try #require(listed.first)
        (expected.counter, expected.atMilliseconds) = (5, 30)
        #expect(listed[4] == expected, "a repeat reads back as the decision it repeats, with its own counter and time")
        #expect(listed[5].body.subject.municipality == "111" && listed[5].atMilliseconds == 40)
    }

    @Test func aRepeatOfAMissingOrLaterLineIsSkippedAsDamaged() {
        let full = "1\t10\t1000\troute\t1\t1\t1\tr\t098\tneuvonta\t2025-03-01\t{}"
        let lines = DecisionLine.decodeAll([full, "2\t11\t@0", "3\t12\t@3", "4\t13\t@9", "5\t14\t@x", "6\t15\t@1"].joined(separator: "\n"), run: "r-1")
        #expect(lines.map(\.counter) == [1, 2, 6], "a repeat of a repeat is the decision both repeat")
    }

    @Test func aLogOfVersionOneIsReadAsBeforeAndMovesToVersionTwo() throws {
        let path = "\(directory.path)/\(DecisionLogStore.fileName)"
        let old = try SQLiteConnection(path: path)
        try old.migrate(Array(DecisionLogStore.migrations.prefix(1)), path: path)
        try old.execute("""
            INSERT INTO groups (run, first_counter, last_counter, first_at, last_at, decisions, lines)
            VALUES ('run-a', 7, 7, 5, 5, 1, '7	5		route	1	1	1	r			2025-03-01	')
            """)
        let store = try store()
        #expect(try store.list(DecisionFilter(), after: nil, limit: 10).map(\.counter) == [7])
        #expect(try old.integer("PRAGMA user_version") == Int64(DecisionLogStore.migrations.count))
    }

    @Test func reopeningKeepsTheDecisions() throws {
        try add(try store(), 1...1, at: 5 * Self.day)
        #expect(try store().decision(id: "run-a-1") != nil)
        #expect(try DecisionLogStore(directory: "\(directory.path)/absent", create: false) == nil)
    }

    private func rows(_ table: String) throws -> Int {
        let connection = try SQLiteConnection(path: "\(directory.path)/\(DecisionLogStore.fileName)")
        return Int(try connection.integer("SELECT count(*) FROM \(table)"))
    }
}
