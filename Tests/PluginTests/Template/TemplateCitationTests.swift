// TemplateCitationTests.swift — every citation the template plugin gives (declaration, decisions,
// refusals, the allocation key, facts) names a heading of template-plan.txt and quotes it verbatim
// within the cited lines, read from config/data/template/sources/.

import PluginAPI
import TestSupport
import Testing

@Suite struct TemplateCitationTests {
    @Test func thePlanCopyIsThere() throws {
        let plan = try TemplateArea.plan()
        #expect(plan.lines.count == 42)
        #expect(plan.lines.first == "Esimerkkialueen työllisyysalueen järjestämissuunnitelma")
    }

    @Test func everyQuoteIsInTheLinesItCites() throws {
        let plugin = try TemplateArea.plugin()
        var citations = plugin.declaration.basis
        citations += try plugin.allocationKey(AllocationKeyQuery(year: 2025)).basis
        citations += plugin.facts(on: TemplateArea.day).flatMap(\.basis)
        for member in TemplateArea.members {
            for service in ServiceCatalog.ids {
                let answers = [
                    templateOutcome { () throws(DecisionError) in try TemplateArea.route(plugin, member, service).basis },
                    templateOutcome { () throws(DecisionError) in try TemplateArea.cost(plugin, member, service).basis },
                    templateOutcome { () throws(DecisionError) in try TemplateArea.procurement(plugin, service).basis },
                ]
                for answer in answers {
                    switch answer {
                    case .success(let basis): citations += basis
                    case .failure(.notOffered(_, _, let basis)): citations += basis
                    case .failure(let error): Issue.record("\(member.name) \(service): \(error)")
                    }
                }
            }
        }
        #expect(citations.allSatisfy { $0.document == TemplateArea.planFile }, "the template cites only its plan")
        let plan = try TemplateArea.plan()
        let problems = Set(citations).compactMap { plan.problem(with: $0, checkHeading: true) }
        #expect(problems.isEmpty, "\(problems)")
    }
}
