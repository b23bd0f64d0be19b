// Commands/StatementCommand.swift — `aluectl statement` and `aluectl balance`: what each member
// owes for a period, and the annual balance of advance bills, as a table, CSV or JSON.

import AlueWire
import PluginAPI

enum StatementCommand {
    static let formatOption = OptionSpec("--format", "F", "table (default), csv, csv-fi (Finnish headings, ';' and decimal comma) or json")

    static let spec = CommandSpec(
        "statement",
        abstract: "Per member for a period: causer-pays costs, share of the shared pool, total.",
        arguments: ["REGION"],
        options: [OptionSpec("--period", "PERIOD", "the month or year (required): 3/2025, 2025-03 or 2025"),
                  OptionSpec("--municipality", "M", "only this member"),
                  OptionSpec("--reversals", nil, "also list the period's reversals (corrections are always netted in the amounts)"),
                  formatOption],
        discussion: "Example: aluectl statement tyohame --period 3/2025 --format csv-fi > maaliskuu.csv"
    ) { arguments, session in
        guard let period = arguments.option("--period") else { throw UsageError(Messages.needs("statement", "--period"), command: "statement") }
        var params = ObjectBuilder()
        params.add("region", arguments.positionals[0])
        params.add("period", try arguments.checked(period, "--period", FinnishInput.period))
        params.add("municipality", arguments.option("--municipality"))
        if arguments.has("--reversals") { params.add("reversals", .bool(true)) }
        return try show("ledger.statement", params.value, command: "statement", arguments: arguments, session: session,
                        columns: [("causerPays", "causer_pays", Labels.Statement.causerPays), ("sharedShare", "shared_share", Labels.Statement.sharedShare),
                                  ("total", "total", Labels.Common.total)],
                        label: { Labels.Statement.period(DecisionRenderer.text($0["period"])) })
    }

    static let balanceSpec = CommandSpec(
        "balance",
        abstract: "Annual balancing per member: advance bills against actual use (positive = extra bill, negative = refund).",
        arguments: ["REGION"],
        options: [OptionSpec("--year", "Y", "the year (required)"), formatOption],
        discussion: "Example: aluectl balance tyohame --year 2025"
    ) { arguments, session in
        guard let year = arguments.option("--year") else { throw UsageError(Messages.needs("balance", "--year"), command: "balance") }
        guard let number = Int(year), (1000...9999).contains(number) else { throw UsageError(Messages.year("--year", got: year), command: "balance") }
        var params = ObjectBuilder()
        params.add("region", arguments.positionals[0])
        params.add("year", .number(String(number)))
        return try show("ledger.balance", params.value, command: "balance", arguments: arguments, session: session,
                        columns: [("billed", "billed", Labels.Statement.billed), ("actual", "actual", Labels.Statement.actual),
                                  ("difference", "difference", Labels.Statement.difference)],
                        label: { Labels.Statement.year(DecisionRenderer.text($0["year"])) })
    }

    /// Prints rows of per-municipality amounts in the requested format: money right-aligned in
    /// Finnish in the table, wire amounts in csv, decimal commas and Finnish headings in csv-fi.
    static func show(_ method: String, _ params: JSONValue, command: String, arguments: ParsedArguments, session: Session,
                     columns: [(key: String, csv: String, label: LocalizedText)], label: (JSONValue) -> LocalizedText) throws -> ExitStatus {
        let format = arguments.option("--format") ?? (session.json ? "json" : "table")
        guard ["table", "json"].contains(format) || CSVFormat(rawValue: format) != nil else {
            throw UsageError(Messages.oneOf("--format", ["table", "csv", "csv-fi", "json"], got: format), command: command)
        }
        let result = try session.call(method, params)
        let text = DecisionRenderer.text
        let language = session.language
        let number = { HumanFormat.number($0, language) }
        let rows = result["rows"]?.arrayValue ?? []
        switch format {
        case "json":
            session.output.print(result.jsonText)
        case "table":
            var table = TextTable([Labels.Common.municipality[language]] + columns.map { $0.label[language] }, rightAligned: Set(1...columns.count))
            for row in rows {
                table.add([DecisionRenderer.municipality(row["municipality"])] + columns.map { number(text(row[$0.key])) })
            }
            table.add([Labels.Statement.grandTotal[language]] + columns.map { number(text(result["totals"]?[$0.key])) })
            var lines = ["\(text(result["region"])), \(label(result)[language])", "", table.render()]
            if let reversals = result["reversals"]?.arrayValue, !reversals.isEmpty {
                let ledger = Labels.Ledger.self
                var corrections = TextTable([Labels.Common.id[language], ledger.reverses[language], Labels.Common.date[language],
                                             Labels.Common.municipality[language], Labels.Common.amount[language], ledger.reason[language]],
                                            rightAligned: [4])
                for reversal in reversals {
                    corrections.add([text(reversal["id"]), text(reversal["reverses"]), text(reversal["date"]),
                                     DecisionRenderer.municipality(reversal["municipality"]), number(text(reversal["amount"])),
                                     text(reversal["reason"])])
                }
                lines += ["", Labels.Statement.reversals[language], corrections.render()]
            }
            lines += DecisionRenderer.notes(result["notes"], language, width: session.width)
            session.output.print(lines.joined(separator: "\n"))
        default:
            let csv = CSVFormat(rawValue: format)!
            let period = text(result["period"]).isEmpty ? text(result["year"]) : text(result["period"])
            let body = rows.map { row in
                [text(result["region"]), period, text(row["municipality"]?["code"]), text(row["municipality"]?["name"])]
                    + columns.map { csv.amount(text(row[$0.key])) }
            }
            let header = csv == .finnish
                ? [Labels.Statement.csvRegion, Labels.Statement.csvPeriod, Labels.Statement.csvMunicipalityCode, Labels.Statement.csvMunicipality]
                    + columns.map(\.label.fi)
                : ["region", "period", "municipality_code", "municipality"] + columns.map(\.csv)
            session.output.print(csv.document(header: header, rows: body))
        }
        return .success
    }
}
