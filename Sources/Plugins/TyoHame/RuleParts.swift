// RuleParts.swift — the three parts of a service's rule (who serves, how it is procured, who pays),
// each with its own grounds, and how they are assembled into the shared `ServiceRule`.

import PluginAPI

/// Who serves the client, where and how.
struct Access: Hashable, Sendable {
    var delivery: Delivery
    var provider: Party
    var caseOwner: String?
    var locations: [Location] = []
    var channels: [Channel] = []
    var grounds: Grounds

    func adding(_ basis: [Citation] = [], _ status: DecisionStatus = .explicit, notes: [LocalizedText] = []) -> Access {
        var access = self
        access.grounds = grounds.adding(basis, status, notes: notes)
        return access
    }
}

/// How the service is procured.
struct ProcurementPart: Hashable, Sendable {
    var outcome: ProcurementOutcome
    var grounds: Grounds
}

/// Who pays, by which principle, and how it is billed.
struct CostPart: Hashable, Sendable {
    var principle: CostPrinciple
    var payer: PayerRule
    var key: AllocationKeySummary?
    var billing: Billing?
    var grounds: Grounds
}

extension Access {
    var facts: RouteFacts {
        RouteFacts(delivery: delivery, provider: provider, caseOwner: caseOwner, locations: locations, channels: channels,
                   grounds: grounds)
    }
}

extension CostPart {
    /// The cost as the rule model states it: a shared pool is borne by the members by the pool's key.
    func terms(pool: Pool) -> CostTerms {
        let bearer: BearerRule
        switch (principle, payer) {
        case (.sharedByKey, _):
            bearer = .membersByKey(PoolKey(pool: pool.rawValue, key: key ?? AllocationKeySummary(factors: []), grounds: Grounds([])))
        case (.stateFunded, .authority(let body)): bearer = .state(body: body)
        default: bearer = .clientMunicipality
        }
        return CostTerms(principle: principle, payer: payer, bearer: bearer, billing: billing, grounds: grounds)
    }
}

/// The TyöHäme rules on one day: the declaration and the settings in force. Routing.swift,
/// Procurement.swift and Costs.swift extend it with one rule family each.
struct Rules: Sendable {
    let declaration: RegionDeclaration
    let settings: Settings

    /// The full rule for a client of `query.municipality`. Each part is derived from the same
    /// query, so a route's cost summary always agrees with `costs.responsibility`.
    func rule(for query: RouteQuery) throws(DecisionError) -> ServiceRule {
        let procurement = procurement(for: query.service)
        return ServiceRule(route: try access(for: query).facts,
                           procurement: ProcurementTerms(procurement.outcome, grounds: procurement.grounds),
                           cost: cost(for: query.service, municipality: query.municipality).terms(pool: .default))
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once (two items of one basket repeat the basket's name).
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
