// RPC/RPCRequest.swift — one JSON-RPC 2.0 request object, checked against the spec.

import AlueWire

/// A well-formed request. `id == nil` means a notification: it is executed but not answered.
public struct RPCRequest: Sendable {
    public var id: JSONValue?
    public var method: String
    public var params: JSONValue?

    /// Checks `json` against JSON-RPC 2.0. On failure returns the error together with the id to
    /// answer with (the request's own id if it had a usable one, else null).
    public static func parse(_ json: JSONValue) -> Result<RPCRequest, RequestFailure> {
        guard case .object = json else {
            return .failure(RequestFailure(id: .null, error: RPCError(.invalidRequest, "a request must be a JSON object, not \(json.typeName)")))
        }
        var id: JSONValue? = nil
        if let rawID = json["id"] {
            switch rawID {
            case .string, .number, .null: id = rawID
            default:
                return .failure(RequestFailure(id: .null, error: RPCError(.invalidRequest, "'id' must be a string, a number or null")))
            }
        }
        let answerID = id ?? .null
        guard json["jsonrpc"] == .string("2.0") else {
            return .failure(RequestFailure(id: answerID, error: RPCError(.invalidRequest, "'jsonrpc' must be \"2.0\"")))
        }
        guard let method = json["method"]?.stringValue else {
            return .failure(RequestFailure(id: answerID, error: RPCError(.invalidRequest, "'method' must be a string")))
        }
        let params = json["params"]
        if let params, !params.isNull, params.objectValue == nil, params.arrayValue == nil {
            return .failure(RequestFailure(id: answerID, error: RPCError(.invalidRequest, "'params' must be an object or an array")))
        }
        return .success(RPCRequest(id: id, method: method, params: params))
    }
}

/// A request that cannot be executed, and the id its error answer carries.
public struct RequestFailure: Error, Sendable {
    public var id: JSONValue
    public var error: RPCError
}
