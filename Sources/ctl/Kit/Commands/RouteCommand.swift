// Commands/RouteCommand.swift — `aluectl route`: who serves a client, where, how, who pays.

import AlueWire
import PluginAPI

enum RouteCommand {
    static let spec = CommandSpec(
        "route",
        abstract: "Who serves a client from MUNICIPALITY with SERVICE: authority, delivery, place, channels, cost.",
        arguments: ["MUNICIPALITY", "SERVICE"],
        options: [
            OptionSpec.date,
            OptionSpec("--segment", "S", "client segment: \(ClientSegment.allCases.map(\.rawValue).joined(separator: ", "))"),
            OptionSpec("--age", "N", "the client's age"),
            OptionSpec("--foreign-language", nil, "the client is foreign-language speaking"),
            OptionSpec("--integration-client", nil, "the client is an integration client"),
            OptionSpec("--partial-work-ability", nil, "the client has partial work ability"),
            OptionSpec("--long-term-unemployed", nil, "the client is long-term unemployed"),
            OptionSpec("--employer-location", "M", "for employer services: the municipality where the company is located"),
            OptionSpec("--provider", "P", "for training: the provider, e.g. Salpaus"),
            OptionSpec("--field", "F", "for training: the field, e.g. Logistiikka"),
            OptionSpec("--batch", "FILE.csv", "answer every row of a CSV file instead (columns: municipality, service, date, segment, age, employer_location, training_provider, training_field; '-' reads stdin)"),
            OptionSpec("--output", "FILE", "with --batch: write the answers here instead of stdout"),
            OptionSpec("--format", "F", "with --batch: csv (',', default) or csv-fi (';' with a byte-order mark for Finnish Excel)"),
        ],
        discussion: """
            MUNICIPALITY is a name (any case, with or without ä/ö: Kärkölä, karkola) or a code (316).
            SERVICE is a catalog id; 'aluectl services' lists them.
            Examples:
              aluectl route Asikkala tyollistymissuunnitelma
              aluectl route Hollola vos_koulutus --field Logistiikka
              aluectl route Orimattila tyonantajapuhelin --employer-location Lahti
              aluectl route --batch maaliskuu.csv --output vastaukset.csv --format csv-fi
            With --batch every row gets one output row, in order: its own columns, then region, authority,
            delivery, provider, case_owner, cost_principle, bearer, status, cost_status, decision_id and error
            (a row that fails says why there and the batch goes on). Exit 0 when every row was answered, 1
            when some have an error.
            """,
        replacesArguments: "--batch"
    ) { arguments, session in
        if let file = arguments.option("--batch") { return try BatchRouteCommand.run(file: file, arguments: arguments, session: session) }
        for option in ["--output", "--format"] where arguments.option(option) != nil {
            throw UsageError(Messages.appliesTo(option, "--batch"), command: "route")
        }
        var params = ObjectBuilder()
        params.add("municipality", arguments.positionals[0])
        params.add("service", arguments.positionals[1])
        params.add("date", try arguments.date("--date"))
        params.add("segment", arguments.option("--segment"))
        var client = ObjectBuilder()
        if let age = arguments.option("--age") {
            guard let years = Int(age), years >= 0 else { throw UsageError(Messages.wholeNumber("--age", got: age), command: "route") }
            client.add("age", .number(String(years)))
        }
        for (flag, key) in [("--foreign-language", "foreignLanguage"), ("--integration-client", "integrationClient"),
                            ("--partial-work-ability", "partialWorkAbility"), ("--long-term-unemployed", "longTermUnemployed")]
        where arguments.has(flag) {
            client.add(key, .bool(true))
        }
        params.add("client", client.valueIfNotEmpty)
        var employer = ObjectBuilder()
        employer.add("locationMunicipality", arguments.option("--employer-location"))
        params.add("employer", employer.valueIfNotEmpty)
        var training = ObjectBuilder()
        training.add("provider", arguments.option("--provider"))
        training.add("field", arguments.option("--field"))
        params.add("training", training.valueIfNotEmpty)
        return try session.show("route", params.value) { DecisionRenderer.routing($0, session.language, width: session.width) }
    }
}

/// Builds a JSON object from optional members, skipping the absent ones.
struct ObjectBuilder {
    private(set) var members: [(key: String, value: JSONValue)] = []

    mutating func add(_ key: String, _ value: JSONValue?) {
        if let value { members.append((key, value)) }
    }

    mutating func add(_ key: String, _ text: String?) {
        add(key, text.map(JSONValue.string))
    }

    var value: JSONValue { .object(members) }
    var valueIfNotEmpty: JSONValue? { members.isEmpty ? nil : value }
}
