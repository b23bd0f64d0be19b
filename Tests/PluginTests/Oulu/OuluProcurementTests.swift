// OuluProcurementTests.swift — how the area procures (§2.5): own production by the members or by
// Oulu, every statutory purchase centrally by Oulu, maritime placement bought from Turku.

import PluginAPI
import TestSupport
import Testing

@Suite struct OuluProcurementTests {
    let plugin: any RegionPlugin

    init() throws {
        plugin = try Oulu.plugin()
    }

    /// L84 local services «delegoidaan … lähipalveluna kunnissa»; L579 staff of the municipality doing the client work.
    @Test func localServicesAreEachMembersOwnProduction() throws {
        let decision = try Oulu.procurement(plugin, .tyokokeilu)
        #expect(decision.model == .ownProduction)
        #expect(decision.procuringAuthority.name == "Työllisyysalueen kunnat, kukin omana lähipalvelunaan")
        #expect(decision.municipality == nil)
        // L119 «delegoidaan kunnille tuotettavaksi lähipalveluina»: the members produce it themselves.
        #expect(decision.status == .explicit && decision.basis.contains { $0.lines == "119" })
        #expect(!decision.notes.contains { $0.contains("kunnan omavalmentaja") && $0.contains("Oulun kaupungin") },
                "an area-level answer names no member's coach")
    }

    /// L84 «tuotetaan keskitetysti vastuukunnasta omana tuotantona»; L590 the staff work for Oulu.
    @Test func centralisedServicesAreOulusOwnProduction() throws {
        let decision = try Oulu.procurement(plugin, .palkkatuki)
        #expect(decision.model == .ownProduction)
        #expect(decision.procuringAuthority.municipality == Oulu.oulu)
        #expect(decision.status == .explicit)
        #expect(decision.basis.contains { $0.quote == "KESKITETTÄVÄT PALVELUT OMANA TUOTANTONA (VASTUUKUNTA)" })
    }

    /// L115 «Kaikkien ostopalveluna toteuttavien lakisääteisten työvoimapalveluiden hankinta hoidetaan keskitetysti Oulusta.»
    @Test(arguments: [ServiceID.tyonhakuvalmennus, .uravalmennus, .tyovoimakoulutus, .asiantuntijaArviointi,
                      .kotoutumiskoulutus, .yritysneuvonta, .koulutuskokeilu])
    func purchasesAreTenderedCentrallyByOulu(service: ServiceID) throws {
        let decision = try Oulu.procurement(plugin, service)
        #expect(decision.procuringAuthority.municipality == Oulu.oulu)
        #expect(decision.model == .other, "the plan names no procurement model")
        #expect(decision.categories.contains("ostopalvelut, hankitaan keskitetysti (LIITE 1)"))
        #expect(decision.basis.contains { $0.lines == "115" })
    }

    /// L318 joint-purchase trainings; the employer co-funds them (the model is inferred).
    @Test func jointPurchaseTrainingIsBoughtWithTheEmployer() throws {
        let decision = try Oulu.procurement(plugin, .yhteishankintakoulutus)
        #expect(decision.model == .jointProcurement)
        #expect(decision.partners.map(\.name) == ["Työnantaja (yhteishankintakoulutuksen osarahoittaja)"])
        #expect(decision.status == .inferred)
    }

    /// L187 «Palvelu ostetaan Turun työllisyysalueelta».
    @Test func maritimePlacementIsBoughtFromTurku() throws {
        let decision = try Oulu.procurement(plugin, .merityonvalitys)
        #expect(decision.model == .purchasedFromOtherAuthority)
        #expect(decision.procuringAuthority.municipality == Oulu.oulu)
        #expect(decision.partners.map(\.name) == ["Turun työllisyysalue"])
    }

    /// L163 and L153: organised by the wellbeing county, not procured by the area.
    @Test func wellbeingCountyServicesAreNotProcuredByTheArea() throws {
        for service in [ServiceID.kuntouttavaTyotoiminta, .tyottomienTerveystarkastus] {
            #expect(try Oulu.procurement(plugin, service).procuringAuthority.name == "Hyvinvointialue Pohde")
        }
    }
}
