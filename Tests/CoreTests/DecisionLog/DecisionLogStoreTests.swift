// DecisionLogStoreTests.swift — the decision log's file: an answer is rebuilt byte for byte from its
// template and id, a template is stored once however often it answers, and pruning removes old
// decisions together with the templates and plugin lists only they referred to.

@testable import AlueCore
import Foundation
import TestSupport
import Testing

@Suite struct DecisionLogStoreTests {
    let directory = TemporaryDirectory("alue-decisions")
    static let day = DecisionLogStore.millisecondsPerDay
    static let template = Array(#"{"decisionId":"","notes":["Ä \"quoted\""],"region":"r"}"#.utf8)
    static let subject = DecisionSubject(region: "r", municipality: "098", service: "neuvonta", date: "2025-03-01")

    func store() throws -> DecisionLogStore {
        try #require(try DecisionLogStore(directory: directory.path, create: true))
    }

    func add(_ store: DecisionLogStore, _ id: String, at: Int64, template: [UInt8] = Self.template) throws {
        try store.transaction {
            let answer = try store.answerRow(template: template, idOffset: 15, day: at / Self.day)
            let plugins = try store.pluginSetRow(plugins: #"[{"id":"r"}]"#, day: at / Self.day)
            try store.insert(decisionID: id, atMilliseconds: at, uid: 1000, method: "route", params: #"{"municipality":"098"}"#,
                             answer: answer, generation: 1, pluginSet: plugins, subject: Self.subject)
        }
    }

    @Test func theAnswerIsRebuiltExactlyAndItsTemplateStoredOnce() throws {
        let store = try store()
        for index in 0..<50 { try add(store, "id-\(index)", at: 100 * Self.day + Int64(index)) }
        let decision = try #require(try store.decision(id: "id-7"))
        #expect(decision.result == Array(#"{"decisionId":"id-7","notes":["Ä \"quoted\""],"region":"r"}"#.utf8))
        #expect(decision.uid == 1000 && decision.method == "route" && decision.generation == 1)
        #expect(decision.params == #"{"municipality":"098"}"#)
        #expect(try store.count() == 50)
        #expect(try rows("answers") == 1)
        #expect(try store.decision(id: "missing") == nil)
    }

    @Test func listingFiltersAndPagesInOrder() throws {
        let store = try store()
        for index in 0..<10 { try add(store, "id-\(index)", at: 100 * Self.day + Int64(index) * 1000) }
        let all = try store.list(DecisionFilter(), after: 0, limit: 100)
        #expect(all.map(\.decisionID) == (0..<10).map { "id-\($0)" })
        let window = try store.list(DecisionFilter(since: 100 * Self.day + 3000, until: 100 * Self.day + 6000), after: 0, limit: 100)
        #expect(window.map(\.decisionID) == ["id-3", "id-4", "id-5"])
        let after = try #require(try store.sequence(of: "id-4"))
        #expect(try store.list(DecisionFilter(), after: after, limit: 2).map(\.decisionID) == ["id-5", "id-6"])
        #expect(try store.list(DecisionFilter(municipality: "111"), after: 0, limit: 100).isEmpty)
        #expect(try store.list(DecisionFilter(region: "r", service: "neuvonta"), after: 0, limit: 100).count == 10)
    }

    @Test func pruningRemovesOldDecisionsAndWhatOnlyTheyUsed() throws {
        let store = try store()
        let oldTemplate = Array(#"{"decisionId":"","old":true}"#.utf8)
        for index in 0..<7 { try add(store, "old-\(index)", at: 10 * Self.day + Int64(index), template: oldTemplate) }
        try add(store, "both-old", at: 10 * Self.day + 100)
        try add(store, "new", at: 40 * Self.day)
        #expect(try store.prune(olderThan: 30 * Self.day, limit: 3) == 3, "a chunk at a time")
        #expect(try rows("answers") == 2, "templates stay while decisions may still refer to them")
        #expect(try store.prune(olderThan: 30 * Self.day, limit: 100) == 5)
        #expect(try store.count() == 1)
        #expect(try store.decision(id: "new") != nil)
        #expect(try rows("answers") == 1, "the old-only template went with its decisions; the shared one stays (used on day 40)")
    }

    @Test func reopeningKeepsTheDecisions() throws {
        try add(try store(), "kept", at: 5 * Self.day)
        #expect(try store().decision(id: "kept") != nil)
        #expect(try DecisionLogStore(directory: "\(directory.path)/absent", create: false) == nil)
    }

    private func rows(_ table: String) throws -> Int {
        let connection = try SQLiteConnection(path: "\(directory.path)/\(DecisionLogStore.fileName)")
        return Int(try connection.integer("SELECT count(*) FROM \(table)"))
    }
}
