// OuluPlugin.swift — the Oulu region employment area (Oulun seudun työllisyysalue): its declaration,
// the protocol conformance, which only delegates to the rules, and the two C entry points alued
// looks up.

import PluginAPI

struct OuluPlugin: RegionPlugin {
    let declaration = RegionDeclaration(
        id: "oulu",
        name: "Oulun seudun työllisyysalue",
        version: "2.0.0",
        members: Membership.members.map(\.ref),
        responsibleMunicipality: Membership.oulu.ref,
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [Plan.membersAim, Plan.responsibleMunicipality],
        // The plan states no period it covers: only its start, «1.1.2025 alkaen» (L54), and no end
        // or review date (docs/regions/oulu.md). So no answer is marked as past a period.
        planPeriod: nil)

    /// The parameters over time; nil until the daemon configures the plugin with its data.
    private var timeline: SettingsTimeline<Settings>?
    /// National law, which the rules cite and never restate.
    private var statutes = StatutoryLayer()

    /// Reads and checks every parameter and the statutory funding the rules cite, so that a missing
    /// or malformed value fails the self-check (the daemon keeps the previous generation).
    func configured(with data: RegionData) throws(DecisionError) -> OuluPlugin {
        var plugin = self
        plugin.timeline = try SettingsTimeline(data: data, effectiveFrom: declaration.effectiveFrom, read: Settings.init(reading:))
        plugin.statutes = data.statutes
        return plugin
    }

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        let member = try Membership.member(query.municipality)
        return declaration.routingDecision(query, try rules(on: query.date).rule(query.service, for: member, client: ClientFacts(query)))
    }

    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        // An area-level question: no client municipality, so the rule is built for the whole area.
        declaration.procurementDecision(query, try rules(on: query.date).rule(query.service, for: nil))
    }

    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision {
        let member = try Membership.member(query.municipality)
        return declaration.costDecision(query, try rules(on: query.date).rule(query.service, for: member))
    }

    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        // A year's key is the one in force on 1 January.
        guard let firstDay = EffectiveDate(year: query.year, month: 1, day: 1) else {
            throw .invalidParameter(LocalizedText(fi: "vuosi \(query.year) ei ole kalenterivuosi",
                                                  en: "year \(query.year) is not a calendar year"))
        }
        return try rules(on: firstDay).allocationKey(pool: query.pool)
    }

    func facts(on date: EffectiveDate) -> [RegionFact] {
        Facts.all(settings: timeline?.on(date))
    }

    /// The rules in force on `date`. Every question passes through here, so none is answered for a
    /// day before the area existed.
    private func rules(on date: EffectiveDate) throws(DecisionError) -> Rules {
        try declaration.requireInEffect(on: date)
        guard let timeline else {
            throw .invalidData(LocalizedText(fi: "Oulun liitännäistä ei ole vielä määritetty parametreillaan",
                                             en: "the Oulu plugin has not been configured with its parameters"))
        }
        return Rules(region: declaration.id, date: date, settings: timeline.on(date), statutes: statutes)
    }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(OuluPlugin()) }
