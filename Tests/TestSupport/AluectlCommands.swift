// AluectlCommands.swift — aluectl's command table as the built aluectl's own `help` prints it (the
// table itself is internal to CtlKit): the global options, the commands and each one's options.
// The tests of the generated shell completions and of the man page check every one of them.

public struct AluectlCommand: Sendable, CustomStringConvertible {
    public var name: String
    public var options: [String]
    public var description: String { name }
}

public enum AluectlCommands {
    /// Every command of `aluectl help`, with the options of `aluectl help NAME`.
    public static func all() throws -> [AluectlCommand] {
        try section("Commands:", of: help()).map { name in
            AluectlCommand(name: name, options: try section("Options:", of: help(name)))
        }
    }

    /// The options of `aluectl help`'s "Global options:".
    public static func globalOptions() throws -> [String] {
        try section("Global options:", of: help())
    }

    static func help(_ arguments: String...) throws -> String {
        let result = try CommandRunner.aluectl(["help"] + arguments, socket: nil)
        guard result.status == 0 else { throw DaemonError("aluectl help \(arguments) failed: \(result.stderr)") }
        return result.stdout
    }

    /// The first word of each indented line under `title`, up to the next blank line.
    static func section(_ title: String, of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .drop { $0 != title }.dropFirst()
            .prefix { !$0.isEmpty }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }
}
