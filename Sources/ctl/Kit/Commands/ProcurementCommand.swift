// Commands/ProcurementCommand.swift — `aluectl procurement`: how a region procures a service.

enum ProcurementCommand {
    static let spec = CommandSpec(
        "procurement",
        abstract: "How REGION procures SERVICE: model, procuring authority, partners, categories.",
        arguments: ["REGION", "SERVICE"],
        options: [OptionSpec("--date", "YYYY-MM-DD", "evaluate the rules for this day (default: today)")],
        discussion: "Example: aluectl procurement oulu tyonhakuvalmennus"
    ) { arguments, session in
        var params = ObjectBuilder()
        params.add("region", arguments.positionals[0])
        params.add("service", arguments.positionals[1])
        params.add("date", arguments.option("--date"))
        return try session.show("procurement.get", params.value, render: DecisionRenderer.procurement)
    }
}
