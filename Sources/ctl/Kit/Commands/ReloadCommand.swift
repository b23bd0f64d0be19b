// Commands/ReloadCommand.swift — `aluectl reload`: re-read config, data and plugins (admin); with
// `--dry-run`, which answers would change if they were (the impact preview), as a table, CSV or JSON.

import AlueWire
import PluginAPI

enum ReloadCommand {
    static let spec = CommandSpec(
        "reload",
        abstract: "Re-read config, data and plugins; the old generation stays if anything is invalid (admin role). --dry-run: what would change.",
        options: [
            OptionSpec("--dry-run", nil, "load the candidate in a child process and list every answer that would change; nothing is swapped"),
            OptionSpec("--format", "F", "with --dry-run: table (default), csv, csv-fi or json"),
        ],
        discussion: """
            --dry-run compares every member × catalog service (route, cost, procurement) on today and on every
            day a dated parameter or a statute changes, and each pool's allocation, between the running
            generation and the config, data and plugins now on disk. Exit 0: nothing changes; 1: something
            changes (or the candidate cannot be loaded). Give a generous --timeout for large areas.
            Example: aluectl reload --dry-run --format csv > muutokset.csv
            """
    ) { arguments, session in
        guard arguments.has("--dry-run") else {
            if arguments.option("--format") != nil { throw UsageError(Messages.appliesTo("--format", "--dry-run"), command: "reload") }
            return try session.show("system.reload") { result in
                let messages = result["messages"]?.arrayValue?.compactMap(\.stringValue) ?? []
                return ([Labels.Daemon.reloaded(DecisionRenderer.text(result["generation"]))[session.language]]
                        + messages.map { "  \($0)" }).joined(separator: "\n")
            }
        }
        let format = arguments.option("--format") ?? (session.json ? "json" : "table")
        guard ["table", "json"].contains(format) || CSVFormat(rawValue: format) != nil else {
            throw UsageError(Messages.oneOf("--format", ["table", "csv", "csv-fi", "json"], got: format), command: "reload")
        }
        let preview = try session.call("system.reload", .object([("dryRun", .bool(true))]))
        let changes = preview["changes"]?.arrayValue ?? []
        switch format {
        case "json": session.output.print(preview.jsonText)
        case "table": session.output.print(table(preview, session.language))
        default: session.output.print(csv(changes, CSVFormat(rawValue: format)!))
        }
        // For scripts: 1 when the deployment would change an answer.
        return changes.isEmpty ? .success : .daemonError
    }

    static let columns = ["region", "municipality_code", "municipality", "service", "date", "field", "before", "after", "kind"]

    static func csv(_ changes: [JSONValue], _ format: CSVFormat) -> String {
        let text = DecisionRenderer.text
        return format.document(header: columns, rows: changes.map { change in
            [text(change["region"]), text(change["municipality"]?["code"]), text(change["municipality"]?["name"]), text(change["service"]),
             text(change["date"]), text(change["field"]), text(change["before"]), text(change["after"]), text(change["kind"])]
        })
    }

    static func table(_ preview: JSONValue, _ language: Language) -> String {
        let (text, common, labels) = (DecisionRenderer.text, Labels.Common.self, Labels.Preview.self)
        let summary = preview["summary"]
        let changes = preview["changes"]?.arrayValue ?? []
        var lines = [labels.summary(changes: text(summary?["changes"]), answers: text(summary?["changedQuestions"]),
                                    questions: text(summary?["questions"]),
                                    dates: (summary?["dates"]?.arrayValue ?? []).map(text).joined(separator: ", "))[language]]
        // The daemon's diagnostics of the candidate, quoted as they are.
        lines += (summary?["messages"]?.arrayValue ?? []).map { "  \(text($0))" }
        guard !changes.isEmpty else { return (lines + [labels.noChanges[language]]).joined(separator: "\n") }
        var table = TextTable([common.region, common.municipality, common.service, common.date, labels.field, labels.before, labels.after]
            .map { $0[language] })
        for change in changes {
            table.add([text(change["region"]), DecisionRenderer.municipality(change["municipality"]), text(change["service"]),
                       text(change["date"]), text(change["field"]), shortened(text(change["before"])), shortened(text(change["after"]))])
        }
        return (lines + ["", table.render(), "", labels.wholeValues[language]]).joined(separator: "\n")
    }

    /// A long value (a list of citations, a note) cut for the table; CSV and JSON keep it whole.
    static func shortened(_ value: String) -> String {
        let oneLine = value.replacingOccurrences(of: "\n", with: " ")
        return oneLine.count <= 60 ? oneLine : String(oneLine.prefix(59)) + "…"
    }
}
