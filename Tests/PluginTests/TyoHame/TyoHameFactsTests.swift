// TyoHameFactsTests.swift — the plan's figures and governance rules as regions.get lists them:
// budget (3.1), the service budget table (3.1.1, lines 160–171), state shares, staffing targets.

import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct TyoHameFactsTests {
    let facts: [String: RegionFact]

    init() throws {
        let list = try TyoHame.plugin().facts(on: TyoHame.day)
        facts = Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
    }

    private func number(_ name: String) -> Decimal? { facts[name]?.value.number }

    // L162–171: the main lines add up to «Palvelut yhteensä, € 6 764 453»; «josta» lines are sub-items.
    @Test func serviceBudgetLinesAddUpToTheTotal() throws {
        let main = ["labour_market_training", "coaching", "expert_assessments", "pay_subsidy_municipalities",
                    "start_up_grant", "pay_subsidy_private"].compactMap { number("service_budget_\($0)_eur") }
        #expect(main.count == 6)
        #expect(main.reduce(0, +) == 6_764_453)
        #expect(number("service_budget_total_eur") == 6_764_453)
        // L163–164: 838 431 + 514 479 = 1 352 910.
        #expect(number("service_budget_vocational_further_training_eur")! + number("service_budget_integration_training_non_refugees_eur")!
                == number("service_budget_labour_market_training_eur")!)
        #expect(number("service_budget_population") == 109_602)
        #expect(facts["service_budget_total_eur"]?.asOf == PluginFixture.day("2019-12-31"))
    }

    // L150: about 9.5 M€ in total, 6.7 M€ services, 2.8 M€ operating, no investments.
    @Test func budgetTotals() {
        #expect(number("budget_total_eur") == 9_500_000)
        #expect(number("budget_service_procurement_eur") == 6_700_000)
        #expect(number("budget_operating_eur") == 2_800_000)
        #expect(number("budget_investments_eur") == 0)
        #expect(TyoHame.cites(facts["budget_total_eur"]?.basis ?? [], lines: "150"))
    }

    // L177: state shares grow 9.7 M€ (2019 data); about 12 M€ by spring 2023 data.
    @Test func stateShareReferenceFigures() {
        #expect(number("state_share_growth_2019_eur") == 9_700_000)
        #expect(number("state_share_spring_2023_eur") == 12_000_000)
    }

    // L190/L200 teams of 8–12; L204 100 clients per worker; L372 throughput ≥ 80 % within 3 months.
    @Test func staffingTargets() {
        #expect(facts["team_size"]?.value == .table(["min": .number(8), "max": .number(12)]))
        #expect(number("clients_per_worker_target") == 100)
        #expect(facts["throughput_target"]?.value.table?["withinMonths"] == .number(3))
        #expect(TyoHame.cites(facts["team_size"]?.basis ?? [], lines: "190"))
    }

    // L499 two main offices; L557 two Ohjaamos; L221 no delegation named; L124 humans decide.
    @Test func governanceFacts() {
        #expect(facts["main_offices"]?.value == .list([.string("Hämeenlinna"), .string("Forssa")]))
        #expect(number("ohjaamo_count") == 2)
        #expect(facts["delegations"]?.value == .list([]))
        #expect(facts["ai_decisions_by_humans"] != nil)
        #expect(facts["office_catchment"]?.status == .inferred)
        #expect(facts["immigrant_service_point"]?.status == .default)
    }

    // L177/L179: the cost rules are facts too; weights without a source in the plan are defaults.
    @Test func costRuleFacts() {
        for name in ["cost_monthly_billing", "cost_sharing_criteria", "cost_annual_reconciliation", "cost_special_services",
                     "cost_benefits_and_non_statutory", "cost_future_productisation"] {
            #expect(facts[name] != nil, "missing fact \(name)")
        }
        #expect(facts["cost_sharing_criteria"]?.status == .default)
        #expect(facts["cost_monthly_billing"]?.status == .explicit)
    }

    @Test func everyFactIsCitedFromThePlan() {
        #expect(facts.count >= 35)
        for fact in facts.values {
            #expect(!fact.basis.isEmpty && fact.basis.allSatisfy { $0.document == TyoHame.plan && $0.lines != nil }, "\(fact.name)")
        }
    }
}
