// Config/DaemonOptions.swift — alued's command line (docs/architecture.md §2, pinned flags).

/// The flags alued was started with. Flags override the config file.
public struct DaemonOptions: Equatable, Sendable {
    public var configPath: String?
    public var socketPath: String?
    public var pluginDir: String?
    public var stateDir: String?
    public var logLevel: LogLevel?
    /// Load config and plugins, print what was loaded or what is wrong, exit 0/1; no socket.
    public var check = false
    /// Libraries to run the conformance kit on (`--check-plugin PATH`, repeatable).
    public var checkPlugins: [String] = []
    /// Reports as JSON (with `--check` or `--check-plugin`).
    public var json = false
    /// Internal: run the kit on this library in this process and print its JSON report (the
    /// child side of ChildProcessCheck).
    public var conformanceChild: String?
    /// Internal, with `--conformance-child`: only load, declaration and self-check.
    public var quick = false
    /// Record no decisions, whatever the config says (`--no-decision-log`).
    public var noDecisionLog = false
    /// Internal: build the candidate generation in this process and print its answers for an
    /// impact preview (the child side of `system.reload {dryRun: true}`).
    public var previewChild = false
    public var showHelp = false
    public var showVersion = false

    public init() {}

    public static let usage = """
        Usage: alued [--config PATH] [--socket PATH] [--plugin-dir DIR] [--state-dir DIR]
                     [--log-level LEVEL] [--no-decision-log] [--check] [--version] [--help]

          --config PATH      config file (default: config/alued.json if present, else /etc/alue/alued.json)
          --socket PATH      Unix socket to listen on (default: config 'socket', $ALUE_SOCKET, /run/alue/alued.sock)
          --plugin-dir DIR   load every lib*.so in DIR instead of the config's plugin list
          --state-dir DIR    directory for the ledger (default: config 'stateDir', $STATE_DIRECTORY, /var/lib/alue)
          --log-level LEVEL  emerg, alert, crit, err, warning, notice, info or debug (default: info)
          --no-decision-log  keep no decision log, whatever the config's decisionLog.enabled says
          --check            load config, data and plugins, report, exit 0 (ok) or 1; does not open the socket
          --check-plugin PATH  run the plugin conformance kit on PATH (repeatable), against the configured plugins
          --json             with --check or --check-plugin: the reports as JSON
        """

    /// Parses `arguments` (without the program name).
    public static func parse(_ arguments: [String]) throws(UsageError) -> DaemonOptions {
        var options = DaemonOptions()
        var remaining = arguments[...]
        func value(for flag: String) throws(UsageError) -> String {
            guard let value = remaining.popFirst(), !value.hasPrefix("--") else {
                throw UsageError("\(flag) needs a value")
            }
            return value
        }
        while let argument = remaining.popFirst() {
            // Accept --flag=value as well as --flag value.
            if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                remaining.insert(String(argument[argument.index(after: equals)...]), at: remaining.startIndex)
                remaining.insert(String(argument[..<equals]), at: remaining.startIndex)
                continue
            }
            switch argument {
            case "--config": options.configPath = try value(for: argument)
            case "--socket": options.socketPath = try value(for: argument)
            case "--plugin-dir": options.pluginDir = try value(for: argument)
            case "--state-dir": options.stateDir = try value(for: argument)
            case "--log-level":
                let name = try value(for: argument)
                guard let level = LogLevel(name: name) else {
                    throw UsageError("--log-level: '\(name)' is not one of \(LogLevel.allCases.map(\.description).joined(separator: ", "))")
                }
                options.logLevel = level
            case "--check": options.check = true
            case "--check-plugin": options.checkPlugins.append(try value(for: argument))
            case "--json": options.json = true
            case "--conformance-child": options.conformanceChild = try value(for: argument)
            case "--quick": options.quick = true
            case "--no-decision-log": options.noDecisionLog = true
            case "--preview-child": options.previewChild = true
            case "--help", "-h": options.showHelp = true
            case "--version": options.showVersion = true
            default: throw UsageError("unknown argument '\(argument)'")
            }
        }
        return options
    }
}

/// A command-line mistake; alued prints it with the usage and exits 2.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
