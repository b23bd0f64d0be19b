// JSONParserTests.swift — the strict parser the daemon reads untrusted request lines with.

import AlueWire
import Testing

@Suite struct JSONParserTests {
    @Test func parsesEveryJSONType() throws {
        let value = try JSONParser.parse(#" {"a": [1, -2.5e3, true, false, null, "x"], "b": {}} "#)
        #expect(value["a"] == .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null, .string("x")]))
        #expect(value["b"] == .object([]))
    }

    @Test func keepsNumberLiteralsExactly() throws {
        // A request id is echoed byte for byte; huge numbers are not rounded through Double.
        #expect(try JSONParser.parse("123456789012345678901234567890") == .number("123456789012345678901234567890"))
        #expect(try JSONParser.parse("123456789012345678901234567890").intValue == nil)
        #expect(try JSONParser.parse("42").intValue == 42)
        #expect(try JSONParser.parse("1.0").intValue == nil)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONParser.parse(#""K\u00e4rk\u00f6l\u00e4 \ud83d\ude00 \"\\\/\n""#) == .string("Kärkölä 😀 \"\\/\n"))
    }

    @Test(arguments: [
        "", "{", "[1,]", "{\"a\" 1}", "tru", "01", "1.", "-", "\"unterminated", "{\"a\":1}x", "\"\\x\"",
        "\"\\ud800\"", "[1 2]", "{1:2}", "nul",
    ])
    func rejectsMalformedInput(_ text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func rejectsInvalidUTF8AndNULBytes() {
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x22, 0x61, 0x00, 0x22]) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse([0x00]) }
    }

    @Test func boundsNestingInsteadOfOverflowingTheStack() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect((try? JSONParser.parse(fine)) != nil)
    }

    @Test func writerRoundTrips() throws {
        let value = JSONValue.object([("s", .string("rivi\n\"lainaus\" \u{01} ä")), ("n", .number("-0.5")),
                                      ("a", .array([.null, .bool(true)]))])
        #expect(try JSONParser.parse(value.jsonText) == value)
        #expect(try JSONParser.parse(value.prettyText()) == value)
    }
}
