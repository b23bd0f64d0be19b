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
            throw UsageError(Messages.wholeNumber("DAYS", got: arguments.positionals[1]), command: "benefit-share")
        }
        var params = ObjectBuilder()
        params.add("benefit", arguments.positionals[0])
        params.add("days", .number(String(days)))
        params.add("amount", try arguments.amount("--amount"))
        return try session.show("costs.benefitShare", params.value) { share in
            let text = DecisionRenderer.text
            let (language, labels, width) = (session.language, Labels.BenefitShare.self, session.width)
            var block = KeyValueBlock()
            block.add(labels.benefit[language], text(share["benefit"]))
            block.add(labels.paymentDay[language], labels.band(text(share["day"]), text(share["band"]))[language])
            block.add(labels.municipalShare[language], HumanFormat.percent(text(share["municipalShare"]), language))
            block.add(labels.base[language], text(share["base"]))
            block.add(labels.benefitAmount[language], share["amount"]?.stringValue.map { HumanFormat.number($0, language) })
            block.add(labels.municipalAmount[language], share["municipalAmount"]?.stringValue.map { HumanFormat.number($0, language) })
            return ([block.render(width: width)] + DecisionRenderer.notes(share["notes"], language, width: width)
                    + DecisionRenderer.citations(share["basis"], language, width: width)).joined(separator: "\n")
        }
    }
}
