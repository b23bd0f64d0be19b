// ExitStatus.swift — aluectl's pinned exit codes (docs/architecture.md §2), in one place, and the
// errors that lead to them (their messages in both languages, printed in the run's).

import PluginAPI

public enum ExitStatus: Int32, Sendable {
    /// The command succeeded.
    case success = 0
    /// The daemon answered with an error.
    case daemonError = 1
    /// The command line was wrong.
    case usage = 2
    /// The daemon is not reachable: no socket, connection refused, or no answer in time.
    case unreachable = 3
}

/// A command-line mistake: printed as `Error: …`, the usage line and a pointer to help; exit 2.
public struct UsageError: Error, Sendable {
    public let message: LocalizedText
    /// The command whose usage to show, if known.
    public var command: String?

    public init(_ message: LocalizedText, command: String? = nil) {
        self.message = message
        self.command = command
    }
}

/// Input aluectl checked itself and found wrong, e.g. rows of an import file: each problem is
/// printed (no usage block: the command line was right, the data was not); exit 2.
public struct InvalidInputError: Error, Sendable {
    public let problems: [LocalizedText]
    public init(_ problems: [LocalizedText]) { self.problems = problems }
}

/// The daemon could not be reached; exit 3.
public struct UnreachableError: Error, Sendable {
    public let message: LocalizedText
    public init(_ message: LocalizedText) { self.message = message }
}
