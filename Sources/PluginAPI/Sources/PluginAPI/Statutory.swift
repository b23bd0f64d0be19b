// Statutory.swift — the statutory layer: what national law says of each catalog service (its legal
// basis, who is responsible for it, when it is in force, conditions and statutory funding). It is
// the same for every area, so it lives once, in the daemon's data (config/data/national), and
// reaches plugins through `RegionData.statutes` — a plugin cites it, never copies it.

/// Who national law makes responsible for a service.
public enum Responsibility: String, Hashable, Sendable, Codable, CaseIterable {
    case employmentAuthority = "employment_authority"
    case state
    case wellbeingCounty = "wellbeing_county"
    case kela
    case other
}

/// The days a service is in force nationally: from `from`, until `until` inclusive when set.
public struct InForce: Hashable, Sendable, Codable {
    public var from: EffectiveDate
    public var until: EffectiveDate?

    public init(from: EffectiveDate, until: EffectiveDate? = nil) {
        self.from = from
        self.until = until
    }

    public func contains(_ date: EffectiveDate) -> Bool {
        date >= from && until.map { date <= $0 } ?? true
    }
}

/// A national condition on a service in force on some days (e.g. a limitation enacted for 2025),
/// shown with every answer for the service on those days.
public struct StatutoryCondition: Hashable, Sendable, Codable {
    public var from: EffectiveDate
    public var until: EffectiveDate?
    public var text: LocalizedText
    public var basis: [Citation]

    public init(from: EffectiveDate, until: EffectiveDate? = nil, text: LocalizedText, basis: [Citation]) {
        self.from = from
        self.until = until
        self.text = text
        self.basis = basis
    }

    public func applies(on date: EffectiveDate) -> Bool {
        InForce(from: from, until: until).contains(date)
    }
}

/// Who pays for a service by law (e.g. a wellbeing county funds its own health checks), for plugins
/// to use as a rule's cost part (`CostTerms(statutory:)`).
public struct StatutoryFunding: Hashable, Sendable, Codable {
    public var principle: CostPrinciple
    public var payer: PayerRule
    public var bearer: BearerRule
    public var basis: [Citation]
    public var status: DecisionStatus
    public var note: LocalizedText?

    public init(principle: CostPrinciple, payer: PayerRule, bearer: BearerRule, basis: [Citation],
                status: DecisionStatus, note: LocalizedText? = nil) {
        self.principle = principle
        self.payer = payer
        self.bearer = bearer
        self.basis = basis
        self.status = status
        self.note = note
    }

    private enum CodingKeys: String, CodingKey { case principle, payer, bearer, basis, status, note }

    /// In the data file the payer and the bearer are bodies: `{"authority": "…"}` and a bearer of
    /// kind `state` or `public_body` (a statute funds no municipality or pool by name).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        principle = try container.decode(CostPrinciple.self, forKey: .principle)
        switch try container.decode(Payer.self, forKey: .payer) {
        case .authority(let name): payer = .authority(name)
        case .municipality:
            throw DecodingError.dataCorruptedError(forKey: .payer, in: container,
                                                   debugDescription: "a statutory payer is a body: {\"authority\": …}")
        }
        switch try container.decode(Bearer.self, forKey: .bearer) {
        case .state(let body): bearer = .state(body: body)
        case .publicBody(let body, let type): bearer = .publicBody(body: body, type: type)
        default:
            throw DecodingError.dataCorruptedError(forKey: .bearer, in: container,
                                                   debugDescription: "a statutory bearer is of kind state or public_body")
        }
        basis = try container.decode([Citation].self, forKey: .basis)
        status = try container.decode(DecisionStatus.self, forKey: .status)
        note = try container.decodeIfPresent(LocalizedText.self, forKey: .note)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(principle, forKey: .principle)
        if case .authority(let name) = payer { try container.encode(Payer.authority(name), forKey: .payer) }
        switch bearer {
        case .state(let body): try container.encode(Bearer.state(body: body), forKey: .bearer)
        case .publicBody(let body, let type): try container.encode(Bearer.publicBody(body: body, type: type), forKey: .bearer)
        default: break
        }
        try container.encode(basis, forKey: .basis)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(note, forKey: .note)
    }
}

