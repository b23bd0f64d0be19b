// LedgerCorrectionIntegrationTests.swift — finance's month with the real daemon and aluectl:
// corrections by reversal netted in statements, entries looked up, a backup taken while writers
// go on, the documented restore (stop, replace, start, verify), and today's ledger file migrated.

import AlueWire
import Foundation
import Synchronization
import TestSupport
import Testing

@Suite struct LedgerCorrectionIntegrationTests {
    func ctl(_ daemon: DaemonProcess, _ arguments: String...) throws -> CommandResult {
        try CommandRunner.aluectl(arguments, socket: daemon.socketPath)
    }

    func record(_ daemon: DaemonProcess, _ id: String, municipality: String = "Hollola", amount: String = "1 200,50") throws {
        let result = try ctl(daemon, "ledger", "record", "--id", id, "--date", "3.3.2025", "--municipality", municipality,
                             "--service", "palkkatuki", "--amount", amount)
        try #require(result.status == 0, "\(result.stderr)")
    }

    @Test func aReversalNetsTheStatementAndIsShownWithItsReason() throws {
        let daemon = try DaemonProcess()
        try record(daemon, "lasku-17")
        try record(daemon, "lasku-18", municipality: "Sysmä", amount: "100,00")
        let reversed = try ctl(daemon, "ledger", "reverse", "lasku-17", "--reversal-id", "lasku-17-oikaisu", "--reason", "väärä kunta")
        #expect(reversed.status == 0, "\(reversed.stderr)")
        #expect(reversed.stdout.contains("Oikaisu kirjattu."))
        #expect(reversed.stdout.contains("-1\u{00A0}200,50"))
        // Asked again with the same reversal id: nothing new, exit 0.
        let again = try ctl(daemon, "ledger", "reverse", "lasku-17", "--reversal-id", "lasku-17-oikaisu", "--reason", "väärä kunta")
        #expect(again.status == 0)
        #expect(again.stdout.contains("oli jo kirjattu"))

        let statement = try daemon.connect().call("ledger.statement", json: #"{"region": "paijat-hame", "period": "2025-03", "reversals": true}"#)
        let hollola = try #require(statement["rows"]?.arrayValue?.first { $0["municipality"]?["code"] == .string("098") })
        #expect(hollola["total"] == .string("0.00"))
        #expect(statement["totals"]?["causerPays"] == .string("100.00"))
        #expect(statement["reversals"]?.arrayValue?.first?["reverses"] == .string("lasku-17"))
        #expect(statement["reversals"]?.arrayValue?.first?["reason"] == .string("väärä kunta"))
        let table = try ctl(daemon, "statement", "paijat-hame", "--period", "3/2025", "--reversals")
        #expect(table.stdout.contains("Oikaisut:"))
        #expect(table.stdout.contains("lasku-17-oikaisu"))
        #expect(table.stdout.contains("1 oikaisu (vastakirjaus) on vähennetty"), "notes in Finnish by default")

        // The pinned refusals: a second reversal, reversing a reversal.
        let twice = try ctl(daemon, "ledger", "reverse", "lasku-17", "--reversal-id", "toinen", "--reason", "uudestaan")
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("already reversed by 'lasku-17-oikaisu'") && twice.stderr.contains("[ledger_conflict]"), "\(twice.stderr)")
        let ofReversal = try daemon.connect().error("ledger.reverse", json: #"{"id": "lasku-17-oikaisu", "reversalId": "x", "reason": "peru"}"#)
        #expect(ofReversal.errorCode == -32020)
        #expect(ofReversal.errorKind == "ledger_conflict")
        let unknown = try daemon.connect().error("ledger.reverse", json: #"{"id": "ei-ole", "reversalId": "x", "reason": "peru"}"#)
        #expect(unknown.errorCode == -32602)
        let noReason = try daemon.connect().error("ledger.reverse", json: #"{"id": "lasku-18", "reversalId": "x", "reason": "  "}"#)
        #expect(noReason.errorCode == -32602)
    }

    @Test func entriesAreListedPageByPageAndShownWithWhoAndWhen() throws {
        let daemon = try DaemonProcess()
        for id in ["e-1", "e-2", "e-3"] { try record(daemon, id) }
        _ = try ctl(daemon, "ledger", "reverse", "e-2", "--reversal-id", "e-2-fix", "--reason", "tuplakirjaus")
        let page = try daemon.connect().call("ledger.list", json: #"{"region": "Päijät-Häme", "period": "2025-03", "limit": 2}"#)
        #expect(page["entries"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["e-1", "e-2"])
        #expect(page["next"] == .string("e-2"))
        let first = try #require(page["entries"]?.arrayValue?.first)
        #expect(first["municipality"] == .object([("code", .string("098")), ("name", .string("Hollola"))]))
        #expect(first["amount"] == .string("1200.50"))
        #expect(first["recordedBy"]?["uid"] == .number(String(getuid())))
        #expect(first["recordedAt"]?.stringValue?.hasSuffix("Z") == true)
        #expect(page["entries"]?.arrayValue?.last?["reversedBy"] == .string("e-2-fix"))
        let rest = try daemon.connect().call("ledger.list", json: #"{"period": "2025-03", "limit": 2, "after": "e-2"}"#)
        #expect(rest["entries"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["e-2-fix", "e-3"])
        #expect(rest["next"] == nil)

        let table = try ctl(daemon, "ledger", "list", "--period", "3/2025", "--limit", "2")
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("oikaistu: e-2-fix"))
        #expect(table.stdout.contains("aluectl ledger list --limit 2 --period 3/2025 --after e-2"), "\(table.stdout)")
        let shown = try ctl(daemon, "ledger", "show", "e-2-fix")
        #expect(shown.stdout.contains("Oikaisee:"))
        #expect(shown.stdout.contains("tuplakirjaus"))
        #expect(shown.stdout.contains("-1\u{00A0}200,50"))
        #expect(try ctl(daemon, "ledger", "show", "ei-ole").status == 1)
        #expect(try ctl(daemon, "ledger", "list", "--reason", "x").status == 2)
    }

    @Test func aBackupWhileServingRestoresByStopReplaceStart() throws {
        let state = TemporaryDirectory("alue-restore")
        let daemon = try DaemonProcess(arguments: ["--state-dir", state.path])
        for id in ["r-1", "r-2", "r-3"] { try record(daemon, id) }
        // Writers keep being answered while the backup is taken.
        let acknowledged = Atomic<Int>(0)
        let failure = Mutex<String?>(nil)
        let writing = Atomic<Bool>(true)
        let writer = Thread {
            do {
                let connection = try daemon.connect()
                var batch = 0
                while writing.load(ordering: .relaxed) {
                    let entry = LedgerIntegrationTests.entry("w-\(batch)", municipality: "Sysmä")
                    _ = try connection.call("ledger.record", .object([("entries", .array([entry]))]))
                    acknowledged.add(1, ordering: .relaxed)
                    batch += 1
                }
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
            writing.store(false, ordering: .relaxed)
        }
        writer.start()
        try eventually(timeout: 60, "the writer recording") { acknowledged.load(ordering: .relaxed) >= 20 || !writing.load(ordering: .relaxed) }
        let result = try ctl(daemon, "--json", "ledger", "backup")
        try #require(result.status == 0, "\(result.stderr)")
        let backup = try JSONParser.parse(result.stdout)
        let atBackup = acknowledged.load(ordering: .relaxed)
        try eventually(timeout: 60, "writes after the backup") { acknowledged.load(ordering: .relaxed) > atBackup + 5 || !writing.load(ordering: .relaxed) }
        writing.store(false, ordering: .relaxed)
        try eventually(timeout: 60, "the writer stopping") { !writer.isExecuting }
        #expect(failure.withLock { $0 } == nil)
        let path = try #require(backup["path"]?.stringValue)
        #expect(URL(fileURLWithPath: path).deletingLastPathComponent().path
                == URL(fileURLWithPath: "\(state.path)/backups").standardizedFileURL.path)
        #expect(FileManager.default.fileExists(atPath: path))
        let entries = try #require(backup["entries"]?.intValue)
        #expect(entries >= 3 + 20)
        #expect(backup["bytes"]?.intValue ?? 0 > 0)
        let human = try ctl(daemon, "ledger", "backup")
        #expect(human.stdout.contains("Varmuuskopio:") && human.stdout.contains("/backups/ledger-"))

        // README, "Restoring a backup": stop, move the ledger aside, put the backup in its place, start, check.
        try record(daemon, "r-after-backup")
        #expect(daemon.stop(signal: SIGTERM) == 0)
        let ledger = "\(state.path)/ledger.sqlite"
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: ledger + suffix) {
            try FileManager.default.moveItem(atPath: ledger + suffix, toPath: "\(ledger)\(suffix).before-restore")
        }
        try FileManager.default.copyItem(atPath: path, toPath: ledger)
        let restored = try DaemonProcess(arguments: ["--state-dir", state.path])
        let connection = try restored.connect()
        let all = try connection.call("ledger.list", json: #"{"limit": 1000}"#)["entries"]?.arrayValue ?? []
        #expect(all.count == entries)
        #expect(try connection.call("ledger.get", json: #"{"id": "r-3"}"#)["amount"] == .string("1200.50"))
        #expect(try connection.error("ledger.get", json: #"{"id": "r-after-backup"}"#).errorCode == -32602)
        // What came after the backup can be recorded again (e.g. re-importing the day's file).
        try record(restored, "r-after-backup")
        #expect(restored.log.contains("(schema 2, \(entries) entries)"))
    }

    @Test func todaysLedgerFileIsMigratedWhenTheNewAluedStarts() throws {
        let state = TemporaryDirectory("alue-migrate")
        try FileManager.default.copyItem(atPath: "\(Repository.root)/Tests/Fixtures/Ledger/ledger-schema-1.sqlite",
                                         toPath: "\(state.path)/ledger.sqlite")
        let daemon = try DaemonProcess(arguments: ["--state-dir", state.path])
        #expect(daemon.log.contains("(schema 2, 6 entries)"))
        let list = try ctl(daemon, "--json", "ledger", "list")
        #expect(try JSONParser.parse(list.stdout)["entries"]?.arrayValue?.count == 6)
        // The shared pool is split by the plan's criteria: the finance officer imports their figures first.
        try StatisticsImportTests.importAll(daemon)
        let statement = try daemon.connect().call("ledger.statement", json: #"{"region": "paijat-hame", "period": "2025-03"}"#)
        #expect(statement["totals"]?["total"] == .string("25460.50"))
        #expect(try ctl(daemon, "ledger", "reverse", "v1-cost-1", "--reversal-id", "v1-cost-1-fix", "--reason", "migrated").status == 0)
    }
}
