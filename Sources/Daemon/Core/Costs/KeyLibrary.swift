// Costs/KeyLibrary.swift — reusable allocation keys defined as dated data (config/data/keys/), such
// as the statutory state-share key, with the allocation policy and the national unit prices.

import Foundation
import PluginAPI

/// Which figures a key takes.
public enum DataYearRule: String, Sendable, Equatable, Decodable {
    /// The newest figures dated on or before 31 December of the allocation's year.
    case newestUpToYear = "newest_up_to_year"
    /// Exactly the figures of 31 December of year t−2: the state share's data year
    /// (Laki 618/2021 4 § 2–3 mom for population, 7 § 5 mom for the employment statistics).
    case statutoryTMinus2 = "statutory_t_minus_2"
}

/// A key that is not any one region's: `{"id", "description", "basis", "dataYear"?, "values": [{"from", "factors"}]}`.
public struct KeyDefinition: Sendable, Equatable, Decodable {
    public struct Version: Sendable, Equatable, Decodable {
        public var from: EffectiveDate
        public var factors: [AllocationFactor]
    }

    public var id: String
    public var description: String
    public var basis: [Citation]
    public var dataYear: DataYearRule?
    public var values: [Version]

    /// The factors in force in `year` (the version in force on 1 January).
    public func factors(year: Int) -> [AllocationFactor]? {
        let start = EffectiveDate(year: year, month: 1, day: 1)!
        return values.filter { $0.from <= start }.max { $0.from < $1.from }?.factors
    }
}

public struct KeyLibrary: Sendable, Equatable {
    public var keys: [String: KeyDefinition]
    public var policy: AllocationPolicy
    public var unitPrices: UnitPriceTable

    public init(keys: [String: KeyDefinition] = [:], policy: AllocationPolicy = AllocationPolicy(), unitPrices: UnitPriceTable = UnitPriceTable()) {
        self.keys = keys
        self.policy = policy
        self.unitPrices = unitPrices
    }

    /// Reads `keys/*.json` (one key each, besides the two policy files) and the national unit prices.
    public static func load(dataDir: String) throws -> KeyLibrary {
        let directory = "\(dataDir)/keys"
        var library = KeyLibrary(policy: try AllocationPolicy.load(directory: directory), unitPrices: try UnitPriceTable.load(dataDir: dataDir))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for name in names.sorted() where name.hasSuffix(".json") && ![AllocationPolicy.substitutesFile, AllocationPolicy.pinsFile].contains(name) {
            if let key: KeyDefinition = try decodeIfPresent("\(directory)/\(name)") { library.keys[key.id] = key }
        }
        return library
    }
}
