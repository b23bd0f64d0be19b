// PaijatHameReviewTests.swift — one test per finding of the review of issue 13 (and the like found
// while fixing them), each quoting the line of the stored documents that decides it and checking that
// the line says so.

import Foundation
import PluginAPI
import Testing
import TestSupport

@Suite struct PaijatHameReviewTests {
    typealias F = PaijatHameFixture

    /// Line `number` of the stored document `name`, as `sed -n` numbers it.
    private func line(_ name: String, _ number: Int) throws -> String {
        try SourceDocument(region: "paijat-hame", name: name).lines[number - 1]
    }

    // 000_11bdabc63440b9e6.txt:7 «Molemmat työvoimaviranomaiset vastaavat itsenäisesti alueensa lisä- ja
    // täydennyskoulutustarjonnasta sekä yhteishankintakoulutuksista ja näihin liittyvistä prosesseista.»
    @Test("PaijatHame review: labour-market training is procured by the area independently, not in Lahti's ring (annex L7)")
    func labourMarketTrainingIsProcuredIndependently() throws {
        #expect(try line(F.annex, 7).contains("vastaavat itsenäisesti alueensa lisä- ja täydennyskoulutustarjonnasta"))
        let decision = try F.procurement(.tyovoimakoulutus)
        #expect(decision.model != .dynamicPurchasingSystem && decision.model == .other)
        #expect(decision.procuringAuthority.municipality?.name == "Hollola" && decision.partners.isEmpty, "not together with Lahti")
        #expect(decision.status == .explicit && F.cites(decision, F.annex, "7") && F.cites(decision, F.plan, "374"))
        #expect(!F.cites(decision, F.plan, "401"), "the ring's mini-competitions are not this training's basis")
    }

    // 001_ee65168c221e2ff3.txt:542 «Hyvinvointialueella on keskeinen roolimonialaista palvelua tarvitsevien asiakkaiden
    // palveluohjauksessa sekä hyvinvointialueen järjestämisvastuuseen kuuluvine työllistymistä tukevien palveluiden tarjoamisessa.»
    // — no line names who keeps the case, and annex line 118 is about health checks, not this service.
    @Test("PaijatHame review: rehabilitative work activity names no case owner and cites no health-check passage (plan L542, L442)")
    func rehabilitativeWorkActivityHasNoUnsourcedCaseOwner() throws {
        #expect(try line(F.plan, 542).contains("hyvinvointialueen järjestämisvastuuseen kuuluvine työllistymistä tukevien palveluiden"))
        #expect(try line(F.annex, 118).contains("työttömien terveystarkastuksiin liittyvistä asiakasohjauksista"))
        let route = try F.route("Padasjoki", .kuntouttavaTyotoiminta)
        #expect(route.caseOwner == nil && route.delivery == .wellbeingCounty && route.status == .inferred)
        #expect(F.cites(route, F.plan, "542") && F.cites(route, F.plan, "442"))
        let procurement = try F.procurement(.kuntouttavaTyotoiminta)
        let cost = try F.cost("Padasjoki", .kuntouttavaTyotoiminta)
        for basis in [route.basis, procurement.basis, cost.basis] {
            #expect(!F.cites(basis, F.annex, "118"), "the health-check passage does not support rehabilitative work activity")
        }
    }

