// Municipality.swift — municipality codes and the {code, name} pair every answer carries.

/// An official three-digit Finnish municipality code such as `564` (Oulu) or `098` (Hollola).
public struct MunicipalityCode: RawRepresentable, Hashable, Comparable, Sendable, Codable,
                                CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    /// Accepts exactly three ASCII digits.
    public init?(rawValue: String) {
        guard rawValue.utf8.count == 3, rawValue.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        self.rawValue = rawValue
    }

    /// For literals in plugin tables; a malformed literal is a programming error caught by tests.
    public init(stringLiteral value: String) {
        precondition(MunicipalityCode(rawValue: value) != nil, "not a municipality code: \(value)")
        self.rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: MunicipalityCode, rhs: MunicipalityCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = MunicipalityCode(rawValue: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not a three-digit municipality code"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// A municipality as it appears in answers: `{"code": "316", "name": "Kärkölä"}`.
public struct MunicipalityRef: Hashable, Sendable, Codable, CustomStringConvertible {
    public var code: MunicipalityCode
    /// The Finnish name as Statistics Finland spells it.
    public var name: String

    public init(code: MunicipalityCode, name: String) {
        self.code = code
        self.name = name
    }

    public var description: String { "\(name) (\(code))" }
}
