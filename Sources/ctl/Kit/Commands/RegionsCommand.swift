// Commands/RegionsCommand.swift — `aluectl regions` and `aluectl region ID`.

import AlueWire
import PluginAPI

enum RegionsCommand {
    static let listSpec = CommandSpec("regions", abstract: "The loaded employment areas, their responsible municipality and members.") { _, session in
        try session.show("regions.list") { regions in
            let text = DecisionRenderer.text
            let language = session.language
            var table = TextTable([Labels.Common.id[language], Labels.Common.employmentArea[language],
                                   Labels.Common.responsibleMunicipality[language], Labels.Region.memberCount[language],
                                   Labels.Common.plugin[language]])
            for region in regions.arrayValue ?? [] {
                table.add([text(region["id"]), text(region["name"]),
                           DecisionRenderer.municipality(region["responsibleMunicipality"]),
                           String(region["members"]?.arrayValue?.count ?? 0), plugin(region["plugin"])])
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
        return try session.show("regions.get", params.value) { render($0, session.language, width: session.width) }
    }

    /// The region for a terminal `width` columns wide: its facts one block each, long values and
    /// citations wrapped.
    static func render(_ region: JSONValue, _ language: Language, width: Int) -> String {
        let text = DecisionRenderer.text
        var block = KeyValueBlock()
        block.add(Labels.Common.employmentArea[language], "\(text(region["name"])) (\(text(region["id"])))")
        block.add(Labels.Common.responsibleMunicipality[language], DecisionRenderer.municipality(region["responsibleMunicipality"]))
        block.add(Labels.Region.members[language], region["members"]?.arrayValue?.map(DecisionRenderer.municipality).joined(separator: ", "))
        block.add(Labels.Region.inForce[language], Labels.Common.since(text(region["effectiveFrom"]))[language]
                  + (region["effectiveUntil"]?.stringValue.map { " " + Labels.Common.until($0)[language] } ?? ""))
        block.add(Labels.Common.plugin[language], plugin(region["plugin"]))
        var lines = [block.render(width: width)]
        let facts = region["facts"]?.arrayValue ?? []
        if !facts.isEmpty { lines += ["", Labels.Region.facts[language]] }
        for (index, fact) in facts.enumerated() {
            let heading = "[\(index + 1)] \(text(fact["name"]))" + (fact["description"]?.stringValue.map { " — \($0)" } ?? "")
            var details = KeyValueBlock()
            details.add(Labels.Region.value[language], fact["value"].map { factValue($0, language) })
            details.add(Labels.Region.asOf[language], fact["asOf"]?.stringValue)
            details.add(Labels.Common.status[language], Terms.term(Terms.status, fact["status"]?.stringValue, language))
            details.add(Labels.Common.source[language], fact["basis"]?.arrayValue?.map { DecisionRenderer.place($0, language) }.joined(separator: "\n"))
            let indented = details.render(width: width - 4).split(separator: "\n").map { "    " + $0 }
            lines += [""] + TextWrap.lines(heading, width: width).enumerated().map { $0.offset == 0 ? $0.element : "    " + $0.element }
            lines += indented
        }
        lines += DecisionRenderer.citations(region["basis"], language, width: width)
        return lines.joined(separator: "\n")
    }

    /// `1.0.0 (API 2)`.
    private static func plugin(_ value: JSONValue?) -> String {
        "\(DecisionRenderer.text(value?["version"])) (API \(DecisionRenderer.text(value?["apiVersion"])))"
    }

    /// A fact's value: a table one `key: value` per line, a list one item per line, numbers grouped.
    private static func factValue(_ value: JSONValue, _ language: Language) -> String {
        switch value {
        case .object(let members): return members.map { "\($0.key): \(scalar($0.value, language))" }.joined(separator: "\n")
        case .array(let items): return items.map { "- \(scalar($0, language))" }.joined(separator: "\n")
        default: return scalar(value, language)
        }
    }

    /// A value inside a table or list, on one line that can still wrap between its parts.
    private static func scalar(_ value: JSONValue, _ language: Language) -> String {
        switch value {
        case .number(let literal): return HumanFormat.number(literal, language)
        case .bool(let flag): return (flag ? Labels.Common.yes : Labels.Common.no)[language]
        case .object(let members): return members.map { "\($0.key) \(scalar($0.value, language))" }.joined(separator: ", ")
        case .array(let items): return items.map { scalar($0, language) }.joined(separator: ", ")
        default: return DecisionRenderer.text(value)
        }
    }
}
