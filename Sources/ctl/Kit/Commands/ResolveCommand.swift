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
            let (language, labels) = (session.language, Labels.Resolve.self)
            var block = KeyValueBlock()
            block.add(Labels.Common.municipality[language], DecisionRenderer.municipality(result))
            block.add(labels.swedishName[language], text(result["nameSv"]))
            block.add(labels.province[language], text(result["province"]))
            block.add(Labels.Common.employmentArea[language], result["region"]?.stringValue ?? labels.noRegion[language])
            block.add(Labels.Common.authority[language], result["authority"]?.stringValue ?? labels.unknown[language])
            return block.render()
        }
    }
}
