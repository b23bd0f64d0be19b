// RPC/MethodTable.swift — THE table from JSON-RPC method names to handlers, parameters and the
// role each needs. The dispatcher and rpc.discover both read it, so they cannot drift apart.

import AlueWire

/// A handler's answer: a JSON value built by hand, bytes already encoded (Codable values), or a
/// decision (encoded, with its own id; the decision log keeps it).
public enum Reply: Sendable {
    case value(JSONValue)
    case encoded([UInt8])
    case decision(DecisionReply)

    /// The bytes already encoded, so the answer's buffer is allocated once.
    var encodedSize: Int {
        switch self {
        case .value: return 0
        case .encoded(let bytes): return bytes.count
        case .decision(let decision): return decision.template.bytes.count + 64
        }
    }
}

/// One parameter of a method, as rpc.discover documents it.
public struct ParamSpec: Sendable {
    public var name: String
    /// JSON Schema type: `string`, `integer`, `object`, `array`, `boolean`.
    public var type: String
    public var required: Bool
    public var summary: String

    public init(_ name: String, _ type: String, required: Bool = false, _ summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.summary = summary
    }
}

extension ParamSpec {
    /// Every method takes `lang`: the language of its notes, messages and labels.
    public static let lang = ParamSpec("lang", "string", "language of notes, messages and labels: \"fi\" (default) or \"en\"; quotes stay verbatim")
}

/// One method: its contract and its handler.
public struct MethodSpec: Sendable {
    public typealias Handler = @Sendable (CallContext, Params) throws(RPCError) -> Reply

    public var name: String
    public var summary: String
    public var role: Role
    public var params: [ParamSpec]
    /// What the result is, in words (the pinned shape from docs/architecture.md §3–§4).
    public var result: String
    /// True for methods that change state; they get an audit line.
    public var mutating: Bool
    public var handler: Handler

    /// The names a call may give: the method's own and `lang`.
    public var acceptedParamNames: [String] { params.map(\.name) + [ParamSpec.lang.name] }

    public init(_ name: String, summary: String, role: Role = .reader, params: [ParamSpec] = [], result: String,
                mutating: Bool = false, handler: @escaping Handler) {
        self.name = name
        self.summary = summary
        self.role = role
        self.params = params
        self.result = result
        self.mutating = mutating
        self.handler = handler
    }
}

public struct MethodTable: Sendable {
    public let methods: [MethodSpec]
    private let byName: [String: Entry]

    /// A method with what the dispatcher checks on every call, worked out once.
    public struct Entry: Sendable {
        public let spec: MethodSpec
        public let acceptedParamNames: [String]
    }

    public init(_ methods: [MethodSpec]) {
        self.methods = methods
        self.byName = Dictionary(methods.map { ($0.name, Entry(spec: $0, acceptedParamNames: $0.acceptedParamNames)) },
                                 uniquingKeysWith: { first, _ in first })
    }

    public func method(_ name: String) -> MethodSpec? { byName[name]?.spec }

    public func entry(_ name: String) -> Entry? { byName[name] }

    /// The methods alued serves.
    public static let standard = MethodTable(SystemMethods.all + RegionMethods.all + DecisionMethods.all + CostMethods.all
                                                  + LedgerMethods.all + StatisticsMethods.all + DecisionLogMethods.all)
}
