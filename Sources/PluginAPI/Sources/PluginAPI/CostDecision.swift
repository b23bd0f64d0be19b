// CostDecision.swift — who pays for a service: the principle, who pays the bill first (`payer`),
// who finally bears the cost (`bearer`), how it is billed, and on what grounds.

/// The cost principles (pinned values).
public enum CostPrinciple: String, Hashable, Sendable, Codable, CaseIterable {
    /// The client's home municipality pays.
    case causerPays = "causer_pays"
    /// A local service the municipality funds itself.
    case ownMunicipality = "own_municipality"
    /// The area's shared pool, split by an allocation key.
    case sharedByKey = "shared_by_key"
    case stateFunded = "state_funded"
    /// By a per-case agreement.
    case caseByCase = "case_by_case"
    case billedByOtherAuthority = "billed_by_other_authority"
    /// A wellbeing county, Kela or a ministry funds its own service (protocol 2).
    case fundedByOtherBody = "funded_by_other_body"
}

/// Who pays the provider or the invoice first: a municipality (`{"code", "name"}`) — for a shared
/// pool the responsible municipality that keeps the area's budget — or another body
/// (`{"authority": "…"}`). Who finally bears the cost is the `Bearer`.
public enum Payer: Hashable, Sendable, Codable {
    case municipality(MunicipalityRef)
    case authority(String)

    private enum CodingKeys: String, CodingKey { case code, name, authority }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let authority = try container.decodeIfPresent(String.self, forKey: .authority) {
            self = .authority(authority)
        } else {
            self = .municipality(try MunicipalityRef(from: decoder))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .municipality(let municipality): try municipality.encode(to: encoder)
        case .authority(let authority):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(authority, forKey: .authority)
        }
    }
}

/// The kinds of public body that fund their own services (`Bearer.publicBody`).
public enum PublicBodyType: String, Hashable, Sendable, Codable, CaseIterable {
    case wellbeingCounty = "wellbeing_county"
    case kela
    case ministry
    case educationProvider = "education_provider"
    case other
}

/// Who finally bears a cost (protocol 2): `{"kind": "municipality" | "members_by_key" | "state" |
/// "public_body" | "case_by_case", …}`.
public enum Bearer: Hashable, Sendable, Codable {
    /// One municipality: the client's home municipality or another named member.
    case municipality(MunicipalityRef)
    /// All members, split by the pool's key (`costs.allocate {region, pool}` gives the split).
    case membersByKey(region: String, pool: String, key: AllocationKeySummary)
    /// A state body, e.g. `KEHA-keskus`.
    case state(body: String)
    /// A wellbeing county, Kela, a ministry, an education provider or another public body.
    case publicBody(body: String, type: PublicBodyType)
    /// Settled case by case between these parties.
    case caseByCase(parties: [String])

    private enum CodingKeys: String, CodingKey { case kind, municipality, region, pool, key, body, type, parties }

    public var kind: String {
        switch self {
        case .municipality: return "municipality"
        case .membersByKey: return "members_by_key"
        case .state: return "state"
        case .publicBody: return "public_body"
        case .caseByCase: return "case_by_case"
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "municipality": self = .municipality(try container.decode(MunicipalityRef.self, forKey: .municipality))
        case "members_by_key":
            self = .membersByKey(region: try container.decode(String.self, forKey: .region),
                                 pool: try container.decode(String.self, forKey: .pool),
                                 key: try container.decode(AllocationKeySummary.self, forKey: .key))
        case "state": self = .state(body: try container.decode(String.self, forKey: .body))
        case "public_body":
            self = .publicBody(body: try container.decode(String.self, forKey: .body),
                               type: try container.decode(PublicBodyType.self, forKey: .type))
        case "case_by_case": self = .caseByCase(parties: try container.decode([String].self, forKey: .parties))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: container, debugDescription: "unknown bearer kind '\(other)'")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .municipality(let municipality): try container.encode(municipality, forKey: .municipality)
        case .membersByKey(let region, let pool, let key):
            try container.encode(region, forKey: .region)
            try container.encode(pool, forKey: .pool)
            try container.encode(key, forKey: .key)
        case .state(let body): try container.encode(body, forKey: .body)
        case .publicBody(let body, let type):
            try container.encode(body, forKey: .body)
            try container.encode(type, forKey: .type)
        case .caseByCase(let parties): try container.encode(parties, forKey: .parties)
        }
    }
}

/// How a cost is invoiced.
public struct Billing: Hashable, Sendable, Codable {
    public var invoicer: String
    /// e.g. `monthly`, `annual`, `per_case`.
    public var period: String
    /// e.g. `12-15` for "by 15 December each year".
    public var deadline: String?

    public init(invoicer: String, period: String, deadline: String? = nil) {
        self.invoicer = invoicer
        self.period = period
        self.deadline = deadline
    }
}

/// The cost part of a route: `{principle, payer, bearer, status, basis, notes}` — the same principle,
/// payer, bearer and grounds `costs.responsibility` answers, so a route's status never covers a
/// weaker cost.
public struct CostSummary: Hashable, Sendable, Codable {
    public var principle: CostPrinciple
    public var payer: Payer
    public var bearer: Bearer
    public var status: DecisionStatus
    public var basis: [Citation]
    public var notes: [LocalizedText]

    public init(principle: CostPrinciple, payer: Payer, bearer: Bearer, status: DecisionStatus,
                basis: [Citation], notes: [LocalizedText] = []) {
        self.principle = principle
        self.payer = payer
        self.bearer = bearer
        self.status = status
        self.basis = basis
        self.notes = notes
    }
}

/// The cost-specific part of a `CostDecision`; the decision's own `basis`, `status` and `notes`
/// are the cost's grounds.
public struct CostOutcome: Hashable, Sendable, Codable {
    public var principle: CostPrinciple
    public var payer: Payer
    public var bearer: Bearer
    /// For `shared_by_key`: the factors and weights of the key.
    public var key: AllocationKeySummary?
    public var billing: Billing?

    public init(principle: CostPrinciple, payer: Payer, bearer: Bearer, key: AllocationKeySummary? = nil,
                billing: Billing? = nil) {
        self.principle = principle
        self.payer = payer
        self.bearer = bearer
        self.key = key
        self.billing = billing
    }
}

/// `costs.responsibility`'s answer.
public typealias CostDecision = Decision<CostOutcome>

extension Decision where Outcome == CostOutcome {
    /// The short form a route carries.
    public var summary: CostSummary {
        CostSummary(principle: outcome.principle, payer: outcome.payer, bearer: outcome.bearer, status: status,
                    basis: basis, notes: notes)
    }
}
