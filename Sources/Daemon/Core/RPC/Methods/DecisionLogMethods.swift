// RPC/Methods/DecisionLogMethods.swift — decisions.get and decisions.list: a past answer exactly as
// it was sent, with who asked, when, and which plugins (and digests) answered it.

import AlueWire
import Foundation
import PluginAPI

enum DecisionLogMethods {
    static let all: [MethodSpec] = [get, list]

    static let get = MethodSpec(
        "decisions.get",
        summary: "A logged decision: the answer exactly as it was sent, its question, time, asker and the plugins that answered.",
        params: [ParamSpec("decisionId", "string", required: true, "the answer's decisionId")],
        result: "{decisionId, at, peer: {uid}, method, params, result, generation, plugins: [{id, version, library, libraryDigest, dataDigest}]}"
    ) { context, params throws(RPCError) in
        let id = try params.string("decisionId")
        let log = try openLog(context)
        let found: StoredDecision?
        do {
            found = try log.decision(id: id)
        } catch {
            throw unreadable(error)
        }
        guard let decision = found else { throw notFound(id) }
        var writer = JSONWriter(capacity: decision.result.count + 512)
        let line = decision.line
        writer.raw("{\"decisionId\":")
        writer.string(line.decisionID)
        writer.raw(",\"at\":")
        writer.string(timestamp(line.atMilliseconds))
        writer.raw(",\"peer\":")
        writer.value(.object([("uid", line.body.uid.map { .number(String($0)) } ?? .null)]))
        writer.raw(",\"method\":")
        writer.string(line.body.method)
        writer.raw(",\"params\":")
        writer.raw(line.body.params ?? Array("{}".utf8))
        writer.raw(",\"result\":")
        writer.raw(decision.result)
        writer.raw(",\"generation\":")
        writer.raw(Array(String(line.body.generation).utf8))
        writer.raw(",\"plugins\":")
        writer.raw(Array(decision.plugins.utf8))
        writer.raw("}")
        return .encoded(writer.bytes)
    }

    static let list = MethodSpec(
        "decisions.list",
        summary: "Logged decisions, oldest first, filtered by time, region, municipality or service; paged with after/next.",
        params: [
            ParamSpec("since", "string", "from this day (YYYY-MM-DD, local time) or instant (ISO 8601)"),
            ParamSpec("until", "string", "through this day (YYYY-MM-DD) or up to this instant (ISO 8601)"),
            ParamSpec("region", "string", "region id"),
            ParamSpec("municipality", "string", "the client's municipality: name or code"),
            ParamSpec("service", "string", "a catalog service id"),
            ParamSpec("limit", "integer", "at most this many (1–1000, default 100)"),
            ParamSpec("after", "string", "continue after this decision id (the previous page's next)"),
        ],
        result: "{decisions: [{decisionId, at, method, region, municipality?: {code, name}, service?, date, generation}], next?}"
    ) { context, params throws(RPCError) in
        var filter = DecisionFilter()
        filter.since = try instant(params, "since", endOfDay: false)
        filter.until = try instant(params, "until", endOfDay: true)
        filter.region = try params.optionalString("region")
        filter.municipality = try params.optionalString("municipality").map { input throws(RPCError) in
            try context.municipality(named: input).code.rawValue
        }
        filter.service = try params.optionalString("service")
        let limit = try params.optionalInt("limit", in: 1...1000) ?? 100
        let log = try openLog(context)
        let rows: [DecisionLine]
        do {
            var start: DecisionPosition?
            if let after = try params.optionalString("after") {
                guard let position = try log.position(of: after) else { throw notFound(after) }
                start = position
            }
            rows = try log.list(filter, after: start, limit: limit + 1)
        } catch let error as RPCError {
            throw error
        } catch {
            throw unreadable(error)
        }
        let page = rows.prefix(limit)
        var result: [(key: String, value: JSONValue)] = [("decisions", .array(page.map { row in
            var members: [(key: String, value: JSONValue)] = [
                ("decisionId", .string(row.decisionID)), ("at", .string(timestamp(row.atMilliseconds))), ("method", .string(row.body.method)),
                ("region", .string(row.body.subject.region)),
            ]
            if let code = row.body.subject.municipality { members.append(("municipality", context.snapshot.directory.json(code))) }
            if let service = row.body.subject.service { members.append(("service", .string(service))) }
            members.append(("date", .string(row.body.subject.date)))
            members.append(("generation", .number(String(row.body.generation))))
            return .object(members)
        }))]
        if rows.count > limit, let last = page.last { result.append(("next", .string(last.decisionID))) }
        return .value(.object(result))
    }

    private static func openLog(_ context: CallContext) throws(RPCError) -> DecisionLog {
        guard let log = context.daemon.decisionLog else {
            throw .invalidParams(fi: "päätöslokia ei pidetä (decisionLog.enabled on false)",
                                 en: "no decision log is kept (decisionLog.enabled is false)")
        }
        return log
    }

    /// The log's store failed; SQLite's own detail is technical and stays as it is in both languages.
    private static func unreadable(_ error: any Error) -> RPCError {
        .internalError(fi: "päätöslokia ei voi lukea: \(error)", en: "the decision log cannot be read: \(error)")
    }

    private static func notFound(_ id: String) -> RPCError {
        RPCError(.invalidParams, LocalizedText(fi: "päätöslokissa ei ole päätöstä tunnuksella '\(id)' (vanhat poistetaan decisionLog.retentionDays päivän jälkeen)",
                                               en: "the decision log has no decision '\(id)' (old ones are deleted after decisionLog.retentionDays days)"),
                 data: [("decisionId", .string(id))])
    }

    /// `at`: UTC with milliseconds, like the ledger's recordedAt.
    static func timestamp(_ milliseconds: Int64) -> String {
        var seconds = time_t(milliseconds / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec, Int(milliseconds % 1000))
    }

    /// Parameter `name` as milliseconds since the epoch: a local day (its start, or with `endOfDay`
    /// the start of the next day) or an ISO 8601 instant.
    static func instant(_ params: Params, _ name: String, endOfDay: Bool) throws(RPCError) -> Int64? {
        guard let input = try params.optionalString(name) else { return nil }
        if let day = EffectiveDate(iso: input) {
            var parts = tm()
            parts.tm_year = Int32(day.year - 1900)
            parts.tm_mon = Int32(day.month - 1)
            parts.tm_mday = Int32(day.day + (endOfDay ? 1 : 0))
            parts.tm_isdst = -1
            return Int64(mktime(&parts)) * 1000
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let date = formatter.date(from: input) ?? {
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.date(from: input)
        }()
        guard let date else {
            throw RPCError(.invalidDate, LocalizedText(fi: "'\(input)' (\(name)) ei ole päivä muodossa VVVV-KK-PP eikä hetki kuten 2025-03-01T08:00:00Z",
                                                       en: "'\(input)' (\(name)) is neither a day YYYY-MM-DD nor an instant like 2025-03-01T08:00:00Z"),
                           data: [("input", .string(input))])
        }
        return Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}
