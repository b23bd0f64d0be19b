// PaijatHamePlugin.swift — the Päijät-Häme employment area (lead municipality Hollola): declaration,
// entry points, and the protocol conformance, which only delegates to the rule files.

import PluginAPI

struct PaijatHamePlugin: RegionPlugin {
    let declaration = RegionDeclaration(
        id: "paijat-hame",
        name: "Päijät-Hämeen työllisyysalue",
        version: "1.0.0",
        members: Members.all,
        responsibleMunicipality: Members.hollola,
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [Passage.members, Passage.responsibleMunicipality, Passage.lahtiIndependent])

    /// Unchecked until `configured(with:)` has validated the daemon's data.
    var parameters = Parameters(RegionData())

    func configured(with data: RegionData) throws(DecisionError) -> PaijatHamePlugin {
        var plugin = self
        plugin.parameters = try Parameters.validated(data, from: declaration.effectiveFrom)
        return plugin
    }

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try Routing(declaration: declaration, parameters: parameters).route(query)
    }

    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        try declaration.requireInEffect(on: query.date)
        let parts = try ServiceRules(parameters: parameters).parts(for: query.service, at: nil, on: query.date)
        return declaration.procurementDecision(query, parts.serviceRule)
    }

    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision {
        try declaration.requireInEffect(on: query.date)
        try declaration.requireMember(query.municipality)
        let parts = try ServiceRules(parameters: parameters).parts(for: query.service, at: nil, on: query.date)
        return declaration.costDecision(query, parts.serviceRule)
    }

    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        try AllocationKeys(declaration: declaration, costs: CostRules(parameters: parameters)).key(query)
    }

    func facts(on date: EffectiveDate) -> [RegionFact] {
        Facts(parameters: parameters).facts(on: date)
    }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(PaijatHamePlugin()) }
