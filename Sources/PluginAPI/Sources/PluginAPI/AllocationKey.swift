// AllocationKey.swift — how a region splits a shared cost pool between its members.

import Foundation

/// Well-known statistics an allocation factor can refer to. The daemon holds their values per
/// municipality as dated data with sources (config/data/statistics); plugins name them.
public enum Statistic {
    /// Residents, all ages.
    public static let population = "population"
    /// Residents aged 18–64 (the state-share criterion, Laki 618/2021 as amended by 384/2023).
    public static let population18to64 = "population_18_64"
    /// Unemployed jobseekers.
    public static let unemployed = "unemployed"
    /// Broad unemployment: unemployed jobseekers plus those in services (laaja työttömyys).
    public static let broadUnemployment = "broad_unemployment"
    /// Residents whose mother tongue is not Finnish, Swedish or Sami.
    public static let foreignLanguageSpeakers = "foreign_language_speakers"
    /// The state share a municipality receives for employment services (valtionosuus).
    public static let stateShareEmploymentServices = "state_share_employment_services"
}

/// One factor of an allocation key: a statistic and its weight.
public struct AllocationFactor: Hashable, Sendable, Codable {
    /// A `Statistic` name.
    public var name: String
    /// The weight; the weights of a key add up to 1. Encoded as a decimal string (`"0.5"`).
    public var weight: Decimal
    /// Where the weight comes from (document and lines, statute, or the default's setting name).
    public var source: String

    public init(name: String, weight: Decimal, source: String) {
        self.name = name
        self.weight = weight
        self.source = source
    }

    private enum CodingKeys: String, CodingKey { case name, weight, source }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        source = try container.decode(String.self, forKey: .source)
        let text = try container.decode(String.self, forKey: .weight)
        guard let weight = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw DecodingError.dataCorruptedError(forKey: .weight, in: container,
                                                   debugDescription: "'\(text)' is not a decimal weight")
        }
        self.weight = weight
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(NSDecimalNumber(decimal: weight).stringValue, forKey: .weight)
        try container.encode(source, forKey: .source)
    }
}

/// The key as decisions show it: `{"factors": [{name, weight, source}]}`.
public struct AllocationKeySummary: Hashable, Sendable, Codable {
    public var factors: [AllocationFactor]

    public init(factors: [AllocationFactor]) {
        self.factors = factors
    }
}

/// A region's key for one pool and year, with its basis.
public struct AllocationKey: Hashable, Sendable, Codable {
    public var region: String
    /// The pool, e.g. `shared_services`; each region names its pools.
    public var pool: String
    public var year: Int
    public var factors: [AllocationFactor]
    public var basis: [Citation]
    public var status: DecisionStatus
    public var notes: [LocalizedText]

    public init(region: String, pool: String, year: Int, factors: [AllocationFactor], basis: [Citation],
                status: DecisionStatus, notes: [LocalizedText] = []) {
        self.region = region
        self.pool = pool
        self.year = year
        self.factors = factors
        self.basis = basis
        self.status = status
        self.notes = notes
    }

    public var summary: AllocationKeySummary { AllocationKeySummary(factors: factors) }

    /// The key as a cost's bearer carries it (`BearerRule.membersByKey`): the pool, its factors and
    /// the key's own grounds.
    public var poolKey: PoolKey { PoolKey(pool: pool, key: summary, grounds: Grounds(basis, status, notes: notes)) }
}
