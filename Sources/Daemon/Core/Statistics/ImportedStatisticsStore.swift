// Statistics/ImportedStatisticsStore.swift — the imported figures in the state directory
// (`statistics/imported.json`), one batch per statistic and reference date. A new import of the
// same statistic and date replaces that batch whole. Written to a temporary file, synced and
// renamed, so a crash leaves the old file or the new one, never half of either.

import Foundation
import PluginAPI
#if canImport(Glibc)
import Glibc
#endif

/// One statistic's figures of one reference date from one imported file.
public struct ImportedBatch: Codable, Sendable, Equatable {
    public var statistic: String
    public var referenceDate: EffectiveDate
    /// When the import ran (UTC, ISO 8601).
    public var importedAt: String
    public var format: String
    public var source: StatisticSource
    public var quality: DataQuality
    /// Municipality code → the figure as a decimal string.
    public var values: [String: String]
    /// How the file's other dimensions were read, e.g. «Sukupuoli: Yhteensä (the total)».
    public var selections: [String]
    public var title: String?

    public init(statistic: String, referenceDate: EffectiveDate, importedAt: String, format: String, source: StatisticSource,
                quality: DataQuality, values: [String: String], selections: [String], title: String?) {
        self.statistic = statistic
        self.referenceDate = referenceDate
        self.importedAt = importedAt
        self.format = format
        self.source = source
        self.quality = quality
        self.values = values
        self.selections = selections
        self.title = title
    }

    func apply(to table: inout StatisticsTable) {
        let citation = ([source.publisher, source.table.map { "table \($0)" }, title, "imported \(importedAt) (\(format))"] as [String?])
            .compactMap { $0 }.joined(separator: ", ")
        for (code, text) in values {
            guard let code = MunicipalityCode(rawValue: code), let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else { continue }
            table.add(statistic, code, StatisticFigure(value: value, referenceDate: referenceDate, source: citation, origin: source,
                                                       quality: quality, imported: true))
        }
    }
}

public struct ImportedStatisticsStore: Sendable {
    public let path: String

    public init(directory: String) {
        path = "\(directory)/statistics/imported.json"
    }

    private struct File: Codable {
        var version = 1
        var batches: [ImportedBatch]
    }

    public func load() throws -> [ImportedBatch] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        do {
            return try JSONDecoder().decode(File.self, from: data).batches
        } catch {
            throw DataError("\(path): \(describe(error))")
        }
    }

    /// The stored batches with `new` in place of any of the same statistic and reference date.
    public func merged(with new: [ImportedBatch]) throws -> [ImportedBatch] {
        let replaced = Set(new.map { "\($0.statistic)@\($0.referenceDate)" })
        return try load().filter { !replaced.contains("\($0.statistic)@\($0.referenceDate)") } + new
    }

    /// Writes `batches` atomically: temporary file, fsync, rename, fsync of the directory.
    public func save(_ batches: [ImportedBatch]) throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(File(batches: batches.sorted { ($0.statistic, $0.referenceDate) < ($1.statistic, $1.referenceDate) }))
        let temporary = "\(path).tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o640]) else {
            throw DataError("cannot write \(temporary)")
        }
        try Self.sync(temporary)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw DataError("cannot replace \(path): \(reason)")
        }
        try Self.sync(directory)
    }

    private static func sync(_ path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw DataError("cannot open \(path) to sync it: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw DataError("cannot sync \(path): \(String(cString: strerror(errno)))") }
    }
}
