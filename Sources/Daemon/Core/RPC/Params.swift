// RPC/Params.swift — typed access to a request's named parameters; every mistake becomes a
// -32602 error that names the parameter and what was expected.

import AlueWire
import PluginAPI

/// The named parameters of one call (`params` must be an object, or absent).
public struct Params: Sendable {
    public let members: [(key: String, value: JSONValue)]

    public init(_ json: JSONValue?) throws(RPCError) {
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

    public func string(_ name: String) throws(RPCError) -> String {
        guard let value = value(name) else { throw .invalidParams("missing parameter '\(name)'") }
        guard let text = value.stringValue else { throw .invalidParams("parameter '\(name)' must be a string, not \(value.typeName)") }
        return text
    }

    public func optionalString(_ name: String) throws(RPCError) -> String? {
        guard value(name) != nil else { return nil }
        return try string(name)
    }

    public func int(_ name: String, in range: ClosedRange<Int>) throws(RPCError) -> Int {
        guard let value = value(name) else { throw .invalidParams("missing parameter '\(name)'") }
        guard let number = value.intValue else {
            throw .invalidParams("parameter '\(name)' must be an integer, not \(value.typeName == "a number" ? "'\(value.jsonText)'" : value.typeName)")
        }
        guard range.contains(number) else {
            throw .invalidParams("parameter '\(name)' must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
        }
        return number
    }

    public func optionalInt(_ name: String, in range: ClosedRange<Int>) throws(RPCError) -> Int? {
        guard value(name) != nil else { return nil }
        return try int(name, in: range)
    }

    public func optionalBool(_ name: String) throws(RPCError) -> Bool? {
        guard let value = value(name) else { return nil }
        guard let flag = value.boolValue else { throw .invalidParams("parameter '\(name)' must be true or false, not \(value.typeName)") }
        return flag
    }

    /// A nested object parameter such as `client` or `employer`, checked against its allowed keys.
    public func object(_ name: String, allowed: [String]) throws(RPCError) -> Params? {
        guard let value = value(name) else { return nil }
        guard case .object = value else { throw .invalidParams("parameter '\(name)' must be an object, not \(value.typeName)") }
        let nested = try Params(value)
        try nested.rejectUnknown(allowed: allowed, prefix: "\(name).")
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
    public func rejectUnknown(allowed: [String], prefix: String = "") throws(RPCError) {
        if let unknown = members.first(where: { !allowed.contains($0.key) }) {
            let expected = allowed.isEmpty ? "none" : allowed.joined(separator: ", ")
            throw .invalidParams("unknown parameter '\(prefix)\(unknown.key)'; expected: \(expected)")
        }
    }
}
