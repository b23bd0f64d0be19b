// AllocationEngineTests.swift — shares add up to the cent, never negative, deterministic; a golden
// table checked by hand; missing data is substituted or left out openly, never silently.

import AlueCore
import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct AllocationEngineTests {
    static let day = EffectiveDate(year: 2024, month: 12, day: 31)!

    /// Members with codes 001… and the given statistic values.
    static func fixture(_ values: [[String: Int]]) -> (members: [MunicipalityRef], statistics: StatisticsTable) {
        var table = StatisticsTable()
        let members = values.indices.map { MunicipalityRef(code: MunicipalityCode(rawValue: String(format: "%03d", $0 + 1))!, name: "Kunta\($0 + 1)") }
        for (member, stats) in zip(members, values) {
            for (name, value) in stats {
                table.values[name, default: [:]][member.code] = [StatisticValue(value: Decimal(value), referenceDate: day, source: "test")]
            }
        }
        return (members, table)
    }

    static func key(_ factors: [(String, Decimal)]) -> AllocationKey {
        AllocationKey(region: "test", pool: "shared", year: 2025,
                      factors: factors.map { AllocationFactor(name: $0.0, weight: $0.1, source: "test") },
                      basis: [Citation(document: "test", section: "test")], status: .explicit)
    }

    @Test func goldenStateShareKeyForPaijatHame() throws {
        // 50 % broad unemployment (001_ee65168c221e2ff3.txt L253–264 «Laaja työttömyys», 2022), 50 % population
        // (31.12.2024) standing in for 18–64; expected cents computed independently with exact fractions.
        let broad = ["016": 388, "081": 170, "111": 1332, "098": 1105, "142": 368, "316": 289, "560": 953, "576": 151, "781": 197]
        let population = ["016": 7889, "081": 2482, "111": 17829, "098": 22849, "142": 6401, "316": 4093, "560": 15651, "576": 2676, "781": 3428]
        var table = StatisticsTable()
        for (code, value) in broad {
            table.values[Statistic.broadUnemployment, default: [:]][MunicipalityCode(rawValue: code)!] = [StatisticValue(value: Decimal(value), referenceDate: Self.day, source: "seed")]
        }
        for (code, value) in population {
            table.values[Statistic.population18to64, default: [:]][MunicipalityCode(rawValue: code)!] = [StatisticValue(value: Decimal(value), referenceDate: Self.day, source: "pop")]
        }
        let members = broad.keys.sorted().map { MunicipalityRef(code: MunicipalityCode(rawValue: $0)!, name: $0) }
        let allocation = try AllocationEngine.allocate(amount: 1_000_000, key: Self.key([(Statistic.broadUnemployment, 0.5), (Statistic.population18to64, 0.5)]),
                                                       members: members, statistics: table, substitutes: [:], year: 2025)
        let expected = ["016": "86522.26", "081": "32059.63", "098": "248700.71", "111": "241483.34", "142": "75571.49",
                        "316": "53742.66", "560": "190150.15", "576": "31306.10", "781": "40463.66"]
        #expect(Dictionary(uniqueKeysWithValues: allocation.shares.map { ($0.municipality.code.rawValue, $0.amount.description) }) == expected)
        #expect(allocation.status == .explicit)
    }

    @Test func randomAmountsAlwaysSumExactlyAndAreDeterministic() throws {
        var random = SeededRandom(seed: 2025)
        for _ in 0..<300 {
            let count = Int.random(in: 1...30, using: &random)
            let values = (0..<count).map { _ in ["a": Int.random(in: 0...50_000, using: &random), "b": Int.random(in: 1...9_999, using: &random)] }
            let (members, table) = Self.fixture(values)
            let cents = Int.random(in: 1...99_999_999_999, using: &random)
            let amount = Decimal(cents) / 100
            let weightA = Decimal(Int.random(in: 0...100, using: &random)) / 100
            let key = Self.key([("a", weightA), ("b", 1 - weightA)])
            let first = try AllocationEngine.allocate(amount: amount, key: key, members: members, statistics: table, substitutes: [:], year: 2025)
            let second = try AllocationEngine.allocate(amount: amount, key: key, members: members, statistics: table, substitutes: [:], year: 2025)
            #expect(first.shares.reduce(Money.zero) { $0 + $1.amount } == Money(amount))
            #expect(first.shares.allSatisfy { $0.amount >= .zero })
            #expect(first.shares.map(\.amount) == second.shares.map(\.amount))
        }
    }

    @Test func tiesGoToTheLowerMunicipalityCode() throws {
        // Three equal members and 0.01 €: the one leftover cent goes to code 001.
        let (members, table) = Self.fixture([["a": 1], ["a": 1], ["a": 1]])
        let allocation = try AllocationEngine.allocate(amount: Decimal(string: "0.01")!, key: Self.key([("a", 1)]), members: members,
                                                       statistics: table, substitutes: [:], year: 2025)
        #expect(allocation.shares.map(\.amount.description) == ["0.01", "0.00", "0.00"])
    }

    @Test func aMissingFactorIsLeftOutAndTheWeightsRenormalised() throws {
        let (members, table) = Self.fixture([["a": 1, "b": 3], ["a": 1]])
        let allocation = try AllocationEngine.allocate(amount: 100, key: Self.key([("a", 0.25), ("b", 0.75)]), members: members,
                                                       statistics: table, substitutes: [:], year: 2025)
        #expect(allocation.status == .default)
        #expect(allocation.key.factors.map(\.name) == ["a"])
        #expect(allocation.key.factors.first?.weight == 1)
        #expect(allocation.notes.contains { $0.contains("left out for lack of data: b (missing for Kunta2)") && $0.contains("renormalised") })
        #expect(allocation.shares.map(\.amount.description) == ["50.00", "50.00"])
    }

    @Test func aDeclaredSubstituteStandsInForAllMembers() throws {
        let (members, table) = Self.fixture([["pop": 3, "b": 7], ["pop": 1]])
        let substitutes = ["b": StatisticSubstitute(statistic: "b", substitute: "pop", reason: "test")]
        let allocation = try AllocationEngine.allocate(amount: 100, key: Self.key([("b", 1)]), members: members, statistics: table,
                                                       substitutes: substitutes, year: 2025)
        #expect(allocation.status == .default)
        #expect(allocation.shares.first?.inputs["b"]?.statistic == "pop")
        #expect(allocation.shares.map(\.amount.description) == ["75.00", "25.00"])
    }

    @Test func noFactorLeftIsAnErrorNamingTheMissingInput() {
        let (members, table) = Self.fixture([["a": 1], ["a": 2]])
        #expect(throws: DecisionError.self) {
            try AllocationEngine.allocate(amount: 100, key: Self.key([("unemployed", 1)]), members: members, statistics: table,
                                          substitutes: [:], year: 2025)
        }
    }

    @Test func statisticsDatedAfterTheYearAreNotUsed() throws {
        var (members, table) = Self.fixture([["a": 1], ["a": 1]])
        table.values["a"]![members[0].code] = [StatisticValue(value: 9, referenceDate: EffectiveDate(year: 2026, month: 12, day: 31)!, source: "later")]
        #expect(throws: DecisionError.self) {
            try AllocationEngine.allocate(amount: 100, key: Self.key([("a", 1)]), members: members, statistics: table, substitutes: [:], year: 2025)
        }
    }
}
