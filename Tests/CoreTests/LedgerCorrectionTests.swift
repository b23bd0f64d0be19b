// LedgerCorrectionTests.swift — corrections by reversal, listing, backups and the migration from
// a real ledger file of schema 1 (Tests/Fixtures/Ledger), on the store itself.

import AlueCore
import Foundation
import PluginAPI
import Synchronization
import TestSupport
import Testing

@Suite struct LedgerCorrectionTests {
    let directory = TemporaryDirectory("alue-ledger")

    func store(with ids: [String] = ["a", "b", "c"]) throws -> LedgerStore {
        let ledger = try LedgerStore(directory: directory.path)
        _ = try ledger.record(ids.enumerated().map { index, id in
            LedgerStoreTests.entry(id, "2025-03-0\(index + 1)", cents: Int64(10_000 * (index + 1)))
        }, uid: 4010, pid: 1)
        return ledger
    }

    /// The ledger_conflict message of a reversal the store refuses.
    func refusal(_ body: () throws(LedgerError) -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            guard case .reversalConflict(_, let message) = error else { return "unexpected \(error)" }
            return message
        }
    }

    @Test func aReversalNegatesTheEntryAndLinksBothWays() throws {
        let ledger = try store()
        let outcome = try ledger.reverse(id: "b", reversalID: "b-fix", reason: "wrong municipality", uid: 4010, pid: 2)
        #expect(!outcome.duplicate)
        #expect(outcome.reversal.entry == LedgerStoreTests.entry("b", "2025-03-02", cents: 20_000).reversal(id: "b-fix", reason: "wrong municipality"))
        #expect(outcome.reversal.entry.amountCents == -20_000)
        #expect(outcome.reversal.entry.reverses == "b")
        #expect(outcome.original.reversedBy == "b-fix")
        #expect(outcome.reversal.recordedByUID == 4010)
        #expect(try ledger.entry(id: "b")?.reversedBy == "b-fix")
        #expect(try ledger.count() == 4)
    }

    @Test func reversingIsIdempotentByTheReversalID() throws {
        let ledger = try store()
        let first = try ledger.reverse(id: "a", reversalID: "a-fix", reason: "duplicate invoice", uid: 1, pid: 1)
        let again = try ledger.reverse(id: "a", reversalID: "a-fix", reason: "duplicate invoice", uid: 1, pid: 1)
        #expect(again.duplicate)
        #expect(again.reversal == first.reversal)
        #expect(try ledger.count() == 4)
    }

    @Test func twiceAReversalOrAReusedIDIsAConflict() throws {
        let ledger = try store()
        _ = try ledger.reverse(id: "a", reversalID: "a-fix", reason: "duplicate invoice", uid: 1, pid: 1)
        #expect(refusal { () throws(LedgerError) in _ = try ledger.reverse(id: "a", reversalID: "a-fix-2", reason: "again", uid: 1, pid: 1) }?
            .contains("'a' is already reversed by 'a-fix'") == true)
        #expect(refusal { () throws(LedgerError) in _ = try ledger.reverse(id: "a-fix", reversalID: "a-fix-fix", reason: "undo", uid: 1, pid: 1) }?
            .contains("'a-fix' is itself the reversal of 'a'") == true)
        #expect(refusal { () throws(LedgerError) in _ = try ledger.reverse(id: "b", reversalID: "c", reason: "x", uid: 1, pid: 1) }?
            .contains("the id 'c' is already used by another ledger entry") == true)
        #expect(refusal { () throws(LedgerError) in _ = try ledger.reverse(id: "a", reversalID: "a-fix", reason: "another reason", uid: 1, pid: 1) }?
            .contains("was recorded before with another reason") == true)
        #expect(throws: LedgerError.self) { try ledger.reverse(id: "nope", reversalID: "nope-fix", reason: "x", uid: 1, pid: 1) }
        #expect(try ledger.count() == 4)
    }

    @Test func entriesCanNeitherBeEditedNorDeletedEvenOutsideAlued() throws {
        _ = try store()
        let path = "\(directory.path)/ledger.sqlite"
        for sql in ["UPDATE entries SET amount_cents = 1 WHERE id = 'a'", "DELETE FROM entries WHERE id = 'a'"] {
            let result = try CommandRunner.run("/usr/bin/env", ["sqlite3", path, sql])
            guard result.status != 127 else { return }  // no sqlite3 shell here; the triggers are still in the schema
            #expect(result.status != 0 && result.stderr.contains("never"), "\(sql): \(result.stderr)")
        }
    }

    @Test func listingPagesInDateOrderAndFilters() throws {
        let ledger = try store(with: ["e1", "e2", "e3", "e4", "e5"])
        let first = try ledger.list(LedgerFilter(), limit: 2)
        #expect(first.entries.map(\.entry.id) == ["e1", "e2"])
        #expect(first.next == "e2")
        let second = try ledger.list(LedgerFilter(), limit: 2, after: first.next)
        #expect(second.entries.map(\.entry.id) == ["e3", "e4"])
        let last = try ledger.list(LedgerFilter(), limit: 2, after: second.next)
        #expect(last.entries.map(\.entry.id) == ["e5"])
        #expect(last.next == nil)
        let march2to3 = LedgerFilter(from: EffectiveDate(iso: "2025-03-02"), through: EffectiveDate(iso: "2025-03-03"))
        #expect(try ledger.list(march2to3, limit: 10).entries.map(\.entry.id) == ["e2", "e3"])
        #expect(try ledger.list(LedgerFilter(municipality: "890"), limit: 10).entries.isEmpty)
        #expect(try ledger.list(LedgerFilter(region: "testialue", service: "neuvonta"), limit: 10).entries.count == 5)
        #expect(throws: LedgerError.self) { try ledger.list(LedgerFilter(), limit: 2, after: "missing") }
    }

    @Test func aBackupIsAConsistentCopyTakenWhileWritersGoOn() throws {
        let ledger = try store(with: [])
        let writing = Atomic<Bool>(true)
        let written = Atomic<Int>(0)
        let writer = Thread {
            var batch = 0
            while writing.load(ordering: .relaxed) {
                let ids = (0..<10).map { "w-\(batch)-\($0)" }
                guard (try? ledger.record(ids.map { LedgerStoreTests.entry($0, "2025-04-01") }, uid: 1, pid: 1)) != nil else { return }
                written.add(10, ordering: .relaxed)
                batch += 1
            }
        }
        writer.start()
        try eventually(timeout: 60, "the writer recording") { written.load(ordering: .relaxed) >= 200 }
        let backup = try ledger.backup()
        let after = written.load(ordering: .relaxed)
        writing.store(false, ordering: .relaxed)
        try eventually(timeout: 60, "the writer stopping") { !writer.isExecuting }
        #expect(backup.path.hasPrefix("\(directory.path)/backups/ledger-") && backup.path.hasSuffix(".sqlite"))
        #expect(backup.schemaVersion == LedgerStore.schemaVersion)
        #expect(backup.bytes > 0)
        // One snapshot: whole batches only, none of those recorded after it.
        #expect(backup.entries % 10 == 0)
        #expect(backup.entries >= 200)
        #expect(try ledger.count() >= after)
        let restoredDirectory = TemporaryDirectory("alue-restored")
        try FileManager.default.copyItem(atPath: backup.path, toPath: "\(restoredDirectory.path)/ledger.sqlite")
        #expect(try LedgerStore(directory: restoredDirectory.path).count() == backup.entries)
        // A second backup never overwrites the first.
        #expect(try ledger.backup().path != backup.path)
        #expect(FileManager.default.fileExists(atPath: backup.path))
    }

    @Test func aSchemaOneLedgerWrittenByTheOldAluedMigratesIntact() throws {
        try FileManager.default.copyItem(atPath: "\(Repository.root)/Tests/Fixtures/Ledger/ledger-schema-1.sqlite",
                                         toPath: "\(directory.path)/ledger.sqlite")
        let ledger = try LedgerStore(directory: directory.path)
        let entries = try ledger.list(LedgerFilter(), limit: 100).entries
        #expect(entries.map(\.entry.id) == ["v1-advance-1", "v1-cost-1", "v1-cost-2", "v1-credit-1", "v1-shared-1", "v1-oulu-1"])
        let hollola = try #require(try ledger.entry(id: "v1-cost-1"))
        #expect(hollola.entry.amountCents == 120_050)
        #expect(hollola.entry.description == "palkkatuki maaliskuu")
        #expect(hollola.entry.municipality == "098")
        #expect(hollola.recordedByUID == 0)
        #expect(hollola.recordedAt.hasSuffix("Z"))
        #expect(hollola.entry.reverses == nil && hollola.reversedBy == nil)
        #expect(try ledger.entry(id: "v1-oulu-1")?.entry.description == nil)
        #expect(try ledger.entry(id: "v1-advance-1")?.entry.kind == .advanceBill)
        // The migrated file takes corrections, and stays migrated when opened again.
        _ = try ledger.reverse(id: "v1-cost-1", reversalID: "v1-cost-1-fix", reason: "tested migration", uid: 0, pid: 1)
        ledger.close()
        let reopened = try LedgerStore(directory: directory.path)
        #expect(try reopened.entry(id: "v1-cost-1")?.reversedBy == "v1-cost-1-fix")
        #expect(try reopened.count() == 7)
    }
}
