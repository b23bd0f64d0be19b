// TemplateRuleTests.swift — one test per rule of the template plugin; each names the lines of
// template-plan.txt (as `sed -n` numbers them) that justify what it expects.

import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct TemplateRuleTests {
    let plugin: any RegionPlugin

    init() throws { plugin = try TemplateArea.plugin() }

    // L6 «Kolarin kunta ja Muonion kunta muodostavat yhteisen työllisyysalueen 1.1.2025 alkaen.»
    // L7 «Kolarin kunta toimii työllisyysalueen vastuukuntana.»
    @Test func declarationNamesTheMembersTheResponsibleMunicipalityAndTheFirstDay() throws {
        let declaration = plugin.declaration
        #expect(declaration.id == "template")
        #expect(declaration.members == TemplateArea.members)
        #expect(declaration.responsibleMunicipality == TemplateArea.kolari)
        #expect(declaration.effectiveFrom == PluginFixture.day("2025-01-01"))
        #expect(TemplateArea.cites(declaration.basis, lines: "6") && TemplateArea.cites(declaration.basis, lines: "7"))
        let directory = try PluginFixture.directory()
        for member in declaration.members {
            #expect(directory.record(member.code)?.nameFi == member.name, "names as in municipalities.csv")
        }
    }

    // L12 «Työllistymissuunnitelma laaditaan … asiakkaan kotikunnassa», L13 the members' service points,
    // L14 the own coach keeps the case — the routing part; L30 «Lähipalveluiden kustannuksista vastaa
    // kukin kunta itse.» — the cost part, with its own basis.
    @Test func theEmploymentPlanIsALocalServiceExplicitly() throws {
        let route = try TemplateArea.route(plugin, TemplateArea.muonio, .tyollistymissuunnitelma)
        #expect(route.status == .explicit)
        #expect(route.delivery == .local)
        #expect(route.provider == Party(name: "Muonion kunta", municipality: TemplateArea.muonio))
        #expect(route.locations == [Location(name: "Muonion palvelupiste", city: "Muonio")], "no invented address")
        #expect(route.caseOwner?.contains("omavalmentaja") == true)
        #expect(route.cost.principle == .ownMunicipality && route.cost.payer == .municipality(TemplateArea.muonio))
        #expect(route.cost.bearer == .municipality(TemplateArea.muonio))
        #expect(TemplateArea.cites(route.basis, lines: "12") && !TemplateArea.cites(route.basis, lines: "30"),
                "the routing part cites only what supports it")
        #expect(route.cost.status == .explicit && TemplateArea.cites(route.cost.basis, lines: "30"))
    }

    // L12 «työnhakua tuetaan asiakkaan kotikunnassa»: the catalog's personal job-search support is
    // read as this passage, so the answer is inferred and its notes say how.
    @Test func jobSearchSupportIsInferredAndSaysHow() throws {
        let route = try TemplateArea.route(plugin, TemplateArea.kolari, .tyonhaunTuki)
        #expect(route.status == .inferred)
        #expect(route.delivery == .local)
        #expect(route.notes.contains { $0.en.hasPrefix("Inferred") && $0.en.contains("L12") && $0.fi.contains("r. 12") })
        #expect(TemplateArea.cites(route.basis, lines: "12"))
    }

    // L17 «Palkkatukipäätökset tehdään ja palkkatuki maksetaan keskitetysti vastuukunnassa.» — routing;
    // L29 «Palkkatuen kustannukset maksaa asiakkaan kotikunta.» — cost. The plan names no purchase, so
    // own production is inferred (procurement's own status).
    @Test func paySubsidyIsCentralisedInKolariAndTheHomeMunicipalityPays() throws {
        let route = try TemplateArea.route(plugin, TemplateArea.muonio, .palkkatuki)
        #expect(route.status == .explicit)
        #expect(route.delivery == .centralized)
        #expect(route.provider.municipality == TemplateArea.kolari)
        let cost = try TemplateArea.cost(plugin, TemplateArea.muonio, .palkkatuki)
        #expect(cost.principle == .causerPays)
        #expect(cost.payer == .municipality(TemplateArea.muonio))
        #expect(cost.bearer == .municipality(TemplateArea.muonio))
        #expect(cost.key == nil)
        #expect(TemplateArea.cites(route.basis, lines: "17") && TemplateArea.cites(cost.basis, lines: "29"))
        #expect(!TemplateArea.cites(cost.basis, lines: "17"), "the cost part does not cite the routing passage")
        let procurement = try TemplateArea.procurement(plugin, .palkkatuki)
        #expect(procurement.model == .ownProduction && procurement.status == .inferred)
    }

    // L21 «Työvoimakoulutus hankitaan yhteisesti koko työllisyysalueelle.»
    // L22 «Vastuukunta kilpailuttaa työvoimakoulutuksen puitejärjestelynä.»
    @Test func trainingIsBoughtForTheWholeAreaUnderOneFrameworkAgreement() throws {
        let procurement = try TemplateArea.procurement(plugin, .tyovoimakoulutus)
        #expect(procurement.model == .frameworkAgreement)
        #expect(procurement.procuringAuthority == Party(name: "Kolarin kunta", municipality: TemplateArea.kolari))
        #expect(procurement.partners.map(\.municipality) == [TemplateArea.muonio])
        #expect(procurement.municipality == nil, "a region-level answer")
        #expect(procurement.status == .explicit)
        #expect(TemplateArea.cites(procurement.basis, lines: "22"))
        #expect(try TemplateArea.route(plugin, TemplateArea.muonio, .tyovoimakoulutus).delivery == .purchased)
    }

    // L33 «kustannukset jaetaan kuntien kesken jakoperusteen mukaan», L34 the two factors, L35 the
    // weights are left to the cooperation agreement (so they are a default parameter), L36 quarterly bills.
    @Test func trainingCostsAreSharedByTheKeyWhoseWeightsAreAParameter() throws {
        let cost = try TemplateArea.cost(plugin, TemplateArea.muonio, .tyovoimakoulutus)
        #expect(cost.principle == .sharedByKey)
        #expect(cost.payer == .municipality(TemplateArea.kolari), "Kolari pays first and splits the pool")
        guard case .membersByKey(let region, let pool, let key) = cost.bearer else {
            Issue.record("the members bear a shared pool by its key, not \(cost.bearer)")
            return
        }
        #expect(region == "template" && pool == "shared_services" && key == cost.key)
        #expect(cost.key?.factors.map(\.name) == [Statistic.population18to64, Statistic.unemployed])
        #expect(cost.key?.factors.map(\.weight) == [Decimal(string: "0.5")!, Decimal(string: "0.5")!])
        #expect(cost.billing == Billing(invoicer: "Kolarin kunta", period: "quarterly"))
        #expect(cost.status == .default, "the weights are an assumption")
        #expect(cost.notes.contains { $0.contains("allocation_key_shared_services") })
        for lines in ["33", "34", "35", "36"] { #expect(TemplateArea.cites(cost.basis, lines: lines), "L\(lines)") }
        // The routing part is its own: bought under the framework agreement (L21-22), but the case
        // owner is read from the local-services line L14, so it is inferred; its cost part is the
        // cost answer itself, default for the weights.
        let route = try TemplateArea.route(plugin, TemplateArea.muonio, .tyovoimakoulutus)
        #expect(route.status == .inferred)
        #expect(route.cost == cost.summary && route.cost.status == .default)
    }

    // L18 «Yleinen neuvonta annetaan keskitetysti verkossa ja puhelimitse.» — its cost is nowhere in
    // section 3, so it is the parameter neuvonta_cost: a default answer whose notes name it.
    @Test func theCostOfAdviceIsTheDefaultParameterAndFollowsIt() throws {
        let route = try TemplateArea.route(plugin, TemplateArea.muonio, .neuvonta)
        #expect(route.status == .explicit, "where and how advice is given is L18's")
        #expect(route.delivery == .centralized)
        #expect(route.channels == [.online, .phone])
        #expect(route.cost.status == .default && route.cost.notes.contains { $0.contains("neuvonta_cost") },
                "the cost part is the parameter's, and says so")
        #expect(route.cost.principle == .sharedByKey)
        #expect(TemplateArea.cites(route.basis, lines: "18"))

        let causerPays = try TemplateArea.plugin { $0["neuvonta_cost"]?.values = [TemplateArea.series(.string("causer_pays"))] }
        let cost = try TemplateArea.cost(causerPays, TemplateArea.muonio, .neuvonta)
        #expect(cost.principle == .causerPays)
        #expect(cost.payer == .municipality(TemplateArea.muonio))
    }

    // L25 «Muita työvoimapalveluita ei tässä suunnitelmassa järjestetä; niistä sovitaan erikseen.»
    @Test func everyOtherServiceIsNotOfferedWithTheReason() throws {
        let refusal = templateOutcome { () throws(DecisionError) in
            try TemplateArea.route(plugin, TemplateArea.kolari, .starttiraha)
        }
        guard case .failure(.notOffered(let service, let reason, let basis)) = refusal else {
            Issue.record("expected not_offered, got \(refusal)")
            return
        }
        #expect(service == .starttiraha)
        #expect(reason.en.contains("L25") && reason.fi.contains("r. 25"))
        #expect(TemplateArea.cites(basis, lines: "25"))
    }

    // L34 the key's factors; weights from config/data/template/parameters.json; one pool.
    @Test func theAllocationKeyComesFromTheParameters() throws {
        let key = try plugin.allocationKey(AllocationKeyQuery(year: 2025))
        #expect(key.region == "template")
        #expect(key.pool == "shared_services")
        #expect(key.year == 2025)
        #expect(key.factors.reduce(Decimal(0)) { $0 + $1.weight } == 1)
        #expect(key.status == .default)
        #expect(TemplateArea.cites(key.basis, lines: "34"))
        #expect(try plugin.allocationKey(AllocationKeyQuery(year: 2025, pool: "shared_services")) == key)
        #expect(throws: DecisionError.invalidParameter(LocalizedText(fi: "tuntematon pooli 'other'; alueella on yksi pooli: shared_services",
                                                                     en: "unknown pool 'other'; this area has one pool: shared_services"))) {
            try plugin.allocationKey(AllocationKeyQuery(year: 2025, pool: "other"))
        }
    }

    // L42 «Suunnitelma kattaa vuodet 2025–2026.» — past that, every part of every answer says it lies
    // beyond the plan period and is at most inferred; inside it, nothing is marked.
    @Test func answersPastThePlanPeriodSaySoAndAreAtMostInferred() throws {
        let period = try #require(plugin.declaration.planPeriod)
        #expect(period.until == PluginFixture.day("2026-12-31") && TemplateArea.cites(period.basis, lines: "42"))
        let inside = try TemplateArea.route(plugin, TemplateArea.muonio, .tyollistymissuunnitelma, on: PluginFixture.day("2026-12-31"))
        #expect(inside.status == .explicit && inside.beyondPlanPeriod == nil)
        let later = PluginFixture.day("2027-01-01")
        let route = try TemplateArea.route(plugin, TemplateArea.muonio, .tyollistymissuunnitelma, on: later)
        #expect(route.beyondPlanPeriod == period)
        #expect(route.status == .inferred && route.cost.status == .inferred)
        #expect(TemplateArea.cites(route.basis, lines: "42"))
        #expect(route.notes.contains { $0.en.contains("past the plan period") && $0.fi.contains("suunnitelmakauden") })
        let cost = try TemplateArea.cost(plugin, TemplateArea.muonio, .neuvonta, on: later)
        #expect(cost.status == .default && cost.beyondPlanPeriod == period, "a default stays a default")
    }

    // L39 «Työllisyysalueen yhteisessä toimielimessä on neljä jäsentä, kaksi kummastakin kunnasta.»
    @Test func theBoardSeatsAreACitedFact() throws {
        let facts = plugin.facts(on: TemplateArea.day)
        let seats = try #require(facts.first { $0.name == "board_seats" })
        #expect(seats.value == .number(4))
        #expect(seats.status == .explicit)
        #expect(TemplateArea.cites(seats.basis, lines: "39"))
        #expect(plugin.facts(on: PluginFixture.day("2024-12-31")).isEmpty, "nothing is in force before L6's 1.1.2025")
    }
}
