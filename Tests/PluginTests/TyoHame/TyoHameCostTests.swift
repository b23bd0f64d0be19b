// TyoHameCostTests.swift — who pays in TyöHäme (3.1.2, lines 177–179) and the allocation keys of its
// shared pools; each test cites the plan lines it rests on.

import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct TyoHameCostTests {
    let plugin: any RegionPlugin

    init() throws { plugin = try TyoHame.plugin() }

    // L177 «Työllisyysalue laskuttaa osallistuja kuntia kuukausittain … valtionosuuksien mukaisesti»;
    // L167/L170 pay subsidy lines of the service budget; L179 yearly reconciliation by usage.
    @Test func paySubsidyIsSharedAndBilledMonthlyByStateShare() throws {
        let decision = try TyoHame.cost(plugin, "Forssa", .palkkatuki)
        #expect(decision.principle == .sharedByKey)
        #expect(decision.payer == .municipality(TyoHame.member("Hämeenlinna")))
        guard case .membersByKey(let region, let pool, let key) = decision.bearer else {
            Issue.record("bearer \(decision.bearer)")
            return
        }
        #expect(region == "tyohame" && pool == "monthly_billing" && key == decision.key)
        #expect(decision.billing?.period == "monthly")
        #expect(decision.billing?.invoicer.contains("Hämeenlinna") == true)
        #expect(decision.key?.factors.map(\.name) == [Statistic.stateShareEmploymentServices])
        #expect(decision.key?.factors.first?.weight == 1)
        #expect(decision.status == .explicit)
        for lines in ["177", "179", "167", "170"] { #expect(TyoHame.cites(decision.basis, lines: lines)) }
        #expect(decision.notes.contains { $0.en.contains("refund") && $0.fi.contains("palautus") })
    }

    // L177 «Työllisyysalueen kunnat vastaavat itse etuuskuluista»: the study benefit is the member's own.
    @Test func selfMotivatedStudyBenefitIsTheHomeMunicipalitys() throws {
        let decision = try TyoHame.cost(plugin, "Ypäjä", .omaehtoinenOpiskelu)
        #expect(decision.principle == .causerPays)
        #expect(decision.payer == .municipality(TyoHame.member("Ypäjä")))
        #expect(decision.bearer == .municipality(TyoHame.member("Ypäjä")))
        #expect(decision.status == .inferred)
        #expect(TyoHame.cites(decision.basis, lines: "177"))
    }

    // L185 «aloittavan yrittäjänpalvelut» are a focus of TyöHäme's staff, so its start-up advice is a
    // statutory service of the shared budget; the development companies' advice stays the member's own
    // (L177 «… ja mahdollisista muista ei lakisääteisistä palveluista»), which a note says.
    @Test func businessAdviceIsTyoHamesSharedCostWithTheMembersOwnPartNoted() throws {
        #expect(try TyoHame.planLine(185).contains("aloittavan yrittäjänpalvelut"))
        let decision = try TyoHame.cost(plugin, "Tammela", .yritysneuvonta)
        #expect(decision.principle == .sharedByKey)
        #expect(decision.status == .inferred)
        #expect(TyoHame.cites(decision.basis, lines: "185"))
        #expect(decision.notes.contains { $0.fi.contains("elinkeinoyhtiöiden") && $0.en.contains("development companies") })
    }

    // L481 «Kanta-Hämeen hyvinvointialue järjestää kuntouttavaa työtoimintaa»: the county's own service,
    // funded by it (the statutory layer's funding) — funded_by_other_body, not state_funded.
    @Test func rehabilitativeWorkActivityIsFundedByTheCounty() throws {
        #expect(try TyoHame.planLine(481).contains("Kanta-Hämeen hyvinvointialue järjestää kuntouttavaa työtoimintaa"))
        for service in [ServiceID.kuntouttavaTyotoiminta, .tyottomienTerveystarkastus] {
            let decision = try TyoHame.cost(plugin, "Tammela", service)
            #expect(decision.principle == .fundedByOtherBody)
            #expect(decision.payer == .authority("Kanta-Hämeen hyvinvointialue"))
            #expect(decision.bearer == .publicBody(body: "Kanta-Hämeen hyvinvointialue", type: .wellbeingCounty))
            #expect(decision.key == nil)
            #expect(decision.status == .inferred)
            #expect(TyoHame.statuteCitations(service).allSatisfy(decision.basis.contains))
        }
        #expect(TyoHame.cites(try TyoHame.cost(plugin, "Tammela", .kuntouttavaTyotoiminta).basis, lines: "481"))
    }

    // L179 «Kunkin kunnan erityispalveluista aiheutuvat kustannukset maksaa erikseen asianomainen kunta».
    @Test func aMembersSpecialServiceIsPaidInFullByIt() throws {
        let configured = try TyoHame.plugin { parameters in
            parameters["municipality_special_services"] = TyoHame.series(.table(["Ypäjä": .list([.string("tyonhakuvalmennus")])]))
        }
        let ypaja = try TyoHame.cost(configured, "Ypäjä", .tyonhakuvalmennus)
        #expect(try TyoHame.planLine(179).contains("Kunkin kunnan erityispalveluista aiheutuvat kustannukset maksaa erikseen asianomainen kunta."))
        #expect(ypaja.principle == .ownMunicipality)
        #expect(ypaja.payer == .municipality(TyoHame.member("Ypäjä")))
        #expect(ypaja.bearer == .municipality(TyoHame.member("Ypäjä")))
        #expect(ypaja.status == .default)
        #expect(TyoHame.cites(ypaja.basis, lines: "179"))
        let route = try TyoHame.route(configured, "Ypäjä", .tyonhakuvalmennus)
        #expect(route.cost == ypaja.summary)
        #expect(try TyoHame.cost(configured, "Forssa", .tyonhakuvalmennus).bearer.kind == "members_by_key")
    }

    // L177: the default pool bills by the state share for the TE transfer — explicit, weight 1.
    @Test func theDefaultPoolIsMonthlyBillingByStateShare() throws {
        let key = try plugin.allocationKey(AllocationKeyQuery(year: 2025))
        #expect(key.pool == "monthly_billing")
        #expect(key.factors.map(\.name) == [Statistic.stateShareEmploymentServices])
        #expect(key.factors.map(\.weight) == [1])
        #expect(key.status == .explicit)
        #expect(key.region == "tyohame" && key.year == 2025)
        #expect(key == (try plugin.allocationKey(AllocationKeyQuery(year: 2025, pool: "monthly_billing"))))
    }

    // L177 «työikäisen väestön, laajan työttömyyden sekä vieraskielisyyden perusteella» — no weights
    // in the plan, so they are a default setting that must add up to exactly 1.
    @Test func areaCostsUseTheThreeCriteriaWithConfigurableWeights() throws {
        let key = try plugin.allocationKey(AllocationKeyQuery(year: 2026, pool: "area_costs"))
        #expect(Set(key.factors.map(\.name)) == [Statistic.population18to64, Statistic.broadUnemployment, Statistic.foreignLanguageSpeakers])
        #expect(key.factors.reduce(Decimal(0)) { $0 + $1.weight } == 1)
        #expect(key.status == .default)
        #expect(key.factors.allSatisfy { $0.source.contains("area_cost_weights") })
        #expect(TyoHame.cites(key.basis, lines: "177") && TyoHame.cites(key.basis, lines: "251"))
    }

    @Test func anUnknownPoolNamesTheRegionsPools() {
        #expect {
            try plugin.allocationKey(AllocationKeyQuery(year: 2025, pool: "shared_services"))
        } throws: { error in
            guard case DecisionError.invalidParameter(let message) = error else { return false }
            return message.contains("'shared_services'") && message.contains("monthly_billing") && message.contains("area_costs")
        }
    }

    // L179 second wording «työttömien määrän»: a setting may weight `unemployed` instead.
    @Test func weightsMayUseTheNumberOfUnemployed() throws {
        let configured = try TyoHame.plugin { parameters in
            parameters["area_cost_weights"] = TyoHame.series(.table(["population_18_64": .string("0.5"), "unemployed": .string("0.5")]))
        }
        let key = try configured.allocationKey(AllocationKeyQuery(year: 2025, pool: "area_costs"))
        #expect(key.factors.map(\.name) == [Statistic.population18to64, Statistic.unemployed])
    }
}
