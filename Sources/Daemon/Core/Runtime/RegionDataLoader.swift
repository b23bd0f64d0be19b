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
