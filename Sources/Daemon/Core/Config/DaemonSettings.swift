// Config/DaemonSettings.swift — the effective settings: flags over config file over environment
// over built-in defaults, resolved once per (re)load into absolute paths.

import Foundation

/// One plugin library to load.
public struct PluginSource: Equatable, Sendable {
    /// The name the config used (`Oulu`) or the file name found in a plugin directory.
    public var name: String
    public var path: String
    /// Its failure stops start-up.
    public var required: Bool
    /// Its failure does not stop a reload (every other plugin's does).
    public var optional: Bool

    public init(name: String, path: String, required: Bool = false, optional: Bool = false) {
        self.name = name
        self.path = path
        self.required = required
        self.optional = optional
    }
}

/// Everything alued needs to know to start, after precedence has been applied.
public struct DaemonSettings: Equatable, Sendable {
    public var configPath: String
    public var socketPath: String
    public var plugins: [PluginSource]
    public var dataDir: String
    public var stateDir: String
    public var logLevel: LogLevel
    public var limits: Limits
    /// Roles with group names resolved to gids (at every load, so a reload sees new groups).
    public var roles: RoleMap
    public var decisionLog: DecisionLogSettings
    /// Problems that do not stop alued but an admin should see (logged, shown by `--check`).
    public var warnings: [String]

    public static let defaultSocketPath = "/run/alue/alued.sock"
    public static let defaultStateDir = "/var/lib/alue"
    public static let systemConfigPath = "/etc/alue/alued.json"

    /// Applies the precedence of docs/architecture.md §2 and reads the config file.
    public static func resolve(options: DaemonOptions,
                               environment: [String: String] = ProcessInfo.processInfo.environment,
                               currentDirectory: String = FileManager.default.currentDirectoryPath,
                               executableDirectory: String = DaemonSettings.executableDirectory) throws -> DaemonSettings {
        let configPath = options.configPath.map { absolute($0, relativeTo: currentDirectory) }
            ?? [absolute("config/alued.json", relativeTo: currentDirectory), systemConfigPath]
                .first { FileManager.default.fileExists(atPath: $0) }
        guard let configPath else {
            throw ConfigError("no config file: neither config/alued.json (in \(currentDirectory)) nor \(systemConfigPath) exists; pass --config PATH")
        }
        let config = try DaemonConfig.load(path: configPath)
        let configDirectory = (configPath as NSString).deletingLastPathComponent
        let (roles, roleWarnings) = config.roles.resolvingGroupNames()

        let plugins: [PluginSource]
        if let pluginDir = options.pluginDir {
            plugins = try scanPluginDirectory(absolute(pluginDir, relativeTo: currentDirectory))
        } else {
            let directory = config.pluginDir.map { absolute($0, relativeTo: configDirectory) } ?? executableDirectory
            plugins = config.plugins.map { entry in
                let isPath = entry.name.contains("/") || entry.name.hasSuffix(".so")
                let path = isPath ? absolute(entry.name, relativeTo: configDirectory)
                                  : "\(directory)/lib\(entry.name).so"
                return PluginSource(name: entry.name, path: path, required: entry.required, optional: entry.optional)
            }
        }

        return DaemonSettings(
            configPath: configPath,
            socketPath: options.socketPath.map { absolute($0, relativeTo: currentDirectory) }
                ?? config.socket.map { absolute($0, relativeTo: configDirectory) }
                ?? environment["ALUE_SOCKET"].flatMap { $0.isEmpty ? nil : $0 }
                ?? defaultSocketPath,
            plugins: plugins,
            dataDir: absolute(config.dataDir, relativeTo: configDirectory),
            stateDir: options.stateDir.map { absolute($0, relativeTo: currentDirectory) }
                ?? config.stateDir.map { absolute($0, relativeTo: configDirectory) }
                // systemd's StateDirectory= exports the path it created.
                ?? environment["STATE_DIRECTORY"].flatMap { $0.split(separator: ":").first.map(String.init) }
                ?? defaultStateDir,
            logLevel: options.logLevel ?? config.logLevel,
            limits: config.limits,
            roles: roles,
            decisionLog: options.noDecisionLog ? config.decisionLog.switchedOff : config.decisionLog,
            warnings: roleWarnings)
    }

    /// Every `lib*.so` in `directory`, sorted, except the shared `libPluginAPI.so`. Each is optional:
    /// the directory is the list, and a stray file in it must not block a reload.
    public static func scanPluginDirectory(_ directory: String) throws -> [PluginSource] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ConfigError("cannot read plugin directory \(directory)")
        }
        return names
            .filter { $0.hasPrefix("lib") && $0.hasSuffix(".so") && $0 != "libPluginAPI.so" }
            .sorted()
            .map { PluginSource(name: $0, path: "\(directory)/\($0)", optional: true) }
    }

    /// The directory of the running executable: the default plugin directory, so that the plugins
    /// built beside alued load out of the box in debug and release.
    public static var executableDirectory: String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().path
    }

    static func absolute(_ path: String, relativeTo base: String) -> String {
        let joined = path.hasPrefix("/") ? path : "\(base)/\(path)"
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }
}
