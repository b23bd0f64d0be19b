// Commands/CostCommand.swift — `aluectl cost`: who pays for a service used by a municipality's resident.

enum CostCommand {
    static let spec = CommandSpec(
        "cost",
        abstract: "Who pays for SERVICE used by a resident of MUNICIPALITY, by which principle and billing.",
        arguments: ["MUNICIPALITY", "SERVICE"],
        options: [OptionSpec("--date", "YYYY-MM-DD", "evaluate the rules for this day (default: today)")],
        discussion: "Example: aluectl cost Heinola palkkatuki"
    ) { arguments, session in
        var params = ObjectBuilder()
        params.add("municipality", arguments.positionals[0])
        params.add("service", arguments.positionals[1])
        params.add("date", arguments.option("--date"))
        return try session.show("costs.responsibility", params.value, render: DecisionRenderer.cost(decision:))
    }
}
