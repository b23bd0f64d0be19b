// ErrorKind.swift — THE wire error table: every pinned `error.data.kind` and its JSON-RPC code.
// Plugins know only their kinds of refusal (PluginAPI's DecisionError); the protocol numbers live
// here, with the protocol, shared by alued and aluectl.

/// The error kinds of the wire protocol: the pinned `error.data.kind` string and its code.
public enum ErrorKind: String, Hashable, Sendable, Codable, CaseIterable {
    case parseError = "parse_error"
    case invalidRequest = "invalid_request"
    case requestTooLarge = "request_too_large"
    case methodNotFound = "method_not_found"
    case invalidParams = "invalid_params"
    case internalError = "internal_error"
    case unknownMunicipality = "unknown_municipality"
    case unknownService = "unknown_service"
    case noRegion = "no_region"
    case notOffered = "not_offered"
    case invalidDate = "invalid_date"
    case outOfEffect = "out_of_effect"
    case permissionDenied = "permission_denied"
    case overloaded
    case ledgerConflict = "ledger_conflict"
    case reloadFailed = "reload_failed"
    /// An allocation needs figures the data lacks and no substitute is configured (protocol 2).
    case missingStatistics = "missing_statistics"
    /// An imported statistics file is wrong; `data.line` or `data.path` says where (protocol 2).
    case invalidStatistics = "invalid_statistics"

    public var code: Int {
        switch self {
        case .parseError: return -32700
        case .invalidRequest, .requestTooLarge: return -32600
        case .methodNotFound: return -32601
        case .invalidParams: return -32602
        case .internalError: return -32603
        case .unknownMunicipality: return -32001
        case .unknownService: return -32002
        case .noRegion: return -32003
        case .notOffered: return -32004
        case .invalidDate, .outOfEffect: return -32005
        case .permissionDenied: return -32010
        case .overloaded: return -32011
        case .ledgerConflict: return -32020
        case .reloadFailed: return -32030
        case .missingStatistics: return -32040
        case .invalidStatistics: return -32041
        }
    }
}
