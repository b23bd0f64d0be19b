// Aluectl.swift — aluectl's top level: global options, command dispatch, and turning every
// outcome into its pinned exit code and message.

import AlueWire
import Foundation

public enum Aluectl {
    public static let globalUsage = "Usage: aluectl [--socket PATH] [--json] [--timeout SECONDS] COMMAND [ARGS]"

    /// The options every command takes (parsed in `run`); help and the shell completions list them.
    public static let globalOptions = [
        OptionSpec("--socket", "PATH", "alued's socket (default: $ALUE_SOCKET, else /run/alue/alued.sock)"),
        OptionSpec("--json", nil, "print the JSON-RPC result (or error) object instead of a table"),
        OptionSpec("--timeout", "SECONDS", "give up waiting for an answer after this long (default 30)"),
        OptionSpec("--help", nil, "the same as 'aluectl help'"),
        OptionSpec("--version", nil, "the same as 'aluectl version'"),
    ]

    /// Runs aluectl with `arguments` (without the program name); returns the exit status.
    public static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                           output: Output) -> ExitStatus {
        var socketPath = environment["ALUE_SOCKET"].flatMap { $0.isEmpty ? nil : $0 } ?? "/run/alue/alued.sock"
        var json = false
        var timeout = 30.0
        var rest: [String] = []
        var words = arguments[...]
        do {
            // Global options may stand anywhere before or after the command.
            while let word = words.popFirst() {
                switch word {
                case "--socket":
                    guard let value = words.popFirst() else { throw UsageError("--socket needs a path") }
                    socketPath = value
                case "--json": json = true
                case "--timeout":
                    guard let value = words.popFirst(), let seconds = Double(value), seconds > 0 else {
                        throw UsageError("--timeout needs a positive number of seconds")
                    }
                    timeout = seconds
                case "--help", "-h": rest.insert("help", at: 0)
                case "--version": rest = ["version"]
                default: rest.append(word)
                }
            }
            guard let name = rest.first else { throw UsageError("no command given") }
            guard let command = CommandTable.command(name) else {
                throw UsageError("unknown command '\(name)'" + CommandTable.suggestion(for: name))
            }
            let parsed = try command.parse(Array(rest.dropFirst()))
            let session = Session(socketPath: socketPath, json: json, timeout: timeout, output: output)
            return try command.run(parsed, session)
        } catch let error as UsageError {
            output.printError("Error: \(error.message)")
            if let name = error.command, let command = CommandTable.command(name) {
                output.printError("Usage: \(command.usage)")
                output.printError("  See 'aluectl help \(name)'.")
            } else {
                output.printError(globalUsage)
                output.printError("  See 'aluectl help'.")
            }
            return .usage
        } catch let error as InvalidInputError {
            for problem in error.problems { output.printError("Error: \(problem)") }
            return .usage
        } catch let error as DaemonReportedError {
            if json {
                output.print(error.error.jsonText)
            } else {
                output.printError("Error: \(error.message)" + (error.kind.map { " [\($0)]" } ?? ""))
                if let hint = error.hint { output.printError("  \(hint)") }
            }
            return .daemonError
        } catch let error as UnreachableError {
            output.printError("Error: \(error.message)")
            return .unreachable
        } catch {
            output.printError("Error: \(error)")
            return .daemonError
        }
    }
}
