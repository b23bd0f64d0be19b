// MunicipalityDirectoryTests.swift — the 308 municipalities, found by code or name as staff type them.

import AlueCore
import Foundation
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

    @Test func suggestsNothingForInputNoNameCouldBe() {
        #expect(directory.suggestions(for: String(repeating: "a", count: 1_000_000)).isEmpty)
        #expect(directory.suggestions(for: String(repeating: "Hollola", count: 6)).isEmpty)  // 42 letters
        let longest = MunicipalityDirectory.longestSuggestible
        #expect(directory.all.allSatisfy { $0.nameFi.count < longest && $0.nameSv.count < longest })
    }

    /// The bounded edit distance behind the suggestions picks exactly what a plain Levenshtein
    /// distance over every name picks, for typos of every kind (seeded, so it repeats exactly).
    @Test func boundedSuggestionsMatchAPlainEditDistance() {
        func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
            guard !a.isEmpty else { return b.count }
            var previous = Array(0...b.count)
            for i in 1...a.count {
                var current = [i] + [Int](repeating: 0, count: b.count)
                for j in stride(from: 1, through: b.count, by: 1) {
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                previous = current
            }
            return previous[b.count]
        }
        func normalize(_ name: String) -> String {
            name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter { $0.isLetter || $0.isNumber }
        }
        var random = SeededRandom(seed: 14)
        for _ in 0..<300 {
            var typo = Array(normalize(directory.all.randomElement(using: &random)!.nameFi))
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let position = Int.random(in: 0...typo.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: typo.insert("x", at: position)
                case 1 where position < typo.count: typo.remove(at: position)
                default: if position < typo.count { typo[position] = "q" }
                }
            }
            let target = Array(String(typo))
            guard !target.isEmpty else { continue }
            let expected = directory.all
                .map { ($0, levenshtein(target, Array(normalize($0.nameFi)))) }
                .filter { $0.1 <= max(2, target.count / 3) }
                .sorted { ($0.1, $0.0.nameFi) < ($1.1, $1.0.nameFi) }
                .prefix(3).map(\.0.nameFi)
            #expect(directory.suggestions(for: String(typo)).map(\.nameFi) == Array(expected), "\(String(typo))")
        }
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
