// Commands/ServicesCommand.swift — `aluectl services`: the service catalog.

enum ServicesCommand {
    static let spec = CommandSpec(
        "services",
        abstract: "The service catalog: id, Finnish name, category.",
        options: [OptionSpec("--region", "ID", "check that the region is loaded (every region answers the whole catalog)")]
    ) { arguments, session in
        var params = ObjectBuilder()
        params.add("region", arguments.option("--region"))
        return try session.show("services.list", params.value) { services in
            let text = DecisionRenderer.text
            var table = TextTable(["Tunnus", "Palvelu", "Luokka"])
            for service in services.arrayValue ?? [] {
                table.add([text(service["id"]), text(service["nameFi"]), text(service["category"])])
            }
            return table.render()
        }
    }
}
