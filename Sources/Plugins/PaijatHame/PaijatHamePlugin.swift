// PaijatHamePlugin.swift — the Päijät-Häme employment area (responsible municipality Hollola): its
// declaration, the protocol conformance, which only delegates to the rule files, and the two C entry
// points alued looks up.

import PluginAPI

struct PaijatHamePlugin: RegionPlugin {
    let declaration = RegionDeclaration(
        id: "paijat-hame",
        name: "Päijät-Hämeen työllisyysalue",
        version: "2.0.0",
        members: Members.all,
        responsibleMunicipality: Members.hollola,
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [Passage.members, Passage.responsibleMunicipality, Passage.twoAuthorities])
        // No `planPeriod`: the plan states no period it covers; it calls itself a non-binding snapshot of
        // 25.9.2023 (lines 51–54) and speaks only of 2025's budget (line 268) — docs/regions/paijat-hame.md.

    /// The parameters over time, read and checked by `configured(with:)`; nil until alued calls it.
    private var timeline: SettingsTimeline<Settings>?
    /// The generation's data: the statutory layer and the members' statistics.
    private var data = RegionData()

    /// Reads every parameter (and the statutory funding the rules cite) for every day one of them
    /// changes, so a missing or malformed value fails the self-check instead of a request.
    func configured(with data: RegionData) throws(DecisionError) -> PaijatHamePlugin {
        var plugin = self
        plugin.timeline = try SettingsTimeline(data: data, effectiveFrom: declaration.effectiveFrom, read: Settings.init)
        plugin.data = data
        return plugin
    }

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try Routing(declaration: declaration, rules: try rules(on: query.date)).route(query)
    }

    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        // A region-level question: no client municipality, so the rule is built for the whole area.
        declaration.procurementDecision(query, try rules(on: query.date).rule(query.service, at: nil))
    }

    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision {
        let rules = try rules(on: query.date)
        try declaration.requireMember(query.municipality)
        return declaration.costDecision(query, try rules.rule(query.service, at: query.municipality))
    }

    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        try AllocationKeys.key(query, declaration: declaration) { day throws(DecisionError) in try settings(on: day) }
    }

    func facts(on date: EffectiveDate) -> [RegionFact] {
        guard let timeline else { return [] }
        return Facts(settings: timeline.on(date), data: data).facts(on: date)
    }

    /// The rules in force on `date`. Every question passes through here, so none is answered for a day
    /// before the area's first.
    private func rules(on date: EffectiveDate) throws(DecisionError) -> Rules {
        try declaration.requireInEffect(on: date)
        return Rules(region: declaration.id, date: date, settings: try settings(on: date), statutes: data.statutes)
    }

    private func settings(on date: EffectiveDate) throws(DecisionError) -> Settings {
        guard let timeline else {
            throw .invalidData(LocalizedText(fi: "liitännäistä \(declaration.id) ei ole vielä määritetty parametreillaan",
                                             en: "the \(declaration.id) plugin has not been configured with its parameters"))
        }
        return timeline.on(date)
    }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(PaijatHamePlugin()) }
