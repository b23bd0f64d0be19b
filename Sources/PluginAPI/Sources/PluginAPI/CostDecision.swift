// CostDecision.swift — who pays for a service, by which principle, and how it is billed.

/// The cost principles (docs/architecture.md §4, pinned values).
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
}

/// Who pays: a municipality (`{"code", "name"}`) or an authority (`{"authority": "…"}`).
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

/// The short form a `RoutingDecision` carries.
public struct CostSummary: Hashable, Sendable, Codable {
    public var principle: CostPrinciple
    public var payer: Payer

    public init(principle: CostPrinciple, payer: Payer) {
        self.principle = principle
        self.payer = payer
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

/// The cost-specific part of a `CostDecision`.
public struct CostOutcome: Hashable, Sendable, Codable {
    public var principle: CostPrinciple
    public var payer: Payer
    /// For `shared_by_key`: the factors and weights of the key.
    public var key: AllocationKeySummary?
    public var billing: Billing?

    public init(principle: CostPrinciple, payer: Payer, key: AllocationKeySummary? = nil, billing: Billing? = nil) {
        self.principle = principle
        self.payer = payer
        self.key = key
        self.billing = billing
    }

    public var summary: CostSummary { CostSummary(principle: principle, payer: payer) }
}

/// `costs.responsibility`'s answer.
public typealias CostDecision = Decision<CostOutcome>
