// DecisionError.swift — why a plugin gives no decision, and the pinned error kinds of the wire protocol.

/// What a plugin throws instead of a decision. The daemon turns each case into the pinned
/// JSON-RPC error (`ErrorKind`), so a plugin never deals with codes.
public enum DecisionError: Error, Hashable, Sendable {
    /// The region has no rule for this service: a reasoned refusal, never a silent default.
    case notOffered(service: ServiceID, reason: String, basis: [Citation])
    /// No rule is in force on `date`.
    case outOfEffect(date: EffectiveDate, effectiveFrom: EffectiveDate)
    /// The municipality is not a member of the region (the daemon routes by membership, so this
    /// signals a daemon or plugin bug).
    case notMember(MunicipalityRef)
    /// A query parameter has a value the rule cannot use (e.g. an unknown training field).
    case invalidParameter(String)
    /// The region's data (parameters, statistics) lacks something a rule needs or is malformed.
    case invalidData(String)

    /// The pinned error kind this case is reported as.
    public var kind: ErrorKind {
        switch self {
        case .notOffered: return .notOffered
        case .outOfEffect: return .outOfEffect
        case .notMember: return .noRegion
        case .invalidParameter: return .invalidParams
        case .invalidData: return .internalError
        }
    }

    /// A sentence a person understands.
    public var message: String {
        switch self {
        case .notOffered(let service, let reason, _):
            return "\(service) is not offered: \(reason)"
        case .outOfEffect(let date, let effectiveFrom):
            return "no rule is in force on \(date); the rules apply from \(effectiveFrom)"
        case .notMember(let municipality):
            return "\(municipality) is not a member of this region"
        case .invalidParameter(let message), .invalidData(let message):
            return message
        }
    }
}

/// The error kinds of the wire protocol (ARCHITECTURE §3): JSON-RPC code and the pinned
/// `error.data.kind` string. This table is the one place both are written down.
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
