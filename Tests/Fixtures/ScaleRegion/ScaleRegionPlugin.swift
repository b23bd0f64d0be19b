// ScaleRegionPlugin.swift — a synthetic region of 300 municipalities answering the whole catalog,
// for the scale check: loading it and routing through it must cost what a small region costs
// (`aluectl bench --scale`, ScaleTests). Never loaded beside the real regions (it overlaps them).

import PluginAPI

struct ScaleRegionPlugin: RegionPlugin {
    static let document = Citation(document: "synthetic-scale-plan.txt", section: "1 Palvelut", lines: "1",
                                   quote: "Kaikki palvelut tuotetaan lähipalveluna.")

    let declaration = RegionDeclaration(
        id: "scale-test", name: "Synteettinen mittakaava-alue", version: "0.0.1", members: scaleMembers,
        responsibleMunicipality: scaleMembers[0], effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [document])

    /// National law, to refuse a service that is not in force (the synthetic plan offers "everything").
    private var statutes = StatutoryLayer()

    private func rule(_ service: ServiceID, on date: EffectiveDate) throws(DecisionError) -> ServiceRule {
        try statutes.requireInForce(service, on: date)
        let grounds = Grounds([Self.document])
        return ServiceRule(
            route: RouteFacts(delivery: .local, provider: Party(name: "Kunnan työllisyyspalvelut"),
                              locations: [Location(name: "Kunnan toimipiste")], channels: [.inPerson, .phone], grounds: grounds),
            procurement: ProcurementTerms(ProcurementOutcome(model: .ownProduction, procuringAuthority: Party(name: scaleMembers[0].name)),
                                          grounds: grounds),
            cost: CostTerms(principle: .ownMunicipality, payer: .clientMunicipality, bearer: .clientMunicipality, grounds: grounds))
    }

    func configured(with data: RegionData) throws(DecisionError) -> ScaleRegionPlugin {
        var plugin = self
        plugin.statutes = data.statutes
        return plugin
    }

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try declaration.requireInEffect(on: query.date)
        return declaration.routingDecision(query, try rule(query.service, on: query.date))
    }

    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        try declaration.requireInEffect(on: query.date)
        return declaration.procurementDecision(query, try rule(query.service, on: query.date))
    }

    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision {
        try declaration.requireInEffect(on: query.date)
        return declaration.costDecision(query, try rule(query.service, on: query.date))
    }

    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        AllocationKey(region: declaration.id, pool: "shared", year: query.year,
                      factors: [AllocationFactor(name: Statistic.population, weight: 1, source: "synthetic")],
                      basis: [Self.document], status: .default, notes: [LocalizedText(fi: "synteettinen alue", en: "synthetic region")])
    }

    func facts(on date: EffectiveDate) -> [RegionFact] { [] }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(ScaleRegionPlugin()) }
