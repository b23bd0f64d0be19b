// FigureExtractorTests.swift — from any table to one statistic: the region forms Statistics
// Finland writes, reference dates of years, months and quarters, the ages 18–64 and the foreign
// mother tongues, and the refusals where a table cannot mean one figure per municipality.

import AlueCore
import Foundation
import PluginAPI
import Testing

@Suite struct FigureExtractorTests {
    typealias F = StatisticsFixtures

    /// A CSV with one region column and one figure column for `period`.
    static func table(_ regions: [String], period: String = "2023") -> String {
        "\"Alue\";\"\(period) Väestö\"\n" + regions.enumerated().map { "\"\($1)\";\($0 + 1)" }.joined(separator: "\n") + "\n"
    }

    @Test(arguments: ["KU398", "398", "KU398 Lahti", "Lahti", "Lahti - Lahtis", "Lahtis", "LAHTI"])
    func regionFormsMapToTheMunicipality(form: String) throws {
        let figures = try F.read(text: Self.table([form]), .csv, .population)
        #expect(figures.figures.map(\.municipality.rawValue) == ["398"])
    }

    @Test func totalsOtherAreasAndMergedMunicipalitiesAreSkippedAndListed() throws {
        let figures = try F.read(text: Self.table(["KOKO MAA", "SSS", "MK07 Päijät-Häme", "KU398", "KU999", "Uusimaa"]), .csv, .population)
        #expect(figures.figures.count == 1)
        #expect(figures.skippedTotals == ["KOKO MAA", "SSS"])
        #expect(figures.skippedAreas == ["MK07 Päijät-Häme", "Uusimaa"])
        #expect(figures.unknownMunicipalities == ["KU999"])
    }

    @Test(arguments: [("2023", "2023-12-31"), ("2023M06", "2023-06-30"), ("2024M02", "2024-02-29"), ("2023Q1", "2023-03-31")])
    func periodsBecomeTheirLastDay(period: String, date: String) throws {
        let figures = try F.read(text: Self.table(["Lahti"], period: period), .csv, .population)
        #expect(figures.figures.first?.referenceDate.description == date)
    }

    static func ages(_ groups: [String]) -> String {
        "\"Alue\";\"Ikä\";\"2023 Väestö\"\n" + groups.map { "\"Lahti\";\"\($0)\";10" }.joined(separator: "\n") + "\n"
    }

    @Test func fiveYearGroupsCovering18To64AreSummedAndTheTotalIsLeftOut() throws {
        let groups = ["Yhteensä", "0-17", "18-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65 -"]
        let figures = try F.read(text: Self.ages(groups), .csv, .population18to64)
        #expect(F.value(figures, "398", 2023) == 100)
    }

    @Test(arguments: [
        (["15-19", "20-64"], "straddles"),
        (["18-19", "25-64"], "lacks the ages 20, 21, 22, 23, 24"),
        (["18-64", "18-64 naiset"], nil as String?),
    ])
    func ageGroupsThatCannotGive18To64(groups: [String], words: String?) {
        let error = F.error(Self.ages(groups), .csv, .population18to64)
        if let words { #expect(error?.message.contains(words) == true, "\(String(describing: error))") } else { #expect(error == nil) }
    }

    @Test func aPopulationImportTakesTheTotalOfEveryOtherDimension() throws {
        let figures = try F.read(text: Self.ages(["Yhteensä", "0-17", "18-64"]), .csv, .population)
        #expect(F.value(figures, "398", 2023) == 10)
    }

    @Test func foreignLanguageTotalIsTakenWhenTheTableHasIt() throws {
        let text = "\"Alue\";\"Kieli\";\"2023 Väestö\"\n\"Lahti\";\"Yhteensä\";100\n\"Lahti\";\"suomi\";80\n\"Lahti\";\"Vieraat kielet yhteensä\";12\n\"Lahti\";\"venäjä\";5\n"
        let figures = try F.read(text: text, .csv, .foreignLanguageSpeakers)
        #expect(F.value(figures, "398", 2023) == 12)
    }

    @Test func aDimensionWithoutTotalIsRefusedNotSummed() {
        let text = "\"Alue\";\"Sukupuoli\";\"2023 Väestö\"\n\"Lahti\";\"Miehet\";50\n\"Lahti\";\"Naiset\";51\n"
        #expect(F.error(text, .csv)?.message.contains("no total") == true)
    }

    @Test func aTableWithoutTimeIsRefused() {
        #expect(F.error("\"Alue\";\"Väestö\"\n\"Lahti\";5\n", .csv)?.message.contains("no time dimension") == true)
    }

    @Test func negativeCountsAreRefused() {
        #expect(F.error(Self.table(["Lahti"]).replacingOccurrences(of: ";1", with: ";-5"), .csv)?.message.contains("negative") == true)
    }

    @Test func formatsAreGuessedFromNameAndContent() throws {
        #expect(StatisticsFormat.guess(fileName: "x.PX", content: []) == .px)
        #expect(StatisticsFormat.guess(fileName: nil, content: Array("\u{FEFF}{\"version\"".utf8)) == .jsonStat2)
        #expect(StatisticsFormat.guess(fileName: "download", content: Array("CHARSET=\"ANSI\";".utf8)) == .px)
        #expect(StatisticsFormat.guess(fileName: "taulukko.txt", content: Array("\"Alue\";\"2023\"".utf8)) == .csv)
    }
}
