// RuleParts.swift — the three parts of a service's rule (who serves, how it is procured, who pays),
// each with its own grounds, and how they are assembled into the shared `ServiceRule`.

import PluginAPI

/// What a part rests on: citations, how firmly, and what staff should know.
struct Grounds: Hashable, Sendable {
    var basis: [Citation]
    var status: DecisionStatus
    var notes: [String]

    init(_ basis: [Citation], _ status: DecisionStatus = .explicit, notes: [String] = []) {
        self.basis = basis
        self.status = status
        self.notes = notes
    }

    /// Adds citations and notes; the status becomes the weaker of the two.
    func adding(_ basis: [Citation] = [], _ status: DecisionStatus = .explicit, notes: [String] = []) -> Grounds {
        var grounds = self
        grounds.basis += basis.filter { !grounds.basis.contains($0) }
        grounds.status = grounds.status.weakest(status)
        grounds.notes += notes
        return grounds
    }
}

/// Who serves the client, where and how.
struct Access: Hashable, Sendable {
    var delivery: Delivery
    var provider: Party
    var caseOwner: String?
    var locations: [Location] = []
    var channels: [Channel] = []
    var grounds: Grounds

    func adding(_ basis: [Citation] = [], _ status: DecisionStatus = .explicit, notes: [String] = []) -> Access {
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

/// Which part's grounds a decision cites.
enum Aspect {
    case routing, procurement, cost
}

extension ServiceRule {
    /// One service's rule, citing only the grounds of the part the decision is about, so that a
    /// cost answer does not cite the office list and a route does not cite the budget table.
    init(_ access: Access, _ procurement: ProcurementPart, _ cost: CostPart, citing aspect: Aspect) {
        let grounds: Grounds
        switch aspect {
        case .routing: grounds = access.grounds
        case .procurement: grounds = procurement.grounds
        case .cost: grounds = cost.grounds
        }
        self.init(delivery: access.delivery, provider: access.provider, caseOwner: access.caseOwner,
                  locations: access.locations, channels: access.channels, procurement: procurement.outcome,
                  principle: cost.principle, payer: cost.payer, key: cost.key, billing: cost.billing,
                  basis: grounds.basis, status: grounds.status, notes: grounds.notes)
    }
}

/// The TyöHäme rules on one day: the declaration and the settings in force. Routing.swift,
/// Procurement.swift and Costs.swift extend it with one rule family each.
struct Rules: Sendable {
    let declaration: RegionDeclaration
    let settings: Settings

    /// The full rule for a client of `query.municipality`, citing `aspect`. Each part is derived
    /// from the same query, so a route's cost summary always agrees with `costs.responsibility`.
    func rule(for query: RouteQuery, citing aspect: Aspect) throws(DecisionError) -> ServiceRule {
        ServiceRule(try access(for: query), procurement(for: query.service),
                    cost(for: query.service, municipality: query.municipality), citing: aspect)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once (two items of one basket repeat the basket's name).
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
