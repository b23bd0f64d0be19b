// Rules.swift — the TyöHäme rules on one day: the declaration, the settings in force and the
// national facts the rules cite. A service's rule is built from its three parts — who serves the
// client (Routing.swift), how it is procured (Procurement.swift), who pays (Costs.swift) — each with
// its own grounds, so a route's status never covers a weaker procurement or cost.

import PluginAPI

struct Rules: Sendable {
    let declaration: RegionDeclaration
    let settings: Settings
    let law: NationalFacts

    /// The rule for a client of `query.municipality`. A service national law does not have in force
    /// on the day is refused with its statute before any part is built.
    func rule(for query: RouteQuery) throws(DecisionError) -> ServiceRule {
        try law.layer.requireInForce(query.service, on: query.date)
        return ServiceRule(route: try route(for: query), procurement: procurement(for: query.service),
                           cost: cost(for: query.service, municipality: query.municipality, year: query.date.year))
    }
}

/// What national law says that the rules cite: read from the statutory layer (config/data/national)
/// when the plugin is configured, so a missing entry fails the self-check instead of a query.
struct NationalFacts: Hashable, Sendable {
    let layer: StatutoryLayer
    /// The wellbeing county funds these itself (their statutory `funding`).
    let rehabilitativeWorkFunding: StatutoryFunding
    let healthCheckFunding: StatutoryFunding
    /// Kela or the unemployment fund pays the expense allowance from state funds.
    let expenseAllowanceFunding: StatutoryFunding
    /// The statutes of services the plan does not mention, for the parts that rest on the law alone.
    let healthCheckBasis: [Citation]
    let vosTrainingBasis: [Citation]
    let maritimePlacementBasis: [Citation]

    init(_ layer: StatutoryLayer) throws(DecisionError) {
        self.layer = layer
        rehabilitativeWorkFunding = try layer.funding(.kuntouttavaTyotoiminta)
        healthCheckFunding = try layer.funding(.tyottomienTerveystarkastus)
        expenseAllowanceFunding = try layer.funding(.kulukorvaus)
        healthCheckBasis = try Self.legalBasis(.tyottomienTerveystarkastus, layer)
        vosTrainingBasis = try Self.legalBasis(.vosKoulutus, layer)
        maritimePlacementBasis = try Self.legalBasis(.merityonvalitys, layer)
    }

    private static func legalBasis(_ service: ServiceID, _ layer: StatutoryLayer) throws(DecisionError) -> [Citation] {
        guard let basis = layer.service(service)?.legalBasis, !basis.isEmpty else {
            throw .invalidData(LocalizedText(
                fi: "lakisääteisessä kerroksessa (config/data/national) ei ole palvelun \(service) oikeusperustaa",
                en: "the statutory layer (config/data/national) has no legal basis for \(service)"))
        }
        return basis
    }
}

extension RouteFacts {
    /// These facts resting also on `basis`, at most as firm as `status`, with `notes`.
    func adding(_ basis: [Citation] = [], _ status: DecisionStatus = .explicit, notes: [LocalizedText] = []) -> RouteFacts {
        var facts = self
        facts.grounds = grounds.adding(basis, status, notes: notes)
        return facts
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once (two items of one basket repeat the basket's name).
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
