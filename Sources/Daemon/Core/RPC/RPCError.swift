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

extension Citation {
    var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("document", .string(document)), ("section", .string(section))]
        if let lines { members.append(("lines", .string(lines))) }
        if let quote { members.append(("quote", .string(quote))) }
        return .object(members)
    }
}
