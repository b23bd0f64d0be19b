// StatisticsStoreTests.swift — imported figures in the state directory: a new import of the same
// statistic and date replaces the old batch whole, other batches stay, the file is replaced
// atomically, and imports are layered over the shipped figures without losing the plan's own.

import AlueCore
import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct StatisticsStoreTests {
    static func batch(_ statistic: String, _ year: Int, _ values: [String: String]) -> ImportedBatch {
        ImportedBatch(statistic: statistic, referenceDate: EffectiveDate(year: year, month: 12, day: 31)!, importedAt: "2026-01-05T10:00:00Z",
                      format: "px", source: StatisticSource(publisher: "Tilastokeskus", table: "11re"), quality: .official,
                      values: values, selections: [], title: "test")
    }

    @Test func aNewImportReplacesTheBatchOfItsStatisticAndDateOnly() throws {
        let directory = TemporaryDirectory("stats-store")
        let store = ImportedStatisticsStore(directory: directory.path)
        try store.save(try store.merged(with: [Self.batch("population_18_64", 2023, ["098": "1", "016": "2"]),
                                              Self.batch("population_18_64", 2022, ["098": "3"])]))
        try store.save(try store.merged(with: [Self.batch("population_18_64", 2023, ["098": "5"])]))
        let batches = try store.load()
        #expect(batches.count == 2)
        #expect(batches.first { $0.referenceDate.year == 2023 }?.values == ["098": "5"])
        #expect(!FileManager.default.fileExists(atPath: "\(store.path).tmp-\(getpid())"))
    }

    @Test func importsLayerOverShippedFiguresAndThePlanTableStaysForPins() throws {
        let directory = TemporaryDirectory("stats-layer")
        let store = ImportedStatisticsStore(directory: directory.path)
        try store.save([Self.batch("population", 2022, ["098": "23100"])])
        let table = try StatisticsTable.load(dataDir: Repository.dataDir, stateDir: directory.path)
        let date = EffectiveDate(year: 2022, month: 12, day: 31)!
        #expect(table.figure("population", "098", on: date)?.value == 23100)
        #expect(table.figure("population", "098", on: date)?.quality == .official)
        #expect(table.figure("population", "098", on: date, quality: .plan)?.value == 23090)
        // Plugins get one value per date: the import.
        #expect(table.restricted(to: ["098"])["population"]?["098"]?.first { $0.referenceDate == date }?.value == 23100)
    }

    @Test func aCorruptStoreIsADataErrorNamingTheFile() throws {
        let directory = TemporaryDirectory("stats-corrupt")
        try FileManager.default.createDirectory(atPath: "\(directory.path)/statistics", withIntermediateDirectories: true)
        try Data("{\"batches\": 7}".utf8).write(to: URL(fileURLWithPath: "\(directory.path)/statistics/imported.json"))
        #expect(throws: DataError.self) { try StatisticsTable.load(dataDir: Repository.dataDir, stateDir: directory.path) }
    }

    @Test func shippedFiguresKeepTheirProvenanceAndNoEncyclopaediaCopies() throws {
        let table = try StatisticsTable.load(dataDir: Repository.dataDir)
        let figures = table.values.values.flatMap { $0.values.flatMap { $0 } }
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { $0.quality == .plan || $0.source.publisher.contains("Statistics Finland") })
        let citations = figures.map(\.citation).joined(separator: "\n").lowercased()
        for mirror in ["wikipedia", "kiddle", "wikimili", "nina.az", "sapientia", "lescigales", "pihkala", "shared/"] {
            #expect(!citations.contains(mirror), "\(mirror)")
        }
    }
}
