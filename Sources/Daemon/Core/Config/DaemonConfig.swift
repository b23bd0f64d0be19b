// Config/DaemonConfig.swift — the config file (alued.json): its keys, their defaults, and strict
// validation with messages that name the offending key.

import AlueWire
import Foundation

/// A plugin the config asks for: `"Oulu"` (→ libOulu.so in the plugin directory), a path, or
/// `{"name": "Oulu", "required": true}` / `{"name": "Lappi", "optional": true}`. A required plugin
/// that fails stops start-up; any plugin but an optional one that fails makes a reload fail.
public struct PluginEntry: Equatable, Sendable {
    public var name: String
    public var required: Bool
    public var optional: Bool

    public init(name: String, required: Bool = false, optional: Bool = false) {
        self.name = name
        self.required = required
        self.optional = optional
    }
}

/// Operational limits; every one is configurable under `limits` in the config file.
public struct Limits: Equatable, Sendable {
    /// Longest request line accepted; longer → `request_too_large`, connection closed.
    public var maxLineBytes = 1_048_576
    /// Concurrent connections served; one more is answered `overloaded` and closed.
    public var maxConnections = 1024
    /// Connections one uid may hold open, so one user cannot fill the table; admin peers are exempt.
    public var maxConnectionsPerUID = 64
    /// Connections only admin peers (root, alued's uid, the admin role) may use, so `aluectl
    /// status` and `reload` always get in; at most half of `maxConnections` is kept.
    public var reservedAdminConnections = 16
    /// A connection with no request for this long is closed.
    public var idleTimeoutSeconds = 300.0
    /// A request line must arrive whole within this long of its first byte; later bytes do not
    /// extend it (a dripping peer is cut off).
    public var requestTimeoutSeconds = 10.0
    /// A client that does not read its answers for this long is disconnected.
    public var writeTimeoutSeconds = 10.0
    /// Most requests accepted in one JSON-RPC batch.
    public var maxBatchRequests = 1000
    /// Most bytes of answers one batch builds: once reached, its remaining requests are answered
    /// `overloaded` without being run, so no connection holds more than this (plus one answer).
    public var maxAnswerBytes = 1_048_576
    /// Bytes the cache of encoded answers of one generation may hold (keys and answers).
    public var answerCacheBytes = 16_777_216
    /// Most pipelined requests of one connection answered before the answers must be written out;
    /// with the write timeout it bounds what a client that sends without reading can pile up.
    public var maxInFlightPerConnection = 64
    /// How long SIGTERM waits for in-flight requests before exiting anyway.
    public var shutdownGraceSeconds = 5.0

    public init() {}

    /// The connections admins keep: what is configured, but never more than half of all.
    public var adminReserve: Int { min(reservedAdminConnections, maxConnections / 2) }
}

/// Which peers hold the `operator` and `admin` roles, by uid or group (a peer's primary and
/// supplementary groups count). Root and the daemon's own uid are always admin; everyone else is
/// `reader` unless listed here.
public struct RoleMap: Equatable, Sendable {
    public var operatorUIDs: Set<UInt32> = []
    public var operatorGIDs: Set<UInt32> = []
    public var adminUIDs: Set<UInt32> = []
    public var adminGIDs: Set<UInt32> = []
    /// Groups the config names by name (`"alue-operators"`); `resolvingGroupNames` turns them into gids.
    public var operatorGroupNames: Set<String> = []
    public var adminGroupNames: Set<String> = []

    public init() {}

    /// This map with every group name added to its role's gids, and a warning for each name the
    /// system does not know (such a name gives nobody the role; alued still starts, so that a config
    /// shipped with `alue-operators` works before the admin has created the group).
    public func resolvingGroupNames(_ lookup: (String) -> UInt32? = GroupDatabase.gid(named:)) -> (roles: RoleMap, warnings: [String]) {
        var resolved = self
        var warnings: [String] = []
        for (role, names, gids) in [("operator", operatorGroupNames, \RoleMap.operatorGIDs), ("admin", adminGroupNames, \RoleMap.adminGIDs)] {
            for name in names.sorted() {
                if let gid = lookup(name) {
                    resolved[keyPath: gids].insert(gid)
                } else {
                    warnings.append("roles.\(role).groups: there is no group '\(name)' on this system; nobody gets the \(role) role through it (create it, e.g. with systemd-sysusers, then reload)")
                }
            }
        }
        return (resolved, warnings)
    }
}

