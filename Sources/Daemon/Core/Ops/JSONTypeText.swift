// Ops/JSONTypeText.swift — what kind of JSON value a client sent, named in an error message in the
// language of the answer (`must be a string, not an array` / `on oltava merkkijono, ei taulukko`).

import AlueWire
import PluginAPI

extension JSONValue {
    /// The value's JSON type, as a sentence names it: English with its article (`an array`),
    /// Finnish in the nominative that `…, ei X` takes (`taulukko`).
    var typeText: LocalizedText {
        switch self {
        case .null: return LocalizedText(verbatim: "null")
        case .bool: return LocalizedText(fi: "totuusarvo", en: "a boolean")
        case .number: return LocalizedText(fi: "luku", en: "a number")
        case .string: return LocalizedText(fi: "merkkijono", en: "a string")
        case .array: return LocalizedText(fi: "taulukko", en: "an array")
        case .object: return LocalizedText(fi: "objekti", en: "an object")
        }
    }
}
