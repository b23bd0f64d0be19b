// LedgerIntegrationTests.swift — the ledger through the real daemon and aluectl: nothing
// acknowledged is lost when alued is killed mid-write, CSV imports are all-or-nothing and
// idempotent, statements come out as CSV for accounting.

import AlueWire
import Foundation
import Synchronization
import TestSupport
import Testing

@Suite struct LedgerIntegrationTests {
    static func entry(_ id: String, municipality: String = "Hollola", amount: String = "100.00") -> JSONValue {
        .object([("id", .string(id)), ("date", .string("2025-03-01")), ("municipality", .string(municipality)),
                 ("service", .string("palkkatuki")), ("amount", .string(amount))])
    }

    @Test func everyAcknowledgedEntrySurvivesSIGKILLExactlyOnce() throws {
        let state = TemporaryDirectory("alue-crash")
        let daemon = try DaemonProcess(arguments: ["--state-dir", state.path])
        let acknowledged = Mutex<[String]>([])
        // Why the writer stopped; set exactly once, when it does (a failed connect included).
        let stopped = Mutex<String?>(nil)
        let writer = Thread {
            do {
                let connection = try daemon.connect()
                for batch in 0..<100_000 {
                    let ids = (0..<5).map { "crash-\(batch)-\($0)" }
                    let answer = try connection.request("ledger.record", .object([("entries", .array(ids.map { Self.entry($0) }))]))
                    guard answer["result"]?["recorded"] == .number("5") else { throw DaemonError("unexpected answer \(answer.jsonText)") }
                    acknowledged.withLock { $0 += ids }
                }
                stopped.withLock { $0 = "wrote every batch" }
            } catch {
                stopped.withLock { $0 = "\(error)" }
            }
        }
        writer.start()
        try eventually(timeout: 120, "2 000 acknowledged entries") {
            acknowledged.withLock { $0.count } >= 2_000 || stopped.withLock { $0 } != nil
        }
        try #require(acknowledged.withLock { $0.count } >= 2_000, "the writer stopped early: \(stopped.withLock { $0 } ?? "")")
        daemon.stop(signal: SIGKILL)
        try eventually(timeout: 60, "the writer noticing the daemon is gone") { stopped.withLock { $0 } != nil }
        let ids = acknowledged.withLock { $0 }

        let restarted = try DaemonProcess(arguments: ["--state-dir", state.path])
        let connection = try restarted.connect()
        // Recording every acknowledged entry again must find each one already there, unchanged.
        for chunk in stride(from: 0, to: ids.count, by: 500) {
            let batch = ids[chunk..<min(chunk + 500, ids.count)]
            let result = try connection.call("ledger.record", .object([("entries", .array(batch.map { Self.entry($0) }))]))
            #expect(result["recorded"] == .number("0"))
            #expect(result["duplicates"] == .number(String(batch.count)))
        }
        // And nothing appears twice: the statement total is a whole number of acknowledged-or-in-flight batches.
        let statement = try connection.call("ledger.statement", json: #"{"region": "paijat-hame", "period": "2025-03"}"#)
        let total = try #require(Decimal(string: statement["totals"]?["total"]?.stringValue ?? ""))
        #expect(total >= Decimal(ids.count) * 100)
        #expect(total <= Decimal(ids.count + 5) * 100)
    }

    @Test func csvImportIsAllOrNothingAndIdempotent() throws {
        let daemon = try DaemonProcess()
        let files = TemporaryDirectory("alue-csv")
        let good = "\(files.path)/good.csv"
        try """
            id;date;municipality;service;amount;description
            k-1;2025-04-01;Kärkölä;palkkatuki;1200,50;"palkkatuki; huhtikuu"
            k-2;2025-04-02;Heinola;starttiraha;-50,00;hyvitys
            """.write(toFile: good, atomically: true, encoding: .utf8)
        let bad = "\(files.path)/bad.csv"
        try """
            id,date,municipality,service,amount
            b-1,2025-04-01,Hollola,palkkatuki,10.00
            b-2,2025-04-31x,Hollola,palkkatuki,10.00
            b-3,2025-04-01,Hollola,palkkatuki,10.001
            """.write(toFile: bad, atomically: true, encoding: .utf8)

        // Every bad row with its line, a data error (exit 2) without the usage block.
        let rejected = try CommandRunner.aluectl(["--lang", "en", "ledger", "import", bad], socket: daemon.socketPath)
        #expect(rejected.status == 2)
        #expect(rejected.stderr.contains("bad.csv line 3: date: '2025-04-31x' is not a date"), "\(rejected.stderr)")
        #expect(rejected.stderr.contains("bad.csv line 4: amount: '10.001' is not a sum in euros"), "\(rejected.stderr)")
        #expect(rejected.stderr.contains("2 problems; nothing was recorded"))
        #expect(!rejected.stderr.contains("Usage:"))

        let missing = try CommandRunner.aluectl(["--lang", "en", "ledger", "import", "\(files.path)/missing.csv"], socket: daemon.socketPath)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing.csv: the file does not exist"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("Usage:"))

        let first = try CommandRunner.aluectl(["--json", "ledger", "import", good], socket: daemon.socketPath)
        #expect(try JSONParser.parse(first.stdout) == .object([("recorded", .number("2")), ("duplicates", .number("0"))]))
        let second = try CommandRunner.aluectl(["--json", "ledger", "import", good], socket: daemon.socketPath)
        #expect(try JSONParser.parse(second.stdout) == .object([("recorded", .number("0")), ("duplicates", .number("2"))]))
        // "-" reads standard input, with Finnish amounts and dates.
        let piped = try CommandRunner.aluectl(["--json", "ledger", "import", "-"], socket: daemon.socketPath,
                                              stdin: "id;date;municipality;service;amount\np-1;2.4.2025;Sysmä;palkkatuki;1 000,50\n")
        #expect(try JSONParser.parse(piped.stdout) == .object([("recorded", .number("1")), ("duplicates", .number("0"))]), "\(piped.stderr)")
        let stored = try daemon.connect().call("ledger.get", json: #"{"id": "p-1"}"#)
        #expect(stored["amount"] == .string("1000.50"))
        #expect(stored["date"] == .string("2025-04-02"))

        let unknown = "\(files.path)/unknown.csv"
        try "id,date,municipality,service,amount\nu-1,2025-04-01,Hollola,palkkatuki,1.00\nu-2,2025-04-01,Atlantis,palkkatuki,1.00\n"
            .write(toFile: unknown, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.aluectl(["--lang", "en", "ledger", "import", unknown], socket: daemon.socketPath)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("line 3"))
        let statement = try daemon.connect().call("ledger.statement", json: #"{"region": "paijat-hame", "period": "2025-04", "municipality": "Hollola"}"#)
        #expect(statement["rows"]?.arrayValue?.first?["total"] == .string("0.00"))  // u-1 was rolled back with u-2
    }

    @Test func statementAsFinnishCSVForAccounting() throws {
        let daemon = try DaemonProcess()
        let record = try CommandRunner.aluectl(["ledger", "record", "--id", "s-1", "--date", "10.5.2025", "--municipality", "Sysmä",
                                                "--service", "Palkkatuki", "--amount", "1 234,56"], socket: daemon.socketPath)
        #expect(record.status == 0, "\(record.stderr)")
        let csv = try CommandRunner.aluectl(["statement", "Päijät-Häme", "--period", "5/2025", "--format", "csv-fi"], socket: daemon.socketPath)
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(csv.stdout.hasPrefix("\u{FEFF}Alue;Kausi;Kuntanumero;Kunta;Aiheuttaja maksaa;Yhteinen osuus;Yhteensä"))
        #expect(csv.stdout.contains("paijat-hame;2025-05;781;Sysmä;1234,56;0,00;1234,56"))
        let plain = try CommandRunner.aluectl(["statement", "paijat-hame", "--period", "2025-05", "--format", "csv"], socket: daemon.socketPath)
        #expect(plain.stdout.hasPrefix("region,period,municipality_code,municipality,causer_pays,shared_share,total"))
        let table = try CommandRunner.aluectl(["statement", "paijat-hame", "--period", "2025"], socket: daemon.socketPath)
        #expect(table.stdout.contains("YHTEENSÄ"))
        // Money right-aligned as Finnish staff read it.
        let sysma = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("Sysmä 781") })
        #expect(sysma.hasSuffix("1\u{00A0}234,56"), "\(sysma)")
    }

    @Test func invalidRecordsAreRefusedWithThePinnedErrors() throws {
        let daemon = try DaemonProcess()
        defer { withExtendedLifetime(daemon) {} }
        let connection = try daemon.connect()
        let conflict = try connection.call("ledger.record", .object([("entries", .array([Self.entry("x-1")]))]))
        #expect(conflict["recorded"] == .number("1"))
        let error = try connection.error("ledger.record", json: #"{"entries": [{"id": "x-1", "date": "2025-03-01", "municipality": "Hollola", "service": "palkkatuki", "amount": "100.01"}]}"#)
        #expect(error.errorCode == -32020)
        #expect(error.errorKind == "ledger_conflict")
        let badAmount = try connection.error("ledger.record", json: #"{"entries": [{"id": "x-2", "date": "2025-03-01", "municipality": "Hollola", "service": "palkkatuki", "amount": "1.001"}]}"#)
        #expect(badAmount.errorCode == -32602)
        let lahti = try connection.error("ledger.record", json: #"{"entries": [{"id": "x-3", "date": "2025-03-01", "municipality": "Lahti", "service": "palkkatuki", "amount": "1.00"}]}"#)
        #expect(lahti.errorKind == "no_region")
    }

    @Test(arguments: ["-5", "0", "1.234", "NaN", "1e6", "1000000000000000"])
    func allocationRefusesBadAmounts(amount: String) throws {
        let daemon = try DaemonProcess()
        defer { withExtendedLifetime(daemon) {} }
        let connection = try daemon.connect()
        let error = try connection.error("costs.allocate", json: #"{"region": "paijat-hame", "amount": "\#(amount)", "year": 2025, "pool": "state_share"}"#)
        #expect(error.errorCode == -32602)
    }

    @Test func allocationThroughAluectlAddsUpToTheAmount() throws {
        let daemon = try DaemonProcess()
        let result = try CommandRunner.aluectl(["--json", "allocate", "paijat-hame", "1000000", "--year", "2024", "--pool", "preparation_2023_2024"],
                                               socket: daemon.socketPath)
        let shares = try #require(try JSONParser.parse(result.stdout)["shares"]?.arrayValue)
        #expect(shares.count == 9)
        let sum = shares.compactMap { Decimal(string: $0["amount"]?.stringValue ?? "") }.reduce(0, +)
        #expect(sum == 1_000_000)
        let table = try CommandRunner.aluectl(["allocate", "paijat-hame", "1000000", "--year", "2024", "--pool", "preparation_2023_2024"],
                                              socket: daemon.socketPath)
        #expect(table.stdout.contains("1\u{00A0}000\u{00A0}000,00"))
        #expect(table.stdout.contains("100,00\u{00A0}%"))
        let finnish = try CommandRunner.aluectl(["--json", "allocate", "paijat-hame", "1 000 000,00", "--year", "2024", "--pool", "preparation_2023_2024"],
                                                socket: daemon.socketPath)
        #expect(try JSONParser.parse(finnish.stdout)["amount"] == .string("1000000.00"))
        #expect(table.stdout.contains("Yhteensä"))
        #expect(table.stdout.contains("Tilastolähteet:"))
    }
}
