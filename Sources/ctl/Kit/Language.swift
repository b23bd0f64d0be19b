// Language.swift — the two languages aluectl speaks (protocol 2, `lang`): Finnish for staff by
// default, English on request. Every word aluectl prints itself is a `Localized` pair from one of
// its tables (Labels, Terms, Messages); the daemon answers notes and messages in the same language.

/// `fi` (the default) or `en`; sent as `lang` with every call.
public enum Language: String, Sendable, CaseIterable {
    case fi, en

    /// `value` as a language, case and surrounding blanks ignored; nil for anything else.
    public init?(word value: String) {
        self.init(rawValue: value.trimmingWhitespace.lowercased())
    }

    /// The language of a run without `--lang`: `$ALUE_LANG` when set, else Finnish.
    /// - Throws: `UsageError` when `$ALUE_LANG` names another language.
    static func fromEnvironment(_ environment: [String: String]) throws(UsageError) -> Language {
        guard let value = environment["ALUE_LANG"], !value.isEmpty else { return .fi }
        guard let language = Language(word: value) else {
            throw UsageError(Messages.oneOf("ALUE_LANG", allCases.map(\.rawValue), got: value))
        }
        return language
    }
}

/// One text in Finnish and in English; `text[language]` picks one.
public struct Localized: Sendable, Equatable, CustomStringConvertible {
    public let fi: String
    public let en: String

    public init(_ fi: String, _ en: String) {
        self.fi = fi
        self.en = en
    }

    /// The same text in both languages: a name, a number, a wire value.
    public init(verbatim text: String) {
        self.init(text, text)
    }

    public subscript(_ language: Language) -> String {
        language == .fi ? fi : en
    }

    /// The Finnish text, for a debugger or a test failure message.
    public var description: String { fi }
}

extension Localized {
    /// The two texts one after the other, in each language.
    static func + (lhs: Localized, rhs: Localized) -> Localized { Localized(lhs.fi + rhs.fi, lhs.en + rhs.en) }
}
