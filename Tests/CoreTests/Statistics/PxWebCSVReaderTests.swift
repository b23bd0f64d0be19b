// PxWebCSVReaderTests.swift — PxWeb's CSV exports: the 308-municipality semicolon export with a
// title line, code-and-text labels and ISO-8859-15 bytes; comma exports with quoted fields,
// bilingual names and a year column; decimal commas; and rows that do not fit.

import AlueCore
import Foundation
import PluginAPI
import Testing

@Suite struct PxWebCSVReaderTests {
    typealias F = StatisticsFixtures

    @Test func semicolonExportWithTitleLineAndCodeAndTextLabels() throws {
        let figures = try F.read("laaja_tyottomyys_kunnittain_2022-2023.csv", .csv, .broadUnemployment)
        #expect(figures.figures.count == 616)
        #expect(F.value(figures, "098", 2022) == 526)
        #expect(F.value(figures, "564", 2023) == 285)
        #expect(figures.skippedTotals == ["SSS KOKO MAA"])
        #expect(figures.skippedAreas == ["MK07 Päijät-Häme", "SK071 Lahden seutukunta"])
        #expect(figures.metadata.title?.hasPrefix("Laaja työttömyys") == true)
    }

    @Test func commaExportWithAYearColumnAndBilingualNames() throws {
        let text = """
        "Väestö 31.12. muuttujina Vuosi, Alue ja Tiedot"
        "Vuosi","Alue","Väestö 31.12."
        "2023","KOKO MAA","5603851"
        "2023","Helsinki - Helsingfors","674500"
        "2023","Pedersöre - Pedersören kunta","11000"
        "2023","Koski Tl","2300"
        "2024","Helsinki - Helsingfors","684018"
        "2024","Pedersöre - Pedersören kunta",".."
        """
        let figures = try F.read(text: text, .csv, .population)
        #expect(F.value(figures, "091", 2023) == 674500)
        #expect(F.value(figures, "091", 2024) == 684018)
        #expect(figures.missing.map(\.symbol).contains(".."))
    }

    @Test func decimalCommaInSemicolonFiles() throws {
        let figures = try F.read(text: "\"Alue\";\"2022 Työttömät, keskiarvo\"\n\"Hollola\";\"711,5\"\n", .csv, .unemployed)
        #expect(F.value(figures, "098", 2022) == Decimal(string: "711.5"))
    }

    @Test(arguments: [
        ("\"Alue\";\"2023 Väestö\"\n\"Hollola\";10;11\n", 2, "columns"),
        ("\"Alue\";\"2023 Väestö\"\n\"Hollola\";kymmenen\n", 2, "neither a figure"),
        ("\"Alue\";\"2023 Väestö\"\n\"Hollola\";10\n\"Hollola\";11\n", 3, "appear twice"),
        ("\"Alue\";\"2023 Väestö\";\"2023 Osuus, %\"\n\"Hollola\";10;1,2\n", 1, "several figures"),
        ("\"Alue\";\"2023 Väestö\"\n\"Hollola;10\n", 2, "not closed"),
    ])
    func malformedFilesNameTheirLine(text: String, line: Int, words: String) {
        let error = F.error(text, .csv)
        #expect(error?.location == .line(line), "\(String(describing: error))")
        #expect(error?.message.contains(words) == true, "\(String(describing: error))")
    }
}
