// Commands/BenefitShareCommand.swift — `aluectl benefit-share`: the municipal share of an
// unemployment benefit for a cumulative payment day.

import AlueWire

enum BenefitShareCommand {
    static let spec = CommandSpec(
        "benefit-share",
        abstract: "The municipality's share of an unemployment benefit on cumulative payment day DAYS (from 1.1.2025).",
        arguments: ["BENEFIT", "DAYS"],
        options: [OptionSpec("--amount", "EUR", "the benefit paid, to compute the municipal amount")],
        discussion: "BENEFIT: tyomarkkinatuki, peruspaivaraha or ansiopaivaraha.\nExample: aluectl benefit-share tyomarkkinatuki 450 --amount 37.21"
    ) { arguments, session in
        guard let days = Int(arguments.positionals[1]) else {
            throw UsageError("DAYS must be a whole number, not '\(arguments.positionals[1])'", command: "benefit-share")
        }
        var params = ObjectBuilder()
        params.add("benefit", arguments.positionals[0])
        params.add("days", .number(String(days)))
        params.add("amount", try arguments.amount("--amount"))
        return try session.show("costs.benefitShare", params.value) { share in
            let text = DecisionRenderer.text
            var block = KeyValueBlock()
            block.add("Etuus", text(share["benefit"]))
            block.add("Maksupäivä", "\(text(share["day"])) (jakso \(text(share["band"])))")
            block.add("Kunnan osuus", FinnishFormat.percent(text(share["municipalShare"])))
            block.add("Peruste", text(share["base"]))
            block.add("Etuus euroa", share["amount"]?.stringValue.map(FinnishFormat.number))
            block.add("Kunta maksaa", share["municipalAmount"]?.stringValue.map(FinnishFormat.number))
            var lines = [block.render(), "", "Huomiot:"]
            lines += share["notes"]?.arrayValue?.compactMap(\.stringValue).map { "  - \($0)" } ?? []
            lines.append(DecisionRenderer.citations(share["basis"]))
            return lines.joined(separator: "\n")
        }
    }
}
