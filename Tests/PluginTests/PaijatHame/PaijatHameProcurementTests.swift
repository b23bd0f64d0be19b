// PaijatHameProcurementTests.swift — the area's procurement models against the plan and annex 1: own
// production, the dynamic purchasing ring founded by Lahti, joint procurement with Lahti, independent trainings.

import PluginAPI
import Testing

@Suite struct PaijatHameProcurementTests {
    typealias F = PaijatHameFixture

    // 001_ee65168c221e2ff3.txt:366 «**Henkilöasiakkaiden palvelut** tuotetaan alueella itse.» — explicit for a service
    // the plan's table names among the person-client services (line 356), inferred for one only read as such.
    @Test("PaijatHame: person-client services are the area's own production (plan 356, 366)", arguments: [
        (ServiceID.tyollistymissuunnitelma, DecisionStatus.explicit), (.tyokykyarvio, .explicit), (.aktivointisuunnitelma, .explicit),
        (.tyokokeilu, .explicit), (.tyonhaunTuki, .inferred), (.tyonvalitys, .inferred), (.neuvonta, .inferred),
    ])
    func ownProduction(service: ServiceID, status: DecisionStatus) throws {
        let decision = try F.procurement(service)
        #expect(decision.model == .ownProduction && decision.municipality == nil)
        #expect(F.cites(decision, F.plan, "366") && decision.status == status)
        #expect(F.cites(decision, F.plan, "356") == (status == .explicit), "the table's line is cited where it names the service")
    }

    // 001_ee65168c221e2ff3.txt:384 «kaikki Päijät-Hämeen kunnat kuuluvat Lahden kaupungin perustamaan dynaamisen hankintojen renkaaseen»
    // 001_ee65168c221e2ff3.txt:401 «… dynaaminen palveluntuottajarekisteri, jolle kohdennetaan tulosperusteisia minikilpailutuksia»
    @Test("PaijatHame: bought services go through Lahti's dynamic purchasing ring, Hollola procuring (plan 374, 384, 401)",
          arguments: [ServiceID.tyonhakuvalmennus, .uravalmennus, .asiantuntijaArviointi])
    func purchasingRing(service: ServiceID) throws {
        let decision = try F.procurement(service)
        #expect(decision.model == .dynamicPurchasingSystem)
        #expect(decision.procuringAuthority.municipality?.name == "Hollola")
        #expect(decision.partners.map(\.name) == ["Lahden kaupunki (Lahden työllisyyspalvelut)"])
        #expect(decision.categories.count == 3 && decision.categories[0] == "1) Suora työllistyminen")
        #expect(F.cites(decision, F.plan, "384") && F.cites(decision, F.plan, "401") && F.cites(decision, F.annex, "5"))
        #expect(decision.status == .inferred)
    }

    // 001_ee65168c221e2ff3.txt:188 «Yhteistyötä tullaan tekemään myös kotoutuskoulutusten hankkimisessa.»
    // 000_11bdabc63440b9e6.txt:5 «Yhteisten hankintojen osalta kustannusten jaosta sovitaan aina tapauskohtaisesti.»
    @Test("PaijatHame: integration training is procured jointly with Lahti (plan 188, annex 5)")
    func integrationTrainingJointly() throws {
        let decision = try F.procurement(.kotoutumiskoulutus)
        #expect(decision.model == .jointProcurement && decision.partners.map(\.name) == ["Lahden kaupunki (Lahden työllisyyspalvelut)"])
        #expect(F.cites(decision, F.plan, "188") && F.cites(decision, F.annex, "5"))
    }

    // 000_11bdabc63440b9e6.txt:7 «Molemmat työvoimaviranomaiset vastaavat itsenäisesti alueensa lisä- ja täydennyskoulutustarjonnasta
    // sekä yhteishankintakoulutuksista ja näihin liittyvistä prosesseista.»
    @Test("PaijatHame: each authority owns its joint-purchase trainings (annex 7, G11)")
    func jointPurchaseTrainingIsTheAreas() throws {
        let decision = try F.procurement(.yhteishankintakoulutus)
        #expect(decision.model == .jointProcurement && decision.procuringAuthority.municipality?.name == "Hollola")
        #expect(!decision.partners.contains { $0.name.contains("Lahden") })
        #expect(F.cites(decision, F.annex, "7") && decision.status == .explicit)
    }

    // 000_11bdabc63440b9e6.txt:15 — Lahti administers the number and bills the call transfers to the area.
    @Test("PaijatHame: the employer phone is bought from Lahti (annex 15)")
    func employerPhoneFromLahti() throws {
        let decision = try F.procurement(.tyonantajapuhelin)
        #expect(decision.model == .purchasedFromOtherAuthority && F.cites(decision, F.annex, "15"))
    }

    // 000_11bdabc63440b9e6.txt:55 «… suunnitellaan opetus- ja kulttuuriministeriön osoittaman VOS-rahalla toteutettavien koulutusten tarjontaa …»
    @Test("PaijatHame: VOS trainings are not procured by the area but planned in the joint body (annex 55–57)")
    func vosNotProcured() throws {
        let decision = try F.procurement(.vosKoulutus)
        #expect(decision.model == .other && decision.procuringAuthority.name.contains("Opetus- ja kulttuuriministeriö"))
        #expect(decision.categories.contains("Logistiikka") && F.cites(decision, F.annex, "55"))
    }

    @Test("PaijatHame: subsidies are granted, not procured (plan 123, 356)", arguments: [ServiceID.palkkatuki, .starttiraha, .kulukorvaus])
    func subsidiesAreGrants(service: ServiceID) throws {
        #expect(try F.procurement(service).model == .grant)
    }
}
