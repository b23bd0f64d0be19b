// PaijatHameCatalogTests.swift — every member × every catalog service answered by route, procurement and
// cost with a cited decision or a reasoned not_offered; dates before 1.1.2025 out of effect; the self-check.

import PluginAPI
import Testing

@Suite struct PaijatHameCatalogTests {
    /// An answer of the plugin: a decision, or the refusal it threw.
    enum Answer<Outcome: Codable & Sendable & Hashable> {
        case decision(Decision<Outcome>)
        case refused(DecisionError)

        init(_ call: () throws(DecisionError) -> Decision<Outcome>) {
            do { self = .decision(try call()) } catch { self = .refused(error) }
        }
    }

    // 001_ee65168c221e2ff3.txt:106 «Päijät-Hämeen työllisyysalueeseen kuuluvat Asikkalan, Hartolan, Hollolan, Iitin,
    // Kärkölan, Padasjoen ja Sysmän kunnat sekä Heinolan ja Orimattilan kaupungit.» — all nine, for every catalog id.
    @Test("PaijatHame: every member × catalog service is answered, cited and echoes the query",
          arguments: PaijatHameFixture.memberNames, ServiceCatalog.ids)
    func everyServiceAnswered(memberName: String, service: ServiceID) throws {
        let plugin = try PaijatHameFixture.plugin()
        let member = try PaijatHameFixture.member(memberName)
        let date = PaijatHameFixture.day
        let route = Answer { () throws(DecisionError) in
            try plugin.route(RouteQuery(municipality: member, service: service, date: date))
        }
        let procurement = Answer { () throws(DecisionError) in
            try plugin.procurement(ProcurementQuery(service: service, date: date))
        }
        let cost = Answer { () throws(DecisionError) in
            try plugin.costResponsibility(CostQuery(municipality: member, service: service, date: date))
        }
        let statutes = try PaijatHameFixture.statuteCitations()
        try check(route, member, service, statutes)
        try check(procurement, nil, service, statutes)
        try check(cost, member, service, statutes)
        switch (route, cost) {
        case (.decision(let route), .decision(let cost)):
            #expect(route.cost == cost.summary, "the route's cost summary must agree with costs.responsibility")
        case (.refused(.notOffered), .refused(.notOffered)):
            break
        default:
            Issue.record("route and cost disagree on whether \(service) is offered")
        }
    }

    private func check<Outcome>(_ answer: Answer<Outcome>, _ member: MunicipalityRef?, _ service: ServiceID,
                                _ statutes: Set<Citation>) throws {
        switch answer {
        case .decision(let decision):
            #expect(decision.region == "paijat-hame")
            #expect(decision.municipality == member)
            #expect(decision.service == service)
            #expect(decision.date == PaijatHameFixture.day)
            #expect(!decision.basis.isEmpty)
            // A passage of the area's own documents (with lines and a quote), or a statute of the statutory layer.
            for citation in decision.basis where !statutes.contains(citation) {
                #expect(PaijatHameFixture.seeds.contains(citation.document), "\(citation.document) is neither a seed nor a statute")
                #expect(!citation.section.isEmpty && citation.lines != nil && citation.quote != nil)
            }
            #expect(DecisionStatus.allCases.contains(decision.status))
            if decision.status != .explicit {
                #expect(!decision.notes.isEmpty, "an \(decision.status) decision must say what it rests on")
            }
        case .refused(.notOffered(let refused, let reason, let basis)):
            #expect(refused == service)
            #expect(!reason.fi.isEmpty && !reason.en.isEmpty && !basis.isEmpty)
        case .refused(let error):
            Issue.record("\(service): unexpected \(error.message)")
        }
    }

    // 001_ee65168c221e2ff3.txt:268 «… jotta palveluiden tuottamisen aloittaminen on sujuvaa 1.1.2025.»
    @Test("PaijatHame: 2024-12-31 is out of effect for route, procurement and cost", arguments: ServiceCatalog.ids)
    func outOfEffectBefore2025(service: ServiceID) throws {
        let plugin = try PaijatHameFixture.plugin()
        let member = try PaijatHameFixture.member("Hollola")
        let date = PaijatHameDays.lastDayBefore
        #expect(throws: DecisionError.outOfEffect(date: date, effectiveFrom: plugin.declaration.effectiveFrom)) {
            try plugin.route(RouteQuery(municipality: member, service: service, date: date))
        }
        #expect(throws: DecisionError.outOfEffect(date: date, effectiveFrom: plugin.declaration.effectiveFrom)) {
            try plugin.procurement(ProcurementQuery(service: service, date: date))
        }
        #expect(throws: DecisionError.outOfEffect(date: date, effectiveFrom: plugin.declaration.effectiveFrom)) {
            try plugin.costResponsibility(CostQuery(municipality: member, service: service, date: date))
        }
    }

    // 001_ee65168c221e2ff3.txt:60 «Päijät-Hämeen maakuntaan on muodostumassa kaksi työvoimaviranomaista Päijät-Hämeen
    // työllisyysalue sekä Lahden kaupunki.»
    @Test("PaijatHame: Lahti is not a member (plan line 60)")
    func lahtiIsNotAMember() throws {
        let plugin = try PaijatHameFixture.plugin()
        let lahti = try PaijatHameFixture.municipality("Lahti")
        #expect(plugin.declaration.member(lahti.code) == nil)
        #expect(throws: DecisionError.notMember(lahti)) {
            try plugin.route(RouteQuery(municipality: lahti, service: .palkkatuki, date: PaijatHameFixture.day))
        }
    }

    @Test("PaijatHame: the self-check names a missing parameter", arguments: [
        "shared_pool_weights", "youth_age_limit", "employer_phone_billing", "vos_other_providers",
        "causer_pays_services", "yritysneuvonta_cost", "integration_plan_delivery", "plan_population_2022",
    ])
    func selfCheckNamesMissingParameter(name: String) throws {
        var data = try PaijatHameFixture.repositoryData()
        #expect(data.parameters[name] != nil, "the repository ships \(name)")
        data.parameters.removeValue(forKey: name)
        #expect {
            _ = try PaijatHameFixture.plugin().configured(with: data)
        } throws: { error in
            guard case .invalidData(let message) = error as? DecisionError else { return false }
            return message.contains(name)
        }
    }

    // 001_ee65168c221e2ff3.txt:268 names three criteria; a key whose weights do not add up to 1 is malformed.
    @Test("PaijatHame: the self-check rejects shared-pool weights that do not add up to 1")
    func selfCheckRejectsBadWeights() throws {
        var data = try PaijatHameFixture.repositoryData()
        let bad = ParameterValue.table(["broad_unemployment": .string("0.5"), "population_18_64": .string("0.3"),
                                        "foreign_language_speakers": .string("0.3")])
        data.parameters["shared_pool_weights"] = ParameterSeries(description: "test", values: [
            DatedValue(from: PaijatHameDays.start, value: bad, source: LocalizedText(verbatim: "test"), status: .default),
        ])
        #expect {
            _ = try PaijatHameFixture.plugin().configured(with: data)
        } throws: { error in
            guard case .invalidData(let message) = error as? DecisionError else { return false }
            return message.contains("shared_pool_weights") && message.contains("exactly 1")
        }
    }
}

enum PaijatHameDays {
    static let lastDayBefore = EffectiveDate(year: 2024, month: 12, day: 31)!
    static let start = EffectiveDate(year: 2025, month: 1, day: 1)!
}
