// Commands/DecisionCommand.swift — `aluectl decision ID` (a past answer, printed exactly as it was
// then, followed by who asked, when, and which plugins answered) and `aluectl decisions` (the log,
// filtered and paged).

import AlueWire
import Foundation
import PluginAPI

enum DecisionCommand {
    static let showSpec = CommandSpec(
        "decision",
        abstract: "A past answer from the decision log, printed as it was given, then when, to whom and by which plugins.",
        arguments: ["ID"],
        discussion: """
            ID is the answer's decisionId ('Päätöksen tunnus' under every answer). --json prints the whole
            log entry: {decisionId, at, peer, method, params, result, generation, plugins}.
            Example: aluectl decision tp2ftu-dih-1
            """
    ) { arguments, session in
        try session.show("decisions.get", .object([("decisionId", .string(arguments.positionals[0]))])) { entry in
            // In the language it was asked in (its `lang`, Finnish by default), as the answer's notes are.
            let asked = entry["params"]?["lang"]?.stringValue.flatMap(Language.init(rawValue:)) ?? .fi
            return [render(entry["result"] ?? .null, method: DecisionRenderer.text(entry["method"]), asked, width: session.width), "",
                    provenance(entry, session.language)]
                .joined(separator: "\n")
        }
    }

    static let listSpec = CommandSpec(
        "decisions",
        abstract: "The decision log: answers given, oldest first, by time, region, municipality or service.",
        options: [
            OptionSpec("--since", "D", "from this day (YYYY-MM-DD) or instant (2025-03-01T08:00:00Z)"),
            OptionSpec("--until", "D", "through this day or up to this instant"),
            OptionSpec("--region", "ID", "only this region"),
            OptionSpec("--municipality", "M", "only this municipality (name or code)"),
            OptionSpec("--service", "S", "only this service id"),
            OptionSpec("--limit", "N", "at most N (default 100, at most 1000)"),
            OptionSpec("--after", "ID", "continue after this decision (the 'next' the previous page named)"),
        ],
        discussion: "Example: aluectl decisions --since 2025-03-01 --until 2025-03-31 --municipality Hollola"
    ) { arguments, session in
        var params = ObjectBuilder()
        for (option, key) in [("--since", "since"), ("--until", "until"), ("--region", "region"), ("--municipality", "municipality"),
                              ("--service", "service"), ("--after", "after")] {
            params.add(key, arguments.option(option))
        }
        if let limit = arguments.option("--limit") {
            guard let number = Int(limit), number > 0 else { throw UsageError(Messages.wholeNumber("--limit", got: limit, positive: true), command: "decisions") }
            params.add("limit", .number(String(number)))
        }
        return try session.show("decisions.list", params.value) { list($0, session.language) }
    }

    /// A page of the log as a table, and how to ask for the next one.
    static func list(_ page: JSONValue, _ language: Language) -> String {
        let (text, common, labels) = (DecisionRenderer.text, Labels.Common.self, Labels.DecisionLog.self)
        var table = TextTable([common.id, labels.time, labels.question, common.region, common.municipality, common.service, common.date]
            .map { $0[language] })
        for decision in page["decisions"]?.arrayValue ?? [] {
            table.add([text(decision["decisionId"]), localTime(text(decision["at"])), text(decision["method"]), text(decision["region"]),
                       DecisionRenderer.municipality(decision["municipality"]), text(decision["service"]), text(decision["date"])])
        }
        var lines = [table.render()]
        if let next = page["next"]?.stringValue { lines += ["", labels.nextPage(next)[language]] }
        return lines.joined(separator: "\n")
    }

    /// The answer as the command that asked it prints it.
    static func render(_ result: JSONValue, method: String, _ language: Language, width: Int) -> String {
        switch method {
        case "route": return DecisionRenderer.routing(result, language, width: width)
        case "procurement.get": return DecisionRenderer.procurement(result, language, width: width)
        case "costs.responsibility": return DecisionRenderer.cost(result, language, width: width)
        case "costs.allocate": return AllocateCommand.render(result, language, width: width)
        default: return result.prettyText()
        }
    }

    /// When, to whom, on which question and by which plugins the answer was given, in aluectl's
    /// language (the answer above it stays in the language it was asked in).
    static func provenance(_ entry: JSONValue, _ language: Language) -> String {
        let (text, labels) = (DecisionRenderer.text, Labels.DecisionLog.self)
        var block = KeyValueBlock()
        block.add(labels.given[language], localTime(text(entry["at"])))
        block.add(labels.askedBy[language], entry["peer"]?["uid"].map { "uid \(text($0))" })
        block.add(labels.question[language], "\(text(entry["method"])) \(entry["params"]?.jsonText ?? "{}")")
        block.add(Labels.Common.generation[language], text(entry["generation"]))
        block.add(labels.plugins[language], (entry["plugins"]?.arrayValue ?? []).map { plugin in
            let digest = text(plugin["libraryDigest"])
            return labels.plugin("\(text(plugin["id"])) \(text(plugin["version"]))", library: digest.isEmpty ? nil : digest,
                                 data: text(plugin["dataDigest"]))[language]
        }.joined(separator: "\n"))
        return labels.fromTheLog[language] + "\n" + block.render()
    }

    /// A stored UTC instant in the local time zone, as staff read it (`2025-03-01 10:15:30`).
    static func localTime(_ utc: String) -> String {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = parser.date(from: utc) else { return utc }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        formatter.timeZone = .current
        return formatter.string(from: date)
    }
}