    // 001_ee65168c221e2ff3.txt:180 «Olennaisena osana alkavien yrittäjien palvelukokonaisuutta on myös alueen elinkeinoyhtiöiden
    // tarjoama yritysneuvonta …» — no line says who pays for it, so a named parameter decides.
    @Test("PaijatHame review: the cost of business advice is the named default yritysneuvonta_cost, and follows it (plan L180)")
    func businessAdviceCostIsANamedDefault() throws {
        #expect(try line(F.plan, 180).contains("alueen elinkeinoyhtiöiden tarjoama yritysneuvonta"))
        let cost = try F.cost("Sysmä", .yritysneuvonta)
        #expect(cost.principle == .sharedByKey && cost.status == .default)
        #expect(cost.notes.contains { $0.contains("yritysneuvonta_cost") } && F.cites(cost, F.plan, "180"))
        let jointly = try F.plugin { $0["yritysneuvonta_cost"]?.values = [
            DatedValue(from: PaijatHameDays.start, value: .string("case_by_case"), source: LocalizedText(verbatim: "test"), status: .default),
        ] }
        let caseByCase = try jointly.costResponsibility(CostQuery(municipality: try F.member("Sysmä"), service: .yritysneuvonta, date: F.day))
        #expect(caseByCase.principle == .caseByCase && caseByCase.status == .default && F.cites(caseByCase, F.annex, "5"))
        #expect(throws: DecisionError.self) {
            try F.plugin { $0["yritysneuvonta_cost"]?.values = [
                DatedValue(from: PaijatHameDays.start, value: .string("state_funded"), source: LocalizedText(verbatim: "test"), status: .default),
            ] }
        }
    }

    // 001_ee65168c221e2ff3.txt:356 «… palkkatuki ja työllistämistuki …» among the services moving to the area — but no line
    // says where pay-subsidy decisions are made, so the centralised delivery is inferred; the cost stays explicit (line 268).
    @Test("PaijatHame review: the pay-subsidy delivery is inferred, its cost explicit (plan L356, L268)")
    func paySubsidyDeliveryIsInferred() throws {
        #expect(try line(F.plan, 356).contains("palkkatuki ja työllistämistuki"))
        #expect(try line(F.plan, 268).contains("esimerkiksi palkkatuki ja starttiraha"))
        let route = try F.route("Orimattila", .palkkatuki)
        #expect(route.delivery == .centralized && route.status == .inferred)
        #expect(route.notes.contains { $0.contains("do not say where pay-subsidy decisions are made") })
        #expect(route.cost.status == .explicit && route.cost.principle == .causerPays)
    }

    // 002_a0b78d7245c3aeb7.txt:93 «Tämä Aiesopimus sitoo Osapuolia yhteistyön valmistelun ajan, kunnes varsinaiset
    // työllisyysalueet on perustettu …» — from 1.1.2025 no answer rests on it.
    @Test("PaijatHame review: no answer from 1.1.2025 cites the letter of intent (LOI L93)", arguments: ["2025-03-01", "2026-12-01"])
    func noAnswerRestsOnTheLetterOfIntent(day: String) throws {
        #expect(try line(F.letterOfIntent, 93).contains("sitoo Osapuolia yhteistyön valmistelun ajan"))
        let date = PaijatHameDate.day(day)
        var bases: [[Citation]] = []
        for service in ServiceCatalog.ids {
            if let procurement = try? F.procurement(service, on: date) { bases.append(procurement.basis) }
            for name in F.memberNames {
                if let route = try? F.route(name, service, on: date) { bases += [route.basis, route.cost.basis] }
                if let cost = try? F.cost(name, service, on: date) { bases.append(cost.basis) }
            }
        }
        for service in EmployerRoutingCases.keyed {
            let route = try F.route("Hollola", service, on: date, employer: "Lahti")
            bases += [route.basis, route.cost.basis]
        }
        let lahtiTraining = try F.route("Hollola", .tyovoimakoulutus, on: date, training: TrainingQuery(provider: "Lahti"))
        bases += [lahtiTraining.basis, lahtiTraining.cost.basis]
        let cited = bases.flatMap { $0 }.filter { $0.document == F.letterOfIntent }
        #expect(cited.isEmpty, "\(Set(cited.compactMap(\.lines)))")
        let declaration = try F.plugin().declaration
        #expect(!declaration.basis.contains { $0.document == F.letterOfIntent })
    }

    // The municipal employment obligation (380/2023 ch. 12) was repealed by 398/2024 before it entered into force: national
    // law, which the statutory layer holds and the daemon answers (not_in_force); the plugin neither offers nor configures it.
    @Test("PaijatHame review: the employment obligation is refused as national law says, and has no parameter")
    func employmentObligationIsNotInForce() throws {
        let statute = try #require(try F.repositoryData().statutes.service(.velvoitetyollistaminen))
        #expect(!statute.inForce.contains(F.day))
        let plugin = try F.plugin()
        let member = try F.member("Hollola")
        let refusals = [
            refusal { () throws(DecisionError) in _ = try plugin.route(RouteQuery(municipality: member, service: .velvoitetyollistaminen, date: F.day)) },
            refusal { () throws(DecisionError) in
                _ = try plugin.costResponsibility(CostQuery(municipality: member, service: .velvoitetyollistaminen, date: F.day))
            },
            refusal { () throws(DecisionError) in _ = try plugin.procurement(ProcurementQuery(service: .velvoitetyollistaminen, date: F.day)) },
        ]
        for refused in refusals {
            guard case .notOffered(_, _, let basis)? = refused else {
                Issue.record("velvoitetyollistaminen: \(refused.map { $0.message(in: .en) } ?? "answered")")
                continue
            }
            #expect(basis == statute.legalBasis, "refused citing the statute, not the plan")
        }
        let parameters = try String(contentsOfFile: "\(Repository.dataDir)/paijat-hame/parameters.json", encoding: .utf8)
        #expect(!parameters.contains("velvoitetyollistaminen"))
    }

    // 001_ee65168c221e2ff3.txt:268 «Työllisyysalueen taloudessa on pidetty lähtökohtana kuntien 1) laajan työttömyyden määrää,
    // 2) 18–64-vuotiaiden asukasmäärän suhteessa sekä 3) vieraskielisten määrästä.»; line 106: Hollola is the responsible municipality.
    @Test("PaijatHame review: every shared cost is paid first by Hollola and borne by the members by the plan's key (plan L268)")
    func sharedCostsArePaidByHollolaAndBorneByTheKey() throws {
        #expect(try line(F.plan, 268).contains("1) laajan työttömyyden määrää, 2) 18–64-vuotiaiden asukasmäärän suhteessa sekä 3) vieraskielisten"))
        let hollola = try F.member("Hollola")
        for name in F.memberNames {
            for service in ServiceCatalog.ids {
                guard let cost = try? F.cost(name, service) else { continue }
                switch cost.principle {
                case .sharedByKey:
                    #expect(cost.payer == .municipality(hollola), "\(name) \(service)")
                    guard case .membersByKey(let region, let pool, let key) = cost.bearer else {
                        Issue.record("\(name) \(service): shared_by_key borne by \(cost.bearer.kind)")
                        continue
                    }
                    #expect(region == "paijat-hame" && pool == "shared_services" && key == cost.key)
                    #expect(key.factors.map(\.name) == [Statistic.broadUnemployment, Statistic.population18to64, Statistic.foreignLanguageSpeakers])
                    #expect(F.cites(cost, F.plan, "268") && cost.status == .default, "\(service): the weights are a default")
                case .billedByOtherAuthority:
                    #expect(service == .tyonantajapuhelin && cost.billing?.invoicer == "Lahden kaupunki (Lahden työllisyyspalvelut)")
                    #expect(cost.payer == .municipality(hollola) && cost.bearer.kind == "members_by_key")
                default:
                    break
                }
            }
        }
    }

    // 001_ee65168c221e2ff3.txt:542 — the wellbeing area's own services; the plan says nothing of their cost, so the
    // statutory layer's funding is cited: funded_by_other_body, borne by the wellbeing county.
    @Test("PaijatHame review: the wellbeing area's services are funded by it, as the statutory layer says",
          arguments: [ServiceID.kuntouttavaTyotoiminta, .tyottomienTerveystarkastus])
    func wellbeingServicesAreFundedByTheWellbeingCounty(service: ServiceID) throws {
        let funding = try #require(try F.repositoryData().statutes.service(service)?.funding)
        let cost = try F.cost("Heinola", service)
        #expect(cost.principle == .fundedByOtherBody && cost.bearer.kind == "public_body")
        guard case .publicBody(_, let type) = cost.bearer else { return }
        #expect(type == .wellbeingCounty && cost.status == funding.status && funding.basis.allSatisfy { cost.basis.contains($0) })
    }

    // Expense compensation moves to the area (plan line 356 «Kulukorvaukset»), but its funding is national law: the
    // statutory layer's, not a causation rule of the plugin.
    @Test("PaijatHame review: expense compensation is funded as the statutory layer says, not by a plugin default")
    func expenseCompensationFollowsTheStatutoryLayer() throws {
        #expect(try line(F.plan, 356).contains("Kulukorvaukset"))
        let funding = try #require(try F.repositoryData().statutes.service(.kulukorvaus)?.funding)
        let cost = try F.cost("Hartola", .kulukorvaus)
        #expect(cost.principle == funding.principle && !cost.notes.contains { $0.contains("causer_pays_services") })
        #expect(funding.basis.allSatisfy { cost.basis.contains($0) } && F.cites(cost, F.annex, "9"))
    }

    // Status rules (docs/status-rules.md): an explicit part quotes its passage, a weaker part says why in a note, a case owner
    // is named only where a line says who keeps the client's process (annex lines 7, 15, 88; plan line 690).
    @Test("PaijatHame review: every part's status has its quote or its note, and no case owner is unsourced")
    func everyPartIsHonest() throws {
        let sourcedCaseOwners: Set<ServiceID> = [.tyonantajapuhelin, .muutosturva, .vosKoulutus]
        for service in ServiceCatalog.ids {
            if let procurement = try? F.procurement(service) { check(procurement.status, procurement.basis, procurement.notes, "\(service) procurement") }
            for name in F.memberNames {
                guard let route = try? F.route(name, service) else { continue }
                check(route.status, route.basis, route.notes, "\(name) \(service) route")
                check(route.cost.status, route.cost.basis, route.cost.notes, "\(name) \(service) cost")
                #expect(route.caseOwner == nil || sourcedCaseOwners.contains(service), "\(service): case owner \(route.caseOwner ?? "")")
            }
        }
    }

    /// The error `call` throws, or nil when it answers.
    private func refusal(_ call: () throws(DecisionError) -> Void) -> DecisionError? {
        do {
            try call()
            return nil
        } catch {
            return error
        }
    }

    private func check(_ status: DecisionStatus, _ basis: [Citation], _ notes: [LocalizedText], _ label: String) {
        if status == .explicit {
            #expect(basis.contains { !($0.quote ?? "").isEmpty }, "\(label): explicit without a quoted passage")
        } else {
            #expect(!notes.isEmpty, "\(label): \(status.rawValue) without a note saying why")
        }
    }

    // 001_ee65168c221e2ff3.txt:51 «Tässä järjestämissuunnitelmassa esitetyt asiat vastaavat valmistelutilannetta 25.9.2023.» —
    // a snapshot, not a period: the plan states no period it covers, so none is declared.
    @Test("PaijatHame review: the plan declares no plan period (plan L51-54)")
    func noPlanPeriod() throws {
        #expect(try line(F.plan, 51).contains("vastaavat valmistelutilannetta 25.9.2023"))
        #expect(try F.plugin().declaration.planPeriod == nil)
        #expect(try F.route("Asikkala", .tyollistymissuunnitelma, on: PaijatHameDate.day("2026-12-01")).beyondPlanPeriod == nil)
    }
}

/// The employer services whose authority follows the company's location (annex 2 line 15).
enum EmployerRoutingCases {
    static let keyed: [ServiceID] = [.tyonantajapalvelut, .tyonantajapuhelin, .yhteishankintakoulutus]
}
