// Commands/LedgerCommand.swift — `aluectl ledger record …` (one entry) and `aluectl ledger import
// FILE.csv` (a whole file, checked first: a bad row is reported with its line and nothing is sent).

import AlueWire
import Foundation

enum LedgerCommand {
    /// Entries per ledger.record call when importing (each call is atomic; the request stays far
    /// below the daemon's 1 MiB line limit).
    static let importBatchSize = 1000

    static let spec = CommandSpec(
        "ledger",
        abstract: "Record costs: 'ledger record --id … --date … --municipality … --service … --amount …' or 'ledger import FILE.csv'.",
        arguments: ["record|import", "[FILE]"],
        options: [
            OptionSpec("--id", "ID", "record: the entry's unique id (recording it again is a no-op)"),
            OptionSpec("--date", "YYYY-MM-DD", "record: the cost's date"),
            OptionSpec("--municipality", "M", "record: the client's home municipality"),
            OptionSpec("--service", "S", "record: a catalog service id"),
            OptionSpec("--amount", "EUR", "record: euros, e.g. 1200.50 (negative for a credit)"),
            OptionSpec("--description", "TEXT", "record: free text"),
            OptionSpec("--kind", "K", "record: cost (default) or advance_bill"),
        ],
        discussion: """
            Import file: UTF-8 CSV whose first line names the columns id,date,municipality,service,amount
            (required) and description,kind (optional), separated by ',' — or by ';', with a decimal comma.
            Every row is checked before anything is sent; recording a file twice changes nothing.
            Needs the operator role.
            """
    ) { arguments, session in
        switch arguments.positionals[0] {
        case "record": return try record(arguments, session)
        case "import":
            guard arguments.positionals.count == 2 else { throw UsageError("ledger import needs FILE", command: "ledger") }
            return try importFile(arguments.positionals[1], session)
        default:
            throw UsageError("ledger takes 'record' or 'import', not '\(arguments.positionals[0])'", command: "ledger")
        }
    }

    private static func record(_ arguments: ParsedArguments, _ session: Session) throws -> ExitStatus {
        var entry = ObjectBuilder()
        for name in ["id", "date", "municipality", "service", "amount"] {
            guard let value = arguments.option("--\(name)") else { throw UsageError("ledger record needs --\(name)", command: "ledger") }
            entry.add(name, value)
        }
        entry.add("description", arguments.option("--description"))
        entry.add("kind", arguments.option("--kind"))
        return try session.show("ledger.record", .object([("entries", .array([entry.value]))]), render: summary)
    }

    private static func importFile(_ path: String, _ session: Session) throws -> ExitStatus {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw UsageError("cannot read \(path) as UTF-8 text", command: "ledger")
        }
        let rows: [(line: Int, entry: JSONValue)]
        do {
            rows = try LedgerCSV.parse(text)
        } catch {
            throw UsageError("\(path) line \(error.line): \(error.message); nothing was recorded", command: "ledger")
        }
        var recorded = 0, duplicates = 0
        for start in stride(from: 0, to: rows.count, by: importBatchSize) {
            let batch = rows[start..<min(start + importBatchSize, rows.count)]
            do {
                let result = try session.call("ledger.record", .object([("entries", .array(batch.map(\.entry)))]))
                recorded += result["recorded"]?.intValue ?? 0
                duplicates += result["duplicates"]?.intValue ?? 0
            } catch let error as DaemonReportedError {
                let line = error.error["data"]?["index"]?.intValue.map { batch[batch.startIndex + $0].line }
                let recordedNote = start == 0 ? "nothing was recorded" : "rows before line \(batch.first!.line) were recorded; importing the file again skips them"
                throw DaemonReportedError(error: error.error.replacingMessage("\(path)\(line.map { " line \($0)" } ?? ""): \(error.message); \(recordedNote)"))
            }
        }
        let result = JSONValue.object([("recorded", .number(String(recorded))), ("duplicates", .number(String(duplicates)))])
        session.output.print(session.json ? result.jsonText : summary(result))
        return .success
    }

    static func summary(_ result: JSONValue) -> String {
        "kirjattu \(DecisionRenderer.text(result["recorded"])) uutta, \(DecisionRenderer.text(result["duplicates"])) oli jo kirjattu (recorded, duplicates)"
    }
}

extension JSONValue {
    /// An error object with its message replaced (to add the file and line).
    func replacingMessage(_ message: String) -> JSONValue {
        guard case .object(let members) = self else { return self }
        return .object(members.map { $0.key == "message" ? ("message", .string(message)) : $0 })
    }
}
