// Commands/ReloadCommand.swift — `aluectl reload`: re-read config, data and plugins (admin).

import AlueWire

enum ReloadCommand {
    static let spec = CommandSpec(
        "reload",
        abstract: "Re-read config, data and plugins; the old generation stays if anything is invalid (admin role)."
    ) { _, session in
        try session.show("system.reload") { result in
            let messages = result["messages"]?.arrayValue?.compactMap(\.stringValue) ?? []
            return (["reloaded: generation \(DecisionRenderer.text(result["generation"])) is serving"]
                    + messages.map { "  \($0)" }).joined(separator: "\n")
        }
    }
}
