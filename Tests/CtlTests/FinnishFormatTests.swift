// FinnishFormatTests.swift — numbers, shares and citation lines as Finnish staff read them, and
// tables whose money columns line up on the right.

import CtlKit
import Testing

@Suite struct FinnishFormatTests {
    static let nbsp = "\u{00A0}"

    @Test(arguments: [("1000.50", "1 000,50"), ("-50.00", "-50,00"), ("0.00", "0,00"), ("999.99", "999,99"),
                      ("1234567.89", "1 234 567,89"), ("16478", "16 478"), ("100", "100"), ("2025-03-01", "2025-03-01"), ("", "")])
    func numbers(wire: String, shown: String) {
        #expect(FinnishFormat.number(wire) == shown.replacingOccurrences(of: " ", with: Self.nbsp))
    }

    @Test(arguments: [("0.4", 4, false, "40 %"), ("0.1", 4, false, "10 %"), ("0.150858754166", 4, false, "15,0859 %"),
                      ("1", 4, false, "100 %"), ("0.04475", 2, true, "4,48 %"), ("1", 2, true, "100,00 %"), ("0.5", 2, true, "50,00 %")])
    func percentages(fraction: String, decimals: Int, fixed: Bool, shown: String) {
        #expect(FinnishFormat.percent(fraction, decimals: decimals, fixed: fixed) == shown.replacingOccurrences(of: " ", with: Self.nbsp))
    }

    @Test func citationLines() {
        #expect(FinnishFormat.lines("356") == "rivi 356")
        #expect(FinnishFormat.lines("629-630") == "rivit 629–630")
        #expect(FinnishFormat.lines("12, 14") == "rivit 12, 14")
    }

    @Test func moneyColumnsAlignRight() {
        var table = TextTable(["Kunta", "Euroa"], rightAligned: [1])
        table.add(["Hollola 098", FinnishFormat.number("1850.00")])
        table.add(["Sysmä 781", FinnishFormat.number("5.00")])
        #expect(table.render().split(separator: "\n").map(String.init) == [
            "Kunta           Euroa",
            "-----------  --------",
            "Hollola 098  1\(Self.nbsp)850,00",
            "Sysmä 781        5,00",
        ])
    }

    @Test func wrappingBreaksBetweenWordsWithAHangingIndent() {
        #expect(TextWrap.lines("one two three four", width: 9) == ["one two", "three", "four"])
        #expect(TextWrap.lines("https://example.invalid/a-very-long-address", width: 10) == ["https://example.invalid/a-very-long-address"])
        #expect(TextWrap.wrap("  [1] alpha beta gamma delta epsilon\nshort", width: 24, hanging: 4)
                == "  [1] alpha beta\n      gamma delta\n      epsilon\nshort")
        var block = KeyValueBlock()
        block.add("Jäsenet", "Hailuoto 072, Ii 139, Kempele 244")
        #expect(block.render(width: 30) == "Jäsenet: Hailuoto 072, Ii 139,\n         Kempele 244")
    }
}
