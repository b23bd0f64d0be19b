// TyoHameCatalogTests.swift — every catalog service for every member, the dates the rules apply
// from, the self-check, and that every citation quotes the seed verbatim at the lines it names.

import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct TyoHameCatalogTests {
    /// 7 members × 35 services: a cited decision or a reasoned not_offered, the same way in all three
    /// questions; decisions echo the query; the route's cost summary is the cost decision's.
    @Test(arguments: TyoHame.members, ServiceCatalog.ids)
    func everyServiceIsAnsweredWithCitations(member: MunicipalityRef, service: ServiceID) throws {
        let plugin = try TyoHame.plugin()
        let route = TyoHame.outcome { () throws(DecisionError) in try TyoHame.route(plugin, member.name, service) }
        let cost = TyoHame.outcome { () throws(DecisionError) in try TyoHame.cost(plugin, member.name, service) }
        let procurement = TyoHame.outcome { () throws(DecisionError) in try TyoHame.procurement(plugin, service) }
        switch (route, cost, procurement) {
        case (.decision(let route), .decision(let cost), .decision(let procurement)):
            for (decision, expectedMunicipality) in [(route.header, member), (cost.header, member), (procurement.header, nil)] {
                #expect(decision.region == "tyohame")
                #expect(decision.municipality == expectedMunicipality)
                #expect(decision.service == service)
                #expect(decision.date == TyoHame.day)
                expectCited(decision.basis, decision.status, decision.notes, service: service)
            }
            expectCited(route.cost.basis, route.cost.status, route.cost.notes, service: service)
            #expect(route.cost == cost.summary)
            #expect(route.authority.id == "tyohame")
            #expect(route.authority.responsibleMunicipality == TyoHame.member("Hämeenlinna"))
            if cost.principle == .sharedByKey { #expect(cost.key != nil && cost.bearer.kind == "members_by_key") }
        case (.notOffered(let reason, let basis), .notOffered, .notOffered):
            #expect(!reason.fi.isEmpty && !reason.en.isEmpty)
            expectSources(basis, service: service)
        default:
            Issue.record("\(member.name) \(service): route, cost and procurement disagree: \(route) / \(cost) / \(procurement)")
        }
    }

    /// 4.2.4, line 495: employers are served on the single-contact principle; no phone line is
    /// described. The municipal employment obligation is refused by the statutory layer (not in force).
    @Test func notOfferedAreTheEmployersPhoneAndWhatIsNotInForce() throws {
        let plugin = try TyoHame.plugin()
        let refused = ServiceCatalog.ids.filter { service in
            if case .notOffered = TyoHame.outcome({ () throws(DecisionError) in try TyoHame.route(plugin, "Forssa", service) }) { return true }
            return false
        }
        #expect(refused == [.velvoitetyollistaminen, .tyonantajapuhelin])
    }

    @Test func nothingIsInForceOn2024_12_31() throws {
        let plugin = try TyoHame.plugin()
        let day = PluginFixture.day("2024-12-31")
        let forssa = TyoHame.member("Forssa")
        #expect(throws: DecisionError.outOfEffect(date: day, effectiveFrom: PluginFixture.day("2025-01-01"))) {
            try plugin.route(RouteQuery(municipality: forssa, service: .palkkatuki, date: day))
        }
        #expect(throws: DecisionError.outOfEffect(date: day, effectiveFrom: PluginFixture.day("2025-01-01"))) {
            try plugin.costResponsibility(CostQuery(municipality: forssa, service: .palkkatuki, date: day))
        }
        #expect(throws: DecisionError.outOfEffect(date: day, effectiveFrom: PluginFixture.day("2025-01-01"))) {
            try plugin.procurement(ProcurementQuery(service: .palkkatuki, date: day))
        }
        #expect(throws: DecisionError.self) { try plugin.allocationKey(AllocationKeyQuery(year: 2024)) }
        #expect(plugin.facts(on: day).isEmpty)
        #expect(try TyoHame.route(plugin, "Forssa", .palkkatuki).date == TyoHame.day)
    }

    @Test(arguments: ["office_catchment", "immigrant_service_point", "area_cost_weights", "special_training_fields",
                      "municipality_special_services", "delegations", "monthly_billing_instalments",
                      "reconciliation_usage_measure"])
    func selfCheckNamesAMissingParameter(name: String) throws {
        #expect(TyoHame.rawData.parameters[name] != nil)
        expectInvalidData(naming: name) { parameters in parameters[name] = nil }
    }

    @Test func selfCheckRejectsMalformedValues() {
        expectInvalidData(naming: "area_cost_weights") {
            $0["area_cost_weights"] = TyoHame.series(.table(["population_18_64": .string("0.5"), "broad_unemployment": .string("0.4")]))
        }
        expectInvalidData(naming: "area_cost_weights") {
            $0["area_cost_weights"] = TyoHame.series(.table(["population": .string("1")]))
        }
        expectInvalidData(naming: "office_catchment") {
            $0["office_catchment"] = TyoHame.series(.table(["Hämeenlinna": .string("Hämeenlinna")]))
        }
        expectInvalidData(naming: "office_catchment") {
            $0["office_catchment"] = TyoHame.series(.table(["Lahti": .string("Forssa")]))
        }
        expectInvalidData(naming: "municipality_special_services") {
            $0["municipality_special_services"] = TyoHame.series(.table(["Forssa": .list([.string("no_such_service")])]))
        }
        expectInvalidData(naming: "monthly_billing_instalments") {
            $0["monthly_billing_instalments"] = TyoHame.series(.number(13))
        }
        // A later value is checked too, not only the one in force on 2025-01-01.
        expectInvalidData(naming: "reconciliation_usage_measure") {
            $0["reconciliation_usage_measure"]?.values.append(DatedValue(from: PluginFixture.day("2026-01-01"),
                                                                         value: .string("visits"), source: LocalizedText(verbatim: "test"), status: .default))
        }
    }

    /// Every citation any answer carries names the plan's own section heading and quotes the plan
    /// verbatim (whitespace aside) at the lines it names.
    @Test func everyCitationQuotesTheSeedAtItsLines() throws {
        let seed = try TyoHame.planDocument()
        let citations = try Set(allCitations())
        #expect(citations.count > 100)
        let statutes = Set(ServiceCatalog.ids.flatMap(TyoHame.statuteCitations))
        for citation in citations where citation.document != TyoHame.plan {
            #expect(statutes.contains(citation), "\(citation) is neither the plan nor the statutory layer")
        }
        for citation in citations where citation.document == TyoHame.plan {
            let problem = seed.problem(with: citation, checkHeading: true, foldingWhitespace: true)
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    private func allCitations() throws -> [Citation] {
        let plugin = try TyoHame.plugin()
        var citations = plugin.declaration.basis + plugin.facts(on: TyoHame.day).flatMap(\.basis)
        for pool in [nil, "area_costs"] {
            citations += try plugin.allocationKey(AllocationKeyQuery(year: 2025, pool: pool)).basis
        }
        let variants: [(ClientSegment?, ClientProfile, TrainingQuery?)] = [
            (nil, ClientProfile(), nil), (.youth, ClientProfile(age: 35), nil), (.immigrant, ClientProfile(), nil),
            (.multisectoral, ClientProfile(foreignLanguage: true), TrainingQuery(field: "merityö")),
            (.longTermUnemployed, ClientProfile(age: 25), nil),
        ]
        for member in TyoHame.members {
            for service in ServiceCatalog.ids {
                for (segment, client, training) in variants {
                    switch TyoHame.outcome({ () throws(DecisionError) in
                        try TyoHame.route(plugin, member.name, service, segment: segment, client: client, training: training)
                    }) {
                    case .decision(let route): citations += route.basis
                    case .notOffered(_, let basis): citations += basis
                    }
                }
                if case .decision(let cost) = TyoHame.outcome({ () throws(DecisionError) in try TyoHame.cost(plugin, member.name, service) }) {
                    citations += cost.basis
                }
            }
        }
        for service in ServiceCatalog.ids {
            if case .decision(let procurement) = TyoHame.outcome({ () throws(DecisionError) in try TyoHame.procurement(plugin, service) }) {
                citations += procurement.basis
            }
        }
        return citations
    }

    /// Cited by the plan (lines and a verbatim quote) or by the statutory layer's entry for the
    /// service; an explicit part quotes the plan; any other says why in its notes.
    private func expectCited(_ basis: [Citation], _ status: DecisionStatus, _ notes: [LocalizedText], service: ServiceID) {
        expectSources(basis, service: service)
        if status == .explicit { #expect(basis.contains { $0.document == TyoHame.plan }, "\(service): explicit without the plan") }
        if status != .explicit { #expect(!notes.isEmpty, "an \(status) answer must say why in its notes") }
        for note in notes { #expect(!note.fi.isEmpty && !note.en.isEmpty && note.fi != note.en, "\(service): «\(note.fi)» is not in both languages") }
    }

    /// A non-empty basis of plan passages (section, lines, quote) and the statutory layer's citations.
    private func expectSources(_ basis: [Citation], service: ServiceID) {
        #expect(!basis.isEmpty)
        for citation in basis where citation.document != TyoHame.plan {
            #expect(TyoHame.statuteCitations(service).contains(citation), "\(service): \(citation) is not the statutory layer's")
        }
        for citation in basis where citation.document == TyoHame.plan {
            #expect(!citation.section.isEmpty && citation.lines != nil && citation.quote?.isEmpty == false)
        }
    }

    private func expectInvalidData(naming name: String, sourceLocation: SourceLocation = #_sourceLocation,
                                   _ change: (inout [String: ParameterSeries]) -> Void) {
        do {
            _ = try TyoHame.plugin(editing: change)
            Issue.record("the self-check accepted a bad '\(name)'", sourceLocation: sourceLocation)
        } catch {
            guard case .invalidData(let message) = error else {
                Issue.record("expected invalidData, got \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(message.contains("'\(name)'"), "\(message)", sourceLocation: sourceLocation)
        }
    }
}
