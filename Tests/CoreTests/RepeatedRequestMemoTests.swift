// RepeatedRequestMemoTests.swift — a connection's memo of answered lines: a repeat with another id
// is recognised, the memo never keeps an answer alive that the answer cache let go, and a few
// hundred distinct questions fit in its budget (a batch cycling through an area's members and
// services is answered from it).

@testable import AlueCore
import AlueWire
import Testing

@Suite struct RepeatedRequestMemoTests {
    static let subject = DecisionSubject(region: "r", municipality: "098", service: "neuvonta", date: "2025-06-01")

    static func line(_ id: Int, municipality: String = "Hollola") -> [UInt8] {
        Array(#"{"jsonrpc":"2.0","id":\#(id),"method":"route","params":{"municipality":"\#(municipality)","service":"neuvonta","date":"2025-06-01"}}"#.utf8)
    }

    static func template() throws -> DecisionTemplate {
        try DecisionTemplate(encoded: Array(#"{"decisionId":"","region":"r"}"#.utf8))
    }

    @Test func aRepeatWithAnotherIdIsRecognisedWhileTheAnswerLives() throws {
        let memo = RepeatedRequestMemo()
        var template: DecisionTemplate? = try Self.template()
        memo.remember(Self.line(1), id: .number("1"), entry: .init(method: "route", reply: DecisionReply(template: template!, subject: Self.subject), params: nil),
                      generation: 1)
        do {
            let repeated = try #require(memo.lookup(Self.line(2), generation: 1))
            #expect(repeated.id.elementsEqual("2".utf8) && repeated.reply.template === template && repeated.method == "route")
        }
        #expect(memo.lookup(Self.line(2), generation: 2) == nil, "another generation")
        template = nil
        #expect(memo.lookup(Self.line(3), generation: 1) == nil, "the answer cache let the answer go: the memo does not keep it")
    }

    @Test func severalHundredQuestionsFitItsBudget() throws {
        let memo = RepeatedRequestMemo()
        let templates = try (0..<300).map { _ in try Self.template() }
        for (index, template) in templates.enumerated() {
            memo.remember(Self.line(index, municipality: "Kunta \(index)"), id: .number(String(index)),
                          entry: .init(method: "route", reply: DecisionReply(template: template, subject: Self.subject), params: Array("{}".utf8)),
                          generation: 1)
        }
        #expect(templates.indices.allSatisfy { memo.lookup(Self.line($0 + 1000, municipality: "Kunta \($0)"), generation: 1) != nil })
    }
}
