// TemplateFixture.swift — what the template plugin's tests share: the plugin loaded from its .so and
// configured as alued does it, the members, query helpers, and the plan's text for checking citations.
// A new area copies this folder with the plugin (docs/plugin-guide.md, "Tests to write").

import AlueCore
import Foundation
import PluginAPI
import TestSupport
import Testing

enum TemplateArea {
    static let regionID = "template"
    static let planFile = "template-plan.txt"
    /// An ordinary day inside the plan's period.
    static let day = PluginFixture.day("2025-03-03")

    static let kolari = MunicipalityRef(code: "273", name: "Kolari")
    static let muonio = MunicipalityRef(code: "498", name: "Muonio")
    static let members = [kolari, muonio]

    /// libTemplate.so configured with the repository's config/data, exactly as alued configures it.
    static func plugin() throws -> any RegionPlugin { try PluginFixture.load("Template") }

    /// The repository's data for the area: config/data/template/parameters.json and the statistics.
    static func data() throws -> RegionData {
        try PluginFixture.data(regionID: regionID, members: members.map(\.code))
    }

    /// The plugin configured with the repository's parameters as edited by `change`; throws what
    /// the self-check throws.
    static func plugin(editing change: (inout [String: ParameterSeries]) -> Void) throws -> any RegionPlugin {
        var data = try data()
        change(&data.parameters)
        return try PluginLoader.load(path: BuildProducts.plugin("Template")).configured(with: data)
    }

    /// A parameter with one value from `from`.
    static func series(_ value: ParameterValue, from: String = "2025-01-01",
                       status: DecisionStatus = .default) -> DatedValue {
        DatedValue(from: PluginFixture.day(from), value: value, source: LocalizedText(verbatim: "test"), status: status)
    }

    static func route(_ plugin: any RegionPlugin, _ member: MunicipalityRef, _ service: ServiceID,
                      on date: EffectiveDate = day) throws(DecisionError) -> RoutingDecision {
        try plugin.route(RouteQuery(municipality: member, service: service, date: date))
    }

    static func cost(_ plugin: any RegionPlugin, _ member: MunicipalityRef, _ service: ServiceID,
                     on date: EffectiveDate = day) throws(DecisionError) -> CostDecision {
        try plugin.costResponsibility(CostQuery(municipality: member, service: service, date: date))
    }

    static func procurement(_ plugin: any RegionPlugin, _ service: ServiceID,
                            on date: EffectiveDate = day) throws(DecisionError) -> ProcurementDecision {
        try plugin.procurement(ProcurementQuery(service: service, date: date))
    }

    /// Whether `basis` cites the plan at exactly `lines`.
    static func cites(_ basis: [Citation], lines: String) -> Bool {
        basis.contains { $0.document == planFile && $0.lines == lines }
    }

    /// The stored copy of the plan (config/data/template/sources), to check citations against:
    /// `problem(with:checkHeading: true)` says why a citation is wrong — its section is not a heading
    /// of the plan, its lines do not exist, or its quote is not verbatim within them — or nil.
    static func plan() throws -> SourceDocument { try SourceDocument(region: regionID, name: planFile) }
}

/// A plugin call's refusal kept as a value, to compare the three questions' answers.
func templateOutcome<Value>(_ call: () throws(DecisionError) -> Value) -> Result<Value, DecisionError> {
    do { return .success(try call()) } catch { return .failure(error) }
}
