// OuluReviewFindingTests.swift — one test per finding of the review of the Oulu answers (issue 13,
// §2–§4), each quoting the plan line that decides it, plus the findings of the same kind.

import PluginAPI
import TestSupport
import Testing

@Suite struct OuluReviewFindingTests {
    let plugin: any RegionPlugin

    init() throws {
        plugin = try Oulu.plugin()
    }

    static let integrationServices = "Oulun kaupungin keskitetyt kotoutumisasiakkaan palvelut (vastuukunta)"

    /// L237–241: the assessment, the integration plan and the integration client's self-motivated
    /// study are Oulu's centralised services; L267: the contract municipalities answer only for the
    /// other immigrant clients. So for an integration client of any member the case is Oulu's, never
    /// the member's own coach's.
    @Test(arguments: Oulu.members)
    func integrationClientsCaseIsTheResponsibleMunicipalitysNotTheCoachs(member: MunicipalityRef) throws {
        #expect(Oulu.line(237) == "Vastuukunta tarjoaa seuraavat palvelut keskitetysti kotoutumissuunnitelmaan oikeutetuille työnhakijana oleville maahanmuuttajille:")
        #expect(Oulu.line(239) == "- kotoutumislain mukainen osaamisen ja kotoutumisen palvelutarpeen arviointi;")
        #expect(Oulu.line(240) == "- kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma; sekä")
        #expect(Oulu.line(241) == "- kotoutuja-asiakkaan omaehtoisen opiskelun palvelut.")
        #expect(Oulu.line(267) == "Sopimuskunnat vastaavat muiden kuin keskitettyjen palveluiden piiriin kuuluvien maahanmuuttaja-asiakkaiden työvoimapalveluista.")
        let integrationClient = ClientProfile(integrationClient: true)
        for (service, client) in [(ServiceID.kotoutumissuunnitelma, ClientProfile()), (.tyollistymissuunnitelma, integrationClient),
                                  (.omaehtoinenOpiskelu, integrationClient)] {
            let decision = try Oulu.route(plugin, member.name, service, client: client)
            #expect(decision.delivery == .centralized, "\(service)")
            #expect(decision.provider.municipality == Oulu.oulu, "\(service)")
            #expect(decision.caseOwner == Self.integrationServices, "\(service)")
            #expect(decision.basis.contains { $0.lines == "237" } && decision.basis.contains { $0.lines == "267" }, "\(service)")
        }
        // The assessment and the plan: L237–240 and L267 state it for these services.
        let plan = try Oulu.route(plugin, member.name, .kotoutumissuunnitelma)
        #expect(plan.status == .explicit)
        // The integration client's study (L241): not decided in the member's own municipality as L195 has it for others.
        let study = try Oulu.route(plugin, member.name, .omaehtoinenOpiskelu, client: integrationClient)
        #expect(study.status == .explicit)
        #expect(study.basis.contains { $0.lines == "241" } && !study.basis.contains { $0.lines == "195" })
        // Of the same kind: any other service whose rule names the member's coach — the case is read as Oulu's.
        let trial = try Oulu.route(plugin, member.name, .tyokokeilu, client: integrationClient)
        #expect(trial.delivery == .local, "the member's own services are used as the client needs them (L265)")
        #expect(trial.caseOwner == Self.integrationServices)
        #expect(trial.status == .inferred && trial.basis.contains { $0.lines == "265" })
        #expect(try Oulu.route(plugin, member.name, .kotoutumiskoulutus).caseOwner == Self.integrationServices)
    }

    /// L290 employer services are the members' local services; L617 each municipality resources its
    /// own. An employer located in another member is served by that member, which pays for it and bears
    /// it — said by the rule itself (`.member`), not patched onto a finished decision.
    @Test func anotherMemberThatServesTheEmployerPaysAndBearsTheCost() throws {
        #expect(Oulu.line(290) == "Lakisääteiset työnantajapalvelut, jotka delegoidaan kunnille tuotettavaksi lähipalveluina:")
        #expect(Oulu.line(617).hasPrefix("Lähipalveluiden taloudellinen resursointi on jokaisen kunnan omalla vastuulla."))
        let kempele = Oulu.member("Kempele")
        let decision = try Oulu.route(plugin, "Liminka", .tyonantajapalvelut, employer: "Kempele")
        #expect(decision.provider.municipality == kempele)
        #expect(decision.cost.principle == .ownMunicipality)
        #expect(decision.cost.payer == .municipality(kempele) && decision.cost.bearer == .municipality(kempele))
        #expect(decision.cost.basis.contains { $0.lines == "617" })
        #expect(decision.status == .inferred && decision.cost.status == .inferred, "the employer's municipality is a reading of L290")
        let own = try Oulu.route(plugin, "Liminka", .tyonantajapalvelut, employer: "Liminka")
        #expect(own.cost.bearer == .municipality(Oulu.member("Liminka")) && own.cost.status == .explicit)
    }

