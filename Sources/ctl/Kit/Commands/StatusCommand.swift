// Commands/StatusCommand.swift — `aluectl status`: is alued up, what does it serve.

import AlueWire

enum StatusCommand {
    static let spec = CommandSpec(
        "status",
        abstract: "Daemon version, pid, uptime, generation and the state of every plugin (exit 3 if not running)."
    ) { _, session in
        try session.show("system.status") { status in
            let text = DecisionRenderer.text
            let (language, labels) = (session.language, Labels.Daemon.self)
            var block = KeyValueBlock()
            block.add("alued", "\(text(status["version"])) (\(labels.protocolVersion(text(status["protocolVersion"]))[language]))")
            block.add(labels.state[language], (status["ready"] == .bool(true) ? labels.ready : labels.starting)[language])
            block.add("PID", text(status["pid"]))
            block.add(Labels.Common.uptime[language], "\(text(status["uptimeSeconds"])) s")
            block.add(Labels.Common.generation[language], text(status["generation"]))
            block.add(labels.socket[language], text(status["socket"]))
            block.add(labels.connectionCount[language], text(status["connections"]))
            var table = TextTable([Labels.Common.plugin[language], labels.state[language], labels.version[language], labels.libraryOrError[language]])
            for plugin in status["plugins"]?.arrayValue ?? [] {
                table.add([text(plugin["id"]), Terms.term(Terms.pluginState, plugin["state"]?.stringValue, language) ?? "",
                           text(plugin["version"]), plugin["error"]?.stringValue ?? text(plugin["library"])])
            }
            return block.render() + "\n\n" + table.render()
        }
    }
}
