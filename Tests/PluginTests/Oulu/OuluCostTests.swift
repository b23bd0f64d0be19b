// OuluCostTests.swift — who pays (§7.3, LIITE 2): local services by the municipality, the five
// causer-pays items by the client's municipality, the rest from the shared pool by a key.

import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct OuluCostTests {
    let plugin: any RegionPlugin

    init() throws {
        plugin = try Oulu.plugin()
    }

    /// L617 «Lähipalveluiden taloudellinen resursointi on jokaisen kunnan omalla vastuulla.»
    @Test(arguments: [ServiceID.tyollistymissuunnitelma, .tyonhaunTuki, .tyokokeilu, .aktivointisuunnitelma,
                      .monialainenPalvelu, .nuortenPalvelut, .tyokykyarvio, .tyovoimapoliittinenLausunto, .tyonvalitys,
                      .tyonantajapalvelut])
    func localServicesAreEachMunicipalitysOwnCost(service: ServiceID) throws {
        for member in Oulu.members {
            let decision = try plugin.costResponsibility(CostQuery(municipality: member, service: service, date: Oulu.day))
            #expect(decision.principle == .ownMunicipality)
            #expect(decision.payer == .municipality(member) && decision.bearer == .municipality(member))
            #expect(decision.key == nil)
            #expect(decision.basis.contains { $0.lines == "617" })
        }
    }

    /// L643–649 «AIHEUTTAMISPERIAATTEILLA»: pay subsidy (L645), start-up grant (L646), expense compensation (L647),
    /// travel and accommodation (L648), work-arrangement subsidy (L649, the last line of the file).
    @Test(arguments: [(ServiceID.palkkatuki, "643-645"), (.starttiraha, "643-646"), (.kulukorvaus, "643-647"),
                      (.tyoolosuhteidenJarjestelytuki, "643-649")])
    func causerPaysItemsArePaidByTheClientsHomeMunicipality(service: ServiceID, lines: String) throws {
        for member in Oulu.members {
            let decision = try plugin.costResponsibility(CostQuery(municipality: member, service: service, date: Oulu.day))
            #expect(decision.principle == .causerPays)
            #expect(decision.payer == .municipality(member) && decision.bearer == .municipality(member))
            #expect(decision.basis.contains { $0.lines == lines })
        }
    }

    /// L640 «VOS-PERIAATTEILLA»; L636 the principles are in the cooperation agreement, which we do not have.
    /// The key's weights are a parameter; its source (parameters.json) names the statute they follow — the
    /// plugin itself cites no national law.
    @Test func sharedServicesArePaidByOuluAndBorneByTheMembersByTheDefaultKey() throws {
        let decision = try Oulu.cost(plugin, "Kempele", .muutosturva)
        #expect(decision.principle == .sharedByKey)
        #expect(decision.payer == .municipality(Oulu.oulu))
        let key = try #require(decision.key)
        #expect(decision.bearer == .membersByKey(region: "oulu", pool: "shared_services", key: key))
        #expect(key.factors.map(\.name) == [Statistic.broadUnemployment, Statistic.population18to64])
        #expect(key.factors.map(\.weight) == [Decimal(string: "0.5")!, Decimal(string: "0.5")!])
        #expect(decision.status == .default, "the key is a configurable assumption")
        #expect(decision.basis.contains { $0.lines == "638-640" && $0.quote == "Muostosurva" })
        #expect(decision.basis.contains { $0.lines == "636" })
        #expect(decision.basis.allSatisfy { $0.isOuluPlan })
        #expect(Oulu.notes(decision.notes, mention: "cooperation agreement"))
        #expect(Oulu.notes(decision.notes, mention: "Parameter 'allocation_key_shared_services'"))
        #expect(Oulu.notes(decision.notes, mention: "Overhead coefficient"))
        // The route states who serves explicitly; its cost part is exactly the cost answer, default.
        let route = try Oulu.route(plugin, "Kempele", .muutosturva)
        #expect(route.status == .explicit && route.cost == decision.summary)
    }

    /// L247 integration training; Laki 384/2023: its costs follow the number of foreign-language speakers.
    @Test func integrationTrainingHasAPoolOfItsOwn() throws {
        let decision = try Oulu.cost(plugin, "Hailuoto", .kotoutumiskoulutus)
        #expect(decision.key?.factors.map(\.name) == [Statistic.foreignLanguageSpeakers])
        #expect(decision.key?.factors.first?.weight == 1)
    }

    /// L621 the overhead coefficient is named, its value is not.
    @Test func overheadCoefficientIsNotInvented() throws {
        let decision = try Oulu.cost(plugin, "Ii", .palkkatuki)
        #expect(!Oulu.notes(decision.notes, mention: "Overhead coefficient"), "causer-pays items carry no overhead note")
        let shared = try Oulu.cost(plugin, "Ii", .muutosturva)
        #expect(Oulu.notes(shared.notes, mention: "is not set: the plan gives no value"))
        let set = try Oulu.cost(try Oulu.plugin(with: "overhead_coefficient", .number(Decimal(string: "1.12")!)), "Ii", .muutosturva)
        #expect(Oulu.notes(set.notes, mention: "is 1.12"))
    }

    /// L640 and L649 list the work-arrangement subsidy under both principles.
    @Test func workArrangementSubsidyFollowsTheConfiguredReading() throws {
        let causer = try Oulu.cost(plugin, "Liminka", .tyoolosuhteidenJarjestelytuki)
        #expect(causer.principle == .causerPays)
        #expect(causer.status == .default)
        #expect(causer.basis.contains { $0.quote == "Työolosuhteiden järjestelytuki" && $0.lines == "638-640" })
        let shared = try Oulu.cost(try Oulu.plugin(with: "tyoolosuhteiden_jarjestelytuki_cost", .string("shared_by_key")),
                                   "Liminka", .tyoolosuhteidenJarjestelytuki)
        #expect(shared.principle == .sharedByKey)
        #expect(shared.payer == .municipality(Oulu.oulu))
    }

    /// L187 «Palvelu ostetaan Turun työllisyysalueelta»: Oulu buys it (L115), so Oulu pays Turku's bill;
    /// LIITE 2 has no line for it, so who finally bears it is a setting.
    @Test func maritimePlacementIsPaidByOuluAndBorneAsConfigured() throws {
        let decision = try Oulu.cost(plugin, "Muhos", .merityonvalitys)
        #expect(decision.principle == .billedByOtherAuthority)
        #expect(decision.billing?.invoicer == "Turun työllisyysalue")
        #expect(decision.payer == .municipality(Oulu.oulu))
        #expect(decision.bearer == .municipality(Oulu.member("Muhos")))
        #expect(decision.status == .default)
        let pooled = try Oulu.cost(try Oulu.plugin(with: "merityonvalitys_recharge", .string("shared_by_key")), "Muhos", .merityonvalitys)
        #expect(pooled.payer == .municipality(Oulu.oulu))
        #expect(pooled.bearer.kind == "members_by_key")
    }

    /// L153, L163: Pohde's services; no LIITE 2 line. The other reading stays configurable.
    @Test func wellbeingCountyServicesCostTheAreaNothingByDefault() throws {
        let decision = try Oulu.cost(plugin, "Utajärvi", .kuntouttavaTyotoiminta)
        #expect(decision.principle == .fundedByOtherBody)
        #expect(decision.status == .default)
        let municipal = try Oulu.cost(try Oulu.plugin(with: "wellbeing_county_services_cost", .string("own_municipality")),
                                      "Utajärvi", .kuntouttavaTyotoiminta)
        #expect(municipal.principle == .ownMunicipality)
        #expect(municipal.payer == .municipality(Oulu.member("Utajärvi")) && municipal.bearer == .municipality(Oulu.member("Utajärvi")))
        #expect(municipal.status == .default)
        #expect(Oulu.notes(municipal.notes, mention: "Other reading: the wellbeing county funds its own service"))
    }

    // MARK: The allocation key (costs.allocate)

    /// L640: one default pool for LIITE 2's VOS items; integration training apart (Laki 384/2023).
    @Test func allocationKeyOfTheDefaultPool() throws {
        let key = try plugin.allocationKey(AllocationKeyQuery(year: 2025))
        #expect(key.region == "oulu")
        #expect(key.pool == "shared_services")
        #expect(key.factors.reduce(Decimal(0)) { $0 + $1.weight } == 1)
        #expect(key.status == .default)
        #expect(key.basis.contains { $0.lines == "636" })
        #expect(key.factors.allSatisfy { $0.source.contains("allocation_key_shared_services") })
        let integration = try plugin.allocationKey(AllocationKeyQuery(year: 2025, pool: "integration_training"))
        #expect(integration.factors.map(\.name) == [Statistic.foreignLanguageSpeakers])
    }

    @Test func unknownPoolNamesTheRegionsPools() {
        let error = #expect(throws: DecisionError.self) { try plugin.allocationKey(AllocationKeyQuery(year: 2025, pool: "x")) }
        #expect(error?.message(in: .en) == "unknown pool 'x'; this region has: shared_services, integration_training")
        #expect(error?.message(in: .fi) == "tuntematon pooli 'x'; alueen poolit: shared_services, integration_training")
    }

    @Test func keyBeforeTheAreaExistedIsOutOfEffect() {
        #expect(throws: DecisionError.outOfEffect(date: PluginFixture.day("2024-01-01"), effectiveFrom: PluginFixture.day("2025-01-01"))) {
            try plugin.allocationKey(AllocationKeyQuery(year: 2024))
        }
    }

    /// A key agreed later replaces the default from its own date (OpenFisca-style dated values).
    @Test func aKeyChangeTakesEffectFromItsDate() throws {
        var data = try Oulu.data()
        var series = try #require(data.parameters["allocation_key_shared_services"])
        series = ParameterSeries(description: series.description, values: series.values + [
            DatedValue(from: PluginFixture.day("2026-01-01"), value: .table([Statistic.stateShareEmploymentServices: .number(1)]),
                       source: LocalizedText(verbatim: "yhteistoimintasopimus (test)"), status: .explicit),
        ])
        data.parameters["allocation_key_shared_services"] = series
        let plugin = try Oulu.plugin().configured(with: data)
        #expect(try plugin.allocationKey(AllocationKeyQuery(year: 2025)).factors.count == 2)
        let agreed = try plugin.allocationKey(AllocationKeyQuery(year: 2026))
        #expect(agreed.factors.map(\.name) == [Statistic.stateShareEmploymentServices])
        #expect(agreed.status == .explicit)
        #expect(try Oulu.cost(plugin, "Ii", .eures, date: PluginFixture.day("2026-02-01")).status == .explicit)
    }
}
