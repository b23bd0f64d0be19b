// Decision.swift — the fields every answer shares (docs/architecture.md §4), wrapped around a specific outcome.

/// A decision that explains itself: what was asked (`region`, `municipality`, `service`, `date`),
/// what the answer rests on (`basis`, `status`, `notes`) and the specific `outcome` (routing,
/// procurement or cost). On the wire the outcome's fields sit beside the common ones in one flat
/// JSON object, as pinned; in Swift they are reachable directly (`decision.delivery`).
@dynamicMemberLookup
public struct Decision<Outcome: Codable & Sendable & Hashable>: Sendable, Hashable, Codable {
    /// Region id, e.g. `oulu`.
    public var region: String
    /// The client's home municipality; nil for region-level questions such as `procurement.get`.
    public var municipality: MunicipalityRef?
    public var service: ServiceID
    /// The day the rule was evaluated for.
    public var date: EffectiveDate
    /// At least one citation.
    public var basis: [Citation]
    public var status: DecisionStatus
    /// What an inferred or default answer rests on; anything staff should know. On the wire each
    /// note is a string in the asked language.
    public var notes: [LocalizedText]
    /// Unique per answer; set by the daemon (plugins leave it empty) so the audit log can refer to it.
    public var decisionId: String
    /// Set when `date` lies past the period the region's plan declares it covers: the answer then
    /// rests on a plan that no longer speaks for that day, and no part of it is stronger than
    /// `inferred`. Absent on the wire otherwise.
    public var beyondPlanPeriod: PlanPeriod?
    /// National conditions on the service in force on `date` (the statutory layer, set by the
    /// daemon), each with its statute. Absent on the wire when there are none.
    public var conditions: [StatutoryCondition]
    public var outcome: Outcome

    public init(region: String, municipality: MunicipalityRef?, service: ServiceID, date: EffectiveDate,
                basis: [Citation], status: DecisionStatus, notes: [LocalizedText] = [], outcome: Outcome) {
        self.region = region
        self.municipality = municipality
        self.service = service
        self.date = date
        self.basis = basis
        self.status = status
        self.notes = notes
        self.decisionId = ""
        self.beyondPlanPeriod = nil
        self.conditions = []
        self.outcome = outcome
    }

    public subscript<Value>(dynamicMember keyPath: WritableKeyPath<Outcome, Value>) -> Value {
        get { outcome[keyPath: keyPath] }
        set { outcome[keyPath: keyPath] = newValue }
    }

    private enum CodingKeys: String, CodingKey {
        case region, municipality, service, date, basis, status, notes, decisionId, beyondPlanPeriod, conditions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        region = try container.decode(String.self, forKey: .region)
        municipality = try container.decodeIfPresent(MunicipalityRef.self, forKey: .municipality)
        service = try container.decode(ServiceID.self, forKey: .service)
        date = try container.decode(EffectiveDate.self, forKey: .date)
        basis = try container.decode([Citation].self, forKey: .basis)
        status = try container.decode(DecisionStatus.self, forKey: .status)
        notes = try container.decodeIfPresent([LocalizedText].self, forKey: .notes) ?? []
        decisionId = try container.decodeIfPresent(String.self, forKey: .decisionId) ?? ""
        beyondPlanPeriod = try container.decodeIfPresent(PlanPeriod.self, forKey: .beyondPlanPeriod)
        conditions = try container.decodeIfPresent([StatutoryCondition].self, forKey: .conditions) ?? []
        outcome = try Outcome(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(region, forKey: .region)
        try container.encodeIfPresent(municipality, forKey: .municipality)
        try container.encode(service, forKey: .service)
        try container.encode(date, forKey: .date)
        try container.encode(basis, forKey: .basis)
        try container.encode(status, forKey: .status)
        try container.encode(notes, forKey: .notes)
        try container.encode(decisionId, forKey: .decisionId)
        try container.encodeIfPresent(beyondPlanPeriod, forKey: .beyondPlanPeriod)
        if !conditions.isEmpty { try container.encode(conditions, forKey: .conditions) }
        // The outcome writes its own keys into the same JSON object: the pinned shape is flat.
        try outcome.encode(to: encoder)
    }
}

/// A party named in a decision: a provider, a procuring authority, a partner.
public struct Party: Hashable, Sendable, Codable {
    public var name: String
    public var municipality: MunicipalityRef?

    public init(name: String, municipality: MunicipalityRef? = nil) {
        self.name = name
        self.municipality = municipality
    }
}

/// The employment authority in charge of a client.
public struct Authority: Hashable, Sendable, Codable {
    /// The region id for an employment area (`paijat-hame`), or an id such as `lahti` for another authority.
    public var id: String
    public var name: String
    public var responsibleMunicipality: MunicipalityRef

    public init(id: String, name: String, responsibleMunicipality: MunicipalityRef) {
        self.id = id
        self.name = name
        self.responsibleMunicipality = responsibleMunicipality
    }
}
