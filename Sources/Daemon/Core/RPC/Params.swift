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
        case .array?: throw .invalidParams(fi: "params on annettava objektina, jossa parametrit ovat nimettyinä, ei taulukkona",
                                           en: "params must be an object with named parameters, not an array")
        case let other?: throw .invalidParams(fi: "params on annettava objektina, ei \(other.typeText.fi)",
                                              en: "params must be an object, not \(other.typeText.en)")
        }
    }

    public func value(_ name: String) -> JSONValue? {
        guard let value = members.last(where: { $0.key == name })?.value, !value.isNull else { return nil }
        return value
    }

    /// String parameter `name`, at most `maxBytes` bytes of UTF-8.
    public func string(_ name: String, maxBytes: Int = Params.maxStringBytes) throws(RPCError) -> String {
        guard let value = value(name) else { throw .missingParameter(prefix + name) }
        guard let text = value.stringValue else { throw mustBe(name, LocalizedText(fi: "merkkijono", en: "a string"), not: value.typeText) }
        guard text.utf8.count <= maxBytes else {
            throw .invalidParams(fi: "parametri '\(prefix)\(name)' on \(text.utf8.count) tavua pitkä; enintään \(maxBytes) tavua hyväksytään",
                                 en: "parameter '\(prefix)\(name)' is \(text.utf8.count) bytes long; at most \(maxBytes) are accepted")
        }
        return text
    }

    public func optionalString(_ name: String, maxBytes: Int = Params.maxStringBytes) throws(RPCError) -> String? {
        guard value(name) != nil else { return nil }
        return try string(name, maxBytes: maxBytes)
    }

    public func int(_ name: String, in range: ClosedRange<Int>) throws(RPCError) -> Int {
        guard let value = value(name) else { throw .missingParameter(prefix + name) }
        guard let number = value.intValue else {
            let given: LocalizedText
            if case .number = value { given = LocalizedText(verbatim: "'\(value.jsonText)'") } else { given = value.typeText }
            throw mustBe(name, LocalizedText(fi: "kokonaisluku", en: "an integer"), not: given)
        }
        guard range.contains(number) else {
            throw .invalidParams(fi: "parametrin '\(prefix)\(name)' on oltava \(range.lowerBound)–\(range.upperBound), ei \(number)",
                                 en: "parameter '\(prefix)\(name)' must be between \(range.lowerBound) and \(range.upperBound), not \(number)")
        }
        return number
    }

    public func optionalInt(_ name: String, in range: ClosedRange<Int>) throws(RPCError) -> Int? {
        guard value(name) != nil else { return nil }
        return try int(name, in: range)
    }

    public func optionalBool(_ name: String) throws(RPCError) -> Bool? {
        guard let value = value(name) else { return nil }
        guard let flag = value.boolValue else { throw mustBe(name, LocalizedText(fi: "true tai false", en: "true or false"), not: value.typeText) }
        return flag
    }

    /// A nested object parameter such as `client` or `employer`, checked against its allowed keys.
    public func object(_ name: String, allowed: [String]) throws(RPCError) -> Params? {
        guard let value = value(name) else { return nil }
        guard case .object = value else { throw mustBe(name, LocalizedText(fi: "objekti", en: "an object"), not: value.typeText) }
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
            let expected = allowed.joined(separator: ", ")
            throw .invalidParams(fi: "tuntematon parametri '\(prefix)\(unknown.key.excerpt())'; sallitut: \(allowed.isEmpty ? "ei yhtään" : expected)",
                                 en: "unknown parameter '\(prefix)\(unknown.key.excerpt())'; expected: \(allowed.isEmpty ? "none" : expected)")
        }
    }

    /// `parameter 'name' must be <kind>, not <given>`.
    private func mustBe(_ name: String, _ kind: LocalizedText, not given: LocalizedText) -> RPCError {
        .invalidParams(fi: "parametrin '\(prefix)\(name)' on oltava \(kind.fi), ei \(given.fi)",
                       en: "parameter '\(prefix)\(name)' must be \(kind.en), not \(given.en)")
    }
}

extension RPCError {
    /// A required parameter (or member of an entry) the call lacks.
    static func missingParameter(_ name: String) -> RPCError {
        .invalidParams(fi: "parametri '\(name)' puuttuu", en: "missing parameter '\(name)'")
    }
}
