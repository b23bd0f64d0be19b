// LocalizedText.swift — a sentence in Finnish and English: notes, reasons and messages come in the
// language the caller asks for (`lang`), Finnish by default; quotes from the plans stay verbatim.

/// The languages answers are given in.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    case fi
    case en
}

extension CodingUserInfoKey {
    /// The `Language` a `LocalizedText` encodes itself in (Finnish when absent).
    public static let alueLanguage = CodingUserInfoKey(rawValue: "alue.language")!
}

/// One sentence in both languages. Encoded as the plain string of the encoder's language, so on
/// the wire a note is just a string (`notes: [string]`), in the language that was asked for.
public struct LocalizedText: Hashable, Sendable, Codable, CustomStringConvertible {
    public var fi: String
    public var en: String

    public init(fi: String, en: String) {
        self.fi = fi
        self.en = en
    }

    /// The same words in both languages: a name, a code, a figure.
    public init(verbatim text: String) {
        self.init(fi: text, en: text)
    }

    public func text(in language: Language) -> String {
        switch language {
        case .fi: return fi
        case .en: return en
        }
    }

    /// Finnish: staff read Finnish.
    public var description: String { fi }

    /// Joins two texts with `separator`, language by language.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(fi: lhs.fi + rhs.fi, en: lhs.en + rhs.en)
    }

    private enum CodingKeys: String, CodingKey { case fi, en }

    /// Data files write both languages, `{"fi": …, "en": …}`; a string read from the wire is the same
    /// in both (its language was already chosen).
    public init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.init(verbatim: text)
        } else {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(fi: try container.decode(String.self, forKey: .fi), en: try container.decode(String.self, forKey: .en))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text(in: encoder.userInfo[.alueLanguage] as? Language ?? .fi))
    }
}

extension Array where Element == LocalizedText {
    /// The texts joined with `separator`, language by language.
    public func joined(separator: String) -> LocalizedText {
        LocalizedText(fi: map(\.fi).joined(separator: separator), en: map(\.en).joined(separator: separator))
    }
}
