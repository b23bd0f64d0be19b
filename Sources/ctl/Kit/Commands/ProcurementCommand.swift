// Commands/ProcurementCommand.swift — `aluectl procurement`: how a region procures a service.

enum ProcurementCommand {
    static let spec = CommandSpec.datedQuery(
        "procurement",
        abstract: "How REGION procures SERVICE: model, procuring authority, partners, categories.",
        arguments: [("REGION", "region"), ("SERVICE", "service")],
        method: "procurement.get",
        discussion: "Example: aluectl procurement oulu tyonhakuvalmennus",
        render: DecisionRenderer.procurement)
}
