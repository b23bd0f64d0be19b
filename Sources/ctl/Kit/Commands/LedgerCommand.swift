// Commands/LedgerCommand.swift — `aluectl ledger …`: record one cost, import a CSV file (checked
// first: every bad row is reported with its line and nothing is sent), and the subcommands that
// look entries up, correct them and back the ledger up (LedgerBookCommands.swift).

import AlueWire
import Foundation
import PluginAPI

enum LedgerCommand {
    /// Entries per ledger.record call when importing (each call is atomic; the request stays far
    /// below the daemon's 1 MiB line limit).
    static let importBatchSize = 1000

    /// Each subcommand, the positional argument it needs (if any) and the options it takes.
    static let subcommands: [(name: String, argument: String?, options: [String])] = [
        ("record", nil, ["--id", "--date", "--municipality", "--service", "--amount", "--description", "--kind"]),
        ("import", "FILE", []),
        ("list", nil, ["--region", "--period", "--municipality", "--service", "--limit", "--after"]),
        ("show", "ID", []),
        ("reverse", "ID", ["--reversal-id", "--reason"]),
        ("backup", nil, []),
    ]

    static let spec = CommandSpec(
        "ledger",
        abstract: "The cost ledger: record, import FILE.csv, list, show ID, reverse ID, backup.",
        arguments: [subcommands.map(\.name).joined(separator: "|"), "[FILE|ID]"],
        options: [
            OptionSpec("--id", "ID", "record: the entry's unique id (recording it again is a no-op)"),
            OptionSpec("--date", "DATE", "record: the cost's date, 1.3.2025 or 2025-03-01"),
            OptionSpec("--municipality", "M", "record, list: the client's home municipality"),
            OptionSpec("--service", "S", "record, list: a catalog service"),
            OptionSpec("--amount", "EUR", "record: euros, 1 200,50 or 1200.50 (negative for a credit)"),
            OptionSpec("--description", "TEXT", "record: free text"),
            OptionSpec("--kind", "K", "record: cost (default) or advance_bill"),
            OptionSpec("--region", "R", "list: only this region"),
            OptionSpec("--period", "PERIOD", "list: only this month or year: 3/2025, 2025-03 or 2025"),
            OptionSpec("--limit", "N", "list: entries per page (default 100, at most 1000)"),
            OptionSpec("--after", "ID", "list: continue after this entry (the id the previous page names)"),
            OptionSpec("--reversal-id", "R", "reverse: the reversal's own id (reversing again with it records nothing new)"),
            OptionSpec("--reason", "TEXT", "reverse: why the entry is corrected"),
        ],
        discussion: """
            Entries are never edited or deleted: a mistake is corrected by a reversal, which records the
            negated amount on the original's date with a reason, so statements net it out:
              aluectl ledger reverse lasku-17 --reversal-id lasku-17-oikaisu --reason "väärä kunta"
            Import file (FILE, or - for standard input): UTF-8 CSV whose first line names the columns
            id,date,municipality,service,amount (required) and description,kind (optional), separated
            by ',' or ';'. Amounts as 1 000,50 or 1000.50, dates as 1.3.2025 or 2025-03-01. Every row is
            checked before anything is sent and every problem is listed with its line; recording a file
            twice changes nothing.
            record, import and reverse need the operator role; backup needs the admin role.
            """
    ) { arguments, session in
        let name = arguments.positionals[0]
        guard let subcommand = subcommands.first(where: { $0.name == name }) else {
            throw UsageError(Messages.oneOf("ledger", subcommands.map { "'\($0.name)'" }, got: name), command: "ledger")
        }
        if let misplaced = arguments.options.keys.sorted().first(where: { !subcommand.options.contains($0) }) {
            throw UsageError(Messages.notAnOptionOf(misplaced, command: "ledger \(name)"), command: "ledger")
        }
        let argument = arguments.positionals.count > 1 ? arguments.positionals[1] : nil
        switch (subcommand.argument, argument) {
        case (let needed?, nil): throw UsageError(Messages.needs("ledger \(name)", needed), command: "ledger")
        case (nil, let extra?): throw UsageError(Messages.tooManyArguments("ledger \(name)", at: 0, got: extra), command: "ledger")
        default: break
        }
        switch name {
        case "record": return try record(arguments, session)
        case "import": return try importFile(argument!, session)
        case "list": return try LedgerBookCommands.list(arguments, session)
        case "show": return try LedgerBookCommands.show(argument!, session)
        case "reverse": return try LedgerBookCommands.reverse(argument!, arguments, session)
        default: return try LedgerBookCommands.backup(session)
        }
    }

