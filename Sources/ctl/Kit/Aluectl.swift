// Aluectl.swift — aluectl's top level: global options, command dispatch, and turning every
// outcome into its pinned exit code and a message in the run's language.

import AlueWire
import Foundation
import PluginAPI

public enum Aluectl {
    /// How aluectl is called, after "Usage: " (the global options of `GlobalOptions.table` that take part in a command).
    public static let synopsis = "aluectl [--socket PATH] [--json] [--timeout SECONDS] [--lang fi|en] COMMAND [ARGS]"

    /// Runs aluectl with `arguments` (without the program name); returns the exit status.
    public static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                           output: Output) -> ExitStatus {
        let options = GlobalOptions(arguments, environment: environment)
        let language = options.language
        func say(_ text: LocalizedText) { output.printError(text[language]) }
        func sayError(_ message: String) { output.printError("\(Messages.error[language]): \(message)") }
        do {
            if let problem = options.problem { throw problem }
            guard let name = options.rest.first else { throw UsageError(Messages.noCommand) }
            guard let command = CommandTable.command(name) else {
                throw UsageError(Messages.unknownCommand(name, nearest: CommandTable.nearest(name)))
            }
            let parsed = try command.parse(Array(options.rest.dropFirst()))
            let session = Session(socketPath: options.socketPath, json: options.json, timeout: options.timeout,
                                  language: language, output: output)
            return try command.run(parsed, session)
        } catch let error as UsageError {
            sayError(error.message[language])
            let usage = error.command.flatMap(CommandTable.command)?.usage ?? synopsis
            output.printError("\(Messages.usage[language]): \(usage)")
            say(Messages.seeHelp(error.command))
            return .usage
        } catch let error as InvalidInputError {
            for problem in error.problems { sayError(problem[language]) }
            return .usage
        } catch let error as DaemonReportedError {
            if options.json {
                output.print(error.error.jsonText)
            } else {
                output.printError(DecisionRenderer.refusal(error, language, width: TextWrap.width))
            }
            return .daemonError
        } catch let error as UnreachableError {
            sayError(error.message[language])
            return .unreachable
        } catch {
            sayError("\(error)")
            return .daemonError
        }
    }
}