/// What national law says of one catalog service.
public struct StatutoryService: Hashable, Sendable, Codable {
    public var service: ServiceID
    /// The acts and sections the service rests on.
    public var legalBasis: [Citation]
    public var responsibility: Responsibility
    public var inForce: InForce
    /// False where the data's author could not confirm a statute from its text: the service is then
    /// left in force and `note` says what to verify.
    public var verified: Bool
    public var note: LocalizedText?
    public var conditions: [StatutoryCondition]
    public var funding: StatutoryFunding?

    public init(service: ServiceID, legalBasis: [Citation], responsibility: Responsibility, inForce: InForce,
                verified: Bool = true, note: LocalizedText? = nil, conditions: [StatutoryCondition] = [],
                funding: StatutoryFunding? = nil) {
        self.service = service
        self.legalBasis = legalBasis
        self.responsibility = responsibility
        self.inForce = inForce
        self.verified = verified
        self.note = note
        self.conditions = conditions
        self.funding = funding
    }

    private enum CodingKeys: String, CodingKey {
        case service, legalBasis, responsibility, inForce, verified, note, conditions, funding
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        service = try container.decode(ServiceID.self, forKey: .service)
        legalBasis = try container.decode([Citation].self, forKey: .legalBasis)
        responsibility = try container.decode(Responsibility.self, forKey: .responsibility)
        inForce = try container.decode(InForce.self, forKey: .inForce)
        verified = try container.decodeIfPresent(Bool.self, forKey: .verified) ?? true
        note = try container.decodeIfPresent(LocalizedText.self, forKey: .note)
        conditions = try container.decodeIfPresent([StatutoryCondition].self, forKey: .conditions) ?? []
        funding = try container.decodeIfPresent(StatutoryFunding.self, forKey: .funding)
    }
}

/// The statutory layer: every catalog service's national facts.
public struct StatutoryLayer: Hashable, Sendable {
    public let services: [ServiceID: StatutoryService]

    public init(_ services: [StatutoryService] = []) {
        self.services = Dictionary(services.map { ($0.service, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func service(_ id: ServiceID) -> StatutoryService? { services[id] }

    /// The statutory funding of `id`, or `invalidData` naming what is missing — a plugin that cites
    /// the law's funding of a service cannot be configured without it.
    public func funding(_ id: ServiceID) throws(DecisionError) -> StatutoryFunding {
        guard let funding = services[id]?.funding else {
            throw .invalidData(LocalizedText(
                fi: "lakisääteisessä kerroksessa (config/data/national) ei ole palvelun \(id) rahoitusta",
                en: "the statutory layer (config/data/national) has no funding for \(id)"))
        }
        return funding
    }

    /// Refuses `id` when national law does not have it in force on `date`, citing the statute — for a
    /// plugin that would otherwise offer it. (The daemon refuses such a service before asking any
    /// plugin; this keeps a plugin's own answers true when it is asked directly.)
    public func requireInForce(_ id: ServiceID, on date: EffectiveDate) throws(DecisionError) {
        guard let service = services[id], !service.inForce.contains(date) else { return }
        throw .notOffered(service: id, reason: LocalizedText(fi: "palvelu ei ole lain mukaan voimassa \(date.finnish)",
                                                            en: "the service is not in force by law on \(date)"),
                          basis: service.legalBasis)
    }

    /// The conditions on `id` in force on `date`.
    public func conditions(_ id: ServiceID, on date: EffectiveDate) -> [StatutoryCondition] {
        services[id]?.conditions.filter { $0.applies(on: date) } ?? []
    }
}
