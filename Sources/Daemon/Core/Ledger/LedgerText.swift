// Ledger/LedgerText.swift — what an entry id and a description may be, and the one form an id is
// stored and compared in, so that what is acknowledged is exactly what is kept.

import Foundation

public enum LedgerText {
    /// An id's longest UTF-8 form, in bytes (what the database stores, not what a screen shows).
    public static let maxIDBytes = 200
    /// The longest UTF-8 form of a description or a reversal's reason, in bytes.
    public static let maxTextBytes = 1000

    /// The id as stored and compared: Unicode NFC, so that `lasku-é-1` typed with a precomposed é
    /// and with e + combining accent is one id, not two rows that look alike. Refused when empty,
    /// too long, or holding a control character (a NUL among them).
    public static func canonicalID(_ raw: String, name: String = "id") -> Result<String, Refusal> {
        let id = raw.precomposedStringWithCanonicalMapping
        guard !id.isEmpty else { return .failure(Refusal("'\(name)' must not be empty")) }
        guard id.utf8.count <= maxIDBytes else {
            return .failure(Refusal("'\(name)' is \(id.utf8.count) bytes of UTF-8; at most \(maxIDBytes) bytes are accepted"))
        }
        if let control = firstControlCharacter(in: id, allowing: []) {
            return .failure(Refusal("'\(name)' contains the control character \(control); ids are printable text"))
        }
        return .success(id)
    }

    /// A description or reason as stored (NFC like ids). Refused when too long or holding a control
    /// character other than tab and line breaks.
    public static func canonicalText(_ raw: String, name: String) -> Result<String, Refusal> {
        let text = raw.precomposedStringWithCanonicalMapping
        guard text.utf8.count <= maxTextBytes else {
            return .failure(Refusal("'\(name)' is \(text.utf8.count) bytes of UTF-8; at most \(maxTextBytes) bytes are accepted"))
        }
        if let control = firstControlCharacter(in: text, allowing: ["\t", "\n", "\r"]) {
            return .failure(Refusal("'\(name)' contains the control character \(control)"))
        }
        return .success(text)
    }

    /// Why a text was refused, as a sentence for `invalid_params`.
    public struct Refusal: Error, Equatable, Sendable {
        public let message: String
        init(_ message: String) { self.message = message }
    }

    /// The first C0/C1 control or DEL in `text` (other than `allowing`), written as U+XXXX.
    private static func firstControlCharacter(in text: String, allowing: Set<Unicode.Scalar>) -> String? {
        text.unicodeScalars.first { $0.properties.generalCategory == .control && !allowing.contains($0) }
            .map { "U+" + String(format: "%04X", $0.value) }
    }
}