/// The parsed config file. Absent keys take the defaults documented in the README.
public struct DaemonConfig: Equatable, Sendable {
    public var socket: String?
    public var pluginDir: String?
    public var plugins: [PluginEntry] = []
    /// Directory of the data files; relative paths are relative to the config file's directory.
    public var dataDir = "data"
    public var stateDir: String?
    public var logLevel: LogLevel = .info
    public var limits = Limits()
    public var roles = RoleMap()
    public var decisionLog = DecisionLogSettings()

    public init() {}

    /// Reads and validates the config file at `path`.
    public static func load(path: String) throws -> DaemonConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError("cannot read config file \(path)")
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(Array(data))
        } catch {
            throw ConfigError("\(path): not valid JSON: \(error)")
        }
        do {
            return try DaemonConfig(json: json)
        } catch let error as ConfigError {
            throw ConfigError("\(path): \(error.message)")
        }
    }

    public init(json: JSONValue) throws {
        let root = try ConfigObject(json, path: "")
        socket = try root.string("socket")
        pluginDir = try root.string("pluginDir")
        dataDir = try root.string("dataDir") ?? dataDir
        stateDir = try root.string("stateDir")
        if let name = try root.string("logLevel") {
            guard let level = LogLevel(name: name) else {
                throw ConfigError("logLevel: '\(name)' is not one of \(LogLevel.allCases.map(\.description).joined(separator: ", "))")
            }
            logLevel = level
        }
        plugins = try root.array("plugins").enumerated().map { index, element in
            try PluginEntry(json: element, path: "plugins[\(index)]")
        }
        if let limitsJSON = root.value("limits") {
            let object = try ConfigObject(limitsJSON, path: "limits")
            limits.maxLineBytes = try object.positiveInt("maxLineBytes") ?? limits.maxLineBytes
            limits.maxConnections = try object.positiveInt("maxConnections") ?? limits.maxConnections
            limits.maxConnectionsPerUID = try object.positiveInt("maxConnectionsPerUID") ?? limits.maxConnectionsPerUID
            limits.reservedAdminConnections = try object.positiveInt("reservedAdminConnections") ?? limits.reservedAdminConnections
            limits.idleTimeoutSeconds = try object.positiveNumber("idleTimeoutSeconds") ?? limits.idleTimeoutSeconds
            limits.requestTimeoutSeconds = try object.positiveNumber("requestTimeoutSeconds") ?? limits.requestTimeoutSeconds
            limits.writeTimeoutSeconds = try object.positiveNumber("writeTimeoutSeconds") ?? limits.writeTimeoutSeconds
            limits.maxBatchRequests = try object.positiveInt("maxBatchRequests") ?? limits.maxBatchRequests
            limits.maxAnswerBytes = try object.positiveInt("maxAnswerBytes") ?? limits.maxAnswerBytes
            limits.answerCacheBytes = try object.positiveInt("answerCacheBytes") ?? limits.answerCacheBytes
            limits.maxInFlightPerConnection = try object.positiveInt("maxInFlightPerConnection") ?? limits.maxInFlightPerConnection
            limits.shutdownGraceSeconds = try object.positiveNumber("shutdownGraceSeconds") ?? limits.shutdownGraceSeconds
            try object.rejectUnknownKeys()
        }
        if let rolesJSON = root.value("roles") {
            let object = try ConfigObject(rolesJSON, path: "roles")
            for (role, uids, gids, names) in [("operator", \RoleMap.operatorUIDs, \RoleMap.operatorGIDs, \RoleMap.operatorGroupNames),
                                              ("admin", \RoleMap.adminUIDs, \RoleMap.adminGIDs, \RoleMap.adminGroupNames)] {
                guard let entry = object.value(role) else { continue }
                let ids = try ConfigObject(entry, path: "roles.\(role)")
                roles[keyPath: uids] = Set(try ids.idList("uids"))
                roles[keyPath: gids] = Set(try ids.idList("gids"))
                for group in try ids.groupList("groups") {
                    switch group {
                    case .gid(let gid): roles[keyPath: gids].insert(gid)
                    case .name(let name): roles[keyPath: names].insert(name)
                    }
                }
                try ids.rejectUnknownKeys()
            }
            try object.rejectUnknownKeys()
        }
        if let logJSON = root.value("decisionLog") {
            let object = try ConfigObject(logJSON, path: "decisionLog")
            decisionLog.enabled = try object.bool("enabled") ?? decisionLog.enabled
            decisionLog.retentionDays = try object.positiveInt("retentionDays") ?? decisionLog.retentionDays
            decisionLog.queueCapacity = try object.positiveInt("queueCapacity") ?? decisionLog.queueCapacity
            try object.rejectUnknownKeys()
        }
        try root.rejectUnknownKeys()
    }
}

