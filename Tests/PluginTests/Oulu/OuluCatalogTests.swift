// OuluCatalogTests.swift — every member × every catalog service: answered, cited, honest, echoing
// the query, and agreeing with LIITE 1 (production mode) and LIITE 2 (cost principle).

import PluginAPI
import TestSupport
import Testing

/// What the plan says for one service, read by hand from the annexes and the body, with the
/// default settings of config/data/oulu/parameters.json. nil delivery: not offered — by the plan, or
/// by national law (`notInForce`: the statutory layer refuses it, citing `statute`).
struct OuluExpectation: Sendable {
    let delivery: Delivery?
    let principle: CostPrinciple?
    let source: String
    var statute: String? = nil

    static func answered(_ delivery: Delivery, _ principle: CostPrinciple, _ source: String) -> OuluExpectation {
        OuluExpectation(delivery: delivery, principle: principle, source: source)
    }

    static func notOffered(_ source: String) -> OuluExpectation {
        OuluExpectation(delivery: nil, principle: nil, source: source)
    }

    static func notInForce(_ statute: String, _ source: String) -> OuluExpectation {
        OuluExpectation(delivery: nil, principle: nil, source: source, statute: statute)
    }
}

/// Runs a plugin call and keeps its refusal as a value.
func ouluOutcome<Value>(_ call: () throws(DecisionError) -> Value) -> Result<Value, DecisionError> {
    do { return .success(try call()) } catch { return .failure(error) }
}

@Suite struct OuluCatalogTests {
    /// LIITE 1 (L629-632) and LIITE 2 (L638-649), service by service.
    static let plan: [ServiceID: OuluExpectation] = [
        .tyollistymissuunnitelma: .answered(.local, .ownMunicipality, "L630 local «Työllistymissuunnitelma»; L617"),
        .tyonhaunTuki: .answered(.local, .ownMunicipality, "L127, L630 local «Työllistymisen tukeminen ja seuranta»"),
        .tyonhakuvalmennus: .answered(.purchased, .sharedByKey, "L630 purchased «Työnhakuvalmennus»; L640 group 2"),
        .uravalmennus: .answered(.purchased, .sharedByKey, "L630 purchased «Uravalmennus»; L640 group 2"),
        .ammatinvalintaJaUraohjaus: .answered(.centralized, .sharedByKey, "L199 psychologists centralised; L640 group 1"),
        .tyokokeilu: .answered(.local, .ownMunicipality, "L137, L630 local «Työkokeilu»"),
        .koulutuskokeilu: .answered(.purchased, .sharedByKey, "L205 purchased (LIITE 1 says local: default setting)"),
        .palkkatuki: .answered(.centralized, .causerPays, "L367, L630 centralised; L645 causer"),
        .starttiraha: .answered(.centralized, .causerPays, "L368, L630 centralised; L646 causer"),
        .tyoolosuhteidenJarjestelytuki: .answered(.centralized, .causerPays, "L309, L630; L649 causer (also L640: setting)"),
        .tyovoimakoulutus: .answered(.purchased, .sharedByKey, "L207, L630 purchased; L640 group 2"),
        .yhteishankintakoulutus: .answered(.purchased, .sharedByKey, "L318, L630 purchased; L640 group 2"),
        .omaehtoinenOpiskelu: .answered(.centralized, .sharedByKey, "L195, L630 centralised; L640 group 1"),
        .vosKoulutus: .notOffered("no OKM-funded training in the plan; VOS in LIITE 2 is a cost principle"),
        .kotoutumissuunnitelma: .answered(.centralized, .sharedByKey, "L237-240, L630 centralised; L640 group 1"),
        .kotoutumiskoulutus: .answered(.purchased, .sharedByKey, "L247, L630 purchased; L640 group 2"),
        .monialainenPalvelu: .answered(.local, .ownMunicipality, "L145, L630 local «Monialainen työllistymissuunnitelma»"),
        .aktivointisuunnitelma: .answered(.local, .ownMunicipality, "L141, L630 local «Aktivointisuunnitelma»"),
        .kuntouttavaTyotoiminta: .answered(.wellbeingCounty, .fundedByOtherBody, "L163 «järjestää hyvinvointialue»; no LIITE 2 line"),
        .tyottomienTerveystarkastus: .answered(.wellbeingCounty, .fundedByOtherBody, "L153 «tuottaa hyvinvointialue»; no LIITE 2 line"),
        .tyokykyarvio: .answered(.local, .ownMunicipality, "L157-159, L630 local «Työkykyyn liittyvä todistus»"),
        .tyovoimapoliittinenLausunto: .answered(.local, .ownMunicipality, "L131, L630 local «(perusmuotoiset)»"),
        .velvoitetyollistaminen: .notInForce("398/2024", "L133, L630, but the statutory layer: repealed before 1.1.2025"),
        .tyonvalitys: .answered(.local, .ownMunicipality, "L135, L630 local «Työnvälitys»"),
        .tyonantajapalvelut: .answered(.local, .ownMunicipality, "L290-302, L630 local «Yrityksen palvelutarpeen kartoitus»"),
        .tyonantajapuhelin: .answered(.centralized, .sharedByKey, "L107 central phone replaces the employer line; L640 «Neuvontapalvelut»"),
        .yritysneuvonta: .answered(.purchased, .sharedByKey, "L316, L630 purchased «Yrittäjäkoulutus»; L640 group 2"),
        .muutosturva: .answered(.centralized, .sharedByKey, "L311, L630 «Muutos turva»; L640 «Muostosurva»"),
        .eures: .answered(.centralized, .sharedByKey, "L169-175, L308, L630; L640 group 1"),
        .nuortenPalvelut: .answered(.local, .ownMunicipality, "L149, L630 local «Nuorten monialaisen tuen yhteispalvelu»"),
        .merityonvalitys: .answered(.otherAuthority, .billedByOtherAuthority, "L187 «ostetaan Turun työllisyysalueelta»"),
        .erityisasiantuntijalausunto: .answered(.state, .stateFunded, "L131, L177-181 «valtion toimesta»"),
        .asiantuntijaArviointi: .answered(.purchased, .sharedByKey, "L210-211, L630 purchased; L640 group 2"),
        .kulukorvaus: .answered(.centralized, .causerPays, "L369-370, L630 centralised; L647-648 causer"),
        .neuvonta: .answered(.centralized, .sharedByKey, "L105-107, L630 «Työvoimapalveluiden neuvonta»; L640 «Neuvontapalvelut»"),
    ]

