// Costs/KeyLibrary.swift — reusable allocation keys defined as dated data (config/data/keys/), such
// as the statutory state-share key, and the declared substitutes for statistics the data lacks.

import Foundation
import PluginAPI

/// A key that is not any one region's: `{"id", "description", "basis", "values": [{"from", "factors"}]}`.
public struct KeyDefinition: Sendable, Equatable, Decodable {
    public struct Version: Sendable, Equatable, Decodable {
        public var from: EffectiveDate
        public var factors: [AllocationFactor]
    }

    public var id: String
    public var description: String
    public var basis: [Citation]
    public var values: [Version]

    /// The factors in force in `year` (the version in force on 1 January).
    public func factors(year: Int) -> [AllocationFactor]? {
        let start = EffectiveDate(year: year, month: 1, day: 1)!
        return values.filter { $0.from <= start }.max { $0.from < $1.from }?.factors
    }
}

/// "When statistic X is missing, use Y instead, because …" — declared, never silent.
public struct StatisticSubstitute: Sendable, Equatable, Decodable {
    public var statistic: String
    public var substitute: String
    public var reason: String

    public init(statistic: String, substitute: String, reason: String) {
        self.statistic = statistic
        self.substitute = substitute
        self.reason = reason
    }
}

public struct KeyLibrary: Sendable, Equatable {
    public var keys: [String: KeyDefinition]
    public var substitutes: [String: StatisticSubstitute]

    public init(keys: [String: KeyDefinition] = [:], substitutes: [String: StatisticSubstitute] = [:]) {
        self.keys = keys
        self.substitutes = substitutes
    }

    /// Reads `keys/*.json` (one key each) and `keys/substitutes.json`.
    public static func load(dataDir: String) throws -> KeyLibrary {
        let directory = "\(dataDir)/keys"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return KeyLibrary() }
        var library = KeyLibrary()
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = "\(directory)/\(name)"
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                if name == "substitutes.json" {
                    struct File: Decodable { var substitutes: [StatisticSubstitute] }
                    for entry in try JSONDecoder().decode(File.self, from: data).substitutes {
                        library.substitutes[entry.statistic] = entry
                    }
                } else {
                    let key = try JSONDecoder().decode(KeyDefinition.self, from: data)
                    library.keys[key.id] = key
                }
            } catch {
                throw DataError("\(path): \(describe(error))")
            }
        }
        return library
    }
}
