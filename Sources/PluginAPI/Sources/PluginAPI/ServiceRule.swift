// ServiceRule.swift — a plugin-side helper: one service's rule (who delivers, how it is procured,
// who pays, on what basis) from which the three decisions are built the same way in every plugin.

/// Who pays, as a rule rather than a resolved payer.
public enum PayerRule: Hashable, Sendable {
    /// The client's home municipality (causer pays, own municipality).
    case clientMunicipality
    /// The region's responsible municipality, on behalf of the shared pool.
    case responsibleMunicipality
    /// A named authority (the state, the wellbeing county, another employment authority, …).
    case authority(String)
}

/// How one service is organised in a region, with its citations. A plugin picks (or builds) the
/// rule for a query; `RegionDeclaration`'s builders turn it into decisions.
public struct ServiceRule: Hashable, Sendable {
    public var delivery: Delivery
    public var provider: Party
    public var caseOwner: String?
    public var locations: [Location]
    public var channels: [Channel]
    /// The authority in charge of the client; nil means the region itself.
    public var authority: Authority?
    public var procurement: ProcurementOutcome
    public var principle: CostPrinciple
    public var payer: PayerRule
    /// The allocation key for `shared_by_key` costs.
    public var key: AllocationKeySummary?
    public var billing: Billing?
    public var basis: [Citation]
    public var status: DecisionStatus
    public var notes: [String]

    public init(delivery: Delivery, provider: Party, caseOwner: String? = nil, locations: [Location] = [],
                channels: [Channel] = [], authority: Authority? = nil, procurement: ProcurementOutcome,
                principle: CostPrinciple, payer: PayerRule, key: AllocationKeySummary? = nil,
                billing: Billing? = nil, basis: [Citation], status: DecisionStatus, notes: [String] = []) {
        self.delivery = delivery
        self.provider = provider
        self.caseOwner = caseOwner
        self.locations = locations
        self.channels = channels
        self.authority = authority
        self.procurement = procurement
        self.principle = principle
        self.payer = payer
        self.key = key
        self.billing = billing
        self.basis = basis
        self.status = status
        self.notes = notes
    }

    /// Adds a citation and a note, lowering the status to the weaker of the two.
    public func adding(basis extra: [Citation] = [], status extraStatus: DecisionStatus = .explicit,
                       notes extraNotes: [String] = []) -> ServiceRule {
        var rule = self
        rule.basis += extra.filter { !rule.basis.contains($0) }
        rule.status = rule.status.weakest(extraStatus)
        rule.notes += extraNotes
        return rule
    }
}

extension RegionDeclaration {
    /// The payer `rule` names for a client from `municipality`.
    public func payer(_ rule: PayerRule, for municipality: MunicipalityRef) -> Payer {
        switch rule {
        case .clientMunicipality: return .municipality(municipality)
        case .responsibleMunicipality: return .municipality(responsibleMunicipality)
        case .authority(let name): return .authority(name)
        }
    }

    /// The `route` answer for `query` under `rule`.
    public func routingDecision(_ query: RouteQuery, _ rule: ServiceRule) -> RoutingDecision {
        RoutingDecision(region: id, municipality: query.municipality, service: query.service, date: query.date,
                        basis: rule.basis, status: rule.status, notes: rule.notes,
                        outcome: RoutingOutcome(authority: rule.authority ?? authority, delivery: rule.delivery,
                                                provider: rule.provider, caseOwner: rule.caseOwner,
                                                locations: rule.locations, channels: rule.channels,
                                                cost: CostSummary(principle: rule.principle,
                                                                  payer: payer(rule.payer, for: query.municipality))))
    }

    /// The `procurement.get` answer for `query` under `rule`.
    public func procurementDecision(_ query: ProcurementQuery, _ rule: ServiceRule) -> ProcurementDecision {
        ProcurementDecision(region: id, municipality: nil, service: query.service, date: query.date,
                            basis: rule.basis, status: rule.status, notes: rule.notes, outcome: rule.procurement)
    }

    /// The `costs.responsibility` answer for `query` under `rule`.
    public func costDecision(_ query: CostQuery, _ rule: ServiceRule) -> CostDecision {
        CostDecision(region: id, municipality: query.municipality, service: query.service, date: query.date,
                     basis: rule.basis, status: rule.status, notes: rule.notes,
                     outcome: CostOutcome(principle: rule.principle, payer: payer(rule.payer, for: query.municipality),
                                          key: rule.principle == .sharedByKey ? rule.key : nil, billing: rule.billing))
    }
}
