// ServiceRule.swift — THE rule model every plugin writes: one service's rule is three parts — who
// serves the client (routing facts), how the service is procured, who pays — each with its own
// citations and status (`Grounds`). The daemon's three questions (route, procurement.get,
// costs.responsibility) are answered from the same rule by the builders below, so they can never
// disagree, and each answer cites only what supports it.

/// Who serves the client, where and how.
public struct RouteFacts: Hashable, Sendable {
    public var delivery: Delivery
    public var provider: Party
    /// Who keeps the client's case, e.g. the municipality's own coach, even when the service is bought.
    public var caseOwner: String?
    public var locations: [Location]
    public var channels: [Channel]
    /// The authority in charge of the client; nil means the region itself.
    public var authority: Authority?
    public var grounds: Grounds

    public init(delivery: Delivery, provider: Party, caseOwner: String? = nil, locations: [Location] = [],
                channels: [Channel] = [], authority: Authority? = nil, grounds: Grounds) {
        self.delivery = delivery
        self.provider = provider
        self.caseOwner = caseOwner
        self.locations = locations
        self.channels = channels
        self.authority = authority
        self.grounds = grounds
    }
}

/// How the service is procured.
public struct ProcurementTerms: Hashable, Sendable {
    public var outcome: ProcurementOutcome
    public var grounds: Grounds

    public init(_ outcome: ProcurementOutcome, grounds: Grounds) {
        self.outcome = outcome
        self.grounds = grounds
    }
}

/// Who pays the provider or the invoice first, as a rule rather than a resolved payer.
public enum PayerRule: Hashable, Sendable {
    /// The client's home municipality.
    case clientMunicipality
    /// The region's responsible municipality, which keeps the area's budget (a shared pool).
    case responsibleMunicipality
    /// Another named member.
    case member(MunicipalityRef)
    /// A named authority (the state, the wellbeing county, another employment authority, …).
    case authority(String)
}

/// A shared pool and the key that splits it between the members, with the key's own grounds (its
/// weights are often a configurable parameter while the pool itself is the plan's).
public struct PoolKey: Hashable, Sendable {
    public var pool: String
    public var key: AllocationKeySummary
    public var grounds: Grounds

    public init(pool: String, key: AllocationKeySummary, grounds: Grounds) {
        self.pool = pool
        self.key = key
        self.grounds = grounds
    }
}

/// Who finally bears the cost, as a rule.
public enum BearerRule: Hashable, Sendable {
    /// The client's home municipality.
    case clientMunicipality
    /// Another named member (e.g. the municipality a service is located in).
    case member(MunicipalityRef)
    /// All members, split by the pool's key.
    case membersByKey(PoolKey)
    /// A state body.
    case state(body: String)
    /// A wellbeing county, Kela, a ministry, an education provider or another public body.
    case publicBody(body: String, type: PublicBodyType)
    /// Settled case by case between these parties.
    case caseByCase(parties: [String])
}

/// Who pays, by which principle, how it is billed, and on what grounds.
public struct CostTerms: Hashable, Sendable {
    public var principle: CostPrinciple
    public var payer: PayerRule
    public var bearer: BearerRule
    public var billing: Billing?
    public var grounds: Grounds

    public init(principle: CostPrinciple, payer: PayerRule, bearer: BearerRule, billing: Billing? = nil,
                grounds: Grounds) {
        self.principle = principle
        self.payer = payer
        self.bearer = bearer
        self.billing = billing
        self.grounds = grounds
    }

    /// A cost the law assigns (the statutory layer's `funding` of a service), cited to its statute.
    public init(statutory funding: StatutoryFunding) {
        self.init(principle: funding.principle, payer: funding.payer, bearer: funding.bearer,
                  grounds: Grounds(funding.basis, funding.status, notes: funding.note.map { [$0] } ?? []))
    }

    /// The pool whose key splits the cost, for `shared_by_key`.
    public var pool: PoolKey? {
        if case .membersByKey(let pool) = bearer { return pool }
        return nil
    }

    /// The grounds of the whole cost answer: the principle's and, for a shared pool, the key's.
    public var fullGrounds: Grounds {
        pool.map { grounds.adding($0.grounds) } ?? grounds
    }
}

/// One service's rule for one question: routing facts, procurement and cost, each with its grounds.
public struct ServiceRule: Hashable, Sendable {
    public var route: RouteFacts
    public var procurement: ProcurementTerms
    public var cost: CostTerms

    public init(route: RouteFacts, procurement: ProcurementTerms, cost: CostTerms) {
        self.route = route
        self.procurement = procurement
        self.cost = cost
    }
}