    /// L153 «Työttömien terveystarkastuspalvelun tuottaa hyvinvointialue.», L163 «Kuntouttavan
    /// työtoiminnan järjestää hyvinvointialue.»: the county's own services, funded by the county (the
    /// statutory layer's funding), not `state_funded`. A parameter still offers the municipality reading,
    /// so the cost is `default`.
    @Test(arguments: [ServiceID.kuntouttavaTyotoiminta, .tyottomienTerveystarkastus])
    func wellbeingCountyServicesAreFundedByTheCounty(service: ServiceID) throws {
        #expect(Oulu.line(153).hasPrefix("Työttömien terveystarkastuspalvelun tuottaa hyvinvointialue."))
        #expect(Oulu.line(163).contains("Kuntouttavan työtoiminnan järjestää hyvinvointialue."))
        #expect(Oulu.line(547).contains("**Hyvinvointialue (Pohde).**"))
        let funding = try Oulu.data().statutes.funding(service)
        for member in Oulu.members {
            let cost = try plugin.costResponsibility(CostQuery(municipality: member, service: service, date: Oulu.day))
            #expect(cost.principle == .fundedByOtherBody)
            #expect(cost.payer == .authority("Hyvinvointialue Pohde"))
            #expect(cost.bearer == .publicBody(body: "Hyvinvointialue Pohde", type: .wellbeingCounty))
            #expect(cost.status == .default)
            #expect(Oulu.notes(cost.notes, mention: "Parameter 'wellbeing_county_services_cost'"))
            #expect(funding.basis.allSatisfy(cost.basis.contains), "cites the statute from the statutory layer")
            #expect(cost.basis.contains { $0.lines == "547" })
        }
    }

    /// L133 «e. Velvoitetyöllistäminen» is in the plan, but national law repealed the obligation: the
    /// statutory layer refuses it, the plugin has no rule or parameter of its own about it.
    @Test(arguments: ["2025-03-01", "2026-12-01"])
    func employmentObligationIsNationalLawNotTheOuluPlugins(day: String) throws {
        #expect(Oulu.line(133) == "e. Velvoitetyöllistäminen")
        let data = try Oulu.data()
        #expect(data.parameters["velvoitetyollistaminen_offered"] == nil)
        let statute = try #require(data.statutes.service(.velvoitetyollistaminen))
        let date = PluginFixture.day(day)
        let refusals = [
            ouluOutcome { () throws(DecisionError) in try Oulu.route(plugin, "Lumijoki", .velvoitetyollistaminen, date: date) }.map { _ in () },
            ouluOutcome { () throws(DecisionError) in try Oulu.cost(plugin, "Lumijoki", .velvoitetyollistaminen, date: date) }.map { _ in () },
            ouluOutcome { () throws(DecisionError) in try Oulu.procurement(plugin, .velvoitetyollistaminen, date: date) }.map { _ in () },
        ]
        for refusal in refusals {
            guard case .failure(.notOffered(_, let reason, let basis)) = refusal else {
                Issue.record("\(refusal)")
                continue
            }
            #expect(basis == statute.legalBasis)
            #expect(basis.contains { $0.document.contains("398/2024") })
            #expect(!reason.fi.isEmpty && !reason.en.isEmpty)
        }
    }

