// Commands/LogLevelCommand.swift — `aluectl log-level LEVEL`: change alued's log level now (admin).

enum LogLevelCommand {
    static let spec = CommandSpec(
        "log-level",
        abstract: "Change alued's log level at run time: emerg, alert, crit, err, warning, notice, info, debug (admin).",
        arguments: ["LEVEL"]
    ) { arguments, session in
        var params = ObjectBuilder()
        params.add("level", arguments.positionals[0])
        return try session.show("system.setLogLevel", params.value) { result in
            Labels.Daemon.logLevel(DecisionRenderer.text(result["previous"]), DecisionRenderer.text(result["level"]))[session.language]
        }
    }
}
