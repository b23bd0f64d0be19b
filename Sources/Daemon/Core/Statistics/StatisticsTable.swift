// Statistics/StatisticsTable.swift — every figure a generation knows, each with its provenance:
// the shipped files of config/data/statistics, with the imports of the state directory layered
// over them (an imported figure replaces a shipped one of the same statistic, municipality and
// reference date).

import Foundation
import PluginAPI

/// How far a figure can be trusted: an import of the publisher's own table, a plan's own table,
/// or anything else (a copy of the publisher's figure on another site).
public enum DataQuality: String, Codable, Sendable, CaseIterable, Comparable {
    case official, plan, secondary

    /// Order of preference where two figures share a reference date.
    private var rank: Int { [.official: 0, .plan: 1, .secondary: 2][self]! }
    public static func < (lhs: DataQuality, rhs: DataQuality) -> Bool { lhs.rank < rhs.rank }
}

/// Where a figure comes from: `{publisher, table?, url?, retrieved?, updated?}`.
public struct StatisticSource: Codable, Sendable, Hashable {
    public var publisher: String
    public var table: String?
    public var url: String?
    /// When the file was downloaded or the page read (as the source or the importer says).
    public var retrieved: String?
    /// When the publisher last updated the table (PX `LAST-UPDATED`, JSON-stat `updated`).
    public var updated: String?

    public init(publisher: String, table: String? = nil, url: String? = nil, retrieved: String? = nil, updated: String? = nil) {
        self.publisher = publisher
        self.table = table
        self.url = url
        self.retrieved = retrieved
        self.updated = updated
    }
}

public struct StatisticFigure: Sendable, Equatable {
    public var value: Decimal
    public var referenceDate: EffectiveDate
    /// The citation: document and lines, or the page and the words that carry the figure.
    public var citation: String
    public var source: StatisticSource
    public var quality: DataQuality
    /// True for a figure imported into the state directory, false for a shipped one.
    public var imported: Bool

    public init(value: Decimal, referenceDate: EffectiveDate, source citation: String,
                origin: StatisticSource = StatisticSource(publisher: "unknown"), quality: DataQuality = .secondary, imported: Bool = false) {
        self.value = value
        self.referenceDate = referenceDate
        self.citation = citation
        self.source = origin
        self.quality = quality
        self.imported = imported
    }

    /// Whether `self` is used before `other` of the same reference date: an import first, then by quality.
    func isPreferred(to other: StatisticFigure) -> Bool {
        (imported ? 0 : 1, quality) < (other.imported ? 0 : 1, other.quality)
    }

    /// The plain form plugins receive.
    public var pluginValue: StatisticValue { StatisticValue(value: value, referenceDate: referenceDate, source: citation) }
}

public struct StatisticsTable: Sendable, Equatable {
    /// statistic → municipality → figures (any order, at most one per reference date).
    public var values: [String: [MunicipalityCode: [StatisticFigure]]]
    /// Each shipped statistic's description from its file.
    public var descriptions: [String: String]

    public init(values: [String: [MunicipalityCode: [StatisticFigure]]] = [:], descriptions: [String: String] = [:]) {
        self.values = values
        self.descriptions = descriptions
    }

    /// The figure of `statistic` for `municipality` on exactly `date`: of `quality` if given, else
    /// the best there is (an import before a shipped figure, then official, plan, secondary).
    public func figure(_ statistic: String, _ municipality: MunicipalityCode, on date: EffectiveDate,
                       quality: DataQuality? = nil) -> StatisticFigure? {
        (values[statistic]?[municipality] ?? [])
            .filter { $0.referenceDate == date && (quality == nil || $0.quality == quality) }
            .min { $0.isPreferred(to: $1) }
    }

    /// The reference dates `statistic` has for `municipality`, newest first.
    public func dates(_ statistic: String, _ municipality: MunicipalityCode) -> [EffectiveDate] {
        Array(Set((values[statistic]?[municipality] ?? []).map(\.referenceDate))).sorted(by: >)
    }

    /// Adds a figure, replacing one of the same reference date, quality and origin (shipped or
    /// imported). Returns whether a figure was there for that date before (now shadowed or replaced).
    @discardableResult
    public mutating func add(_ statistic: String, _ municipality: MunicipalityCode, _ figure: StatisticFigure) -> Bool {
        var figures = values[statistic, default: [:]][municipality, default: []]
        let existed = figures.contains { $0.referenceDate == figure.referenceDate }
        figures.removeAll { $0.referenceDate == figure.referenceDate && $0.quality == figure.quality && $0.imported == figure.imported }
        figures.append(figure)
        values[statistic, default: [:]][municipality] = figures
        return existed
    }

    /// The shipped files of `dataDir/statistics`, then the imports of `stateDir` (if given).
    public static func load(dataDir: String, stateDir: String? = nil) throws -> StatisticsTable {
        var table = try ShippedStatistics.load(dataDir: dataDir)
        if let stateDir {
            for batch in try ImportedStatisticsStore(directory: stateDir).load() {
                batch.apply(to: &table)
            }
        }
        return table
    }

    /// The figures of `members` in the plain form plugins receive.
    public func restricted(to members: Set<MunicipalityCode>) -> [String: [MunicipalityCode: [StatisticValue]]] {
        values.mapValues { byMunicipality in
            byMunicipality.filter { members.contains($0.key) }.mapValues { figures in
                // Plugins see one value per reference date: the best one.
                Dictionary(grouping: figures, by: \.referenceDate).values.compactMap { sameDate in
                    sameDate.min { $0.isPreferred(to: $1) }?.pluginValue
                }
            }
        }
    }
}

/// The shipped files: `{statistic, description, unit, sources: {KEY: {publisher, table?, url?,
/// retrieved?, quality}}, values: [{municipality, value, referenceDate, source, from: KEY}]}`.
enum ShippedStatistics {
    static func load(dataDir: String) throws -> StatisticsTable {
        let directory = "\(dataDir)/statistics"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return StatisticsTable() }
        struct File: Decodable {
            struct Origin: Decodable {
                var publisher: String
                var table: String?
                var url: String?
                var retrieved: String?
                var quality: DataQuality
            }
            struct Row: Decodable {
                var municipality: MunicipalityCode
                var value: Decimal
                var referenceDate: EffectiveDate
                var source: String
                var from: String
            }
            var statistic: String
            var description: String
            var sources: [String: Origin]
            var values: [Row]
        }
        var table = StatisticsTable()
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = "\(directory)/\(name)"
            do {
                let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
                table.descriptions[file.statistic] = file.description
                for (index, row) in file.values.enumerated() {
                    guard let origin = file.sources[row.from] else {
                        throw DataError("values[\(index)].from: '\(row.from)' is not one of the file's sources (\(file.sources.keys.sorted().joined(separator: ", ")))")
                    }
                    let figure = StatisticFigure(value: row.value, referenceDate: row.referenceDate, source: row.source,
                                                 origin: StatisticSource(publisher: origin.publisher, table: origin.table, url: origin.url,
                                                                         retrieved: origin.retrieved),
                                                 quality: origin.quality)
                    if table.figure(file.statistic, row.municipality, on: row.referenceDate, quality: origin.quality) != nil {
                        throw DataError("values[\(index)]: \(row.municipality) has two \(origin.quality.rawValue) figures for \(row.referenceDate)")
                    }
                    table.add(file.statistic, row.municipality, figure)
                }
            } catch let error as DataError {
                throw DataError("\(path): \(error.message)")
            } catch {
                throw DataError("\(path): \(describe(error))")
            }
        }
        return table
    }
}