    /// L640 «VOS-PERIAATTEILLA» splits the centralised services by a key that L636 leaves to the
    /// cooperation agreement: Oulu pays the bills (payer), the members bear them by the key (bearer),
    /// and the key's own grounds — its weights a parameter — make the cost part `default`.
    @Test func sharedPoolsArePaidByOuluAndBorneByTheMembersByTheKey() throws {
        #expect(Oulu.line(636).hasSuffix("Kustannustenjaon periaatteet on määritelty työllisyysalueen yhteistoimintasopimuksessa."))
        #expect(Oulu.line(640).hasPrefix("<p>VOS-PERIAATTEILLA:</p>"))
        var shared = 0
        for member in Oulu.members {
            for service in ServiceCatalog.ids {
                guard let cost = try? Oulu.cost(plugin, member.name, service), cost.principle == .sharedByKey else { continue }
                shared += 1
                let key = try #require(cost.key)
                guard case .membersByKey(let region, let pool, let bearerKey) = cost.bearer else {
                    Issue.record("\(member.name) \(service): bearer \(cost.bearer.kind)")
                    continue
                }
                #expect(region == "oulu" && bearerKey == key)
                #expect(try plugin.allocationKey(AllocationKeyQuery(year: Oulu.day.year, pool: pool)).factors == key.factors)
                #expect(cost.payer == .municipality(Oulu.oulu))
                #expect(cost.status == .default, "\(service): the key's weights are a parameter")
                #expect(cost.basis.contains { $0.lines == "636" } && cost.basis.contains { $0.lines == "640" })
                #expect(Oulu.notes(cost.notes, mention: "Parameter 'allocation_key_"))
            }
        }
        #expect(shared == 15 * Oulu.members.count)
    }

    /// National law is cited from the statutory layer only, never restated in the plugin: every citation
    /// that is not the plan's is the layer's own for that service; the key, the facts and the declaration
    /// cite only the plan.
    @Test func theOnlyStatutesCitedAreTheStatutoryLayers() throws {
        let statutes = try Oulu.data().statutes
        for member in Oulu.members {
            for service in ServiceCatalog.ids {
                let layer = statutes.service(service).map { $0.legalBasis + ($0.funding?.basis ?? []) } ?? []
                let answers = [
                    ouluOutcome { () throws(DecisionError) in try Oulu.route(plugin, member.name, service).basis },
                    ouluOutcome { () throws(DecisionError) in try Oulu.cost(plugin, member.name, service).basis },
                    ouluOutcome { () throws(DecisionError) in try Oulu.procurement(plugin, service).basis },
                ]
                for answer in answers {
                    let basis: [Citation]
                    switch answer {
                    case .success(let cited), .failure(.notOffered(_, _, let cited)): basis = cited
                    case .failure(let error): Issue.record("\(member.name) \(service): \(error)"); continue
                    }
                    for citation in basis where !citation.isOuluPlan {
                        #expect(layer.contains(citation), "\(service): \(citation) is neither the plan nor the statutory layer")
                    }
                }
            }
        }
        var planOnly = plugin.declaration.basis + plugin.facts(on: Oulu.day).flatMap(\.basis)
        for pool in ["shared_services", "integration_training"] {
            planOnly += try plugin.allocationKey(AllocationKeyQuery(year: 2025, pool: pool)).basis
        }
        #expect(planOnly.allSatisfy { $0.isOuluPlan })
        #expect(planOnly.compactMap(Oulu.problem).isEmpty)
    }

    /// Each part carries its own basis and status (docs/status-rules.md): LIITE 2 is the cost part's, never
    /// the route's or the procurement's; L113 «Useimmiten …» is a hedged general rule, so a part citing it
    /// is not explicit; the central phone and video of L107 support only the advice services; notes give
    /// lines as «r. 356» in Finnish and «L356» in English.
    @Test func everyPartCitesOnlyWhatSupportsIt() throws {
        #expect(Oulu.line(113).contains("Useimmiten asiakkuus palvelun aikana myös pysyy kunnan omavalmentajalla."))
        for member in Oulu.members {
            for service in ServiceCatalog.ids {
                guard let route = try? Oulu.route(plugin, member.name, service) else { continue }
                let procurement = try Oulu.procurement(plugin, service)
                for basis in [route.basis, procurement.basis] {
                    #expect(!basis.contains { $0.section.hasPrefix("LIITE 2") }, "\(service): a cost line outside the cost part")
                }
                if route.basis.contains(where: { $0.lines == "113" }) { #expect(route.status != .explicit, "\(service)") }
                if route.basis.contains(where: { $0.lines == "107" }) {
                    #expect([.neuvonta, .tyonantajapuhelin].contains(service), "\(service) cites the advice channels of L107")
                }
                #expect(!route.basis.contains { $0.lines == "84" || $0.lines == "70" }, "\(service): a general paragraph")
                for note in route.notes + route.cost.notes + procurement.notes where !note.fi.contains("Parametri '") {
                    #expect(!note.fi.contains(/\bL[0-9]/) && !note.en.contains(/\br\. [0-9]/), "\(note)")
                }
            }
        }
    }
}
