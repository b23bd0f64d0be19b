// Commands/ResolveCommand.swift — `aluectl resolve`: a municipality, its region and authority.

enum ResolveCommand {
    static let spec = CommandSpec(
        "resolve",
        abstract: "Find a municipality by name (any case, with or without ä/ö) or code; show its region and authority.",
        arguments: ["MUNICIPALITY"],
        discussion: "Examples: aluectl resolve karkola · aluectl resolve 316 · aluectl resolve Uleåborg"
    ) { arguments, session in
        var params = ObjectBuilder()
        params.add("municipality", arguments.positionals[0])
        return try session.show("municipalities.resolve", params.value) { result in
            let text = DecisionRenderer.text
            var block = KeyValueBlock()
            block.add("Kunta", "\(text(result["name"])) \(text(result["code"]))")
            block.add("Ruotsiksi", text(result["nameSv"]))
            block.add("Maakunta", text(result["province"]))
            block.add("Työllisyysalue", result["region"]?.stringValue ?? "— (ei ladattua aluetta)")
            block.add("Työvoimaviranomainen", result["authority"]?.stringValue ?? "ei tiedossa")
            return block.render()
        }
    }
}
