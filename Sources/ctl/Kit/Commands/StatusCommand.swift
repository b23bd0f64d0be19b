// Commands/StatusCommand.swift — `aluectl status`: is alued up, what does it serve.

import AlueWire

enum StatusCommand {
    static let spec = CommandSpec(
        "status",
        abstract: "Daemon version, pid, uptime, generation and the state of every plugin (exit 3 if not running)."
    ) { _, session in
        try session.show("system.status") { status in
            var block = KeyValueBlock()
            let text = DecisionRenderer.text
            block.add("alued", "\(text(status["version"])) (protokolla \(text(status["protocolVersion"])))")
            block.add("Tila", status["ready"] == .bool(true) ? "valmis (ready)" : "käynnistyy")
            block.add("PID", text(status["pid"]))
            block.add("Käynnissä", "\(text(status["uptimeSeconds"])) s")
            block.add("Sukupolvi", text(status["generation"]))
            block.add("Soketti", text(status["socket"]))
            block.add("Yhteyksiä", text(status["connections"]))
            var table = TextTable(["Laajennus", "Tila", "Versio", "Kirjasto / virhe"])
            for plugin in status["plugins"]?.arrayValue ?? [] {
                table.add([text(plugin["id"]), FinnishTerms.term(FinnishTerms.pluginState, plugin["state"]?.stringValue) ?? "",
                           text(plugin["version"]), plugin["error"]?.stringValue ?? text(plugin["library"])])
            }
            return block.render() + "\n\n" + table.render()
        }
    }
}
