// Commands/StatisticsCommand.swift — `aluectl statistics [--region R] [--statistic S]`: which
// figures the daemon holds, from where, of which date, and which members lack them (what to import
// before the bill); `aluectl statistics import FILE --statistic S`: take in a file downloaded from
// Statistics Finland's PxWeb (JSON-stat 2.0, PX or CSV).

import AlueWire
import Foundation

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
            return try session.show("statistics.list", params.value, render: renderList)
        case "import":
            guard arguments.positionals.count == 2 else { throw UsageError("statistics import needs FILE", command: "statistics") }
            return try importFile(arguments.positionals[1], arguments, session)
        case let other?:
            throw UsageError("statistics takes no argument or 'import FILE', not '\(other)'", command: "statistics")
        }
    }

    private static func importFile(_ path: String, _ arguments: ParsedArguments, _ session: Session) throws -> ExitStatus {
        guard let statistic = arguments.option("--statistic") else {
            throw UsageError("statistics import needs --statistic (which statistic the file holds)", command: "statistics")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("cannot read \(path)", command: "statistics") }
        guard data.count <= maximumFileBytes else {
            throw UsageError("\(path) has \(data.count) bytes; at most \(maximumFileBytes) fit one import: select only the years and areas you need in PxWeb",
                             command: "statistics")
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
        return try session.show("statistics.import", params.value, render: renderImport)
    }

    static func renderImport(_ result: JSONValue) -> String {
        let text = DecisionRenderer.text
        var block = KeyValueBlock()
        block.add("Tilasto", text(result["statistic"]))
        block.add("Tuotu", "\(text(result["imported"])) lukua, viitepäivät " + (result["referenceDates"]?.arrayValue ?? []).map(text).joined(separator: ", "))
        block.add("Korvattu", text(result["replaced"]))
        block.add("Lähde", source(result["source"]))
        block.add("Laatu", text(result["quality"]))
        block.add("Muoto", text(result["format"]))
        block.add("Valinnat", (result["selections"]?.arrayValue ?? []).map(text).joined(separator: "\n"))
        let skipped = result["skipped"]
        block.add("Ohitettu (summat)", (skipped?["totals"]?.arrayValue ?? []).map(text).joined(separator: ", "))
        block.add("Ohitettu (muut alueet)", (skipped?["areas"]?.arrayValue ?? []).map(text).joined(separator: ", "))
        block.add("Tuntemattomat kunnat", (skipped?["unknownMunicipalities"]?.arrayValue ?? []).map(text).joined(separator: ", "))
        block.add("Puuttuvat luvut", (result["missing"]?.arrayValue ?? []).map {
            "\(DecisionRenderer.municipality($0["municipality"])) \(text($0["referenceDate"])) (\(text($0["symbol"])))"
        }.joined(separator: "\n"))
        block.add("Sukupolvi", "\(text(result["generation"])) (käytössä heti)")
        return block.render()
    }

    static func renderList(_ result: JSONValue) -> String {
        let text = DecisionRenderer.text
        let entries = result.arrayValue ?? []
        var table = TextTable(["Tilasto", "Viitepäivä", "Kuntia", "Puuttuu", "Laatu", "Lähde"])
        var missing: [String] = []
        for entry in entries {
            let lacking = (entry["missing"]?.arrayValue ?? []).map { text($0["name"]) }
            table.add([text(entry["statistic"]), entry["referenceDate"]?.stringValue ?? "–",
                       String(entry["municipalities"]?.arrayValue?.count ?? 0),
                       lacking.isEmpty ? "" : lacking.count > 3 ? "\(lacking.count) kuntaa" : lacking.joined(separator: ", "),
                       text(entry["quality"]), entry["source"].map(source) ?? "ei lukuja"])
            if entry["referenceDate"]?.stringValue == nil { missing.append(text(entry["statistic"])) }
        }
        var lines = [table.render()]
        if !missing.isEmpty {
            lines += ["", "Ei yhtään lukua: \(missing.joined(separator: ", ")). Tuo ne ennen laskua: aluectl statistics import TIEDOSTO --statistic NIMI"]
        }
        return lines.joined(separator: "\n")
    }

    private static func source(_ value: JSONValue?) -> String {
        let text = DecisionRenderer.text
        return [text(value?["publisher"]), value?["table"].map { "taulukko \(text($0))" }, value?["updated"].map { "päivitetty \(text($0))" },
                value?["retrieved"].map { "haettu \(text($0))" }].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
