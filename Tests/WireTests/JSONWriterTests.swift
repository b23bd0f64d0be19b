// JSONWriterTests.swift — integers are written as JSON writes them, at both ends of Int64 too.

import AlueWire
import Testing

@Suite struct JSONWriterTests {
    @Test(arguments: [Int64.min, -1_000, -1, 0, 7, 10, 1_733_097_600_000, Int64.max])
    func integersAreWrittenAsSwiftPrintsThem(value: Int64) {
        var writer = JSONWriter()
        writer.raw("[")
        writer.integer(value)
        writer.raw("]")
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "[\(value)]")
    }
}
