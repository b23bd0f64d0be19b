// LedgerDamageAttackTests.swift — issue 14 item 7 (and the ledger bugs of issue 17): a ledger file
// altered, emptied, damaged or written by a newer alued must never yield a statement that silently
// under-reports; the daemon names what it cannot read, or refuses to start, and --check says so.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct LedgerDamageAttackTests {
    /// A state directory whose ledger holds 5 000 entries of 10.00 in March 2025 (50 000.00).
    static func ledgerWithFiveThousandEntries() throws -> TemporaryDirectory {
        let state = TemporaryDirectory("alue-ledger-damage")
        let daemon = try DaemonProcess(arguments: ["--state-dir", state.path])
        let connection = try daemon.connect()
        for batch in 0..<5 {
            let entries = (0..<1000).map { index -> JSONValue in
                .object([("id", .string("e-\(batch * 1000 + index)")), ("date", .string("2025-03-\(String(format: "%02d", index % 28 + 1))")),
                         ("municipality", .string("Hollola")), ("service", .string("palkkatuki")), ("amount", .string("10.00"))])
            }
            #expect(try connection.call("ledger.record", .object([("entries", .array(entries))]))["recorded"] == .number("1000"))
        }
        #expect(try Self.marchStatement(connection)["totals"]?["total"] == .string("50000.00"))
        #expect(daemon.stop() == 0)
        return state
    }

    static func marchStatement(_ connection: RPCConnection) throws -> JSONValue {
        try connection.request("ledger.statement", try JSONParser.parse(#"{"region": "paijat-hame", "period": "2025-03"}"#))["result"]
            ?? .null
    }

    static func check(state: String) throws -> CommandResult {
        try CommandRunner.run(BuildProducts.alued, ["--config", Repository.config, "--state-dir", state, "--check"])
    }

    @Test func alteredRowsMakeTheStatementFailNamingTheRow() throws {
        let state = try Self.ledgerWithFiveThousandEntries()
        // Whoever can write the file can drop the schema's guard against edits first.
        try SQLiteFile.execute("""
            DROP TRIGGER entries_never_edited;
            UPDATE entries SET kind = 'kulu' WHERE id = 'e-100';
            UPDATE entries SET municipality = 'Hollola' WHERE id = 'e-200';
            UPDATE entries SET amount_cents = '10,00' WHERE id = 'e-300';
            """, on: "\(state.path)/ledger.sqlite")
        let daemon = try DaemonProcess(arguments: ["--state-dir", state.path])
        let answer = try daemon.connect().request("ledger.statement", try JSONParser.parse(#"{"region": "paijat-hame", "period": "2025-03"}"#))
        print("attack 7 (3 of 5000 rows altered): statement \(answer["result"]?["totals"]?["total"]?.stringValue.map { "total \($0)" } ?? answer["error"]?["message"]?.stringValue ?? "?")")
        let error = try #require(answer["error"], "the statement answered \(answer.jsonText)")
        #expect(error.errorKind == "internal_error")
        let message = error["message"]?.stringValue ?? ""
        #expect(message.contains("'e-100'") && message.contains("kind"), "\(message)")
        #expect(message.contains("3 rows"), "\(message)")
    }

    @Test func anEmptyLedgerFileIsRefusedAtStart() throws {
        let state = TemporaryDirectory("alue-ledger-empty")
        #expect(FileManager.default.createFile(atPath: "\(state.path)/ledger.sqlite", contents: Data()))
        let check = try Self.check(state: state.path)
        let daemon = try DaemonProcess(arguments: ["--state-dir", state.path], waitForReady: false)
        let exited = daemon.waitForExit(timeout: 60)
        print("attack 7 (zero-length ledger file): --check exit \(check.status); alued \(exited ? "exited \(daemon.process.terminationStatus)" : "started as on a new ledger")")
        #expect(exited && daemon.process.terminationStatus == 1)
        #expect(daemon.log.contains("ledger.sqlite is empty (0 bytes)"), "\(daemon.log)")
        #expect(check.status == 1)
        #expect(check.stdout.contains("is empty (0 bytes)"), "\(check.stdout)")
        var info = stat()
        #expect(stat("\(state.path)/ledger.sqlite", &info) == 0 && info.st_size == 0, "the empty file was written to")
    }

    @Test func aDamagedLedgerFailsQuickCheckAtStart() throws {
        let state = try Self.ledgerWithFiveThousandEntries()
        let file = try #require(FileHandle(forWritingAtPath: "\(state.path)/ledger.sqlite"))
        try file.seek(toOffset: 4096)  // page 2: the root of the entries table
        file.write(Data(repeating: 0xA5, count: 4096))
        try file.close()
        let check = try Self.check(state: state.path)
        let daemon = try DaemonProcess(arguments: ["--state-dir", state.path], waitForReady: false)
        let exited = daemon.waitForExit(timeout: 60)
        print("attack 7 (damaged page): --check exit \(check.status); alued \(exited ? "exited \(daemon.process.terminationStatus)" : "started")")
        #expect(exited && daemon.process.terminationStatus == 1)
        #expect(daemon.log.contains("fails SQLite's quick_check"), "\(daemon.log)")
        #expect(check.status == 1)
        #expect(check.stdout.contains("quick_check"), "\(check.stdout)")
    }

    @Test func aLedgerFromANewerAluedIsRefusedWithAClearMessage() throws {
        let state = try Self.ledgerWithFiveThousandEntries()
        try SQLiteFile.execute("PRAGMA user_version = 99", on: "\(state.path)/ledger.sqlite")
        let daemon = try DaemonProcess(arguments: ["--state-dir", state.path], waitForReady: false)
        #expect(daemon.waitForExit(timeout: 60) && daemon.process.terminationStatus == 1)
        #expect(daemon.log.contains("was written by a newer alued (ledger schema 99"), "\(daemon.log)")
        #expect(!daemon.log.contains("SQLite error"))
        let check = try Self.check(state: state.path)
        #expect(check.status == 1)
        #expect(check.stdout.contains("newer alued"), "\(check.stdout)")
    }

    @Test func checkReportsAHealthyLedger() throws {
        let state = try Self.ledgerWithFiveThousandEntries()
        let check = try Self.check(state: state.path)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("5000 entries") && check.stdout.contains("quick_check ok"), "\(check.stdout)")
    }
}