    private static func record(_ arguments: ParsedArguments, _ session: Session) throws -> ExitStatus {
        var entry = ObjectBuilder()
        for name in ["id", "date", "municipality", "service", "amount"] where arguments.option("--\(name)") == nil {
            throw UsageError(Messages.needs("ledger record", "--\(name)"), command: "ledger")
        }
        entry.add("id", arguments.option("--id"))
        entry.add("date", try arguments.date("--date"))
        entry.add("municipality", arguments.option("--municipality"))
        entry.add("service", arguments.option("--service"))
        entry.add("amount", try arguments.amount("--amount"))
        entry.add("description", arguments.option("--description"))
        entry.add("kind", arguments.option("--kind"))
        return try session.show("ledger.record", .object([("entries", .array([entry.value]))])) { summary($0, session.language) }
    }

    private static func importFile(_ path: String, _ session: Session) throws -> ExitStatus {
        let language = session.language
        let name = path == "-" ? Messages.standardInput[language] : path
        let text = try readImport(path, name: name)
        let rows: [(line: Int, entry: JSONValue)]
        do {
            rows = try LedgerCSV.parse(text)
        } catch {
            throw InvalidInputError(error.problems.map { Messages.invalid(Messages.atLine(name, $0.line)[language], $0.message) }
                                    + [Messages.importRefused(name, Messages.problemCount(error.total, shown: error.problems.count))])
        }
        var recorded = 0, duplicates = 0
        for start in stride(from: 0, to: rows.count, by: importBatchSize) {
            let batch = rows[start..<min(start + importBatchSize, rows.count)]
            do {
                let result = try session.call("ledger.record", .object([("entries", .array(batch.map(\.entry)))]))
                recorded += result["recorded"]?.intValue ?? 0
                duplicates += result["duplicates"]?.intValue ?? 0
            } catch let error as DaemonReportedError {
                let place = error.error["data"]?["index"]?.intValue.map { Messages.atLine(name, batch[batch.startIndex + $0].line)[language] } ?? name
                let recorded = start == 0 ? Messages.nothingRecorded : Messages.recordedBefore(line: batch.first!.line)
                throw DaemonReportedError(error: error.error.replacingMessage("\(place): \(error.message); \(recorded[language])"))
            }
        }
        let result = JSONValue.object([("recorded", .number(String(recorded))), ("duplicates", .number(String(duplicates)))])
        session.output.print(session.json ? result.jsonText : summary(result, language))
        return .success
    }

    /// The import file's text (`-`: standard input), or a clear reason why there is none.
    private static func readImport(_ path: String, name: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InvalidInputError([Messages.importRefused(path, Messages.fileMissing)])
            }
            guard !isDirectory.boolValue else { throw InvalidInputError([Messages.importRefused(path, Messages.fileIsDirectory)]) }
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw InvalidInputError([Messages.importRefused(path, Messages.fileUnreadable)])
            }
            data = contents
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InvalidInputError([Messages.importRefused(name, Messages.notUTF8)])
        }
        return text
    }

    static func summary(_ result: JSONValue, _ language: Language) -> String {
        Labels.Ledger.recordedCounts(DecisionRenderer.text(result["recorded"]), DecisionRenderer.text(result["duplicates"]))[language]
    }
}

extension JSONValue {
    /// An error object with its message replaced (to add the file and line).
    func replacingMessage(_ message: String) -> JSONValue {
        guard case .object(let members) = self else { return self }
        return .object(members.map { $0.key == "message" ? ("message", .string(message)) : $0 })
    }
}
