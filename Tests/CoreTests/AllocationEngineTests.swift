// AllocationEngineTests.swift — shares add up to the cent, never negative, deterministic; a golden
// table checked by hand; and the rules that keep an allocation from guessing: exact criteria,
// missing_statistics per member × statistic, declared substitutes and mixed dates only, the
// statutory data year t−2, the newest year said out loud, plan pins, calculated TE costs.

import AlueCore
import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct AllocationEngineTests {
    static let day = EffectiveDate(year: 2024, month: 12, day: 31)!

    /// Members with codes 001… and the given statistic values, all dated `date`.
    static func fixture(_ values: [[String: Int]], date: EffectiveDate = day) -> (members: [MunicipalityRef], statistics: StatisticsTable) {
        var table = StatisticsTable()
        let members = values.indices.map { MunicipalityRef(code: MunicipalityCode(rawValue: String(format: "%03d", $0 + 1))!, name: "Kunta\($0 + 1)") }
        for (member, stats) in zip(members, values) {
            for (name, value) in stats {
                table.add(name, member.code, StatisticFigure(value: Decimal(value), referenceDate: date, source: "test"))
            }
        }
        return (members, table)
    }

    static func key(_ factors: [(String, Decimal)], pool: String = "shared") -> AllocationKey {
        AllocationKey(region: "test", pool: pool, year: 2025,
                      factors: factors.map { AllocationFactor(name: $0.0, weight: $0.1, source: "test") },
                      basis: [Citation(document: "test", section: "test")], status: .explicit)
    }

    static func allocate(_ amount: Decimal, _ key: AllocationKey, _ fixture: (members: [MunicipalityRef], statistics: StatisticsTable),
                         library: KeyLibrary = KeyLibrary(), rule: DataYearRule = .newestUpToYear, year: Int = 2025) throws(AllocationError) -> Allocation {
        try AllocationEngine.allocate(amount: amount, key: key, members: fixture.members, statistics: fixture.statistics,
                                      library: library, rule: rule, year: year)
    }

    static func missing(_ call: () throws(AllocationError) -> Allocation) -> [String] {
        do {
            _ = try call()
            return []
        } catch {
            guard case .missing(let list, _) = error else { return ["unexpected \(error)"] }
            return list.map { "\($0.municipality.name) \($0.statistic) \($0.referenceDate?.description ?? "-")" }
        }
    }

    @Test func goldenStateShareKeyForPaijatHame() throws {
        // 50 % broad unemployment (001_ee65168c221e2ff3.txt L253–264 «Laaja työttömyys», 2022), 50 % figures standing
        // for 18–64; expected cents computed independently with exact fractions.
        let broad = ["016": 388, "081": 170, "111": 1332, "098": 1105, "142": 368, "316": 289, "560": 953, "576": 151, "781": 197]
        let population = ["016": 7889, "081": 2482, "111": 17829, "098": 22849, "142": 6401, "316": 4093, "560": 15651, "576": 2676, "781": 3428]
        var table = StatisticsTable()
        for (code, value) in broad {
            table.add(Statistic.broadUnemployment, MunicipalityCode(rawValue: code)!, StatisticFigure(value: Decimal(value), referenceDate: Self.day, source: "seed"))
        }
        for (code, value) in population {
            table.add(Statistic.population18to64, MunicipalityCode(rawValue: code)!, StatisticFigure(value: Decimal(value), referenceDate: Self.day, source: "pop"))
        }
        let members = broad.keys.sorted().map { MunicipalityRef(code: MunicipalityCode(rawValue: $0)!, name: $0) }
        let allocation = try Self.allocate(1_000_000, Self.key([(Statistic.broadUnemployment, 0.5), (Statistic.population18to64, 0.5)]), (members, table))
        let expected = ["016": "86522.26", "081": "32059.63", "098": "248700.71", "111": "241483.34", "142": "75571.49",
                        "316": "53742.66", "560": "190150.15", "576": "31306.10", "781": "40463.66"]
        #expect(Dictionary(uniqueKeysWithValues: allocation.shares.map { ($0.municipality.code.rawValue, $0.amount.description) }) == expected)
        #expect(allocation.status == .explicit)
        #expect(allocation.substitutions.isEmpty)
        #expect(allocation.dataDates == [Statistic.broadUnemployment: Self.day, Statistic.population18to64: Self.day])
    }

    @Test func randomAmountsAlwaysSumExactlyAndAreDeterministic() throws {
        var random = SeededRandom(seed: 2025)
        for _ in 0..<300 {
            let count = Int.random(in: 1...30, using: &random)
            let values = (0..<count).map { _ in ["a": Int.random(in: 0...50_000, using: &random), "b": Int.random(in: 1...9_999, using: &random)] }
            let fixture = Self.fixture(values)
            let amount = Decimal(Int.random(in: 1...99_999_999_999, using: &random)) / 100
            let weightA = Decimal(Int.random(in: 0...100, using: &random)) / 100
            let key = Self.key([("a", weightA), ("b", 1 - weightA)])
            guard fixture.statistics.values["a"]!.values.contains(where: { $0[0].value > 0 }) || weightA == 0 else { continue }
            let first = try Self.allocate(amount, key, fixture)
            let second = try Self.allocate(amount, key, fixture)
            #expect(first.shares.reduce(Money.zero) { $0 + $1.amount } == Money(amount))
            #expect(first.shares.allSatisfy { $0.amount >= .zero })
            #expect(first.shares.map(\.amount) == second.shares.map(\.amount))
        }
    }

    @Test func tiesGoToTheLowerMunicipalityCode() throws {
        let allocation = try Self.allocate(Decimal(string: "0.01")!, Self.key([("a", 1)]), Self.fixture([["a": 1], ["a": 1], ["a": 1]]))
        #expect(allocation.shares.map(\.amount.description) == ["0.01", "0.00", "0.00"])
    }

    @Test func aMissingFigureIsMissingStatisticsForEveryMemberAndStatisticNeverLeftOut() {
        let fixture = Self.fixture([["a": 1, "b": 3], ["a": 1]])
        #expect(Self.missing { () throws(AllocationError) in try Self.allocate(100, Self.key([("a", 0.25), ("b", 0.75), ("c", 0)]), fixture) }
                == ["Kunta2 b 2024-12-31"])
        #expect(Self.missing { () throws(AllocationError) in try Self.allocate(100, Self.key([("c", 0.5), ("b", 0.5)]), fixture) }
                == ["Kunta1 c -", "Kunta2 c -", "Kunta2 b 2024-12-31"])
    }

    @Test func aDeclaredSubstituteStandsInForAllMembersAndIsListed() throws {
        let fixture = Self.fixture([["pop": 3, "b": 7], ["pop": 1]])
        let library = KeyLibrary(policy: AllocationPolicy(substitutes: [StatisticSubstitute(statistic: "b", substitute: "pop", reason: "test reason")]))
        let allocation = try Self.allocate(100, Self.key([("b", 1)]), fixture, library: library)
        #expect(allocation.status == .default)
        #expect(allocation.shares.first?.inputs["b"]?.statistic == "pop")
        #expect(allocation.shares.map(\.amount.description) == ["75.00", "25.00"])
        #expect(allocation.substitutions == [Allocation.Substitution(statistic: "b", by: "pop", reason: "test reason", municipalities: nil)])
        #expect(allocation.dataDates == ["pop": Self.day])
    }

    @Test func aSubstituteScopedToAnotherRegionDoesNotApply() {
        let library = KeyLibrary(policy: AllocationPolicy(substitutes: [StatisticSubstitute(statistic: "b", substitute: "pop", reason: "r", region: "oulu")]))
        #expect(Self.missing { () throws(AllocationError) in
            try Self.allocate(100, Self.key([("b", 1)]), Self.fixture([["pop": 3, "b": 7], ["pop": 1]]), library: library)
        } == ["Kunta2 b 2024-12-31"])
    }

    @Test func theNewestDateEveryMemberHasIsUsedNotAMix() throws {
        var fixture = Self.fixture([["a": 4], ["a": 6]])
        fixture.statistics.add("a", "002", StatisticFigure(value: 9, referenceDate: EffectiveDate(year: 2025, month: 12, day: 31)!, source: "newer"))
        let allocation = try Self.allocate(100, Self.key([("a", 1)]), fixture)
        #expect(allocation.dataDates == ["a": Self.day])
        #expect(allocation.shares.map(\.amount.description) == ["40.00", "60.00"])
    }

    @Test func mixedReferenceDatesAreRefusedUnlessConfigured() throws {
        var fixture = Self.fixture([["a": 4], ["b": 1]])
        fixture.statistics.add("a", "002", StatisticFigure(value: 9, referenceDate: EffectiveDate(year: 2025, month: 12, day: 31)!, source: "newer"))
        // Kunta1 has 2024 only, Kunta2 2025 only: no date is common, so the newest (2025) is asked for.
        #expect(Self.missing { () throws(AllocationError) in try Self.allocate(100, Self.key([("a", 1)]), fixture) } == ["Kunta1 a 2025-12-31"])
        let library = KeyLibrary(policy: AllocationPolicy(mixedReferenceDates: [MixedReferenceDates(statistic: "a", reason: "not yet published")]))
        let allocation = try Self.allocate(100, Self.key([("a", 1)]), fixture, library: library)
        #expect(allocation.shares.map(\.amount.description) == ["30.77", "69.23"])
        #expect(allocation.substitutions == [Allocation.Substitution(statistic: "a", by: "a", reason: "not yet published", municipalities: ["Kunta1 2024-12-31"])])
        #expect(allocation.status == .default)
    }

    @Test func aYearBeyondTheNewestDataSaysWhichYearItUsed() throws {
        let allocation = try Self.allocate(100, Self.key([("a", 1)]), Self.fixture([["a": 1], ["a": 3]]), year: 2040)
        #expect(allocation.dataYear == Allocation.DataYear(rule: "newest_up_to_year", year: 2040,
                                                           fallbacks: [.init(statistic: "a", usedYear: 2024)]))
        #expect(allocation.notes.contains { $0.contains("no figures of 2040") && $0.contains("a of 2024") })
    }

    @Test func figuresDatedAfterTheYearAreNotUsed() {
        let fixture = Self.fixture([["a": 1], ["a": 1]], date: EffectiveDate(year: 2026, month: 12, day: 31)!)
        #expect(Self.missing { () throws(AllocationError) in try Self.allocate(100, Self.key([("a", 1)]), fixture) } == ["Kunta1 a -", "Kunta2 a -"])
    }

    @Test func theStatutoryKeyTakesExactlyTheFiguresOfYearTMinus2() throws {
        var fixture = Self.fixture([["a": 1], ["a": 3]], date: EffectiveDate(year: 2023, month: 12, day: 31)!)
        for code: MunicipalityCode in ["001", "002"] {
            fixture.statistics.add("a", code, StatisticFigure(value: 50, referenceDate: Self.day, source: "newer, not the law's year"))
        }
        let allocation = try Self.allocate(100, Self.key([("a", 1)]), fixture, rule: .statutoryTMinus2, year: 2025)
        #expect(allocation.shares.map(\.amount.description) == ["25.00", "75.00"])
        #expect(allocation.dataYear.rule == "statutory_t_minus_2" && allocation.dataYear.year == 2023)
        #expect(Self.missing { () throws(AllocationError) in try Self.allocate(100, Self.key([("a", 1)]), fixture, rule: .statutoryTMinus2, year: 2027) }
                == ["Kunta1 a 2025-12-31", "Kunta2 a 2025-12-31"])
    }

    @Test func aPinnedPoolUsesThePlansTableEvenWhenNewerOfficialFiguresExist() throws {
        let planDate = EffectiveDate(year: 2022, month: 12, day: 31)!
        var fixture = Self.fixture([["population": 10], ["population": 30]], date: planDate)
        for code in fixture.members.map(\.code) {
            fixture.statistics.values["population"]![code]![0].quality = .plan
            // Newer official figures that would split 50/50 if the pin were ignored.
            fixture.statistics.add("population", code, StatisticFigure(value: 20, referenceDate: Self.day, source: "official", quality: .official, imported: true))
        }
        let pin = FigurePin(region: "test", pool: "prep", statistic: "population", referenceDate: planDate, quality: .plan, basis: "plan line 270")
        let allocation = try Self.allocate(100, Self.key([("population", 1)], pool: "prep"), fixture, library: KeyLibrary(policy: AllocationPolicy(pins: [pin])), year: 2024)
        #expect(allocation.shares.map(\.amount.description) == ["25.00", "75.00"])
        #expect(allocation.dataYear.rule == "plan_table")
        #expect(allocation.shares[0].inputs["population"]?.quality == .plan)
    }

    static let prices = UnitPriceTable(versions: [UnitPriceVersion(from: EffectiveDate(year: 2025, month: 1, day: 1)!, prices: [
        UnitPrice(statistic: Statistic.population18to64, price: Decimal(string: "83.48")!, criterion: "18–64-vuotiaat"),
        UnitPrice(statistic: Statistic.broadUnemployment, price: Decimal(string: "734.32")!, criterion: "työttömien määrä"),
    ], basis: [Citation(document: "VN asetus 870/2024", section: "1 §")])])

    static var statutoryFixture: (members: [MunicipalityRef], statistics: StatisticsTable) {
        fixture([[Statistic.population18to64: 10_000, Statistic.broadUnemployment: 500],
                  [Statistic.population18to64: 2_000, Statistic.broadUnemployment: 300]], date: EffectiveDate(year: 2023, month: 12, day: 31)!)
    }

    @Test func theStateShareKeyShowsEachMembersCalculatedTECost() throws {
        let allocation = try Self.allocate(1000, Self.key([(Statistic.broadUnemployment, 0.5), (Statistic.population18to64, 0.5)]), Self.statutoryFixture,
                                           library: KeyLibrary(unitPrices: Self.prices), rule: .statutoryTMinus2, year: 2025)
        // 83.48 × 10 000 + 734.32 × 500 = 834 800.00 + 367 160.00
        #expect(allocation.shares[0].calculatedCost?.amount.description == "1201960.00")
        #expect(allocation.shares[1].calculatedCost?.amount.description == "387256.00")
        #expect(allocation.unitPrices?.from == EffectiveDate(year: 2025, month: 1, day: 1)!)
        #expect(allocation.shares.map(\.amount.description) == ["729.17", "270.83"])
    }

    @Test func noCalculatedCostWhenASubstituteStoodInForACriterion() throws {
        var fixture = Self.statutoryFixture
        fixture.statistics.values[Statistic.broadUnemployment] = nil
        for code in fixture.members.map(\.code) {
            fixture.statistics.add(Statistic.unemployed, code, StatisticFigure(value: 100, referenceDate: EffectiveDate(year: 2023, month: 12, day: 31)!, source: "test"))
        }
        let library = KeyLibrary(policy: AllocationPolicy(substitutes: [StatisticSubstitute(statistic: Statistic.broadUnemployment, substitute: Statistic.unemployed, reason: "test")]),
                                 unitPrices: Self.prices)
        let allocation = try Self.allocate(1000, Self.key([(Statistic.broadUnemployment, 0.5), (Statistic.population18to64, 0.5)]), fixture,
                                           library: library, rule: .statutoryTMinus2, year: 2025)
        #expect(allocation.shares.allSatisfy { $0.calculatedCost == nil })
        #expect(allocation.status == .default)
    }

    @Test func billingByStateShareSplitsByTheCalculatedCostOfTMinus2() throws {
        let allocation = try Self.allocate(1000, Self.key([(Statistic.stateShareEmploymentServices, 1)]), Self.statutoryFixture,
                                           library: KeyLibrary(unitPrices: Self.prices), year: 2025)
        // 1 201 960 : 387 256 → 756.32 : 243.68
        #expect(allocation.shares.map(\.amount.description) == ["756.32", "243.68"])
        #expect(allocation.status == .inferred)
        #expect(allocation.dataDates[Statistic.population18to64] == EffectiveDate(year: 2023, month: 12, day: 31)!)
        #expect(Self.missing { () throws(AllocationError) in
            try Self.allocate(1000, Self.key([(Statistic.stateShareEmploymentServices, 1)]), Self.statutoryFixture, library: KeyLibrary(unitPrices: Self.prices), year: 2026)
        }.count == 4)
    }

    @Test func figuresSummingToZeroCannotSplitAnAmount() {
        #expect(throws: AllocationError.unusable(statistic: "a", message: LocalizedText(
            fi: "jäsenten luvut a ovat yhteensä 0, joten niillä ei voi jakaa summaa",
            en: "the members' a figures add up to 0, so they cannot split an amount"))) {
            try Self.allocate(100, Self.key([("a", 1)]), Self.fixture([["a": 0], ["a": 0]]))
        }
    }
}
