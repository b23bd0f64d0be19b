// RPC/Params.swift — typed access to a request's named parameters; every mistake becomes a
// -32602 error that names the parameter and what was expected.

import AlueWire
import PluginAPI

/// The named parameters of one call (`params` must be an object, or absent).
public struct Params: Sendable {
    public let members: [(key: String, value: JSONValue)]
    /// Prepended to names in messages: `training.` for the members of `training`.
    public let prefix: String

    /// The longest string parameter accepted where a method sets no other bound: longer than any
    /// municipality name, service id, region id or date, and short enough that nothing a client
    /// sends grows an answer, a log line or a cache key (a megabyte "municipality" once cost 23 s
    /// of edit distances).
    public static let maxStringBytes = 256
    /// The longest URL accepted (a statistics table's address), as browsers and servers commonly allow.
    public static let maxURLBytes = 2048

    public init(_ json: JSONValue?, prefix: String = "") throws(RPCError) {
        self.prefix = prefix
        switch json {
        case nil, .null?: members = []
        case .object(let members)?: self.members = members
        case .array?: throw .invalidParams("params must be an object with named parameters, not an array")
        case let other?: throw .invalidParams("params must be an object, not \(other.typeName)")
        }
    }

    public func value(_ name: String) -> JSONValue? {
        guard let value = members.last(where: { $0.key == name })?.value, !value.isNull else { return nil }
        return value
    }

    /// String parameter `name`, at most `maxBytes` bytes of UTF-8.
    public func string(_ name: String, maxBytes: Int = Params.maxStringBytes) throws(RPCError) -> String {
        guard let value = value(name) else { throw .invalidParams("missing parameter '\(prefix)\(name)'") }
        guard let text = value.stringValue else { throw .invalidParams("parameter '\(prefix)\(name)' must be a string, not \(value.typeName)") }
        guard text.utf8.count <= maxBytes else {
            throw .invalidParams("parameter '\(prefix)\(name)' is \(text.utf8.count) bytes long; at most \(maxBytes) are accepted")
        }
        return text
    }

    public func optionalString(_ name: String, maxBytes: Int = Params.maxStringBytes) throws(RPCError) -> String? {
        guard value(name) != nil else { return nil }
        return try string(name, maxBytes: maxBytes)
    }

    public func int(_ name: String, in range: ClosedRange<Int>) throws(RPCError) -> Int {
        guard let value = value(name) else { throw .invalidParams("missing parameter '\(prefix)\(name)'") }
        guard let number = value.intValue else {
            throw .invalidParams("parameter '\(prefix)\(name)' must be an integer, not \(value.typeName == "a number" ? "'\(value.jsonText)'" : value.typeName)")
        }
        guard range.contains(number) else {
            throw .invalidParams("parameter '\(prefix)\(name)' must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
        }
        return number
    }

    public func optionalInt(_ name: String, in range: ClosedRange<Int>) throws(RPCError) -> Int? {
        guard value(name) != nil else { return nil }
        return try int(name, in: range)
    }

    public func optionalBool(_ name: String) throws(RPCError) -> Bool? {
        guard let value = value(name) else { return nil }
        guard let flag = value.boolValue else { throw .invalidParams("parameter '\(prefix)\(name)' must be true or false, not \(value.typeName)") }
        return flag
    }

    /// A nested object parameter such as `client` or `employer`, checked against its allowed keys.
    public func object(_ name: String, allowed: [String]) throws(RPCError) -> Params? {
        guard let value = value(name) else { return nil }
        guard case .object = value else { throw .invalidParams("parameter '\(prefix)\(name)' must be an object, not \(value.typeName)") }
        let nested = try Params(value, prefix: "\(prefix)\(name).")
        try nested.rejectUnknown(allowed: allowed)
        return nested
    }

    /// Parameter `lang`: the language of notes, messages and labels, Finnish when absent.
    public func language() throws(RPCError) -> Language {
        guard let input = try optionalString(ParamSpec.lang.name) else { return .fi }
        guard let language = Language(rawValue: input) else {
            throw .invalidParams(fi: "parametrin 'lang' arvo on \"fi\" tai \"en\", ei '\(input)'",
                                 en: "parameter 'lang' must be \"fi\" or \"en\", not '\(input)'")
        }
        return language
    }

    /// Refuses parameter names the method does not know, so a typo is not silently ignored.
    public func rejectUnknown(allowed: [String]) throws(RPCError) {
        if let unknown = members.first(where: { !allowed.contains($0.key) }) {
            let expected = allowed.isEmpty ? "none" : allowed.joined(separator: ", ")
            throw .invalidParams("unknown parameter '\(prefix)\(unknown.key.excerpt())'; expected: \(expected)")
        }
    }
}
