// Commands/LedgerBookCommands.swift — `aluectl ledger list|show|reverse|backup`: entries as
// finance looks them up, corrections by reversal, and a backup while alued serves (§10.5).

import AlueWire

enum LedgerBookCommands {
    static func list(_ arguments: ParsedArguments, _ session: Session) throws -> ExitStatus {
        var params = ObjectBuilder()
        params.add("region", arguments.option("--region"))
        params.add("period", try arguments.period("--period"))
        params.add("municipality", arguments.option("--municipality"))
        params.add("service", arguments.option("--service"))
        if let limit = arguments.option("--limit") {
            guard let number = Int(limit), number > 0 else { throw UsageError("--limit needs a positive whole number, not '\(limit)'", command: "ledger") }
            params.add("limit", .number(String(number)))
        }
        params.add("after", arguments.option("--after"))
        return try session.show("ledger.list", params.value) { result in
            let text = DecisionRenderer.text
            let labels = Labels.Ledger.self
            var table = TextTable([labels.id, labels.date, labels.municipality, labels.service, labels.amount, labels.note], rightAligned: [4])
            for entry in result["entries"]?.arrayValue ?? [] {
                table.add([text(entry["id"]), text(entry["date"]), DecisionRenderer.municipality(entry["municipality"]),
                           text(entry["service"]), FinnishFormat.number(text(entry["amount"])), note(entry)])
            }
            var lines = [table.render()]
            if let next = result["next"]?.stringValue {
                lines += ["", labels.nextPage(nextPageCommand(arguments, after: next))]
            }
            return lines.joined(separator: "\n")
        }
    }

    static func show(_ id: String, _ session: Session) throws -> ExitStatus {
        try session.show("ledger.get", .object([("id", .string(id))]), render: block)
    }

    static func reverse(_ id: String, _ arguments: ParsedArguments, _ session: Session) throws -> ExitStatus {
        guard let reversalID = arguments.option("--reversal-id") else { throw UsageError("ledger reverse needs --reversal-id", command: "ledger") }
        guard let reason = arguments.option("--reason") else { throw UsageError("ledger reverse needs --reason", command: "ledger") }
        let params = JSONValue.object([("id", .string(id)), ("reversalId", .string(reversalID)), ("reason", .string(reason))])
        return try session.show("ledger.reverse", params) { result in
            let headline = result["recorded"] == .number("0") ? Labels.Ledger.reversalExisted : Labels.Ledger.reversalRecorded
            return headline + "\n\n" + block(result["reversal"] ?? .null)
        }
    }

    static func backup(_ session: Session) throws -> ExitStatus {
        try session.show("ledger.backup") { result in
            let text = DecisionRenderer.text
            var block = KeyValueBlock()
            block.add(Labels.Ledger.backupPath, text(result["path"]))
            block.add(Labels.Ledger.backupBytes, Labels.Ledger.bytes(FinnishFormat.number(text(result["bytes"]))))
            block.add(Labels.Ledger.backupEntries, FinnishFormat.number(text(result["entries"])))
            block.add(Labels.Ledger.backupSchema, text(result["schemaVersion"]))
            return block.render()
        }
    }

    /// One entry, every field on its own line.
    static func block(_ entry: JSONValue) -> String {
        let text = DecisionRenderer.text
        let labels = Labels.Ledger.self
        var block = KeyValueBlock()
        block.add(labels.id, text(entry["id"]))
        block.add(labels.kind, FinnishTerms.term(labels.kinds, entry["kind"]?.stringValue))
        block.add(labels.date, text(entry["date"]))
        block.add(labels.region, text(entry["region"]))
        block.add(labels.municipality, DecisionRenderer.municipality(entry["municipality"]))
        let service = text(entry["service"])
        block.add(labels.service, FinnishTerms.serviceName(service).map { "\($0) (\(service))" } ?? service)
        block.add(labels.amount, FinnishFormat.number(text(entry["amount"])))
        block.add(labels.description, entry["description"]?.stringValue)
        block.add(labels.reverses, entry["reverses"]?.stringValue)
        block.add(labels.reason, entry["reason"]?.stringValue)
        block.add(labels.reversedBy, entry["reversedBy"]?.stringValue)
        block.add(labels.recorded, labels.recordedBy(text(entry["recordedAt"]), uid: text(entry["recordedBy"]?["uid"])))
        return block.render()
    }

    /// The list's last column: what corrects what, else the description.
    private static func note(_ entry: JSONValue) -> String {
        if let original = entry["reverses"]?.stringValue {
            return Labels.Ledger.reversalOf(original) + (entry["reason"]?.stringValue.map { ": \($0)" } ?? "")
        }
        if let reversal = entry["reversedBy"]?.stringValue { return Labels.Ledger.reversedBy(reversal) }
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
