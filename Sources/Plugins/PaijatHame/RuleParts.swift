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
    var notes: [String]
    /// Who pays when the query's circumstances change it (a Lahti-located employer); nil: the service's cost rule.
    var costOverride: CostPart? = nil

    /// Adds citations and notes, lowering the status to the weaker of the two.
    func adding(_ extra: [Citation], status extraStatus: DecisionStatus = .explicit, notes extraNotes: [String]) -> RoutePart {
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
    var notes: [String]
}

/// The shared pool's key as a cost decision shows it; its weights are configurable, so it carries
/// its own basis and status.
struct SharedKey: Sendable {
    var summary: AllocationKeySummary
    var basis: [Citation]
    var status: DecisionStatus
    var notes: [String]
}

/// Who pays, by which principle.
struct CostPart: Sendable {
    var principle: CostPrinciple
    var payer: PayerRule
    var billing: Billing? = nil
    var key: SharedKey? = nil
    var basis: [Citation]
    var status: DecisionStatus
    var notes: [String]
}

/// The three parts of one service's rule.
struct ServiceParts: Sendable {
    var route: RoutePart
    var procurement: ProcurementPart
    var cost: CostPart

    /// The route carries the cost summary, so it also cites the cost's principle (not the key's weights,
    /// which the summary does not show).
    var routingRule: ServiceRule {
        let payment = route.costOverride ?? cost
        return rule(basis: route.basis, status: route.status, notes: route.notes, payment: payment)
            .adding(basis: payment.basis, status: payment.status, notes: payment.notes)
    }

    var procurementRule: ServiceRule {
        rule(basis: procurement.basis, status: procurement.status, notes: procurement.notes, payment: cost)
    }

    var costRule: ServiceRule {
        let costRule = rule(basis: cost.basis, status: cost.status, notes: cost.notes, payment: cost)
        guard let key = cost.key else { return costRule }
        return costRule.adding(basis: key.basis, status: key.status, notes: key.notes)
    }

    private func rule(basis: [Citation], status: DecisionStatus, notes: [String], payment: CostPart) -> ServiceRule {
        ServiceRule(delivery: route.delivery, provider: route.provider, caseOwner: route.caseOwner,
                    locations: route.locations, channels: route.channels, authority: route.authority,
                    procurement: procurement.outcome, principle: payment.principle, payer: payment.payer,
                    key: payment.key?.summary, billing: payment.billing, basis: basis, status: status, notes: notes)
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
