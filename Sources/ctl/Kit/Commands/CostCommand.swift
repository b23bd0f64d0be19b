// Commands/CostCommand.swift — `aluectl cost`: who pays for a service used by a municipality's resident.

enum CostCommand {
    static let spec = CommandSpec.datedQuery(
        "cost",
        abstract: "Who pays for SERVICE used by a resident of MUNICIPALITY, by which principle and billing.",
        arguments: [("MUNICIPALITY", "municipality"), ("SERVICE", "service")],
        method: "costs.responsibility",
        discussion: "Example: aluectl cost Heinola palkkatuki",
        render: DecisionRenderer.cost)
}
