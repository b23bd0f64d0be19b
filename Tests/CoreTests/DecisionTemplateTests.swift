// DecisionTemplateTests.swift — every cached decision leaves with its own, non-empty decisionId,
// and only the top-level one is filled in.

import AlueCore
import AlueWire
import Testing

@Suite struct DecisionTemplateTests {
    @Test func fillsTheTopLevelIDNotANestedDecisionsOwn() throws {
        // With sorted keys a nested decision ("cost" < "decisionId") comes first in the text.
        let encoded = Array(#"{"cost":{"decisionId":"","note":"a \"decisionId\":\"\" in text"},"decisionId":"","region":"oulu"}"#.utf8)
        var filled = JSONWriter()
        try DecisionTemplate(encoded: encoded).write(filledWith: "abc-1", into: &filled)
        #expect(String(decoding: filled.bytes, as: UTF8.self)
                == #"{"cost":{"decisionId":"","note":"a \"decisionId\":\"\" in text"},"decisionId":"abc-1","region":"oulu"}"#)
    }

    @Test(arguments: [
        #"{"region":"oulu"}"#,                          // no id at all
        #"{"decisionId":"fixed","region":"oulu"}"#,     // already set: splicing would corrupt it
        #"{"nested":{"decisionId":""}}"#,               // only a nested one
        #"["decisionId",""]"#,
    ])
    func anEncodedAnswerWithoutAnEmptyTopLevelIDIsAnError(json: String) {
        #expect(throws: RPCError.self) { try DecisionTemplate(encoded: Array(json.utf8)) }
    }

    @Test(arguments: ["", "a\"b", "with space"])
    func anEmptyOrUnsafeIDIsRefused(id: String) throws {
        let template = try DecisionTemplate(encoded: Array(#"{"decisionId":""}"#.utf8))
        var answer = JSONWriter()
        #expect(throws: RPCError.self) { try template.write(filledWith: id, into: &answer) }
    }
}
