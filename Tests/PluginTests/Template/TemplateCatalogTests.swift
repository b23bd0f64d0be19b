// TemplateCatalogTests.swift — every member × every catalog service: a decision or a reasoned
// not_offered, never a gap; every decision cited with a status, echoing the query, and the route's
// cost summary agreeing with costs.responsibility. Copy it unchanged for a new area.

import PluginAPI
import TestSupport
import Testing

@Suite struct TemplateCatalogTests {
    /// What the template offers; everything else must be not_offered (L25).
    static let offered: Set<ServiceID> = [.tyollistymissuunnitelma, .tyonhaunTuki, .palkkatuki, .tyovoimakoulutus, .neuvonta]

    @Test(arguments: TemplateArea.members, ServiceCatalog.ids)
    func everyServiceIsADecisionOrNotOffered(member: MunicipalityRef, service: ServiceID) throws {
        let plugin = try TemplateArea.plugin()
        let route = templateOutcome { () throws(DecisionError) in try TemplateArea.route(plugin, member, service) }
        let cost = templateOutcome { () throws(DecisionError) in try TemplateArea.cost(plugin, member, service) }
        let procurement = templateOutcome { () throws(DecisionError) in try TemplateArea.procurement(plugin, service) }

        switch (route, cost, procurement) {
        case let (.success(route), .success(cost), .success(procurement)):
            #expect(Self.offered.contains(service))
            Self.checkEchoAndBasis(route.region, route.municipality, route.service, route.date, route.basis, route.notes,
                                   route.status, member: member, service: service)
            Self.checkEchoAndBasis(cost.region, cost.municipality, cost.service, cost.date, cost.basis, cost.notes,
                                   cost.status, member: member, service: service)
            Self.checkEchoAndBasis(procurement.region, procurement.municipality, procurement.service, procurement.date,
                                   procurement.basis, procurement.notes, procurement.status, member: nil, service: service)
            #expect(route.cost == cost.summary, "the route's cost summary agrees with costs.responsibility")
            #expect((cost.key != nil) == (cost.principle == .sharedByKey), "a key exactly for shared_by_key")
            #expect(route.authority.id == "template")
        case let (.failure(route), .failure(cost), .failure(procurement)):
            #expect(!Self.offered.contains(service), "\(route.message)")
            #expect(route == cost && cost == procurement, "all three questions refuse alike")
            guard case .notOffered(let refused, let reason, let basis) = route else {
                Issue.record("expected not_offered, got \(route)")
                return
            }
            #expect(refused == service)
            #expect(!reason.fi.isEmpty && !reason.en.isEmpty)
            #expect(!basis.isEmpty, "a refusal cites why")
        default:
            Issue.record("route, cost and procurement disagree on whether \(service) is offered in \(member.name)")
        }
    }

    /// The fields every decision shares: the query echoed, at least one citation with a document and
    /// a section, and notes for any answer that is not explicit.
    static func checkEchoAndBasis(_ region: String, _ municipality: MunicipalityRef?, _ echoed: ServiceID,
                                  _ date: EffectiveDate, _ basis: [Citation], _ notes: [LocalizedText], _ status: DecisionStatus,
                                  member: MunicipalityRef?, service: ServiceID) {
        #expect(region == "template")
        #expect(municipality == member)
        #expect(echoed == service)
        #expect(date == TemplateArea.day)
        #expect(!basis.isEmpty)
        #expect(basis.allSatisfy { !$0.document.isEmpty && !$0.section.isEmpty })
        #expect(DecisionStatus.allCases.contains(status))
        if status != .explicit { #expect(!notes.isEmpty, "an \(status) answer says what it rests on") }
    }
}
