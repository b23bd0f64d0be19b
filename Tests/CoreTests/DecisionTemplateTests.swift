// DecisionTemplateTests.swift — every cached decision leaves with its own decisionId, only the
// top-level one is filled in, and an id is a token (its run's name made one once).

import AlueCore
import AlueWire
import Testing

@Suite struct DecisionTemplateTests {
    @Test func fillsTheTopLevelIDNotANestedDecisionsOwn() throws {
        // With sorted keys a nested decision ("cost" < "decisionId") comes first in the text.
        let encoded = Array(#"{"cost":{"decisionId":"","note":"a \"decisionId\":\"\" in text"},"decisionId":"","region":"oulu"}"#.utf8)
        var filled = JSONWriter()
        try DecisionTemplate(encoded: encoded).write(filledWith: DecisionID(run: DecisionID.Run("abc"), counter: 1), into: &filled)
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

    @Test func aRunNameIsMadeATokenOnceAndAnIdTextReadsBackOnlyWhenItIsOne() {
        #expect(DecisionID.Run("a\"b c\\d").name == "abcd" && DecisionID.Run(" \"").name == "run")
        #expect(DecisionID(run: DecisionID.Run("tp2ftu-dih"), counter: 17).text == "tp2ftu-dih-17")
        #expect(DecisionID("tp2ftu-dih-17") == DecisionID(run: DecisionID.Run("tp2ftu-dih"), counter: 17))
        for text in ["tp2ftu", "tp2ftu-", "a b-1", "a\"-1", "x-1.5"] { #expect(DecisionID(text) == nil, "\(text)") }
    }
}
