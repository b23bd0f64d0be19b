// OuluTestSupport.swift — what the Oulu rule tests share: the plugin as the daemon loads it, the
// plan's own text for checking citations, and the member list as the plan gives it.

import Foundation
import PluginAPI
import TestSupport

enum Oulu {
    static let planFile = "004_cc00a80936f2630b.txt"
    static let day = PluginFixture.day("2025-03-03")

    /// libOulu.so, configured with config/data as alued configures it.
    static func plugin() throws -> any RegionPlugin { try PluginFixture.load("Oulu") }

    /// The repository's data for the Oulu region, to modify in the parameter tests.
    static func data() throws -> RegionData {
        try PluginFixture.data(regionID: "oulu", members: plugin().declaration.members.map(\.code))
    }

    /// The plugin configured with `data` with one parameter replaced from 2025-01-01.
    static func plugin(with name: String, _ value: ParameterValue) throws -> any RegionPlugin {
        var data = try data()
        data.parameters[name] = ParameterSeries(description: "test", values: [
            DatedValue(from: PluginFixture.day("2025-01-01"), value: value, source: LocalizedText(verbatim: "test"), status: .default),
        ])
        return try plugin().configured(with: data)
    }

    /// The plan as stored in config/data/oulu/sources, to check citations against.
    static let plan: SourceDocument = {
        do { return try SourceDocument(region: "oulu", name: planFile) } catch { preconditionFailure("\(error)") }
    }()

    /// The eleven members as §1 lists them (L56–66), with their official codes.
    static let members: [MunicipalityRef] = [
        ("072", "Hailuoto"), ("139", "Ii"), ("244", "Kempele"), ("425", "Liminka"), ("436", "Lumijoki"),
        ("494", "Muhos"), ("564", "Oulu"), ("615", "Pudasjärvi"), ("859", "Tyrnävä"), ("889", "Utajärvi"),
        ("785", "Vaala"),
    ].map { MunicipalityRef(code: MunicipalityCode(rawValue: $0.0)!, name: $0.1) }

    static let oulu = members[6]

    static func member(_ name: String) -> MunicipalityRef { members.first { $0.name == name }! }

    static func route(_ plugin: any RegionPlugin, _ name: String, _ service: ServiceID, date: EffectiveDate = day,
                      segment: ClientSegment? = nil, client: ClientProfile = ClientProfile(),
                      employer: String? = nil) throws(DecisionError) -> RoutingDecision {
        try plugin.route(RouteQuery(municipality: member(name), service: service, date: date, segment: segment,
                                    client: client, employer: employer.map { EmployerProfile(location: member($0)) }))
    }

    static func cost(_ plugin: any RegionPlugin, _ name: String, _ service: ServiceID,
                     date: EffectiveDate = day) throws(DecisionError) -> CostDecision {
        try plugin.costResponsibility(CostQuery(municipality: member(name), service: service, date: date))
    }

    static func procurement(_ plugin: any RegionPlugin, _ service: ServiceID,
                            date: EffectiveDate = day) throws(DecisionError) -> ProcurementDecision {
        try plugin.procurement(ProcurementQuery(service: service, date: date))
    }

    /// Line `number` of the stored plan, as `sed -n` numbers it: a finding's test quotes the line that decides it.
    static func line(_ number: Int) -> String { plan.lines[number - 1] }

    /// Why a citation of the plan is wrong, or nil (other documents pass).
    static func problem(with citation: Citation) -> String? { plan.problem(with: citation) }

    /// Whether any note mentions `text` (notes are prose for staff; tests look for key facts in them).
    static func notes(_ notes: [LocalizedText], mention text: String) -> Bool {
        notes.contains { $0.contains(text) }
    }
}

extension Citation {
    var isOuluPlan: Bool { document == Oulu.planFile }
}
