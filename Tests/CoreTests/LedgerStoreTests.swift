// LedgerStoreTests.swift — the SQLite ledger: idempotent by id, conflicts refused, batches atomic,
// schema versioned, and statements/balances across month and year boundaries.

import AlueCore
import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct LedgerStoreTests {
    let directory = TemporaryDirectory("alue-ledger")

    static func entry(_ id: String, _ date: String, _ municipality: MunicipalityCode = "148", service: String = "neuvonta",
                      cents: Int64 = 10_000, kind: LedgerEntry.Kind = .cost) -> LedgerEntry {
        LedgerEntry(id: id, kind: kind, date: EffectiveDate(iso: date)!, region: "testialue", municipality: municipality,
                    service: service, amountCents: cents, description: nil)
    }

    @Test func sameIDAndContentIsANoOp() throws {
        let ledger = try LedgerStore(directory: directory.path)
        #expect(try ledger.record([Self.entry("a", "2025-01-05")], uid: 0, pid: 1) == (1, 0))
        #expect(try ledger.record([Self.entry("a", "2025-01-05")], uid: 0, pid: 1) == (0, 1))
        #expect(try ledger.count() == 1)
    }

    @Test func sameIDWithOtherContentIsAConflictAndTheBatchIsRolledBack() throws {
        let ledger = try LedgerStore(directory: directory.path)
        _ = try ledger.record([Self.entry("a", "2025-01-05")], uid: 0, pid: 1)
        #expect(throws: LedgerError.self) {
            try ledger.record([Self.entry("b", "2025-01-06"), Self.entry("a", "2025-01-05", cents: 10_001)], uid: 0, pid: 1)
        }
        #expect(try ledger.count() == 1)  // "b" was not kept: the batch is atomic
    }

    @Test func reopeningKeepsEverythingAndTheSchemaVersion() throws {
        do {
            let ledger = try LedgerStore(directory: directory.path)
            _ = try ledger.record((0..<100).map { Self.entry("e\($0)", "2025-02-01") }, uid: 0, pid: 1)
            ledger.close()
        }
        let reopened = try LedgerStore(directory: directory.path)
        #expect(try reopened.count() == 100)
        #expect(LedgerStore.schemaVersion == 2)
    }

    @Test func statementsSplitCauserPaysAndTheSharedPoolAcrossPeriods() throws {
        let plugin = try PluginLoader.load(path: BuildProducts.plugin("FixtureRegion"))
        let region = LoadedRegion(plugin: plugin, declaration: plugin.declaration, library: "fixture")
        var statistics = StatisticsTable()
        statistics.values[Statistic.population] = [
            "148": [StatisticFigure(value: 6_800, referenceDate: EffectiveDate(year: 2024, month: 12, day: 31)!, source: "test")],
            "890": [StatisticFigure(value: 1_200, referenceDate: EffectiveDate(year: 2024, month: 12, day: 31)!, source: "test")],
        ]
        let builder = StatementBuilder(region: region, statistics: statistics, library: KeyLibrary())
        let entries = [
            Self.entry("jan", "2025-01-31", "148", cents: 50_000),                              // Inari pays itself
            Self.entry("feb", "2025-02-01", "890", cents: 20_000),                              // Utsjoki pays itself
            Self.entry("pool", "2025-02-15", "148", service: "tyovoimakoulutus", cents: 1_000_000), // shared 85 % / 15 %
            Self.entry("bill", "2025-01-01", "890", service: "", cents: 150_000, kind: .advanceBill),
        ]
        let january = try builder.statement(LedgerPeriod("2025-01")!, entries: entries.filter { $0.date.month == 1 })
        #expect(january.rows.map(\.total.description) == ["500.00", "0.00"])
        let february = try builder.statement(LedgerPeriod("2025-02")!, entries: entries.filter { $0.date.month == 2 })
        #expect(february.rows.map(\.causerPays.description) == ["0.00", "200.00"])
        #expect(february.rows.map(\.sharedShare.description) == ["8500.00", "1500.00"])
        #expect(february.totals.total.description == "10200.00")
        let year = try builder.statement(LedgerPeriod("2025")!, entries: entries)
        #expect(year.totals.total.description == "10700.00")
        #expect(year.totals.causerPays + year.totals.sharedShare == year.totals.total)
        let balance = try builder.balance(year: 2025, entries: entries)
        #expect(balance.rows.map(\.difference.description) == ["9000.00", "200.00"])  // Inari: extra bill; Utsjoki: 1700 − 1500
    }

    @Test(arguments: [("2025", "2025-01-01", "2025-12-31"), ("2024-02", "2024-02-01", "2024-02-29"), ("2025-12", "2025-12-01", "2025-12-31")])
    func periodsCoverWholeMonthsAndYears(text: String, first: String, last: String) throws {
        let period = try #require(LedgerPeriod(text))
        #expect(period.first.description == first)
        #expect(period.last.description == last)
    }

    @Test(arguments: ["25", "2025-13", "2025-1", "2025-01-01", "abcd"])
    func malformedPeriodsAreRefused(text: String) {
        #expect(LedgerPeriod(text) == nil)
    }

    var ledgerPath: String { "\(directory.path)/ledger.sqlite" }

    @Test func textIsStoredWithEveryByteANULIncluded() throws {
        let ledger = try LedgerStore(directory: directory.path)
        var entry = Self.entry("a\u{0}b", "2025-01-05")
        entry.description = "näkyvä\u{0}piilotettu"
        #expect(try ledger.record([entry], uid: 0, pid: 1) == (1, 0))
        #expect(try ledger.record([entry], uid: 0, pid: 1) == (0, 1))  // the retry finds it, whole
        #expect(try ledger.record([Self.entry("a", "2025-01-05")], uid: 0, pid: 1) == (1, 0))  // a different id
        let stored = try ledger.entries(region: "testialue", from: LedgerPeriod("2025")!.first, through: LedgerPeriod("2025")!.last)
        #expect(stored.map(\.id) == ["a", "a\u{0}b"])
        #expect(stored.last?.description == "näkyvä\u{0}piilotettu")
    }

    @Test func aRowThatDoesNotDecodeFailsTheReadNamingIt() throws {
        let ledger = try LedgerStore(directory: directory.path)
        _ = try ledger.record((1...4).map { Self.entry("e\($0)", "2025-01-0\($0)") }, uid: 0, pid: 1)
        // As someone who can write the file would: drop the schema's guard against edits, then edit.
        try SQLiteFile.execute("""
            DROP TRIGGER entries_never_edited;
            UPDATE entries SET date = '2025-01-0x' WHERE id = 'e2'; UPDATE entries SET amount_cents = 'paljon' WHERE id = 'e3';
            """, on: ledgerPath)
        do {
            _ = try ledger.entries(region: "testialue", from: LedgerPeriod("2025")!.first, through: LedgerPeriod("2025")!.last)
            Issue.record("the damaged rows were read")
        } catch let error as LedgerError {
            guard case .unreadable(let rows) = error else { Issue.record("\(error)"); return }
            #expect(rows.map(\.id) == ["e2", "e3"])
            #expect(rows.map(\.rowid) == [2, 3])
            #expect(rows[0].problem == "date '2025-01-0x' is not a date YYYY-MM-DD")
            #expect(rows[1].problem == "amount_cents 'paljon' is not an integer")
            #expect(error.description.contains("2 rows alued cannot read"))
        }
        // Recording over a damaged row fails too, naming it, instead of passing for a new id.
        #expect(throws: LedgerError.self) { try ledger.record([Self.entry("e3", "2025-01-03")], uid: 0, pid: 1) }
    }

    @Test func anEmptyFileIsRefusedAndLeftAlone() throws {
        #expect(FileManager.default.createFile(atPath: ledgerPath, contents: Data()))
        #expect(throws: LedgerOpenError.self) { try LedgerStore(directory: directory.path) }
        #expect(throws: LedgerOpenError.self) { try LedgerStore.inspect(directory: directory.path) }
        #expect(try FileManager.default.attributesOfItem(atPath: ledgerPath)[.size] as? Int == 0)
    }

    @Test func aNewLedgerAppearsWholeWithNothingLeftBeside() throws {
        #expect(try LedgerStore.inspect(directory: directory.path) == nil)
        _ = try LedgerStore(directory: directory.path)
        #expect(!FileManager.default.fileExists(atPath: ledgerPath + ".new"))
        let inspected = try #require(try LedgerStore.inspect(directory: directory.path))
        #expect(inspected.schema == LedgerStore.schemaVersion && inspected.entries == 0)
    }

    @Test func aLedgerFromANewerAluedIsRefusedUntouched() throws {
        _ = try LedgerStore(directory: directory.path)
        let newer = LedgerStore.schemaVersion + 1
        try SQLiteFile.execute("PRAGMA user_version = \(newer)", on: ledgerPath)
        do {
            _ = try LedgerStore(directory: directory.path)
            Issue.record("opened a ledger of schema \(newer)")
        } catch let error as LedgerOpenError {
            #expect(error.description.contains("newer alued (ledger schema \(newer); this alued knows schema \(LedgerStore.schemaVersion))"))
        }
    }
}
