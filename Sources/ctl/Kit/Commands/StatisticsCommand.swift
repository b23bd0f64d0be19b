// Commands/StatisticsCommand.swift — `aluectl statistics [--region R] [--statistic S]`: which
// figures the daemon holds, from where, of which date, and which members lack them (what to import
// before the bill); `aluectl statistics import FILE --statistic S`: take in a file downloaded from
// Statistics Finland's PxWeb (JSON-stat 2.0, PX or CSV).

import AlueWire
import Foundation
import PluginAPI

enum StatisticsCommand {
    /// Files above this many bytes do not fit the daemon's 1 MiB request line once base64-encoded.
    static let maximumFileBytes = 700_000

    static let spec = CommandSpec(
        "statistics",
        abstract: "Show the statistics an allocation can use and what is missing, or import a Statistics Finland file.",
        arguments: ["[import]", "[FILE]"],
        options: [
            OptionSpec("--region", "R", "list: only this region's members, with the members that lack figures"),
            OptionSpec("--statistic", "S", "list: only this statistic; import: the statistic the file holds (required): population, population_18_64, broad_unemployment, unemployed, foreign_language_speakers"),
            OptionSpec("--format", "F", "import: json-stat2, px or csv (default: guessed from the file name and content)"),
            OptionSpec("--publisher", "P", "import: the publisher, when the file does not say (CSV), e.g. Tilastokeskus"),
            OptionSpec("--table", "T", "import: the table's code, e.g. 11re"),
            OptionSpec("--url", "URL", "import: where the table was downloaded"),
        ],
        discussion: """
            Examples:
              aluectl statistics --region paijat-hame
              aluectl statistics import 001_11re_2023.json --statistic population_18_64
              aluectl statistics import 11rl.px --statistic foreign_language_speakers
              aluectl statistics import laaja_tyottomyys.csv --statistic broad_unemployment --publisher "Työ- ja elinkeinoministeriö"
            The file is sent as it is (base64), so a PX file's code page stays intact. A bad file is
            refused whole with the line or JSON path that is wrong. Importing needs the admin role.
            """
    ) { arguments, session in
        switch arguments.positionals.first {
        case nil:
            var params = ObjectBuilder()
            params.add("region", arguments.option("--region"))
            params.add("statistic", arguments.option("--statistic"))
            return try session.show("statistics.list", params.value) { renderList($0, session.language) }
        case "import":
            guard arguments.positionals.count == 2 else { throw UsageError(Messages.needs("statistics import", "FILE"), command: "statistics") }
            return try importFile(arguments.positionals[1], arguments, session)
        case let other?:
            throw UsageError(Messages.statisticsArguments(got: other), command: "statistics")
        }
    }

    private static func importFile(_ path: String, _ arguments: ParsedArguments, _ session: Session) throws -> ExitStatus {
        guard let statistic = arguments.option("--statistic") else {
            throw UsageError(Messages.needsStatistic, command: "statistics")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError(Messages.cannotRead(path), command: "statistics") }
        guard data.count <= maximumFileBytes else {
            throw UsageError(Messages.tooLargeForImport(path, bytes: data.count, limit: maximumFileBytes), command: "statistics")
        }
        var params = ObjectBuilder()
        params.add("statistic", statistic)
        params.add("format", arguments.option("--format"))
        params.add("content", data.base64EncodedString())
        params.add("contentEncoding", "base64")
        params.add("fileName", (path as NSString).lastPathComponent)
        var source = ObjectBuilder()
        source.add("publisher", arguments.option("--publisher"))
        source.add("table", arguments.option("--table"))
        source.add("url", arguments.option("--url"))
        params.add("source", source.valueIfNotEmpty)
        return try session.show("statistics.import", params.value) { renderImport($0, session.language) }
    }

    static func renderImport(_ result: JSONValue, _ language: Language) -> String {
        let text = DecisionRenderer.text
        let labels = Labels.Statistics.self
        var block = KeyValueBlock()
        block.add(labels.statistic[language], text(result["statistic"]))
        block.add(labels.imported[language], labels.importedFigures(text(result["imported"]),
                                                                    dates: (result["referenceDates"]?.arrayValue ?? []).map(text).joined(separator: ", "))[language])
        block.add(labels.replaced[language], text(result["replaced"]))
        block.add(Labels.Common.source[language], source(result["source"], language))
        block.add(labels.quality[language], text(result["quality"]))
        block.add(labels.format[language], text(result["format"]))
        block.add(labels.selections[language], (result["selections"]?.arrayValue ?? []).map(text).joined(separator: "\n"))
        let skipped = result["skipped"]
        block.add(labels.skippedTotals[language], (skipped?["totals"]?.arrayValue ?? []).map(text).joined(separator: ", "))
        block.add(labels.skippedAreas[language], (skipped?["areas"]?.arrayValue ?? []).map(text).joined(separator: ", "))
        block.add(labels.unknownMunicipalities[language], (skipped?["unknownMunicipalities"]?.arrayValue ?? []).map(text).joined(separator: ", "))
        block.add(labels.missingFigures[language], (result["missing"]?.arrayValue ?? []).map {
            "\(DecisionRenderer.municipality($0["municipality"])) \(text($0["referenceDate"])) (\(text($0["symbol"])))"
        }.joined(separator: "\n"))
        block.add(Labels.Common.generation[language], labels.inUseAtOnce(text(result["generation"]))[language])
        return block.render()
    }

    static func renderList(_ result: JSONValue, _ language: Language) -> String {
        let text = DecisionRenderer.text
        let labels = Labels.Statistics.self
        let entries = result.arrayValue ?? []
        var table = TextTable([labels.statistic[language], labels.referenceDate[language], labels.municipalities[language],
                               labels.missing[language], labels.quality[language], Labels.Common.source[language]])
        var missing: [String] = []
        for entry in entries {
            let lacking = (entry["missing"]?.arrayValue ?? []).map { text($0["name"]) }
            table.add([text(entry["statistic"]), entry["referenceDate"]?.stringValue ?? "–",
                       String(entry["municipalities"]?.arrayValue?.count ?? 0),
                       lacking.isEmpty ? "" : lacking.count > 3 ? labels.municipalityCount(lacking.count)[language] : lacking.joined(separator: ", "),
                       text(entry["quality"]), entry["source"].map { source($0, language) } ?? labels.noFigures[language]])
            if entry["referenceDate"]?.stringValue == nil { missing.append(text(entry["statistic"])) }
        }
        var lines = [table.render()]
        if !missing.isEmpty {
            lines += ["", labels.noneAtAll(missing.joined(separator: ", "))[language]]
        }
        return lines.joined(separator: "\n")
    }

    private static func source(_ value: JSONValue?, _ language: Language) -> String {
        let text = DecisionRenderer.text
        let labels = Labels.Statistics.self
        return [text(value?["publisher"]), value?["table"].map { labels.table(text($0))[language] },
                value?["updated"].map { labels.updated(text($0))[language] }, value?["retrieved"].map { labels.retrieved(text($0))[language] }]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
