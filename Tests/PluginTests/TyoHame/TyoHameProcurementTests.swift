// TyoHameProcurementTests.swift — how TyöHäme procures services: the four models (4.2, lines
// 435–453), the three baskets (4.1, lines 405–427), the employment condition; each test cites its lines.

import PluginAPI
import TestSupport
import Testing

@Suite struct TyoHameProcurementTests {
    let plugin: any RegionPlugin

    init() throws { plugin = try TyoHame.plugin() }

    // L441–442 model 2 «Puitesopimukset, palvelukorit ja minikilpailutus», a. group services;
    // L409–411 basket «Työllistymisen palvelut», «1) Työnhaku: Valmennukset (mm. Uravalmennus)».
    @Test func coachingIsAFrameworkAgreementInTheEmploymentBasket() throws {
        for service in [ServiceID.tyonhakuvalmennus, .uravalmennus] {
            let decision = try TyoHame.procurement(plugin, service)
            #expect(decision.model == .frameworkAgreement)
            #expect(decision.categories == ["Työllistymisen palvelut", "1) Työnhaku: Valmennukset (mm. Uravalmennus), työllistymisen tuki"])
            #expect(decision.status == .inferred)
            #expect(TyoHame.cites(decision.basis, lines: "441-442"))
        }
    }

    // L431: «dynaaminen pienhankinta … (TyöllisyysSampo)»; L437–438 model 1 a. complementary services.
    @Test func jobPlacementPurchasesUseDynamicSmallProcurement() throws {
        let decision = try TyoHame.procurement(plugin, .tyonvalitys)
        #expect(decision.model == .dynamicPurchasingSystem)
        #expect(TyoHame.cites(decision.basis, lines: "431"))
        #expect(decision.notes.contains { $0.contains("hankintamalli 1") })
    }

    // L417–419 «Osaamisen kehittäminen», «1) Koulutuspalvelut: työvoimakoulutus»; L467 Lahti region.
    @Test func labourMarketTrainingIsInTheCompetenceBasketWithLahti() throws {
        let decision = try TyoHame.procurement(plugin, .tyovoimakoulutus)
        #expect(decision.categories.first == "Osaamisen kehittäminen")
        #expect(decision.partners.map(\.name) == ["Lahden seudun kunnat"])
        #expect(decision.procuringAuthority.municipality == TyoHame.member("Hämeenlinna"))
    }

    // L376 employment condition and L455 «Kaikkia hankintoja määrittää …»: true of every procurement, so
    // they are the area's facts (regions.get), not a citation repeated on each service's answer; the
    // model of a bought service is never explicit (L435-453 list the models, never a service's).
    @Test func generalProcurementRulesAreFactsAndModelsAreInferred() throws {
        let facts = try TyoHame.plugin().facts(on: TyoHame.day)
        #expect(facts.contains { $0.name == "employment_condition" && TyoHame.cites($0.basis, lines: "376") })
        #expect(facts.contains { $0.name == "procurement_effectiveness" && TyoHame.cites($0.basis, lines: "455") })
        let bought: [ProcurementModel] = [.dynamicPurchasingSystem, .frameworkAgreement, .outcomeBased]
        var purchases = 0
        for service in ServiceCatalog.ids where ![.tyonantajapuhelin, .velvoitetyollistaminen].contains(service) {
            let decision = try TyoHame.procurement(plugin, service)
            #expect(!TyoHame.cites(decision.basis, lines: "376") && !TyoHame.cites(decision.basis, lines: "455"))
            guard bought.contains(decision.model) else { continue }
            purchases += 1
            #expect(decision.status == .inferred)
        }
        #expect(purchases >= 6)
    }

    // L481: rehabilitative work activity is the county's social service, not TyöHäme's procurement.
    @Test func rehabilitativeWorkActivityIsProcuredByTheCounty() throws {
        let decision = try TyoHame.procurement(plugin, .kuntouttavaTyotoiminta)
        #expect(decision.model == .other)
        #expect(decision.procuringAuthority.name == "Kanta-Hämeen hyvinvointialue")
        #expect(decision.status == .explicit)
    }

    // L328 «Palvelut tuotetaan tiimimallilla lähipalveluna»; L489 «Resurssoinnista vastaa TyöHämeen lisäksi
    // hyvinvointialue ja Kela»: produced, not bought.
    @Test func multisectoralServiceIsOwnProductionWithCountyAndKela() throws {
        let decision = try TyoHame.procurement(plugin, .monialainenPalvelu)
        #expect(decision.model == .ownProduction)
        #expect(try TyoHame.planLine(328).contains("Palvelut tuotetaan tiimimallilla lähipalveluna"))
        #expect(decision.partners.map(\.name) == ["Kanta-Hämeen hyvinvointialue", "Kansaneläkelaitos (Kela)"])
        #expect(decision.status == .explicit)
        #expect(TyoHame.cites(decision.basis, lines: "328") && TyoHame.cites(decision.basis, lines: "489"))
    }

    // L493 ELY and entrepreneur organisations; L495 Etelä-Häme; but L412 «2) Työnantajien palvelut» is a
    // basket of procured services, so own production is inferred, not explicit.
    @Test func employerServicesAreOwnProductionWithPartners() throws {
        let decision = try TyoHame.procurement(plugin, .tyonantajapalvelut)
        #expect(decision.model == .ownProduction)
        #expect(decision.status == .inferred)
        #expect(decision.categories.last == "2) Työnantajien palvelut: rekrytoinnin tuki, perehdyttämisen/työssä pysymisen tuki")
        #expect(decision.partners.contains { $0.name == "Etelä-Hämeen työllisyyspalvelualue" })
    }

    // L435–453: the four models, listed with the pinned value each maps to.
    @Test func theFourModelsAreListedAsAFact() throws {
        let fact = try #require(plugin.facts(on: TyoHame.day).first { $0.name == "procurement_models" })
        #expect(fact.value == .list(["1 Dynaaminen pientankinta", "2 Puitesopimukset, palvelukorit ja minikilpailutus",
                                     "3 Kehittyvät hankinnat", "4 Avustukset ja perinteinen hankinta"].map(ParameterValue.string)))
        #expect(fact.basis.contains { $0.lines == "437-438" } && fact.basis.contains { $0.lines == "451-453" })
    }

    // A region-level question: no municipality in the answer.
    @Test func procurementAnswersHaveNoMunicipality() throws {
        let decision = try TyoHame.procurement(plugin, .palkkatuki)
        #expect(decision.municipality == nil)
        #expect(decision.region == "tyohame")
    }
}