extension RegionDeclaration {
    /// The `route` answer for `query` under `rule`: the routing facts' grounds, and the cost part
    /// with its own.
    public func routingDecision(_ query: RouteQuery, _ rule: ServiceRule) -> RoutingDecision {
        let period = periodPassed(on: query.date)
        let route = rule.route
        let cost = costSummary(rule.cost, client: query.municipality, beyond: period)
        let grounds = Self.capped(route.grounds, beyond: period, on: query.date)
        var decision = RoutingDecision(
            region: id, municipality: query.municipality, service: query.service, date: query.date,
            basis: grounds.basis, status: grounds.status, notes: grounds.notes,
            outcome: RoutingOutcome(authority: route.authority ?? authority, delivery: route.delivery,
                                    provider: route.provider, caseOwner: route.caseOwner, locations: route.locations,
                                    channels: route.channels, cost: cost))
        decision.beyondPlanPeriod = period
        return decision
    }

    /// The `procurement.get` answer for `query` under `rule`: the procurement's grounds only.
    public func procurementDecision(_ query: ProcurementQuery, _ rule: ServiceRule) -> ProcurementDecision {
        let period = periodPassed(on: query.date)
        let grounds = Self.capped(rule.procurement.grounds, beyond: period, on: query.date)
        var decision = ProcurementDecision(region: id, municipality: nil, service: query.service, date: query.date,
                                           basis: grounds.basis, status: grounds.status, notes: grounds.notes,
                                           outcome: rule.procurement.outcome)
        decision.beyondPlanPeriod = period
        return decision
    }

    /// The `costs.responsibility` answer for `query` under `rule`: the cost's grounds, with the
    /// key's for a shared pool.
    public func costDecision(_ query: CostQuery, _ rule: ServiceRule) -> CostDecision {
        let period = periodPassed(on: query.date)
        let cost = rule.cost
        let grounds = Self.capped(cost.fullGrounds, beyond: period, on: query.date)
        var decision = CostDecision(region: id, municipality: query.municipality, service: query.service, date: query.date,
                                    basis: grounds.basis, status: grounds.status, notes: grounds.notes,
                                    outcome: CostOutcome(principle: cost.principle, payer: payer(cost.payer, for: query.municipality),
                                                         bearer: bearer(cost.bearer, for: query.municipality),
                                                         key: cost.pool?.key, billing: cost.billing))
        decision.beyondPlanPeriod = period
        return decision
    }

    /// The cost part of a route: exactly what `costs.responsibility` answers for the same rule.
    func costSummary(_ cost: CostTerms, client: MunicipalityRef, beyond period: PlanPeriod?) -> CostSummary {
        let grounds = Self.capped(cost.fullGrounds, beyond: period, on: nil)
        return CostSummary(principle: cost.principle, payer: payer(cost.payer, for: client),
                           bearer: bearer(cost.bearer, for: client), status: grounds.status, basis: grounds.basis,
                           notes: grounds.notes)
    }

    /// The payer `rule` names for a client from `municipality`.
    public func payer(_ rule: PayerRule, for municipality: MunicipalityRef) -> Payer {
        switch rule {
        case .clientMunicipality: return .municipality(municipality)
        case .responsibleMunicipality: return .municipality(responsibleMunicipality)
        case .member(let member): return .municipality(member)
        case .authority(let name): return .authority(name)
        }
    }

    /// The bearer `rule` names for a client from `municipality`.
    public func bearer(_ rule: BearerRule, for municipality: MunicipalityRef) -> Bearer {
        switch rule {
        case .clientMunicipality: return .municipality(municipality)
        case .member(let member): return .municipality(member)
        case .membersByKey(let pool): return .membersByKey(region: id, pool: pool.pool, key: pool.key)
        case .state(let body): return .state(body: body)
        case .publicBody(let body, let type): return .publicBody(body: body, type: type)
        case .caseByCase(let parties): return .caseByCase(parties: parties)
        }
    }

    /// The plan period `date` lies beyond, if any.
    public func periodPassed(on date: EffectiveDate) -> PlanPeriod? {
        guard let planPeriod, date > planPeriod.until else { return nil }
        return planPeriod
    }

    /// Grounds for a day past the plan period: no stronger than `inferred`, with the period's own
    /// citation and a note saying so.
    static func capped(_ grounds: Grounds, beyond period: PlanPeriod?, on date: EffectiveDate?) -> Grounds {
        guard let period else { return grounds }
        let day = date.map { " (\($0.finnish))" } ?? ""
        let dayEn = date.map { " (\($0))" } ?? ""
        return grounds.adding(period.basis, .inferred, notes: [LocalizedText(
            fi: "Päivä\(day) on suunnitelmakauden \(period.from.finnish)–\(period.until.finnish) jälkeen: vastaus olettaa, "
                + "että suunnitelma on yhä voimassa, joten se on enintään päätelty (inferred).",
            en: "The day\(dayEn) is past the plan period \(period.from)–\(period.until): the answer assumes the plan still "
                + "applies, so it is at most inferred.")])
    }
}
