// Commands/LedgerBookCommands.swift — `aluectl ledger list|show|reverse|backup`: entries as
// finance looks them up, corrections by reversal, and a backup while alued serves (§10.5).

import AlueWire
import PluginAPI

enum LedgerBookCommands {
    static func list(_ arguments: ParsedArguments, _ session: Session) throws -> ExitStatus {
        var params = ObjectBuilder()
        params.add("region", arguments.option("--region"))
        params.add("period", try arguments.period("--period"))
        params.add("municipality", arguments.option("--municipality"))
        params.add("service", arguments.option("--service"))
        if let limit = arguments.option("--limit") {
            guard let number = Int(limit), number > 0 else { throw UsageError(Messages.wholeNumber("--limit", got: limit, positive: true), command: "ledger") }
            params.add("limit", .number(String(number)))
        }
        params.add("after", arguments.option("--after"))
        return try session.show("ledger.list", params.value) { result in
            let text = DecisionRenderer.text
            let (language, labels) = (session.language, Labels.Ledger.self)
            var table = TextTable([Labels.Common.id[language], Labels.Common.date[language], Labels.Common.municipality[language],
                                   Labels.Common.service[language], Labels.Common.amount[language], labels.note[language]], rightAligned: [4])
            for entry in result["entries"]?.arrayValue ?? [] {
                table.add([text(entry["id"]), text(entry["date"]), DecisionRenderer.municipality(entry["municipality"]),
                           text(entry["service"]), HumanFormat.number(text(entry["amount"]), language), note(entry, language)])
            }
            var lines = [table.render()]
            if let next = result["next"]?.stringValue {
                lines += ["", labels.nextPage(nextPageCommand(arguments, after: next))[language]]
            }
            return lines.joined(separator: "\n")
        }
    }

    static func show(_ id: String, _ session: Session) throws -> ExitStatus {
        try session.show("ledger.get", .object([("id", .string(id))])) { block($0, session.language) }
    }

    static func reverse(_ id: String, _ arguments: ParsedArguments, _ session: Session) throws -> ExitStatus {
        guard let reversalID = arguments.option("--reversal-id") else { throw UsageError(Messages.needs("ledger reverse", "--reversal-id"), command: "ledger") }
        guard let reason = arguments.option("--reason") else { throw UsageError(Messages.needs("ledger reverse", "--reason"), command: "ledger") }
        let params = JSONValue.object([("id", .string(id)), ("reversalId", .string(reversalID)), ("reason", .string(reason))])
        return try session.show("ledger.reverse", params) { result in
            let headline = result["recorded"] == .number("0") ? Labels.Ledger.reversalExisted : Labels.Ledger.reversalRecorded
            return headline[session.language] + "\n\n" + block(result["reversal"] ?? .null, session.language)
        }
    }

    static func backup(_ session: Session) throws -> ExitStatus {
        try session.show("ledger.backup") { result in
            let text = DecisionRenderer.text
            let (language, labels) = (session.language, Labels.Ledger.self)
            var block = KeyValueBlock()
            block.add(labels.backupPath[language], text(result["path"]))
            block.add(labels.backupBytes[language], labels.bytes(HumanFormat.number(text(result["bytes"]), language))[language])
            block.add(labels.backupEntries[language], HumanFormat.number(text(result["entries"]), language))
            block.add(labels.backupSchema[language], text(result["schemaVersion"]))
            return block.render()
        }
    }

    /// One entry, every field on its own line.
    static func block(_ entry: JSONValue, _ language: Language) -> String {
        let text = DecisionRenderer.text
        let labels = Labels.Ledger.self
        var block = KeyValueBlock()
        block.add(Labels.Common.id[language], text(entry["id"]))
        block.add(labels.kind[language], Terms.term(Terms.ledgerKind, entry["kind"]?.stringValue, language))
        block.add(Labels.Common.date[language], text(entry["date"]))
        block.add(Labels.Common.region[language], text(entry["region"]))
        block.add(Labels.Common.municipality[language], DecisionRenderer.municipality(entry["municipality"]))
        let service = text(entry["service"])
        block.add(Labels.Common.service[language], Terms.serviceName(service, language).map { "\($0) (\(service))" } ?? service)
        block.add(Labels.Common.amount[language], HumanFormat.number(text(entry["amount"]), language))
        block.add(labels.description[language], entry["description"]?.stringValue)
        block.add(labels.reverses[language], entry["reverses"]?.stringValue)
        block.add(labels.reason[language], entry["reason"]?.stringValue)
        block.add(labels.reversedBy[language], entry["reversedBy"]?.stringValue)
        block.add(labels.recorded[language], labels.recordedBy(text(entry["recordedAt"]), uid: text(entry["recordedBy"]?["uid"]))[language])
        return block.render()
    }

    /// The list's last column: what corrects what, else the description.
    private static func note(_ entry: JSONValue, _ language: Language) -> String {
        if let original = entry["reverses"]?.stringValue {
            return Labels.Ledger.reversalOf(original)[language] + (entry["reason"]?.stringValue.map { ": \($0)" } ?? "")
        }
        if let reversal = entry["reversedBy"]?.stringValue { return Labels.Ledger.reversedBy(reversal)[language] }
        return entry["description"]?.stringValue ?? ""
    }

    /// The command that shows the next page: the same filters, continuing after `next`.
    private static func nextPageCommand(_ arguments: ParsedArguments, after next: String) -> String {
        let options = arguments.options.filter { $0.key != "--after" }.sorted { $0.key < $1.key }
        return (["aluectl ledger list"] + options.map { "\($0.key) \(shellQuoted($0.value))" } + ["--after \(shellQuoted(next))"])
            .joined(separator: " ")
    }

    private static func shellQuoted(_ word: String) -> String {
        word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./:".contains($0) }) ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
