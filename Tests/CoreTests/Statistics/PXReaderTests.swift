// PXReaderTests.swift — PX files as the StatFin database downloads them: table 11rl for all 308
// municipalities in iso-8859-15 with the default language's keywords among [sv] ones, multi-line
// texts, dots and dashes in DATA; and the awkward parts: KEYS rows, other code pages, bad counts.

import AlueCore
import Foundation
import PluginAPI
import Testing

@Suite struct PXReaderTests {
    typealias F = StatisticsFixtures

    @Test func table11rlGivesEveryMunicipalitysForeignLanguageSpeakers() throws {
        let figures = try F.read("statfin_vaerak_pxt_11rl_2023.px", .px, .foreignLanguageSpeakers)
        #expect(Set(figures.figures.map(\.municipality)).count == 308)
        #expect(figures.referenceDates == [EffectiveDate(year: 2022, month: 12, day: 31)!, EffectiveDate(year: 2023, month: 12, day: 31)!])
        #expect(F.value(figures, "098", 2023) == 85)
        #expect(F.value(figures, "304", 2022) == 21)
        // Kustavi's Arabic speakers of 2023 are '..': its foreign-language figure is missing, not smaller.
        #expect(figures.missing.map(\.municipality.rawValue) == ["304"])
        #expect(F.value(figures, "304", 2023) == nil)
        #expect(figures.metadata.source == "Tilastokeskus, väestörakenne")
        #expect(figures.metadata.tableID == "11rl")
        #expect(figures.selections.contains("Kieli: the sum of 4 languages other than Finnish, Swedish and Sami"))
    }

    @Test func theSameFileReadAsUTF8TextGivesTheSameFigures() throws {
        let bytes = try F.bytes("statfin_vaerak_pxt_11rl_2023.px")
        let text = String(String.UnicodeScalarView(bytes.map { UnicodeScalar($0) })).replacingOccurrences(of: "iso-8859-15", with: "utf-8")
        let figures = try F.read(text: text, .px, .foreignLanguageSpeakers)
        #expect(F.value(figures, "098", 2023) == 85)
        #expect(figures.skippedAreas == ["Päijät-Häme"])
    }

    static let keyed = """
    CHARSET="ANSI";
    CODEPAGE="windows-1252";
    LANGUAGE="fi";
    TITLE="Väestö 31.12. muuttujina Alue, Vuosi ja Sukupuoli";
    STUB="Alue","Vuosi";
    HEADING="Sukupuoli";
    VALUES("Alue")="KOKO MAA","Lahti - Lahtis","Hollola",
    "Kärkölä";
    CODES("Alue")="SSS","KU398","KU098","KU316";
    VALUES("Vuosi")="2022","2023";
    VALUES("Sukupuoli")="Yhteensä","Miehet","Naiset";
    CODES("Sukupuoli")="SSS","1","2";
    KEYS("Alue")=CODES;
    KEYS("Vuosi")=VALUES;
    TIMEVAL("Vuosi")=TLIST(A1, "2022"-"2023");
    NOTE="A note that goes on"
    "on a second line; with a semicolon inside quotes.";
    DATA=
    "SSS","2023" 300 150 150
    "KU398","2023" 120 60 60
    "KU098","2022",23,11,12
    "KU098","2023";"..";"..";".."
    ;
    """

    @Test func keysRowsLeftOutAreZerosAndDotsAreMissing() throws {
        let figures = try F.read(text: Self.keyed, .px, .population)
        #expect(F.value(figures, "398", 2023) == 120)
        #expect(F.value(figures, "098", 2022) == 23)
        // No row for Lahti 2022 or Kärkölä: under KEYS an absent row holds zeros.
        #expect(F.value(figures, "398", 2022) == 0)
        #expect(F.value(figures, "316", 2023) == 0)
        #expect(figures.missing.map { "\($0.municipality) \($0.referenceDate) \($0.symbol)" } == ["098 2023-12-31 .."])
    }

    @Test func windows1252AndLatin9BytesDecodeByCodepage() throws {
        func file(_ codepage: String, _ name: [UInt8]) -> [UInt8] {
            Array("CODEPAGE=\"\(codepage)\";\nSTUB=\"Alue\";\nHEADING=\"Vuosi\";\nVALUES(\"Alue\")=\"".utf8) + name
                + Array("\";\nVALUES(\"Vuosi\")=\"2023\";\nDATA=\n7;\n".utf8)
        }
        // Kärkölä in both code pages (ä = 0xE4, ö = 0xF6 in each); € differs: 0x80 vs 0xA4.
        let karkola: [UInt8] = [0x4B, 0xE4, 0x72, 0x6B, 0xF6, 0x6C, 0xE4]
        for codepage in ["windows-1252", "iso-8859-15", "iso-8859-1"] {
            let figures = try StatisticsImporter.read(.bytes(file(codepage, karkola)), format: .px, statistic: .population, directory: F.directory)
            #expect(F.value(figures, "316", 2023) == 7, "\(codepage)")
        }
        #expect(throws: StatisticsImportError.self) {
            try StatisticsImporter.read(.bytes(file("ebcdic", karkola)), format: .px, statistic: .population, directory: F.directory)
        }
    }

    @Test(arguments: [
        ("STUB=\"Alue\";\nHEADING=\"Vuosi\";\nVALUES(\"Alue\")=\"Lahti\",\"Hollola\";\nVALUES(\"Vuosi\")=\"2023\";\nDATA=\n1\n", 5, "need 2"),
        ("STUB=\"Alue\";\nHEADING=\"Vuosi\";\nVALUES(\"Alue\")=\"Lahti\";\nVALUES(\"Vuosi\")=\"2023\";\nDATA=\nabc;\n", 6, "neither a figure"),
        ("STUB=\"Alue\";\nHEADING=\"Vuosi\";\nVALUES(\"Alue\")=\"Lahti;\nVALUES(\"Vuosi\")=\"2023\";\nDATA=\n1;\n", 3, "not closed"),
        ("STUB=\"Alue\";\nHEADING=\"Vuosi\";\nVALUES(\"Alue\")=\"Lahti\";\nVALUES(\"Vuosi\")=\"2023\"\nDATA=\n1;\n", 4, "not ended"),
        ("STUB=\"Alue\";\nHEADING=\"Vuosi\";\nVALUES(\"Alue\")=\"Lahti\";\nVALUES(\"Vuosi\")=\"2023\";\nKEYS(\"Alue\")=CODES;\nDATA=\n\"KU999\" 1;\n", 7, "not a code"),
    ])
    func malformedFilesNameTheirLine(text: String, line: Int, words: String) {
        let error = F.error(text, .px)
        #expect(error?.location == .line(line), "\(String(describing: error))")
        #expect(error?.message.contains(words) == true, "\(String(describing: error))")
    }
}
