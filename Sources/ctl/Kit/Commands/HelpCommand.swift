// Commands/HelpCommand.swift — `aluectl help [COMMAND]`, generated from the command table.

import PluginAPI

enum HelpCommand {
    static let spec = CommandSpec(
        "help",
        abstract: "List the commands, or explain one: aluectl help route.",
        arguments: ["[COMMAND]"]
    ) { arguments, session in
        guard let name = arguments.positionals.first else {
            session.output.print(overview())
            return .success
        }
        guard let command = CommandTable.command(name) else {
            throw UsageError(Messages.unknownCommand(name, nearest: CommandTable.nearest(name)))
        }
        session.output.print(detail(command))
        return .success
    }

    static func overview() -> String {
        let width = (CommandTable.all.map(\.name.count).max() ?? 0) + 2
        var lines = [
            "aluectl — ask alued how employment areas route, procure and pay for employment services.",
            "",
            "Usage: " + Aluectl.synopsis,
            "",
            "Global options:",
        ]
        lines += GlobalOptions.table.map { "  " + ($0.name + ($0.valueName.map { " \($0)" } ?? "")).padding(to: 20) + $0.summary }
        lines += ["", "Commands:"]
        lines += CommandTable.all.map { "  " + $0.name.padding(to: width) + $0.abstract }
        lines += ["", "Exit codes: 0 ok, 1 the daemon answered an error, 2 usage error, 3 daemon not reachable.",
                  "See 'aluectl help COMMAND' for a command's options."]
        return lines.joined(separator: "\n")
    }

    static func detail(_ command: CommandSpec) -> String {
        var lines = ["Usage: \(command.usage)", "", command.abstract]
        if !command.options.isEmpty {
            let width = (command.options.map { $0.name.count + ($0.valueName.map { $0.count + 1 } ?? 0) }.max() ?? 0) + 2
            lines += ["", "Options:"]
            lines += command.options.map {
                "  " + ($0.name + ($0.valueName.map { " \($0)" } ?? "")).padding(to: width) + $0.summary
            }
        }
        if let discussion = command.discussion { lines += ["", discussion] }
        return lines.joined(separator: "\n")
    }
}
