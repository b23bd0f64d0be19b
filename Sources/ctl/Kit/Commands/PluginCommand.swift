// Commands/PluginCommand.swift — `aluectl plugin check PATH…`: the conformance kit, run by the alued
// beside aluectl (`alued --check-plugin`), which checks each library in a child process.

import Foundation

enum PluginCommand {
    static let spec = CommandSpec(
        "plugin",
        abstract: "Check plugin libraries with the conformance kit: 'plugin check PATH/libX.so [PATH…]' (exit 0 all pass, 1 otherwise).",
        arguments: ["check", "PATH", "[PATH]", "[PATH]", "[PATH]"],
        options: [
            OptionSpec("--config", "PATH", "the alued config whose data and plugins the candidates are checked against"),
            OptionSpec("--alued", "PATH", "the alued that runs the checks (default: the one beside aluectl, or ../sbin/alued)"),
        ],
        discussion: """
            Checks: loadable; declaration symbol and API version; id well-formed and unique; member codes real and
            unique across the configured plugins; responsible municipality among members; self-check with its data;
            every catalog service answered for every member; every decision cited with a valid status; decisions echo
            the query; route cost agrees with costs.responsibility; out_of_effect before the effective date;
            deterministic answers; no crash on unusual input; allocation shares sum exactly.
            Each library is loaded in a child process: a plugin that traps is reported, not fatal.
            Example: aluectl plugin check .build/release/libOulu.so
            """
    ) { arguments, session in
        guard arguments.positionals[0] == "check" else {
            throw UsageError(Messages.oneOf("plugin", ["check"], got: arguments.positionals[0]), command: "plugin")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments.option("--alued") ?? CompanionDaemon.path)
        process.arguments = (arguments.option("--config").map { ["--config", $0] } ?? [])
            + arguments.positionals.dropFirst().flatMap { ["--check-plugin", $0] } + (session.json ? ["--json"] : [])
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            throw UnreachableError(Messages.cannotRun(process.executableURL?.path ?? "alued", "\(error)"))
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        session.output.print(text.hasSuffix("\n") ? String(text.dropLast()) : text)
        return process.terminationStatus == 0 ? .success : .daemonError
    }
}