extension PluginEntry {
    init(json: JSONValue, path: String) throws {
        if let name = json.stringValue {
            self.init(name: name)
            return
        }
        let object = try ConfigObject(json, path: path)
        guard let name = try object.string("name"), !name.isEmpty else {
            throw ConfigError("\(path).name: a plugin needs a name (e.g. \"Oulu\") or a path")
        }
        self.init(name: name, required: try object.bool("required") ?? false, optional: try object.bool("optional") ?? false)
        guard !(required && optional) else {
            throw ConfigError("\(path): a plugin cannot be both required and optional")
        }
        try object.rejectUnknownKeys()
    }
}

/// A config-file error; the message names the key.
public struct ConfigError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Typed access to one JSON object of the config that remembers which keys were read, so that a
/// misspelt key is an error instead of a silently ignored setting.
private final class ConfigObject {
    let members: [(key: String, value: JSONValue)]
    let path: String
    var read: Set<String> = []

    init(_ json: JSONValue, path: String) throws {
        guard let members = json.objectValue else {
            throw ConfigError("\(path.isEmpty ? "the config" : path) must be a JSON object, not \(json.typeName)")
        }
        self.members = members
        self.path = path
    }

    func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func value(_ key: String) -> JSONValue? {
        read.insert(key)
        guard let value = members.last(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    func string(_ key: String) throws -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.stringValue else { throw ConfigError("\(name(key)) must be a string, not \(value.typeName)") }
        return text
    }

    func bool(_ key: String) throws -> Bool? {
        guard let value = value(key) else { return nil }
        guard let flag = value.boolValue else { throw ConfigError("\(name(key)) must be true or false, not \(value.typeName)") }
        return flag
    }

    func positiveInt(_ key: String) throws -> Int? {
        guard let value = value(key) else { return nil }
        guard let number = value.intValue, number > 0 else { throw ConfigError("\(name(key)) must be a positive integer") }
        return number
    }

    func positiveNumber(_ key: String) throws -> Double? {
        guard let value = value(key) else { return nil }
        guard case .number(let text) = value, let number = Double(text), number > 0 else {
            throw ConfigError("\(name(key)) must be a positive number of seconds")
        }
        return number
    }

    func array(_ key: String) throws -> [JSONValue] {
        guard let value = value(key) else { return [] }
        guard let elements = value.arrayValue else { throw ConfigError("\(name(key)) must be an array, not \(value.typeName)") }
        return elements
    }

    func idList(_ key: String) throws -> [UInt32] {
        try array(key).map { element in
            guard let number = element.intValue, let id = UInt32(exactly: number) else {
                throw ConfigError("\(name(key)) must list numeric ids")
            }
            return id
        }
    }

    enum GroupReference {
        case gid(UInt32)
        case name(String)
    }

    /// Groups by name (`"alue-operators"`) or gid (`4100` or `"4100"`).
    func groupList(_ key: String) throws -> [GroupReference] {
        try array(key).map { element in
            if let number = element.intValue, let gid = UInt32(exactly: number) { return .gid(gid) }
            guard let text = element.stringValue, !text.isEmpty, !text.contains(where: { $0.isWhitespace || $0 == ":" }) else {
                throw ConfigError("\(name(key)) must list group names or numeric gids")
            }
            return UInt32(text).map(GroupReference.gid) ?? .name(text)
        }
    }

    func rejectUnknownKeys() throws {
        if let unknown = members.first(where: { !read.contains($0.key) }) {
            throw ConfigError("unknown key '\(name(unknown.key))'")
        }
    }
}
