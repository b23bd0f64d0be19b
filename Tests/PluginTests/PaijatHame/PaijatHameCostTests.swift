// PaijatHameCostTests.swift — who pays first and who finally bears the cost: causer pays (plan §3.1), the
// shared pool and its configurable key, Lahti's call-transfer invoice (annex 2), joint procurements (annex 1),
// other bodies' services, and the allocation pools.

import Foundation
import PluginAPI
import Testing

@Suite struct PaijatHameCostTests {
    typealias F = PaijatHameFixture

    // 001_ee65168c221e2ff3.txt:268 «Tämän lisäksi osa kustannuksista katetaan aiheuttamisperiaatteella, esimerkiksi palkkatuki ja starttiraha.»
    @Test("PaijatHame: pay subsidy and start-up grant are paid by the client's home municipality (plan 268)",
          arguments: [ServiceID.palkkatuki, .starttiraha])
    func causerPays(service: ServiceID) throws {
        let decision = try F.cost("Heinola", service)
        let heinola = try F.member("Heinola")
        #expect(decision.principle == .causerPays && decision.payer == .municipality(heinola) && decision.bearer == .municipality(heinola))
        #expect(decision.key == nil && decision.status == .explicit && F.cites(decision, F.plan, "268"))
    }

    // 001_ee65168c221e2ff3.txt:268 names only examples; the other causation-based costs are a default list.
    @Test("PaijatHame: other causation-based costs follow parameter causer_pays_services (plan 268, annex 9)",
          arguments: [ServiceID.tyoolosuhteidenJarjestelytuki])
    func causerPaysByParameter(service: ServiceID) throws {
        let decision = try F.cost("Padasjoki", service)
        let payer = Payer.municipality(try F.member("Padasjoki"))
        #expect(decision.principle == .causerPays && decision.payer == payer)
        #expect(decision.status == .default && decision.notes.contains { $0.contains("causer_pays_services") })
    }

    // 001_ee65168c221e2ff3.txt:268 «… lähtökohtana kuntien 1) laajan työttömyyden määrää, 2) 18–64-vuotiaiden asukasmäärän suhteessa
    // sekä 3) vieraskielisten määrästä.» No weights: they are defaults.
    @Test("PaijatHame: the area's own services are shared by the plan's three criteria with default weights (plan 268)")
    func sharedPool() throws {
        let decision = try F.cost("Kärkölä", .tyollistymissuunnitelma)
        let payer = Payer.municipality(try F.member("Hollola"))
        #expect(decision.principle == .sharedByKey && decision.payer == payer, "Hollola pays first: it keeps the area's budget")
        let key = try #require(decision.key)
        #expect(key.factors.map(\.name) == ["broad_unemployment", "population_18_64", "foreign_language_speakers"])
        #expect(key.factors.map(\.weight).reduce(0, +) == 1)
        #expect(decision.bearer == .membersByKey(region: "paijat-hame", pool: "shared_services", key: key), "the members bear it by the key")
        #expect(decision.status == .default && decision.notes.contains { $0.contains("shared_pool_weights") })
        // The premises the members pay (plan line 492) are not this service's cost: not cited for it.
        #expect(!F.cites(decision, F.plan, "492"))
        let route = try F.route("Kärkölä", .tyollistymissuunnitelma)
        #expect(route.status == .explicit && route.cost.status == .default, "the route's own part is explicit, its cost part default")
    }

    // 000_11bdabc63440b9e6.txt:15 «Soitonsiirroista koituvat kustannukset Lahden kaupunki laskuttaa koontilaskumuotoisena Päijät-Hämeen
    // työllisyysalueelta kerran vuodessa, joulukuun 15. päivään mennessä.»
    @Test("PaijatHame: Lahti bills the call transfers once a year by 15 December (annex 15–17)")
    func callTransfersBilledByLahti() throws {
        let decision = try F.cost("Orimattila", .tyonantajapuhelin)
        #expect(decision.principle == .billedByOtherAuthority)
        #expect(decision.billing == Billing(invoicer: "Lahden kaupunki (Lahden työllisyyspalvelut)", period: "annual", deadline: "12-15"))
        let payer = Payer.municipality(try F.member("Hollola"))
        #expect(decision.payer == payer, "Hollola pays Lahti's invoice")
        guard case .membersByKey(_, let pool, _) = decision.bearer else {
            Issue.record("the call transfers are borne by the members by the key, not \(decision.bearer)")
            return
        }
        #expect(pool == "shared_services" && decision.status == .default, "the bearer rests on the key's default weights")
        #expect(F.cites(decision, F.annex, "15") && F.cites(decision, F.annex, "17") && F.cites(decision, F.plan, "268"))
    }

