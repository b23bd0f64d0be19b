// OuluPlugin.swift — the Oulu region employment area (Oulun seudun työllisyysalue): declaration,
// entry points, and the protocol conformance, which only delegates to the rule files.

import PluginAPI

struct OuluPlugin: RegionPlugin {
    static let plan = Plan.file

    let declaration = RegionDeclaration(
        id: "oulu",
        name: "Oulun seudun työllisyysalue",
        version: "1.0.0",
        members: Membership.members.map(\.ref),
        responsibleMunicipality: Membership.oulu.ref,
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [
            Citation(document: plan, section: "1 Suunnitelman tarkoitus", lines: "54-66",
                     quote: "Seuraavilla kunnilla on tavoitteena muodostaa yhteinen työllisyysalue työvoimapalveluiden järjestämiseksi 1.1.2025 alkaen vastuukuntamallilla"),
            Citation(document: plan, section: "1 Suunnitelman tarkoitus", lines: "68",
                     quote: "Oulun kaupunki toimisi työllisyysalueen vastuukuntana."),
        ])

    /// The parameters over time; nil until the daemon configures the plugin with its data.
    var timeline: SettingsTimeline<Settings>?

    func configured(with data: RegionData) throws(DecisionError) -> OuluPlugin {
        var plugin = self
        plugin.timeline = try SettingsTimeline(data: data, effectiveFrom: declaration.effectiveFrom, read: Settings.init(reading:))
        return plugin
    }

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try routingDecision(for: query)
    }

    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        try procurementDecision(for: query)
    }

    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision {
        try costDecision(for: query)
    }

    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        try allocationKey(for: query)
    }

    func facts(on date: EffectiveDate) -> [RegionFact] {
        Facts.all(settings: timeline?.on(date))
    }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(OuluPlugin()) }
