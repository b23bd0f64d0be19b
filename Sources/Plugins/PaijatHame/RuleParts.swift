// RuleParts.swift — one service's rule as three cited parts (route, procurement, cost) and how they
// become the shared `ServiceRule` for each kind of decision, so each answer cites only what it rests on.

import PluginAPI

/// Who serves the client, where and how, and on what basis.
struct RoutePart: Sendable {
    var delivery: Delivery
    var provider: Party
    var caseOwner: String?
    var channels: [Channel]
    var locations: [Location] = []
    /// nil: the area itself.
    var authority: Authority? = nil
    var basis: [Citation]
    var status: DecisionStatus
    var notes: [LocalizedText]
    /// Who pays when the query's circumstances change it (a Lahti-located employer); nil: the service's cost rule.
    var costOverride: CostPart? = nil

    /// Adds citations and notes, lowering the status to the weaker of the two.
    func adding(_ extra: [Citation], status extraStatus: DecisionStatus = .explicit, notes extraNotes: [LocalizedText]) -> RoutePart {
        var part = self
        part.basis += extra.filter { !part.basis.contains($0) }
        part.status = status.weakest(extraStatus)
        part.notes += extraNotes
        return part
    }
}

/// How the area procures the service.
struct ProcurementPart: Sendable {
    var outcome: ProcurementOutcome
    var basis: [Citation]
    var status: DecisionStatus
    var notes: [LocalizedText]
}

/// The shared pool's key as a cost decision shows it; its weights are configurable, so it carries
/// its own basis and status.
struct SharedKey: Sendable {
    var summary: AllocationKeySummary
    var basis: [Citation]
    var status: DecisionStatus
    var notes: [LocalizedText]
}

/// Who pays, by which principle.
struct CostPart: Sendable {
    var principle: CostPrinciple
    var payer: PayerRule
    var billing: Billing? = nil
    var key: SharedKey? = nil
    var basis: [Citation]
    var status: DecisionStatus
    var notes: [LocalizedText]
}

/// The three parts of one service's rule.
struct ServiceParts: Sendable {
    var route: RoutePart
    var procurement: ProcurementPart
    var cost: CostPart

    /// The rule the route answers from: the cost the query's circumstances choose (e.g. a Lahti-located employer).
    var routingRule: ServiceRule { rule(payment: route.costOverride ?? cost) }

    /// The rule procurement and cost answers come from: the service's own cost rule.
    var serviceRule: ServiceRule { rule(payment: cost) }

    private func rule(payment: CostPart) -> ServiceRule {
        ServiceRule(route: RouteFacts(delivery: route.delivery, provider: route.provider, caseOwner: route.caseOwner,
                                      locations: route.locations, channels: route.channels, authority: route.authority,
                                      grounds: Grounds(route.basis, route.status, notes: route.notes)),
                    procurement: ProcurementTerms(procurement.outcome,
                                                  grounds: Grounds(procurement.basis, procurement.status, notes: procurement.notes)),
                    cost: payment.terms)
    }
}

extension CostPart {
    /// The cost as the rule model states it: a shared pool is borne by the members by the pool's key.
    var terms: CostTerms {
        let bearer: BearerRule
        switch (principle, payer) {
        case (.sharedByKey, _):
            bearer = .membersByKey(PoolKey(pool: "shared_services", key: key?.summary ?? AllocationKeySummary(factors: []),
                                           grounds: key.map { Grounds($0.basis, $0.status, notes: $0.notes) } ?? Grounds([])))
        case (.stateFunded, .authority(let body)): bearer = .state(body: body)
        case (_, .authority(let body)): bearer = .caseByCase(parties: [body])
        default: bearer = .clientMunicipality
        }
        return CostTerms(principle: principle, payer: payer, bearer: bearer, billing: billing,
                         grounds: Grounds(basis, status, notes: notes))
    }
}

/// The area's rules for one service on one day: the three parts from their rule files.
struct ServiceRules: Sendable {
    let parameters: Parameters

    /// `municipality` is where the service is given (the client's, or the employer's for employer
    /// services); nil for region-level questions and for places outside the area.
    func parts(for service: ServiceID, at municipality: MunicipalityRef?, on date: EffectiveDate) throws(DecisionError) -> ServiceParts {
        ServiceParts(route: try RouteRules(parameters: parameters).base(service, at: municipality, on: date),
                     procurement: try ProcurementRules(parameters: parameters).part(service, on: date),
                     cost: try CostRules(parameters: parameters).part(service, on: date))
    }
}
