// RPC/RPCRequest.swift — one JSON-RPC 2.0 request object, checked against the spec.

import AlueWire
import PluginAPI

/// A well-formed request. `id == nil` means a notification: it is executed but not answered.
public struct RPCRequest: Sendable {
    public var id: JSONValue?
    public var method: String
    public var params: JSONValue?

    /// Checks `json` against JSON-RPC 2.0. On failure returns the error together with the id to
    /// answer with (the request's own id if it had a usable one, else null).
    public static func parse(_ json: JSONValue) -> Result<RPCRequest, RequestFailure> {
        guard case .object = json else {
            return .failure(RequestFailure(id: .null, error: invalid(fi: "pyynnön on oltava JSON-objekti, ei \(json.typeText.fi)",
                                                                     en: "a request must be a JSON object, not \(json.typeText.en)")))
        }
        var id: JSONValue? = nil
        if let rawID = json["id"] {
            switch rawID {
            case .string, .number, .null: id = rawID
            default:
                return .failure(RequestFailure(id: .null, error: invalid(fi: "kentän 'id' on oltava merkkijono, luku tai null",
                                                                         en: "'id' must be a string, a number or null")))
            }
        }
        let answerID = id ?? .null
        guard json["jsonrpc"] == .string("2.0") else {
            return .failure(RequestFailure(id: answerID, error: invalid(fi: "kentän 'jsonrpc' arvon on oltava \"2.0\"", en: "'jsonrpc' must be \"2.0\"")))
        }
        guard let method = json["method"]?.stringValue else {
            return .failure(RequestFailure(id: answerID, error: invalid(fi: "kentän 'method' on oltava merkkijono", en: "'method' must be a string")))
        }
        let params = json["params"]
        if let params, !params.isNull, params.objectValue == nil, params.arrayValue == nil {
            return .failure(RequestFailure(id: answerID, error: invalid(fi: "kentän 'params' on oltava objekti tai taulukko",
                                                                        en: "'params' must be an object or an array")))
        }
        return .success(RPCRequest(id: id, method: method, params: params))
    }

    private static func invalid(fi: String, en: String) -> RPCError {
        RPCError(.invalidRequest, LocalizedText(fi: fi, en: en))
    }
}

/// A request that cannot be executed, and the id its error answer carries.
public struct RequestFailure: Error, Sendable {
    public var id: JSONValue
    public var error: RPCError
}
