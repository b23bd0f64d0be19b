// HumanFormatTests.swift — numbers, shares, dates and citation lines as people read them, in
// Finnish and in English, and tables whose money columns line up on the right and whose last
// column wraps to the terminal.

@testable import CtlKit
import Testing

@Suite struct HumanFormatTests {
    static let nbsp = "\u{00A0}"

    @Test(arguments: [("1000.50", "1 000,50", "1,000.50"), ("-50.00", "-50,00", "-50.00"), ("0.00", "0,00", "0.00"),
                      ("999.99", "999,99", "999.99"), ("1234567.89", "1 234 567,89", "1,234,567.89"), ("16478", "16 478", "16,478"),
                      ("100", "100", "100"), ("2025-03-01", "2025-03-01", "2025-03-01"), ("", "", "")])
    func numbers(wire: String, finnish: String, english: String) {
        #expect(HumanFormat.number(wire, .fi) == finnish.replacingOccurrences(of: " ", with: Self.nbsp))
        #expect(HumanFormat.number(wire, .en) == english)
    }

    @Test(arguments: [("0.4", 4, false, "40 %", "40%"), ("0.1", 4, false, "10 %", "10%"),
                      ("0.150858754166", 4, false, "15,0859 %", "15.0859%"), ("1", 4, false, "100 %", "100%"),
                      ("0.04475", 2, true, "4,48 %", "4.48%"), ("1", 2, true, "100,00 %", "100.00%"), ("0.5", 2, true, "50,00 %", "50.00%")])
    func percentages(fraction: String, decimals: Int, fixed: Bool, finnish: String, english: String) {
        #expect(HumanFormat.percent(fraction, .fi, decimals: decimals, fixed: fixed) == finnish.replacingOccurrences(of: " ", with: Self.nbsp))
        #expect(HumanFormat.percent(fraction, .en, decimals: decimals, fixed: fixed) == english)
    }

    @Test func citationLinesSayRiviOrRivitInFinnishAndLineOrLinesInEnglish() {
        #expect(HumanFormat.lines("356", .fi) == "rivi 356")
        #expect(HumanFormat.lines("629-630", .fi) == "rivit 629–630")
        #expect(HumanFormat.lines("12, 14", .fi) == "rivit 12, 14")
        #expect(HumanFormat.lines("356", .en) == "line 356")
        #expect(HumanFormat.lines("629-630", .en) == "lines 629–630")
    }

    @Test func datesAndPeriods() {
        #expect(HumanFormat.date("2025-01-01", .fi) == "1.1.2025")
        #expect(HumanFormat.date("2026-12-31", .en) == "2026-12-31")
        #expect(HumanFormat.period(from: "2025-01-01", until: "2026-12-31", .fi) == "1.1.2025–31.12.2026")
        #expect(HumanFormat.period(from: "2025-01-01", until: nil, .fi) == "1.1.2025 alkaen")
        #expect(HumanFormat.period(from: "2025-01-01", until: "2026-12-31", .en) == "2025-01-01–2026-12-31")
        #expect(HumanFormat.period(from: "2025-01-01", until: nil, .en) == "from 2025-01-01")
    }

    @Test func moneyColumnsAlignRight() {
        var table = TextTable(["Kunta", "Euroa"], rightAligned: [1])
        table.add(["Hollola 098", HumanFormat.number("1850.00", .fi)])
        table.add(["Sysmä 781", HumanFormat.number("5.00", .fi)])
        #expect(table.render().split(separator: "\n").map(String.init) == [
            "Kunta           Euroa",
            "-----------  --------",
            "Hollola 098  1\(Self.nbsp)850,00",
            "Sysmä 781        5,00",
        ])
    }

    @Test func theLastColumnWrapsUnderItselfToFitAWidth() {
        var table = TextTable(["Tunnus", "Palvelu"])
        table.add(["tyollistymissuunnitelma", "Työllistymissuunnitelma, alkuhaastattelu ja työnhakukeskustelut"])
        table.add(["palkkatuki", "Palkkatuki"])
        let lines = table.render(width: 60).split(separator: "\n").map(String.init)
        #expect(lines == [
            "Tunnus                   Palvelu",
            "-----------------------  -----------------------------------",
            "tyollistymissuunnitelma  Työllistymissuunnitelma,",
            "                         alkuhaastattelu ja",
            "                         työnhakukeskustelut",
            "palkkatuki               Palkkatuki",
        ])
        #expect(table.render(width: 200) == table.render(), "wide enough: as without a width")
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
