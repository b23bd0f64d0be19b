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
        return try session.show("regions.get", params.value) { region in
            let text = DecisionRenderer.text
            var block = KeyValueBlock()
            block.add("Työllisyysalue", "\(text(region["name"])) (\(text(region["id"])))")
            block.add("Vastuukunta", DecisionRenderer.municipality(region["responsibleMunicipality"]))
            block.add("Jäsenkunnat", region["members"]?.arrayValue?.map(DecisionRenderer.municipality).joined(separator: ", "))
            block.add("Voimassa", "\(text(region["effectiveFrom"])) alkaen" + (region["effectiveUntil"]?.stringValue.map { " \($0) asti" } ?? ""))
            block.add("Laajennus", "\(text(region["plugin"]?["version"])) (API \(text(region["plugin"]?["apiVersion"])))")
            var lines = [block.render()]
            let facts = region["facts"]?.arrayValue ?? []
            if !facts.isEmpty {
                var table = TextTable(["Tieto", "Arvo", "Ajankohta", "Varmuus"])
                for fact in facts {
                    table.add([text(fact["description"]), fact["value"].map(factValue) ?? "", text(fact["asOf"]),
                               text(fact["status"])])
                }
                lines += ["", table.render()]
            }
            lines.append(DecisionRenderer.citations(region["basis"]))
            return lines.joined(separator: "\n")
        }
    }

    private static func factValue(_ value: JSONValue) -> String {
        switch value {
        case .object, .array: return value.jsonText
        default: return DecisionRenderer.text(value)
        }
    }
}
