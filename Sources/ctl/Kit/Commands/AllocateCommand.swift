// Commands/AllocateCommand.swift — `aluectl allocate`: split an amount between a region's members.

import AlueWire
import PluginAPI

enum AllocateCommand {
    static let spec = CommandSpec(
        "allocate",
        abstract: "Split AMOUNT euros between REGION's members by its allocation key; shares add up to the cent.",
        arguments: ["REGION", "AMOUNT"],
        options: [
            OptionSpec("--year", "Y", "the year whose key and statistics apply (required)"),
            OptionSpec("--pool", "P", "the region's pool, or a reusable key: state_share, state_share_integration"),
        ],
        discussion: "Example: aluectl allocate paijat-hame 1000000 --year 2025"
    ) { arguments, session in
        guard let year = arguments.option("--year") else { throw UsageError(Messages.needs("allocate", "--year"), command: "allocate") }
        guard let yearNumber = Int(year) else { throw UsageError(Messages.year("--year", got: year), command: "allocate") }
        var params = ObjectBuilder()
        params.add("region", arguments.positionals[0])
        params.add("amount", try arguments.checked(arguments.positionals[1], "AMOUNT", FinnishInput.amount))
        params.add("year", .number(String(yearNumber)))
        params.add("pool", arguments.option("--pool"))
        return try session.show("costs.allocate", params.value) { render($0, session.language, width: session.width) }
    }

    static func render(_ allocation: JSONValue, _ language: Language, width: Int) -> String {
        let text = DecisionRenderer.text
        let labels = Labels.Allocation.self
        let number = { HumanFormat.number($0, language) }
        let factors = allocation["key"]?["factors"]?.arrayValue ?? []
        let names = factors.map { text($0["name"]) }
        // A substitute statistic that stood in for a factor shows in the column title.
        let firstInputs = allocation["shares"]?.arrayValue?.first?["inputs"]
        let titles = names.map { name in
            let used = text(firstInputs?[name]?["statistic"])
            return used.isEmpty || used == name ? name : "\(name) (= \(used))"
        }
        // Shares and money for people (percent, 1 000,50); the exact fractions are in --json. The
        // statutory key also shows each member's calculated TE cost (unit prices × criteria).
        let costs = allocation["shares"]?.arrayValue?.first?["calculatedCost"] != nil
        var table = TextTable([Labels.Common.municipality[language], labels.share[language], Labels.Common.amount[language]] + titles
                              + (costs ? [labels.calculatedCost[language]] : []),
                              rightAligned: Set(1..<(3 + names.count + (costs ? 1 : 0))))
        for share in allocation["shares"]?.arrayValue ?? [] {
            table.add([DecisionRenderer.municipality(share["municipality"]),
                       HumanFormat.percent(text(share["fraction"]), language, decimals: 2, fixed: true), number(text(share["amount"]))]
                      + names.map { number(text(share["inputs"]?[$0]?["value"])) }
                      + (costs ? [number(text(share["calculatedCost"]?["amount"]))] : []))
        }
        table.add([Labels.Common.total[language], HumanFormat.percent("1", language, decimals: 2, fixed: true), number(text(allocation["amount"]))]
                  + names.map { _ in "" } + (costs ? [""] : []))
        var block = KeyValueBlock()
        block.add(Labels.Common.region[language],
                  labels.heading(region: text(allocation["region"]), year: text(allocation["year"]), pool: text(allocation["pool"]))[language])
        block.add(Labels.Common.key[language], DecisionRenderer.keyFactors(allocation["key"], language))
        block.add(Labels.Common.weightsSource[language], DecisionRenderer.weightSources(allocation["key"]))
        block.add(Labels.Common.status[language], Terms.term(Terms.status, allocation["status"]?.stringValue, language))
        block.add(labels.dataDates[language], (allocation["dataDates"]?.objectValue ?? []).map { "\($0.key) \(text($0.value))" }.sorted().joined(separator: ", "))
        block.add(labels.dataYear[language], "\(text(allocation["dataYear"]?["year"])) (\(text(allocation["dataYear"]?["rule"])))")
        block.add(labels.substitutions[language], (allocation["substitutions"]?.arrayValue ?? []).map {
            "\(text($0["statistic"])) → \(text($0["by"])): \(text($0["reason"]))"
        }.joined(separator: "\n"))
        var lines = [block.render(width: width), "", table.render()]
        lines += DecisionRenderer.notes(allocation["notes"], language, width: width)
        var sources = Set<String>()
        for share in allocation["shares"]?.arrayValue ?? [] {
            for (_, input) in share["inputs"]?.objectValue ?? [] {
                sources.insert("\(text(input["statistic"])) \(text(input["referenceDate"])): \(text(input["source"]))")
            }
        }
        lines += ["", labels.statisticsSources[language]] + sources.sorted().map { TextWrap.wrap("  - \($0)", width: width) }
        lines += DecisionRenderer.citations(allocation["basis"], language, width: width)
        return lines.joined(separator: "\n")
    }
}
