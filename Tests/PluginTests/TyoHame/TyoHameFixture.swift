// TyoHameFixture.swift — what the TyöHäme plugin tests share: the plugin loaded from its .so as
// alued loads it, the members as the plan lists them, query helpers and the seed document.

import AlueCore
import Foundation
import PluginAPI
import TestSupport
import Testing

enum TyoHame {
    static let plan = "003_534daa39d3e418e0.txt"

    /// The members as the plan lists them (line 96), with their official codes (municipalities.csv).
    static let members = [
        MunicipalityRef(code: "109", name: "Hämeenlinna"), MunicipalityRef(code: "082", name: "Hattula"),
        MunicipalityRef(code: "061", name: "Forssa"), MunicipalityRef(code: "834", name: "Tammela"),
        MunicipalityRef(code: "169", name: "Jokioinen"), MunicipalityRef(code: "981", name: "Ypäjä"),
        MunicipalityRef(code: "103", name: "Humppila"),
    ]

    static let day = PluginFixture.day("2025-03-03")

    static func member(_ name: String) -> MunicipalityRef {
        guard let member = members.first(where: { $0.name == name }) else { preconditionFailure("not a member: \(name)") }
        return member
    }

    /// The plugin configured with the repository's config/data.
    static func plugin() throws -> any RegionPlugin { try PluginFixture.load("TyoHame") }

    /// The plugin configured with config/data whose parameters `change` has edited.
    static func plugin(editing change: (inout [String: ParameterSeries]) -> Void) throws(DecisionError) -> any RegionPlugin {
        var data = rawData
        change(&data.parameters)
        return try unconfigured.configured(with: data)
    }

    static let unconfigured: any RegionPlugin = {
        do { return try PluginLoader.load(path: BuildProducts.plugin("TyoHame")) } catch { preconditionFailure("\(error)") }
    }()

    static let rawData: RegionData = {
        do {
            return try PluginFixture.data(regionID: "tyohame", members: members.map(\.code))
        } catch { preconditionFailure("\(error)") }
    }()

    /// A parameter series with one value from 2025-01-01.
    static func series(_ value: ParameterValue, status: DecisionStatus = .default) -> ParameterSeries {
        ParameterSeries(description: "test", values: [DatedValue(from: PluginFixture.day("2025-01-01"), value: value,
                                                                  source: LocalizedText(verbatim: "test"), status: status)])
    }

    static func route(_ plugin: any RegionPlugin, _ municipality: String, _ service: ServiceID, segment: ClientSegment? = nil,
                      client: ClientProfile = ClientProfile(), employer: EmployerProfile? = nil,
                      training: TrainingQuery? = nil) throws(DecisionError) -> RoutingDecision {
        try plugin.route(RouteQuery(municipality: member(municipality), service: service, date: day, segment: segment,
                                    client: client, employer: employer, training: training))
    }

    static func cost(_ plugin: any RegionPlugin, _ municipality: String, _ service: ServiceID) throws(DecisionError) -> CostDecision {
        try plugin.costResponsibility(CostQuery(municipality: member(municipality), service: service, date: day))
    }

    static func procurement(_ plugin: any RegionPlugin, _ service: ServiceID) throws(DecisionError) -> ProcurementDecision {
        try plugin.procurement(ProcurementQuery(service: service, date: day))
    }

    /// The citations the statutory layer (config/data/national) holds for `service`: the only ones
    /// outside the plan an answer may carry.
    static func statuteCitations(_ service: ServiceID) -> [Citation] {
        guard let statute = rawData.statutes.service(service) else { return [] }
        return statute.legalBasis + (statute.funding?.basis ?? [])
    }

    /// Whether `basis` cites the plan at exactly `lines`.
    static func cites(_ basis: [Citation], lines: String) -> Bool {
        basis.contains { $0.document == plan && $0.lines == lines }
    }

    /// Whether `basis` cites any plan line from `first` through `last`.
    static func cites(_ basis: [Citation], within first: Int, _ last: Int) -> Bool {
        basis.contains { citation in
            guard citation.document == plan, let lines = citation.lines else { return false }
            let bounds = lines.split(separator: "-").compactMap { Int($0) }
            return bounds.contains { (first...last).contains($0) }
        }
    }

    /// The plan's line `number` (as `sed -n` counts), for tests that quote the line deciding them.
    static func planLine(_ number: Int) throws -> String { try planDocument().lines[number - 1] }

    /// The plan as the seed documents give it; a byte-identical copy is kept in config/data so that
    /// the citations can be checked in any checkout.
    static func planDocument() throws -> SourceDocument { try SourceDocument(region: "tyohame", name: plan) }
}

extension TyoHame {
    /// A decision or a reasoned refusal; any other error is a test failure.
    enum Outcome<D> {
        case decision(D)
        case notOffered(reason: LocalizedText, basis: [Citation])
    }

    static func outcome<D>(_ body: () throws(DecisionError) -> D) -> Outcome<D> {
        do {
            return .decision(try body())
        } catch {
            if case .notOffered(_, let reason, let basis) = error { return .notOffered(reason: reason, basis: basis) }
            Issue.record("unexpected \(error)")
            return .notOffered(reason: LocalizedText(verbatim: ""), basis: [])
        }
    }
}
