// FixtureRegionPlugin.swift — a small, valid region plugin for a fictional area in Lapland, used
// by the integration tests: it answers one service and refuses the rest, so tests can reach
// `not_offered` and load a fourth region next to the real three without touching them.

import PluginAPI

struct FixtureRegionPlugin: RegionPlugin {
    static let document = "fixture-plan.txt"

    let declaration = RegionDeclaration(
        id: "testialue",
        name: "Testialueen työllisyysalue (fixture)",
        version: "0.0.1",
        members: [MunicipalityRef(code: "148", name: "Inari"), MunicipalityRef(code: "890", name: "Utsjoki")],
        responsibleMunicipality: MunicipalityRef(code: "148", name: "Inari"),
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [Citation(document: document, section: "1 Jäsenet", lines: "1-2", quote: "Inari ja Utsjoki")])

    private var rule: ServiceRule {
        ServiceRule(delivery: .local, provider: Party(name: "Inarin työllisyyspalvelut"),
                    procurement: ProcurementOutcome(model: .ownProduction, procuringAuthority: Party(name: "Inarin kunta")),
                    principle: .ownMunicipality, payer: .clientMunicipality,
                    basis: [Citation(document: Self.document, section: "2 Palvelut", lines: "3")], status: .explicit)
    }

    func configured(with data: RegionData) throws(DecisionError) -> FixtureRegionPlugin { self }

    private func requireOffered(_ service: ServiceID, on date: EffectiveDate) throws(DecisionError) {
        try declaration.requireInEffect(on: date)
        guard service == .neuvonta else {
            throw .notOffered(service: service, reason: "the fixture area offers only neuvonta",
                              basis: [Citation(document: Self.document, section: "2 Palvelut", lines: "3")])
        }
    }

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try requireOffered(query.service, on: query.date)
        return declaration.routingDecision(query, rule)
    }

    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        try requireOffered(query.service, on: query.date)
        return declaration.procurementDecision(query, rule)
    }

    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision {
        try requireOffered(query.service, on: query.date)
        return declaration.costDecision(query, rule)
    }

    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        AllocationKey(region: declaration.id, pool: query.pool ?? "shared", year: query.year,
                      factors: [AllocationFactor(name: Statistic.population, weight: 1, source: "fixture")],
                      basis: declaration.basis, status: .default)
    }

    func facts(on date: EffectiveDate) -> [RegionFact] { [] }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(FixtureRegionPlugin()) }
