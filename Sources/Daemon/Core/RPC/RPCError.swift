// RPC/RPCError.swift — every error the daemon answers with: the pinned kind (which fixes the
// JSON-RPC code, see PluginAPI.ErrorKind), a sentence a person understands, and extra data.

import AlueWire
import PluginAPI

/// A JSON-RPC error answer: `{"code", "message", "data": {"kind", …}}`.
public struct RPCError: Error, Sendable {
    public var kind: ErrorKind
    public var message: String
    /// Members of `error.data` besides `kind`.
    public var data: [(key: String, value: JSONValue)]

    public init(_ kind: ErrorKind, _ message: String, data: [(key: String, value: JSONValue)] = []) {
        self.kind = kind
        self.message = message
        self.data = data
    }

    public var code: Int { kind.code }

    public var json: JSONValue {
        .object([
            ("code", .number(String(code))),
            ("message", .string(message)),
            ("data", .object([("kind", .string(kind.rawValue))] + data)),
        ])
    }

    public static func invalidParams(_ message: String) -> RPCError {
        RPCError(.invalidParams, message)
    }

    public static func internalError(_ message: String) -> RPCError {
        RPCError(.internalError, message)
    }

    /// The error a plugin's refusal becomes on the wire.
    public static func from(_ error: DecisionError) -> RPCError {
        switch error {
        case .notOffered(let service, let reason, let basis):
            return RPCError(.notOffered, error.message, data: [
                ("service", .string(service.rawValue)),
                ("reason", .string(reason)),
                ("basis", .array(basis.map(\.json))),
            ])
        case .outOfEffect(let date, let effectiveFrom):
            return RPCError(.outOfEffect, error.message, data: [
                ("date", .string(date.description)), ("effectiveFrom", .string(effectiveFrom.description)),
            ])
        case .notMember, .invalidParameter, .invalidData:
            return RPCError(error.kind, error.message)
        }
    }
}

extension RPCError {
    /// An allocation the data cannot support: `missing_statistics` with every member × statistic
    /// (`data.missing`), or `invalid_statistics` for figures that cannot split an amount.
    public static func from(_ error: AllocationError) -> RPCError {
        switch error {
        case .missing(let missing, let message):
            return RPCError(.missingStatistics, message, data: [("missing", .array(missing.map { item in
                var members: [(key: String, value: JSONValue)] = [
                    ("municipality", item.municipality.json),
                    ("statistic", .string(item.statistic)),
                ]
                if let date = item.referenceDate { members.append(("referenceDate", .string(date.description))) }
                return .object(members)
            }))])
        case .unusable(let statistic, let message):
            return RPCError(.invalidStatistics, message, data: [("path", .string("statistics.\(statistic)"))])
        }
    }

    /// A file `statistics.import` cannot take, with where it is wrong.
    public static func from(_ error: StatisticsImportError) -> RPCError {
        var data: [(key: String, value: JSONValue)] = []
        switch error.location {
        case .line(let line)?: data.append(("line", .number(String(line))))
        case .path(let path)?: data.append(("path", .string(path)))
        case nil: break
        }
        return RPCError(.invalidStatistics, "the file cannot be imported: \(error.description); nothing was imported", data: data)
    }
}

extension Citation {
    var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("document", .string(document)), ("section", .string(section))]
        if let lines { members.append(("lines", .string(lines))) }
        if let quote { members.append(("quote", .string(quote))) }
        return .object(members)
    }
}
