// Runtime/RegionDataLoader.swift — reads the dated data files a plugin is configured with:
// config/data/<region>/parameters.json and the statistics in config/data/statistics/.

import Foundation
import PluginAPI

public enum RegionDataLoader {
    /// The parameters of region `regionID` (none when the region has no parameters file), the
    /// statistics restricted to `members` and the statutory layer.
    public static func load(regionID: String, members: [MunicipalityCode], dataDir: String,
                            statistics: StatisticsTable, statutes: StatutoryLayer) throws -> RegionData {
        RegionData(parameters: try parameters(regionID: regionID, dataDir: dataDir),
                   statistics: statistics.restricted(to: Set(members)), statutes: statutes)
    }

    static func parameters(regionID: String, dataDir: String) throws -> [String: ParameterSeries] {
        let path = "\(dataDir)/\(regionID)/parameters.json"
        guard let data = FileManager.default.contents(atPath: path) else { return [:] }
        struct File: Decodable {
            var parameters: [String: ParameterSeries]
        }
        do {
            return try JSONDecoder().decode(File.self, from: data).parameters
        } catch {
            throw DataError("\(path): \(describe(error))")
        }
    }
}

/// All statistics of `config/data/statistics/*.json`: statistic → municipality → dated values.
public struct StatisticsTable: Sendable, Equatable {
    public var values: [String: [MunicipalityCode: [StatisticValue]]]
    /// Each statistic's description from its file.
    public var descriptions: [String: String]

    public init(values: [String: [MunicipalityCode: [StatisticValue]]] = [:], descriptions: [String: String] = [:]) {
        self.values = values
        self.descriptions = descriptions
    }

    public static func load(dataDir: String) throws -> StatisticsTable {
        let directory = "\(dataDir)/statistics"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return StatisticsTable() }
        struct File: Decodable {
            struct Row: Decodable {
                var municipality: MunicipalityCode
                var value: Decimal
                var referenceDate: EffectiveDate
                var source: String
            }
            var statistic: String
            var description: String
            var values: [Row]
        }
        var table = StatisticsTable()
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = "\(directory)/\(name)"
            do {
                let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
                table.descriptions[file.statistic] = file.description
                for row in file.values {
                    table.values[file.statistic, default: [:]][row.municipality, default: []]
                        .append(StatisticValue(value: row.value, referenceDate: row.referenceDate, source: row.source))
                }
            } catch {
                throw DataError("\(path): \(describe(error))")
            }
        }
        return table
    }

    public func restricted(to members: Set<MunicipalityCode>) -> [String: [MunicipalityCode: [StatisticValue]]] {
        values.mapValues { $0.filter { members.contains($0.key) } }
    }
}

/// A decoding error as one readable line (the key path and what was wrong).
func describe(_ error: any Error) -> String {
    guard let decoding = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch decoding {
    case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
    case .keyNotFound(let key, let context): return "\(path(context)): missing key '\(key.stringValue)'"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
        return "\(path(context)): \(context.debugDescription)"
    @unknown default: return "\(error)"
    }
}
