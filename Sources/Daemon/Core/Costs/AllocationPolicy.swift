// Costs/AllocationPolicy.swift — the configured exceptions to "a key uses exactly its criteria,
// on figures of one reference date": declared substitutes (config/data/keys/substitutes.json),
// statistics allowed mixed reference dates (same file), and pools the plan ties to particular
// figures (config/data/keys/figure-rules.json). All ship empty or cited; nothing is guessed.

import Foundation
import PluginAPI

/// "When statistic X is missing, use Y for every member, because …" — declared, never silent.
public struct StatisticSubstitute: Sendable, Equatable, Decodable {
    public var statistic: String
    public var substitute: String
    public var reason: String
    /// Only for this region (and pool), when given.
    public var region: String?
    public var pool: String?

    public init(statistic: String, substitute: String, reason: String, region: String? = nil, pool: String? = nil) {
        self.statistic = statistic
        self.substitute = substitute
        self.reason = reason
        self.region = region
        self.pool = pool
    }
}

/// "Statistic X may use a member's newest earlier figure where the common date lacks one."
public struct MixedReferenceDates: Sendable, Equatable, Decodable {
    public var statistic: String
    public var reason: String
    public var region: String?

    public init(statistic: String, reason: String, region: String? = nil) {
        self.statistic = statistic
        self.reason = reason
        self.region = region
    }
}

/// "Pool P of region R splits by the figures of date D (and quality Q)", because the plan says so.
public struct FigurePin: Sendable, Equatable, Decodable {
    public var region: String
    public var pool: String
    public var statistic: String
    public var referenceDate: EffectiveDate
    public var quality: DataQuality?
    public var basis: String

    public init(region: String, pool: String, statistic: String, referenceDate: EffectiveDate, quality: DataQuality?, basis: String) {
        self.region = region
        self.pool = pool
        self.statistic = statistic
        self.referenceDate = referenceDate
        self.quality = quality
        self.basis = basis
    }
}

public struct AllocationPolicy: Sendable, Equatable {
    public var substitutes: [StatisticSubstitute]
    public var mixedReferenceDates: [MixedReferenceDates]
    public var pins: [FigurePin]

    public init(substitutes: [StatisticSubstitute] = [], mixedReferenceDates: [MixedReferenceDates] = [], pins: [FigurePin] = []) {
        self.substitutes = substitutes
        self.mixedReferenceDates = mixedReferenceDates
        self.pins = pins
    }

    func substitute(for statistic: String, region: String, pool: String) -> StatisticSubstitute? {
        substitutes.first { $0.statistic == statistic && ($0.region ?? region) == region && ($0.pool ?? pool) == pool }
    }

    func mixedDates(for statistic: String, region: String) -> MixedReferenceDates? {
        mixedReferenceDates.first { $0.statistic == statistic && ($0.region ?? region) == region }
    }

    func pin(region: String, pool: String, statistic: String) -> FigurePin? {
        pins.first { $0.region == region && $0.pool == pool && $0.statistic == statistic }
    }

    static let substitutesFile = "substitutes.json"
    static let pinsFile = "figure-rules.json"

    /// Reads the two policy files of `dataDir/keys` (both optional).
    static func load(directory: String) throws -> AllocationPolicy {
        struct Substitutes: Decodable {
            var substitutes: [StatisticSubstitute]
            var mixedReferenceDates: [MixedReferenceDates]?
        }
        struct Pins: Decodable { var pools: [FigurePin] }
        var policy = AllocationPolicy()
        if let file: Substitutes = try decodeIfPresent("\(directory)/\(substitutesFile)") {
            policy.substitutes = file.substitutes
            policy.mixedReferenceDates = file.mixedReferenceDates ?? []
        }
        if let file: Pins = try decodeIfPresent("\(directory)/\(pinsFile)") { policy.pins = file.pools }
        return policy
    }
}

/// Decodes `path`, nil when there is no such file; a malformed file is a `DataError` naming it.
func decodeIfPresent<Value: Decodable>(_ path: String) throws -> Value? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    do {
        return try JSONDecoder().decode(Value.self, from: data)
    } catch {
        throw DataError("\(path): \(describe(error))")
    }
}
