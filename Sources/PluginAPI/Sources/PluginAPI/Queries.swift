// Queries.swift — the questions the daemon asks a plugin, already validated and resolved.

/// Client segments a `route` query may name; a plugin routes by them where its plan distinguishes them.
public enum ClientSegment: String, Hashable, Sendable, Codable, CaseIterable {
    case jobseeker
    case youth
    case immigrant
    case multisectoral
    case partialWorkAbility = "partial_work_ability"
    case longTermUnemployed = "long_term_unemployed"
    case employer
    case entrepreneur
}

/// What is known about the client (`route` param `client`). All fields optional.
public struct ClientProfile: Hashable, Sendable, Codable {
    public var age: Int?
    public var foreignLanguage: Bool?
    public var integrationClient: Bool?
    public var partialWorkAbility: Bool?
    public var longTermUnemployed: Bool?

    public init(age: Int? = nil, foreignLanguage: Bool? = nil, integrationClient: Bool? = nil,
                partialWorkAbility: Bool? = nil, longTermUnemployed: Bool? = nil) {
        self.age = age
        self.foreignLanguage = foreignLanguage
        self.integrationClient = integrationClient
        self.partialWorkAbility = partialWorkAbility
        self.longTermUnemployed = longTermUnemployed
    }
}

/// The employer in an employer-side question (`route` param `employer`).
public struct EmployerProfile: Hashable, Sendable {
    /// Where the company (its establishment) is located, resolved by the daemon.
    public var location: MunicipalityRef

    public init(location: MunicipalityRef) {
        self.location = location
    }
}

/// A training in question (`route` param `training`), e.g. `{provider: "Salpaus", field: "Logistiikka"}`.
public struct TrainingQuery: Hashable, Sendable {
    public var provider: String?
    public var field: String?

    public init(provider: String? = nil, field: String? = nil) {
        self.provider = provider
        self.field = field
    }
}

/// `route`: who serves a client from `municipality` with `service` on `date`.
public struct RouteQuery: Hashable, Sendable {
    public var municipality: MunicipalityRef
    public var service: ServiceID
    public var date: EffectiveDate
    public var segment: ClientSegment?
    public var client: ClientProfile
    public var employer: EmployerProfile?
    public var training: TrainingQuery?

    public init(municipality: MunicipalityRef, service: ServiceID, date: EffectiveDate,
                segment: ClientSegment? = nil, client: ClientProfile = ClientProfile(),
                employer: EmployerProfile? = nil, training: TrainingQuery? = nil) {
        self.municipality = municipality
        self.service = service
        self.date = date
        self.segment = segment
        self.client = client
        self.employer = employer
        self.training = training
    }
}

/// `procurement.get`: how the region procures `service` on `date`.
public struct ProcurementQuery: Hashable, Sendable {
    public var service: ServiceID
    public var date: EffectiveDate

    public init(service: ServiceID, date: EffectiveDate) {
        self.service = service
        self.date = date
    }
}

/// `costs.responsibility`: who pays for `service` used by a resident of `municipality` on `date`.
public struct CostQuery: Hashable, Sendable {
    public var municipality: MunicipalityRef
    public var service: ServiceID
    public var date: EffectiveDate

    public init(municipality: MunicipalityRef, service: ServiceID, date: EffectiveDate) {
        self.municipality = municipality
        self.service = service
        self.date = date
    }
}

/// `costs.allocate`: which key splits `pool` (nil: the region's default pool) in `year`.
public struct AllocationKeyQuery: Hashable, Sendable {
    public var year: Int
    public var pool: String?

    public init(year: Int, pool: String? = nil) {
        self.year = year
        self.pool = pool
    }
}
