// StatisticsFixtures.swift — the shared pieces of the import tests: the municipality directory and
// reading a fixture file or an inline text through the whole import path.

import AlueCore
import Foundation
import PluginAPI
import TestSupport

enum StatisticsFixtures {
    static let directory = try! MunicipalityDirectory.load(dataDir: Repository.dataDir)

    static func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Repository.statisticsFixture(name))))
    }

    static func read(_ name: String, _ format: StatisticsFormat, _ statistic: ImportableStatistic) throws -> ExtractedFigures {
        try StatisticsImporter.read(.bytes(try bytes(name)), format: format, statistic: statistic, directory: directory)
    }

    static func read(text: String, _ format: StatisticsFormat, _ statistic: ImportableStatistic) throws(StatisticsImportError) -> ExtractedFigures {
        try StatisticsImporter.read(.text(text), format: format, statistic: statistic, directory: directory)
    }

    /// The figure of `code` on 31.12. of `year`.
    static func value(_ figures: ExtractedFigures, _ code: String, _ year: Int) -> Decimal? {
        figures.figures.first { $0.municipality.rawValue == code && $0.referenceDate == EffectiveDate(year: year, month: 12, day: 31)! }?.value
    }

    /// The error a text gets, for asserting its message and location.
    static func error(_ text: String, _ format: StatisticsFormat, _ statistic: ImportableStatistic = .population) -> StatisticsImportError? {
        do {
            _ = try read(text: text, format, statistic)
            return nil
        } catch {
            return error
        }
    }
}
