// RPC/Methods/SystemMethods.swift — system.ping, system.status, system.stats, system.reload and
// rpc.discover: the daemon describing and managing itself.

import AlueWire
import PluginAPI

enum SystemMethods {
    static let all: [MethodSpec] = [ping, status, stats, reload, setLogLevel, discover]

    static let ping = MethodSpec("system.ping", summary: "Liveness check.", result: "{pong: true}") { _, _ throws(RPCError) in
        .value(.object([("pong", .bool(true))]))
    }

    static let status = MethodSpec(
        "system.status",
        summary: "Version, pid, uptime, readiness, generation, socket and the state of every plugin.",
        result: "{version, protocolVersion, pid, uptimeSeconds, ready, generation, socket, plugins: [{id, state, version, library, error?}]}"
    ) { context, _ throws(RPCError) in
        struct Status: Encodable {
            var version: String
            var protocolVersion: Int
            var pid: Int32
            var uptimeSeconds: Double
            var ready: Bool
            var generation: Int
            var socket: String
            var connections: Int
            var plugins: [PluginStatus]
        }
        let info = context.daemon.statusInfo()
        return try context.encoded(Status(version: AlueVersion.version, protocolVersion: AlueVersion.protocolVersion,
                                          pid: info.pid, uptimeSeconds: (info.uptimeSeconds * 1000).rounded() / 1000,
                                          ready: info.ready, generation: context.snapshot.generation, socket: info.socket,
                                          connections: info.openConnections, plugins: context.snapshot.regions.statuses))
    }

    static let stats = MethodSpec(
        "system.stats",
        summary: "Request and error counts, latency percentiles per method, connections, reloads, uptime.",
        result: "{uptimeSeconds, requests, errors, parseErrors, connections: {open, accepted, rejected}, reloads: {ok, failed}, answerCache: {entries, bytes, limitBytes, repeatsAnswered}, decisionLog: {enabled, path?, recorded?, dropped?, queued?, failedWrites?}, methods: {NAME: {requests, errors, latencyMicros: {p50, p90, p99, p999}}}}"
    ) { context, _ throws(RPCError) in
        let snapshot = context.daemon.stats.snapshot()
        let info = context.daemon.statusInfo()
        let cache = context.snapshot.answers.usage
        func number(_ value: UInt64) -> JSONValue { .number(String(value)) }
        func micros(_ value: Double) -> JSONValue { .number(String(Int(value.rounded(.up)))) }
        let methods: [(key: String, value: JSONValue)] = snapshot.methods.sorted { $0.key < $1.key }.map { name, method in
            (name, .object([
                ("requests", number(method.requests)),
                ("errors", number(method.errors)),
                ("latencyMicros", .object([("p50", micros(method.quantile(0.5))), ("p90", micros(method.quantile(0.9))),
                                           ("p99", micros(method.quantile(0.99))), ("p999", micros(method.quantile(0.999)))])),
            ]))
        }
        return .value(.object([
            ("uptimeSeconds", .number(String(Int(info.uptimeSeconds)))),
            ("requests", number(snapshot.methods.values.reduce(0) { $0 + $1.requests })),
            ("errors", number(snapshot.methods.values.reduce(0) { $0 + $1.errors })),
            ("parseErrors", number(snapshot.parseErrors)),
            ("connections", .object([("open", .number(String(info.openConnections))),
                                     ("accepted", number(snapshot.connectionsAccepted)),
                                     ("rejected", number(snapshot.connectionsRejected))])),
            ("reloads", .object([("ok", number(snapshot.reloads)), ("failed", number(snapshot.reloadFailures))])),
            ("generation", .number(String(context.snapshot.generation))),
            ("answerCache", .object([("entries", .number(String(cache.entries))), ("bytes", .number(String(cache.bytes))),
                                     ("limitBytes", .number(String(cache.limitBytes))),
                                     ("repeatsAnswered", number(snapshot.repeatsAnswered))])),
            ("decisionLog", decisionLogStats(context.daemon.decisionLog)),
            ("methods", .object(methods)),
        ]))
    }

    /// The decision log's counters: recorded (committed), dropped (queue full or unwritable),
    /// queued (waiting for the writer), failedWrites (group commits retried).
    static func decisionLogStats(_ log: DecisionLog?) -> JSONValue {
        guard let log else { return .object([("enabled", .bool(false))]) }
        let counters = log.counters
        return .object([("enabled", .bool(log.isRecording)), ("path", .string(log.path)),
                        ("recorded", .number(String(counters.recorded))), ("dropped", .number(String(counters.dropped))),
                        ("queued", .number(String(counters.queued))), ("failedWrites", .number(String(counters.failedWrites)))])
    }

    static let reload = MethodSpec(
        "system.reload",
        summary: "Re-read config, data and plugins; validate all, swap atomically, keep the old set on any error. With dryRun: show what would change, swap nothing.",
        role: .admin,
        params: [ParamSpec("dryRun", "boolean", "true: load the candidate in a child process and compare every member × service (today and every day a dated parameter changes) and each pool's allocation; nothing is swapped")],
        result: "{ok, generation, messages}; with dryRun {ok, changes: [{region, municipality, service, date, field, before, after, kind}], summary}; on failure the error reload_failed with data.messages",
        mutating: true
    ) { context, params throws(RPCError) in
        if try params.optionalBool("dryRun") == true { return .value(try context.daemon.previewReload()) }
        let outcome = context.daemon.reload(requestedBy: context.peer?.description ?? "unknown peer")
        guard outcome.ok else {
            let problems = outcome.messages.joined(separator: "; ")
            throw RPCError(.reloadFailed,
                           LocalizedText(fi: "uudelleenlataus epäonnistui, sukupolvi \(outcome.generation) pysyy käytössä: \(problems.fi)",
                                         en: "reload failed, generation \(outcome.generation) stays active: \(problems.en)"),
                           data: [("generation", .number(String(outcome.generation)))], localizedData: [("messages", .texts(outcome.messages))])
        }
        let messages = JSONValue.array(outcome.messages.map { .string($0.text(in: context.language)) })
        return .value(.object([("ok", .bool(true)), ("generation", .number(String(outcome.generation))), ("messages", messages)]))
    }

    static let setLogLevel = MethodSpec(
        "system.setLogLevel",
        summary: "Change the log level at run time (until the next reload or restart applies the configured one).",
        role: .admin,
        params: [ParamSpec("level", "string", required: true, LogLevel.allCases.map(\.description).joined(separator: ", "))],
        result: "{level, previous}",
        mutating: true
    ) { context, params throws(RPCError) in
        let name = try params.string("level")
        guard let level = LogLevel(name: name) else {
            let levels = LogLevel.allCases.map(\.description).joined(separator: ", ")
            throw .invalidParams(fi: "tuntematon lokitaso '\(name)'; sallitut: \(levels)", en: "unknown level '\(name)'; expected one of \(levels)")
        }
        let previous = context.daemon.log.level
        context.daemon.log.level = level
        context.daemon.log.notice("log level changed from \(previous) to \(level)")
        return .value(.object([("level", .string(level.description)), ("previous", .string(previous.description))]))
    }

    static let discover = MethodSpec(
        "rpc.discover",
        summary: "This API as an OpenRPC document, generated from the dispatcher's own method table.",
        result: "OpenRPC 1.2.6 document"
    ) { _, _ throws(RPCError) in
        .value(OpenRPCDocument.make(from: .standard))
    }
}
