// Language.swift — the two languages aluectl speaks (protocol 2, `lang`), PluginAPI's `Language`
// and `LocalizedText`: Finnish for staff by default, English on request. Every word aluectl prints
// itself is a `LocalizedText` from one of its tables (Labels, Terms, Messages); the daemon answers
// notes and messages in the same language.

import PluginAPI

extension Language {
    /// `value` as a language, case and surrounding blanks ignored; nil for anything else.
    init?(word value: String) {
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

extension LocalizedText {
    /// `LocalizedText("Alue", "Region")`: the tables' short form, Finnish first.
    init(_ fi: String, _ en: String) {
        self.init(fi: fi, en: en)
    }

    /// `label[language]`: the text in the run's language.
    subscript(_ language: Language) -> String { text(in: language) }
}
