// Commands/ReloadCommand.swift — `aluectl reload`: re-read config, data and plugins (admin).

import AlueWire

enum ReloadCommand {
    static let spec = CommandSpec(
        "reload",
        abstract: "Re-read config, data and plugins; the old generation stays if anything is invalid (admin role)."
    ) { _, session in
        try session.show("system.reload") { result in
            let messages = result["messages"]?.arrayValue?.compactMap(\.stringValue) ?? []
            return ([Labels.Daemon.reloaded(DecisionRenderer.text(result["generation"]))[session.language]]
                    + messages.map { "  \($0)" }).joined(separator: "\n")
        }
    }
}
