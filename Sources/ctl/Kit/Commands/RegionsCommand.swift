// Commands/RegionsCommand.swift — `aluectl regions` and `aluectl region ID`.

import AlueWire

enum RegionsCommand {
    static let listSpec = CommandSpec("regions", abstract: "The loaded employment areas, their responsible municipality and members.") { _, session in
        try session.show("regions.list") { regions in
            let text = DecisionRenderer.text
            var table = TextTable(["Tunnus", "Työllisyysalue", "Vastuukunta", "Kuntia", "Laajennus"])
            for region in regions.arrayValue ?? [] {
                table.add([text(region["id"]), text(region["name"]),
                           DecisionRenderer.municipality(region["responsibleMunicipality"]),
                           String(region["members"]?.arrayValue?.count ?? 0),
                           "\(text(region["plugin"]?["version"])) (API \(text(region["plugin"]?["apiVersion"])))"])
            }
            return table.render()
        }
    }

    static let getSpec = CommandSpec(
        "region",
        abstract: "One region: members, the basis of its membership, dates and the plan's facts.",
        arguments: ["ID"],
        options: [OptionSpec.date]
    ) { arguments, session in
        var params = ObjectBuilder()
        params.add("region", arguments.positionals[0])
        params.add("date", try arguments.date("--date"))
        return try session.show("regions.get", params.value) { region in render(region, width: TextWrap.width) }
    }

    /// The region for a terminal `width` columns wide: its facts one block each, long values and
    /// citations wrapped.
    static func render(_ region: JSONValue, width: Int) -> String {
        let text = DecisionRenderer.text
        var block = KeyValueBlock()
        block.add("Työllisyysalue", "\(text(region["name"])) (\(text(region["id"])))")
        block.add("Vastuukunta", DecisionRenderer.municipality(region["responsibleMunicipality"]))
        block.add("Jäsenkunnat", region["members"]?.arrayValue?.map(DecisionRenderer.municipality).joined(separator: ", "))
        block.add("Voimassa", "\(text(region["effectiveFrom"])) alkaen" + (region["effectiveUntil"]?.stringValue.map { " \($0) asti" } ?? ""))
        block.add("Laajennus", "\(text(region["plugin"]?["version"])) (API \(text(region["plugin"]?["apiVersion"])))")
        var lines = [block.render(width: width)]
        let facts = region["facts"]?.arrayValue ?? []
        if !facts.isEmpty { lines += ["", Labels.Region.facts] }
        for (index, fact) in facts.enumerated() {
            let heading = "[\(index + 1)] \(text(fact["name"]))" + (fact["description"]?.stringValue.map { " — \($0)" } ?? "")
            var details = KeyValueBlock()
            details.add(Labels.Region.value, fact["value"].map(factValue))
            details.add(Labels.Region.asOf, fact["asOf"]?.stringValue)
            details.add(Labels.Region.status, FinnishTerms.term(FinnishTerms.status, fact["status"]?.stringValue))
            details.add(Labels.Region.source, fact["basis"]?.arrayValue?.map(DecisionRenderer.place).joined(separator: "\n"))
            let indented = details.render(width: width - 4).split(separator: "\n").map { "    " + $0 }
            lines += [""] + TextWrap.lines(heading, width: width).enumerated().map { $0.offset == 0 ? $0.element : "    " + $0.element }
            lines += indented
        }
        lines.append(TextWrap.wrap(DecisionRenderer.citations(region["basis"]), width: width, hanging: 7))
        return lines.joined(separator: "\n")
    }

    /// A fact's value: a table one `key: value` per line, a list one item per line, numbers grouped.
    private static func factValue(_ value: JSONValue) -> String {
        switch value {
        case .object(let members): return members.map { "\($0.key): \(scalar($0.value))" }.joined(separator: "\n")
        case .array(let items): return items.map { "- \(scalar($0))" }.joined(separator: "\n")
        default: return scalar(value)
        }
    }

    /// A value inside a table or list, on one line that can still wrap between its parts.
    private static func scalar(_ value: JSONValue) -> String {
        switch value {
        case .number(let literal): return FinnishFormat.number(literal)
        case .object(let members): return members.map { "\($0.key) \(scalar($0.value))" }.joined(separator: ", ")
        case .array(let items): return items.map(scalar).joined(separator: ", ")
        default: return DecisionRenderer.text(value)
        }
    }
}
