// TemplatePlugin.swift — the template employment area «Esimerkkialueen työllisyysalue» (fictional:
// Kolari and Muonio): its declaration and members, the protocol conformance, which only delegates
// to the rule files, and the two C entry points alued looks up. The starting point for a new area
// (docs/plugin-guide.md): every «AUTHOR:» comment says what to change.

import PluginAPI

/// AUTHOR: rename the type (and this file) after your area, e.g. `LappiPlugin`.
struct TemplatePlugin: RegionPlugin {
    /// Who the area is. alued reads it once at load and sends a query here only for a member
    /// municipality; `alued --check` refuses a malformed or taken id, a member code that is not a
    /// municipality (or whose name differs from config/data/municipalities.csv), a member another
    /// loaded plugin already covers, and a responsible municipality outside the members.
    let declaration = RegionDeclaration(
        // AUTHOR: your area's id — lowercase ASCII, digits and '-'. It names config/data/<id>/
        // and appears in every answer, so it never changes once deployed.
        id: "template",
        name: "Esimerkkialueen työllisyysalue",
        // Bump on every change of a rule: `system.status` and `regions.list` show it.
        version: "1.0.0",
        members: Members.all.map(\.ref),
        responsibleMunicipality: Members.kolari.ref,
        // The plan's first day. Earlier dates are refused as out_of_effect (`rules(on:)` below).
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [Plan.membership, Plan.responsibleMunicipality],
        // The period the plan says it covers (L42). Later days are still answered, but each answer
        // says it lies beyond the period and is at most `inferred`.
        planPeriod: PlanPeriod(from: EffectiveDate(year: 2025, month: 1, day: 1)!, until: EffectiveDate(year: 2026, month: 12, day: 31)!,
                               basis: [Plan.planPeriod]))

    /// The parameters over time, read and checked by `configured(with:)`; nil until alued calls it.
    private var timeline: SettingsTimeline<Settings>?

    /// alued calls this at load and on every reload with config/data/<id>/parameters.json and the
    /// members' statistics. Everything is read and checked here, so a missing or malformed
    /// parameter fails the self-check (and the daemon keeps the previous generation) instead of
    /// failing a query later.
    func configured(with data: RegionData) throws(DecisionError) -> TemplatePlugin {
        var plugin = self
        // The timeline records the parameters `Settings.init` reads and starts a new version on every
        // day one of them changes.
        plugin.timeline = try SettingsTimeline(data: data, effectiveFrom: declaration.effectiveFrom, read: Settings.init)
        return plugin
    }

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        let member = try Members.member(query.municipality)
        return declaration.routingDecision(query, try rules(on: query.date).rule(query.service, for: member))
    }

    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        // A region-level question: no client municipality, so the rule is built for the whole area.
        declaration.procurementDecision(query, try rules(on: query.date).rule(query.service, for: nil))
    }

    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision {
        let member = try Members.member(query.municipality)
        return declaration.costDecision(query, try rules(on: query.date).rule(query.service, for: member))
    }

    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        // A year's key is the one in force on 1 January (a mid-year change applies from the next year).
        guard let firstDay = EffectiveDate(year: query.year, month: 1, day: 1) else {
            throw .invalidParameter(LocalizedText(fi: "vuosi \(query.year) ei ole kalenterivuosi",
                                                  en: "year \(query.year) is not a calendar year"))
        }
        return try rules(on: firstDay).allocationKey(pool: query.pool)
    }

    func facts(on date: EffectiveDate) -> [RegionFact] {
        date < declaration.effectiveFrom ? [] : Facts.all(asOf: declaration.effectiveFrom)
    }

    /// The rules in force on `date`. Every question passes through here, so none is answered for a
    /// day before the plan applies.
    private func rules(on date: EffectiveDate) throws(DecisionError) -> Rules {
        try declaration.requireInEffect(on: date)
        guard let timeline else {
            throw .invalidData(LocalizedText(fi: "liitännäistä \(declaration.id) ei ole vielä määritetty parametreillaan",
                                             en: "the \(declaration.id) plugin has not been configured with its parameters"))
        }
        return Rules(region: declaration.id, date: date, settings: timeline.on(date))
    }
}

/// A member as the plan names it: the party that produces its local services and its service point.
struct Member: Hashable, Sendable {
    /// Code and name exactly as config/data/municipalities.csv spells them.
    let ref: MunicipalityRef
    /// The municipality as the plan names it (L6).
    let planName: String
    /// Its service point (L13). The plan gives no address, so none is invented.
    let servicePoint: String

    var party: Party { Party(name: planName, municipality: ref) }
}

/// AUTHOR: one entry per member of your area, and the responsible municipality among them.
enum Members {
    static let kolari = Member(ref: MunicipalityRef(code: "273", name: "Kolari"), planName: "Kolarin kunta",
                               servicePoint: "Kolarin palvelupiste")
    static let muonio = Member(ref: MunicipalityRef(code: "498", name: "Muonio"), planName: "Muonion kunta",
                               servicePoint: "Muonion palvelupiste")
    static let all = [kolari, muonio]

    /// The member behind a query's municipality. alued routes queries by membership, so a miss
    /// means a daemon bug or a direct call with a stranger; it is refused, never guessed.
    static func member(_ municipality: MunicipalityRef) throws(DecisionError) -> Member {
        guard let member = all.first(where: { $0.ref.code == municipality.code }) else { throw .notMember(municipality) }
        return member
    }
}

// The two C-named entry points alued finds with dlsym. Keep them exactly as they are: the first
// returns the API version this library was compiled against (alued refuses a mismatch before
// touching anything else), the second hands over the plugin in a retained PluginBox, which alued
// takes with a checked cast. AUTHOR: only the type name inside `export` changes.

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(TemplatePlugin()) }
