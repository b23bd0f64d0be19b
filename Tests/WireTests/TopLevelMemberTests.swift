// TopLevelMemberTests.swift — finding a member of the outermost object without parsing: nested
// members, strings that look like keys, white space, duplicates and escaped keys.

import AlueWire
import Testing

@Suite struct TopLevelMemberTests {
    private func member(_ key: String, in text: String) -> TopLevelMember {
        Array(text.utf8).withUnsafeBufferPointer { TopLevelMember(named: Array(key.utf8), in: $0) }
    }

    @Test func findsTheValueOfAnOutermostMember() {
        let text = #"{"params":{"id":9},"note":"\"id\":8","id" : 7}"#
        let found = member("id", in: text)
        #expect(found.count == 1)
        #expect(found.firstValueOffset.map { Array(text.utf8)[$0] } == UInt8(ascii: "7"))
        #expect(found.keysWithEscapes == 0)
    }

    @Test func countsDuplicatesAndEscapedKeys() {
        #expect(member("id", in: #"{"id":1,"id":2}"#).count == 2)
        let escaped = member("id", in: #"{"id":1,"i\u0064":2}"#)
        #expect(escaped.count == 1 && escaped.keysWithEscapes == 1)
        #expect(member("id", in: #"["id",{"id":1}]"#).count == 0)
        #expect(member("id", in: #"{"id""#).firstValueOffset == nil)
    }
}
