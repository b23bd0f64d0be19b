// Commands/AllocateCommand.swift — `aluectl allocate`: split an amount between a region's members.

import AlueWire

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
        guard let year = arguments.option("--year") else { throw UsageError("allocate needs --year", command: "allocate") }
        guard let yearNumber = Int(year) else { throw UsageError("--year must be a year like 2025, not '\(year)'", command: "allocate") }
        var params = ObjectBuilder()
        params.add("region", arguments.positionals[0])
        params.add("amount", try arguments.checked(arguments.positionals[1], "AMOUNT", FinnishInput.amount))
        params.add("year", .number(String(yearNumber)))
        params.add("pool", arguments.option("--pool"))
        return try session.show("costs.allocate", params.value, render: render)
    }

    static func render(_ allocation: JSONValue) -> String {
        let text = DecisionRenderer.text
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
        var table = TextTable(["Kunta", "Osuus", "Euroa"] + titles + (costs ? ["Laskennallinen TE-kustannus"] : []),
                              rightAligned: Set(1..<(3 + names.count + (costs ? 1 : 0))))
        for share in allocation["shares"]?.arrayValue ?? [] {
            table.add([DecisionRenderer.municipality(share["municipality"]), FinnishFormat.percent(text(share["fraction"]), decimals: 2, fixed: true),
                       FinnishFormat.number(text(share["amount"]))]
                      + names.map { FinnishFormat.number(text(share["inputs"]?[$0]?["value"])) }
                      + (costs ? [FinnishFormat.number(text(share["calculatedCost"]?["amount"]))] : []))
        }
        table.add(["Yhteensä", FinnishFormat.percent("1", decimals: 2, fixed: true), FinnishFormat.number(text(allocation["amount"]))]
                  + names.map { _ in "" } + (costs ? [""] : []))
        var block = KeyValueBlock()
        block.add("Alue", "\(text(allocation["region"])), vuosi \(text(allocation["year"])), pooli \(text(allocation["pool"]))")
        block.add("Jakoavain", factors.map { "\(text($0["name"])) \(FinnishFormat.percent(text($0["weight"])))" }.joined(separator: ", "))
        block.add("Painojen lähde", Array(Set(factors.map { text($0["source"]) })).sorted().joined(separator: "\n"))
        block.add("Varmuus", FinnishTerms.term(FinnishTerms.status, allocation["status"]?.stringValue))
        block.add("Tilastojen päivät", (allocation["dataDates"]?.objectValue ?? []).map { "\($0.key) \(text($0.value))" }.sorted().joined(separator: ", "))
        block.add("Tietovuosi", "\(text(allocation["dataYear"]?["year"])) (\(text(allocation["dataYear"]?["rule"])))")
        block.add("Korvaukset", (allocation["substitutions"]?.arrayValue ?? []).map {
            "\(text($0["statistic"])) → \(text($0["by"])): \(text($0["reason"]))"
        }.joined(separator: "\n"))
        var lines = [block.render(), "", table.render()]
        let notes = allocation["notes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if !notes.isEmpty { lines += ["", "Huomiot:"] + notes.map { "  - \($0)" } }
        var sources = Set<String>()
        for share in allocation["shares"]?.arrayValue ?? [] {
            for (_, input) in share["inputs"]?.objectValue ?? [] {
                sources.insert("\(text(input["statistic"])) \(text(input["referenceDate"])): \(text(input["source"]))")
            }
        }
        lines += ["", "Tilastolähteet:"] + sources.sorted().map { "  - \($0)" }
        lines.append(DecisionRenderer.citations(allocation["basis"]))
        return lines.joined(separator: "\n")
    }
}
