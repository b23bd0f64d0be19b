// RegionDeclaration.swift — what a plugin declares about its employment area.

/// Who the region is: id, names, members, responsible municipality, dates, version, and where the
/// plan says so. The daemon reads it once at load time and routes queries by `members`.
public struct RegionDeclaration: Hashable, Sendable, Codable {
    /// Pinned region id: lowercase ASCII letters, digits and `-` (`paijat-hame`, `tyohame`, `oulu`).
    public var id: String
    /// The area's Finnish name, e.g. `Oulun seudun työllisyysalue`.
    public var name: String
    /// The plugin's own version (semantic versioning), e.g. `1.0.0`.
    public var version: String
    public var members: [MunicipalityRef]
    public var responsibleMunicipality: MunicipalityRef
    /// The first day the plan's rules apply (for the employment areas: 2025-01-01).
    public var effectiveFrom: EffectiveDate
    /// The last day, if the plan ends.
    public var effectiveUntil: EffectiveDate?
    /// Where the plan states membership and the responsible municipality.
    public var basis: [Citation]
    /// The period the plan says it covers, when it says so. The daemon still answers for later days
    /// (the agreement stays in force until changed), but such answers say they lie beyond the period
    /// (`beyondPlanPeriod`) and are never stronger than `inferred`.
    public var planPeriod: PlanPeriod?

    public init(id: String, name: String, version: String, members: [MunicipalityRef],
                responsibleMunicipality: MunicipalityRef, effectiveFrom: EffectiveDate,
                effectiveUntil: EffectiveDate? = nil, basis: [Citation], planPeriod: PlanPeriod? = nil) {
        self.id = id
        self.name = name
        self.version = version
        self.members = members
        self.responsibleMunicipality = responsibleMunicipality
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.basis = basis
        self.planPeriod = planPeriod
    }

    /// The area as the employment authority in charge of its residents.
    public var authority: Authority {
        Authority(id: id, name: name, responsibleMunicipality: responsibleMunicipality)
    }

    /// The member with `code`, if any.
    public func member(_ code: MunicipalityCode) -> MunicipalityRef? {
        members.first { $0.code == code }
    }

    /// Throws `outOfEffect` unless the region's rules are in force on `date`.
    public func requireInEffect(on date: EffectiveDate) throws(DecisionError) {
        if date < effectiveFrom {
            throw .outOfEffect(date: date, effectiveFrom: effectiveFrom)
        }
        if let until = effectiveUntil, date > until {
            throw .outOfEffect(date: date, effectiveFrom: effectiveFrom)
        }
    }

    /// Throws `notMember` unless `municipality` belongs to the region.
    public func requireMember(_ municipality: MunicipalityRef) throws(DecisionError) {
        guard member(municipality.code) != nil else { throw .notMember(municipality) }
    }
}

/// The period an organising plan says it covers, with the passage that says so.
public struct PlanPeriod: Hashable, Sendable, Codable {
    public var from: EffectiveDate
    public var until: EffectiveDate
    public var basis: [Citation]

    public init(from: EffectiveDate, until: EffectiveDate, basis: [Citation]) {
        self.from = from
        self.until = until
        self.basis = basis
    }
}

/// A figure or governance rule of the plan, as `regions.get` lists it (`facts`).
public struct RegionFact: Hashable, Sendable, Codable {
    /// A stable machine name, e.g. `board_seats`.
    public var name: String
    /// What it is, in words.
    public var description: LocalizedText
    public var value: ParameterValue
    /// The date the figure refers to, if any.
    public var asOf: EffectiveDate?
    public var basis: [Citation]
    public var status: DecisionStatus

    public init(name: String, description: LocalizedText, value: ParameterValue, asOf: EffectiveDate? = nil,
                basis: [Citation], status: DecisionStatus) {
        self.name = name
        self.description = description
        self.value = value
        self.asOf = asOf
        self.basis = basis
        self.status = status
    }
}
