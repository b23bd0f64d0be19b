// MunicipalityDirectoryTests.swift — the 308 municipalities, found by code or name as staff type them.

import AlueCore
import PluginAPI
import TestSupport
import Testing

@Suite struct MunicipalityDirectoryTests {
    let directory: MunicipalityDirectory

    init() throws {
        directory = try PluginFixture.directory()
    }

    @Test func holdsAllMunicipalitiesOfTheClassification() {
        // config/data/municipalities.csv: «Finnish municipalities in force 2021-2025» (Statistics Finland's classification).
        #expect(directory.all.count == 308)
        #expect(Set(directory.all.map(\.code)).count == 308)
    }

    @Test(arguments: [("316", "Kärkölä"), ("Kärkölä", "Kärkölä"), ("karkola", "Kärkölä"), ("KÄRKÖLÄ", "Kärkölä"),
                      ("098", "Hollola"), ("hämeenlinna", "Hämeenlinna"), ("Tavastehus", "Hämeenlinna"),
                      ("Uleåborg", "Oulu"), ("uleaborg", "Oulu"), ("  Oulu ", "Oulu"), ("Mantta-Vilppula", "Mänttä-Vilppula")])
    func resolvesCodesAndFinnishOrSwedishNames(input: String, expected: String) {
        #expect(directory.resolve(input)?.nameFi == expected)
    }

    @Test(arguments: ["Helsingfors2", "999", "16", "Lahti City", ""])
    func doesNotGuess(input: String) {
        #expect(directory.resolve(input) == nil)
    }

    @Test func suggestsCloseNamesForTypos() {
        #expect(directory.suggestions(for: "Kärköla").map(\.nameFi).contains("Kärkölä"))
        #expect(directory.suggestions(for: "Hollol").first?.nameFi == "Hollola")
    }

    @Test func knowsLahtiIsItsOwnEmploymentAuthority() throws {
        // 001_ee65168c221e2ff3.txt L49: «Lahden kaupunki toimisi järjestämisvastuullisena omalta osaltaan» (not the letter
        // of intent, which bound only until the areas were established, 002 L93)
        let lahti = try #require(directory.knownAuthority("398"))
        #expect(lahti.name.contains("Lahden kaupunki"))
        #expect(lahti.basis.document == "001_ee65168c221e2ff3.txt")
        #expect(lahti.basis.lines == "49")
        #expect(directory.knownAuthority("091") == nil)
    }
}
