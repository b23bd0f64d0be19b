// PaijatHameGovernanceTests.swift — the plan's governance facts for regions.get: board seats computed from
// dated population data (one per started 10 000 residents), start dates, and the plan's figures.

import Foundation
import PluginAPI
import Testing

@Suite struct PaijatHameGovernanceTests {
    typealias F = PaijatHameFixture

    private func fact(_ name: String, in facts: [RegionFact]) throws -> RegionFact {
        try #require(facts.first { $0.name == name }, "fact \(name)")
    }

    private func seats(_ facts: [RegionFact]) throws -> [String: Decimal] {
        try #require(try fact("board_seats", in: facts).value.table).compactMapValues(\.number)
    }

    /// The repository's parameters with populations of the given members as the `population` statistic.
    private func plugin(populations: [String: Decimal], on referenceDate: String) throws -> any RegionPlugin {
        var data = try F.repositoryData()
        var values: [MunicipalityCode: [StatisticValue]] = [:]
        for (name, population) in populations {
            values[try F.member(name).code] = [StatisticValue(value: population, referenceDate: PaijatHameDate.day(referenceDate),
                                                              source: "test statistics")]
        }
        data.statistics[Statistic.population] = values
        return try F.plugin().configured(with: data)
    }

    // 001_ee65168c221e2ff3.txt:114 «Kullakin sopimuskunnalla on työllisyyslautakunnassa yksi jäsen ja yksi varajäsen jokaista alkavaa
    // 10 000 asukasta kohti.»; lines 110–112 list Hollola 3, Heinola 2, Orimattila 2, the others 1.
    @Test("PaijatHame: board seats from the plan's 2022 populations match the plan's list (plan 110–114, 253–264)")
    func boardSeatsFromPlanPopulations() throws {
        let plugin = try plugin(populations: [:], on: "2022-12-31")
        let facts = plugin.facts(on: PaijatHameDate.day("2025-01-01"))
        let expected: [String: Decimal] = ["Hollola": 3, "Heinola": 2, "Orimattila": 2, "Asikkala": 1, "Hartola": 1,
                                           "Iitti": 1, "Kärkölä": 1, "Padasjoki": 1, "Sysmä": 1]
        #expect(try seats(facts) == expected)
        #expect(try fact("board_seats_in_plan", in: facts).value.table?.compactMapValues(\.number) == expected)
        #expect(try fact("board_seats_total", in: facts).value.number == 13)
        let computed = try fact("board_seats", in: facts)
        #expect(computed.asOf == PaijatHameDate.day("2022-12-31") && computed.status == .inferred)
        #expect(computed.basis.contains { $0.lines == "114" } && computed.basis.contains { $0.lines == "253-266" })
    }

    // «alkavaa 10 000 asukasta»: a started ten thousand — 10 000 gives one seat, 10 001 two, 20 001 three.
    @Test("PaijatHame: newer population statistics win, and a started 10 000 counts (plan 114)")
    func boardSeatsFromStatistics() throws {
        let plugin = try plugin(populations: ["Hollola": 20_000, "Heinola": 20_001, "Orimattila": 10_001, "Asikkala": 10_000],
                                on: "2024-12-31")
        let facts = plugin.facts(on: PaijatHameDate.day("2025-03-01"))
        let computed = try seats(facts)
        #expect(computed["Hollola"] == 2 && computed["Heinola"] == 3 && computed["Orimattila"] == 2 && computed["Asikkala"] == 1)
        #expect(computed["Sysmä"] == 1, "members without a newer statistic keep the plan's 2022 figure")
        let populations = try #require(try fact("board_seat_populations", in: facts).value.table)
        #expect(populations["Hollola"]?.table?["source"] == .string("test statistics"))
        #expect(populations["Sysmä"]?.table?["referenceDate"] == .string("2022-12-31"))
        // A statistic dated after the day asked about is not yet known.
        #expect(try seats(plugin.facts(on: PaijatHameDate.day("2024-06-01")))["Heinola"] == 2)
    }

    // 001_ee65168c221e2ff3.txt:268 «… (työllisyyslautakunta) toiminta alkaa 1.9.2024, jotta palveluiden tuottamisen aloittaminen on sujuvaa 1.1.2025.»
    // 001_ee65168c221e2ff3.txt:58 «… siirtyvät valtiolta kunnille … vuoden 2025 alusta alkaen.»
    @Test("PaijatHame: the board starts 1.9.2024 and the services 1.1.2025 (plan 58, 268)")
    func startDates() throws {
        let facts = try F.plugin().facts(on: F.day)
        #expect(try fact("board_start", in: facts).value == .string("2024-09-01"))
        let servicesStart = try fact("services_start", in: facts)
        #expect(servicesStart.value == .string("2025-01-01") && servicesStart.basis.allSatisfy { $0.document == F.plan })
        #expect(try F.plugin().declaration.effectiveFrom == PaijatHameDate.day("2025-01-01"))
    }

    // 001_ee65168c221e2ff3.txt:268 (criteria), 270 (preparation by population), 274 (benefit payments outside the budget),
    // 333 (150 clients per expert), 498 (nine service points).
    @Test("PaijatHame: the plan's figures are exposed with citations (plan 247, 268–274, 333, 498)")
    func planFigures() throws {
        let facts = try F.plugin().facts(on: F.day)
        #expect(try fact("service_points", in: facts).value == .number(9))
        #expect(try fact("caseload_target", in: facts).value == .number(150))
        #expect(try fact("minimum_cost_level_2019", in: facts).value == .number(7_400_000))
        #expect(try fact("preparation_cost_key", in: facts).value == .string("population"))
        #expect(try fact("unemployment_benefit_payments_outside_budget", in: facts).value == .bool(true))
        #expect(try fact("call_transfer_billing", in: facts).value.table?["deadline"] == .string("12-15"))
        #expect(facts.allSatisfy { !$0.basis.isEmpty })
    }
}

enum PaijatHameDate {
    static func day(_ iso: String) -> EffectiveDate { EffectiveDate(iso: iso)! }
}