    // 000_11bdabc63440b9e6.txt:55 «… suunnitellaan opetus- ja kulttuuriministeriön osoittaman VOS-rahalla toteutettavien
    // koulutusten tarjontaa …»; line 9: client-specific costs stay with the home authority even when Lahti runs the training.
    // The funding itself is the statutory layer's (the same in every area); the annex's line confirms it.
    @Test("PaijatHame: VOS trainings are funded by the ministry as the law says; client-specific costs stay with the area (annex 55, 9)")
    func vosTrainingCosts() throws {
        let funding = try #require(try F.repositoryData().statutes.service(.vosKoulutus)?.funding)
        let decision = try F.cost("Hollola", .vosKoulutus)
        #expect(decision.principle == .fundedByOtherBody && decision.principle == funding.principle)
        guard case .publicBody(_, let type) = decision.bearer else {
            Issue.record("VOS training borne by \(decision.bearer.kind)")
            return
        }
        #expect(type == .ministry && decision.status == funding.status && funding.basis.allSatisfy { decision.basis.contains($0) })
        #expect(F.cites(decision, F.annex, "55") && F.cites(decision, F.annex, "9"))
        #expect(decision.notes.contains { $0.contains("also when Lahti administers") })
    }

    // 000_11bdabc63440b9e6.txt:5 «Yhteisten hankintojen osalta kustannusten jaosta sovitaan aina tapauskohtaisesti.»
    @Test("PaijatHame: jointly procured integration training is split case by case (annex 5)")
    func jointProcurementCaseByCase() throws {
        let decision = try F.cost("Iitti", .kotoutumiskoulutus)
        #expect(decision.principle == .caseByCase && F.cites(decision, F.annex, "5"))
        #expect(decision.bearer == .caseByCase(parties: ["Päijät-Hämeen työllisyysalue (vastuukunta Hollola)", "Lahden kaupunki (Lahden työllisyyspalvelut)"]))
    }

    @Test("PaijatHame: the default pool is the shared services pool from 2025 (plan 268)")
    func sharedServicesKey() throws {
        let plugin = try F.plugin()
        let key = try plugin.allocationKey(AllocationKeyQuery(year: 2025))
        #expect(key.pool == "shared_services" && key.status == .default)
        #expect(key.factors.map(\.weight).reduce(0, +) == 1)
        #expect(key.factors.allSatisfy { $0.source.contains("shared_pool_weights") })
        #expect(throws: DecisionError.self) { try plugin.allocationKey(AllocationKeyQuery(year: 2024)) }
    }

    // 001_ee65168c221e2ff3.txt:270 «Vuosina 2023–2024 aiheutuvat valmistelukustannukset on sovittu jaettavan kunnille asukasluvun suhteessa.»
    @Test("PaijatHame: the preparation costs of 2023–2024 are split by population (plan 270)")
    func preparationKey() throws {
        let plugin = try F.plugin()
        let key = try plugin.allocationKey(AllocationKeyQuery(year: 2024, pool: "preparation_2023_2024"))
        #expect(key.factors.map(\.name) == ["population"] && key.factors[0].weight == 1 && key.status == .explicit)
        #expect(key.basis.contains { $0.lines == "270" })
        #expect(throws: DecisionError.self) { try plugin.allocationKey(AllocationKeyQuery(year: 2025, pool: "preparation_2023_2024")) }
    }

    @Test("PaijatHame: an unknown pool names the region's pools")
    func unknownPool() throws {
        #expect {
            try F.plugin().allocationKey(AllocationKeyQuery(year: 2025, pool: "events"))
        } throws: { error in
            guard case .invalidParameter(let message)? = error as? DecisionError else { return false }
            return message.contains("'events'") && message.contains("shared_services") && message.contains("preparation_2023_2024")
        }
    }
}