    @Test func theExpectationTableCoversTheWholeCatalog() {
        #expect(Set(Self.plan.keys) == Set(ServiceCatalog.ids))
        #expect(ServiceCatalog.ids.count == 35)
    }

    @Test(arguments: Oulu.members, ServiceCatalog.ids)
    func everyMemberAndServiceIsAnsweredAsThePlanSays(member: MunicipalityRef, service: ServiceID) throws {
        let plugin = try Oulu.plugin()
        let expected = try #require(Self.plan[service])
        let route = ouluOutcome { () throws(DecisionError) in
            try plugin.route(RouteQuery(municipality: member, service: service, date: Oulu.day))
        }
        let cost = ouluOutcome { () throws(DecisionError) in
            try plugin.costResponsibility(CostQuery(municipality: member, service: service, date: Oulu.day))
        }
        let procurement = ouluOutcome { () throws(DecisionError) in
            try plugin.procurement(ProcurementQuery(service: service, date: Oulu.day))
        }
        switch (route, cost, procurement) {
        case let (.success(route), .success(cost), .success(procurement)):
            #expect(route.delivery == expected.delivery, "\(expected.source)")
            #expect(cost.principle == expected.principle, "\(expected.source)")
            #expect(route.cost == cost.summary, "the route's cost summary agrees with costs.responsibility")
            #expect(Self.payerFits(cost.payer, cost.principle, member), "\(cost.principle): \(cost.payer)")
            #expect(Self.bearerFits(cost.bearer, cost.principle, member), "\(cost.principle): \(cost.bearer)")
            #expect((cost.key != nil) == (cost.principle == .sharedByKey))
            for decision in [route.header, cost.header, procurement.header] {
                Self.checkCommon(decision, member: decision.municipality == nil ? nil : member, service: service)
            }
            #expect(procurement.municipality == nil)
            #expect(route.authority.id == "oulu")
            #expect(route.locations.allSatisfy { $0.address == nil && $0.postalCode == nil },
                    "the plan gives no addresses; none may be invented")
        case let (.failure(route), .failure(cost), .failure(procurement)):
            #expect(expected.delivery == nil, "\(expected.source): \(route.message)")
            #expect(route == cost && cost == procurement, "all three questions refuse alike")
            guard case .notOffered(let refused, let reason, let basis) = route else {
                Issue.record("expected not_offered, got \(route)")
                return
            }
            #expect(refused == service)
            if let statute = expected.statute {
                // National law, as the daemon answers it for every area: the plugin cites the statute, not its plan.
                #expect(basis.contains { $0.document.contains(statute) }, "\(basis)")
                #expect(!basis.contains { $0.isOuluPlan })
                return
            }
            #expect(reason.en.count > 40 && reason.fi.count > 40, "a real reason: \(reason)")
            #expect(basis.contains { $0.isOuluPlan })
            #expect(basis.compactMap(Oulu.problem).isEmpty, "\(basis.compactMap(Oulu.problem))")
        default:
            Issue.record("route, cost and procurement disagree on whether \(service) is offered in \(member.name)")
        }
    }

    /// Who pays first under each principle for a resident of `member`.
    static func payerFits(_ payer: Payer, _ principle: CostPrinciple, _ member: MunicipalityRef) -> Bool {
        switch principle {
        case .ownMunicipality, .causerPays:
            return payer == .municipality(member)  // L617, L643
        case .sharedByKey, .billedByOtherAuthority:
            return payer == .municipality(Oulu.oulu)  // Oulu pays the pool's bills (L640) and Turku's (L115, L187)
        case .stateFunded, .caseByCase, .fundedByOtherBody:
            if case .authority = payer { return true }
            return false
        }
    }

    /// Who finally bears the cost under each principle, with the default settings.
    static func bearerFits(_ bearer: Bearer, _ principle: CostPrinciple, _ member: MunicipalityRef) -> Bool {
        switch (principle, bearer) {
        case (.ownMunicipality, .municipality(let bearer)), (.causerPays, .municipality(let bearer)),
             (.billedByOtherAuthority, .municipality(let bearer)):
            return bearer == member  // merityonvalitys_recharge defaults to passing Turku's bill on
        case (.sharedByKey, .membersByKey(let region, _, _)):
            return region == "oulu"
        case (.stateFunded, .state), (.fundedByOtherBody, .publicBody(_, .wellbeingCounty)):
            return true
        default:
            return false
        }
    }

    static func checkCommon(_ decision: DecisionHeader, member: MunicipalityRef?, service: ServiceID) {
        #expect(decision.region == "oulu")
        #expect(decision.municipality == member)
        #expect(decision.service == service)
        #expect(decision.date == Oulu.day)
        #expect(!decision.basis.isEmpty)
        #expect(decision.basis.allSatisfy { !$0.document.isEmpty && !$0.section.isEmpty })
        #expect(decision.basis.contains { $0.isOuluPlan }, "every answer cites the plan")
        #expect(decision.basis.compactMap(Oulu.problem).isEmpty, "\(decision.basis.compactMap(Oulu.problem))")
        #expect(!decision.notes.isEmpty, "notes for staff")
        #expect(decision.notes.allSatisfy { !$0.fi.isEmpty && !$0.en.isEmpty && $0.fi != $0.en }, "every note in Finnish and English")
        if decision.status == .explicit {
            #expect(decision.basis.contains { !($0.quote ?? "").isEmpty }, "an explicit part quotes its passage")
        } else {
            #expect(decision.notes.contains { $0.en.contains("Inferred") || $0.en.contains("inferred") || $0.en.contains("Parameter '") },
                    "an \(decision.status) answer says what it rests on: \(decision.notes)")
        }
    }

    @Test func thePlanCopyIsTheSeedWith649Lines() {
        // «L649 holds the last cost-split item» and has no trailing newline.
        #expect(Oulu.plan.lines.count == 649)
        #expect(Oulu.plan.lines.last == "- Työskentelyolosuhteiden järjestelytuki.")
    }
}
