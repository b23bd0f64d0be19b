// TyoHamePlugin.swift — the TyöHäme employment area (lead municipality Hämeenlinna): the plugin
// value, its two C entry points, and the protocol conformance, which only delegates to `Rules`.

import PluginAPI

struct TyoHamePlugin: RegionPlugin {
    let declaration = Membership.declaration

    /// The checked settings over time and the national facts the rules cite; nil until the daemon
    /// configures the plugin.
    private var timeline: SettingsTimeline<Settings>?
    private var law: NationalFacts?

    func configured(with data: RegionData) throws(DecisionError) -> TyoHamePlugin {
        var plugin = self
        plugin.timeline = try SettingsTimeline(data: data, effectiveFrom: declaration.effectiveFrom, read: Settings.init)
        plugin.law = try NationalFacts(data.statutes)
        return plugin
    }

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try declaration.requireMember(query.municipality)
        let rule = try rules(on: query.date).rule(for: query)
        return declaration.routingDecision(query, rule)
    }

    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        // A region-level question: the rule is assembled for the responsible municipality and the
        // decision reads only its procurement part.
        let route = RouteQuery(municipality: declaration.responsibleMunicipality, service: query.service, date: query.date)
        return declaration.procurementDecision(query, try rules(on: query.date).rule(for: route))
    }

    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision {
        try declaration.requireMember(query.municipality)
        let route = RouteQuery(municipality: query.municipality, service: query.service, date: query.date)
        return declaration.costDecision(query, try rules(on: query.date).rule(for: route))
    }

    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        guard let firstDay = EffectiveDate(year: query.year, month: 1, day: 1) else {
            throw .invalidParameter(LocalizedText(fi: "vuosi \(query.year) ei ole kalenterivuosi", en: "year \(query.year) is not a calendar year"))
        }
        return try rules(on: firstDay).allocationKey(pool: query.pool, year: query.year)
    }

    func facts(on date: EffectiveDate) -> [RegionFact] {
        (try? rules(on: date))?.facts ?? []
    }

    /// The rules in force on `date`.
    private func rules(on date: EffectiveDate) throws(DecisionError) -> Rules {
        try declaration.requireInEffect(on: date)
        guard let timeline, let law else {
            throw .invalidData(LocalizedText(fi: "TyöHäme-liitännäistä ei ole vielä määritetty parametreillaan", en: "the TyöHäme plugin has not been configured with its parameters"))
        }
        return Rules(declaration: declaration, settings: timeline.on(date), law: law)
    }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(TyoHamePlugin()) }
