// LineWithoutSpanTests.swift — lines that differ only inside the cut span (or before the start) are
// one key; any other difference, a shifted span included, makes another.

import AlueWire
import Testing

@Suite struct LineWithoutSpanTests {
    static func key(_ text: String, id: String, from start: Int = 0) -> LineWithoutSpan {
        let line = Array(text.utf8)
        let at = text.utf8.firstRange(of: id.utf8)!
        let lower = text.utf8.distance(from: text.utf8.startIndex, to: at.lowerBound)
        return LineWithoutSpan(line, from: start, cutting: lower..<lower + id.utf8.count)
    }

    @Test func onlyTheSpanAndWhatComesBeforeTheStartDoNotCount() {
        let first = Self.key(#"{"id":17,"q":"a"}"#, id: "17")
        #expect(first == Self.key(#"{"id":"case-9","q":"a"}"#, id: #""case-9""#))
        #expect(first.hashValue == Self.key(#"{"id":"case-9","q":"a"}"#, id: #""case-9""#).hashValue)
        #expect(first != Self.key(#"{"id":17,"q":"b"}"#, id: "17"))
        #expect(first != Self.key(#"{"q":"a","id":17}"#, id: "17"), "the same bytes around another place")
        #expect(first.count == 15)
        #expect(Self.key("A1:x:r", id: "x", from: 2) == Self.key("B22:y:r", id: "y", from: 3))
    }

    @Test func longLinesDifferingAwayFromTheSpanAreStillTold() {
        let tail = String(repeating: "z", count: 2_000)
        #expect(Self.key("a" + tail + "b#c", id: "#") != Self.key("b" + tail + "b#c", id: "#"))
    }
}
