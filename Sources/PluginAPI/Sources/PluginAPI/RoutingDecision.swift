// RoutingDecision.swift — who serves the client, where, through which channels, and who pays.

/// How a service reaches the client (docs/architecture.md §4, pinned values).
public enum Delivery: String, Hashable, Sendable, Codable, CaseIterable {
    /// In the client's own municipality.
    case local
    /// The area's own production, concentrated in one place.
    case centralized
    /// Bought from a provider.
    case purchased
    /// Jointly with another authority.
    case joint
    /// Another employment authority delivers (e.g. Lahti, the Turku area).
    case otherAuthority = "other_authority"
    /// KEHA-keskus, ELY-keskus or another state body.
    case state
    case wellbeingCounty = "wellbeing_county"
    case kela
    case educationProvider = "education_provider"
    case partner
}

/// A way to reach the service.
public enum Channel: String, Hashable, Sendable, Codable, CaseIterable {
    case inPerson = "in_person"
    case phone
    case video
    case online
    case mobile
}

/// A service point. Addresses only where a document gives them; `status` says e.g. that the place is
/// preliminary or not named by the plan, in the asked language.
public struct Location: Hashable, Sendable, Codable {
    public var name: String
    public var address: String?
    public var postalCode: String?
    public var city: String?
    public var status: LocalizedText?

    public init(name: String, address: String? = nil, postalCode: String? = nil, city: String? = nil,
                status: LocalizedText? = nil) {
        self.name = name
        self.address = address
        self.postalCode = postalCode
        self.city = city
        self.status = status
    }
}

/// The routing-specific part of a `RoutingDecision`.
public struct RoutingOutcome: Hashable, Sendable, Codable {
    public var authority: Authority
    public var delivery: Delivery
    public var provider: Party
    /// Who keeps the client's case, e.g. the municipality's own coach, even when the service is bought.
    public var caseOwner: String?
    public var locations: [Location]
    public var channels: [Channel]
    /// Short form of the cost decision for the same municipality and service.
    public var cost: CostSummary

    public init(authority: Authority, delivery: Delivery, provider: Party, caseOwner: String? = nil,
                locations: [Location] = [], channels: [Channel] = [], cost: CostSummary) {
        self.authority = authority
        self.delivery = delivery
        self.provider = provider
        self.caseOwner = caseOwner
        self.locations = locations
        self.channels = channels
        self.cost = cost
    }
}

/// `route`'s answer.
public typealias RoutingDecision = Decision<RoutingOutcome>
