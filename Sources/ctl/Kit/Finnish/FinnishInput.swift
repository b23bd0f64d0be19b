// Finnish/FinnishInput.swift — amounts, dates and periods as Finnish staff type them
// (`1 000,50`, `1.3.2025`, `3/2025`), turned into the wire forms (`"1000.50"`, `2025-03-01`,
// `2025-03`). aluectl checks them before sending, so a typo is a usage error (exit 2).

import PluginAPI

/// A value aluectl can tell is malformed; the message says how to write it.
public struct InputError: Error, Sendable, Equatable {
    public let message: LocalizedText
    public init(_ message: LocalizedText) { self.message = message }
}

public enum FinnishInput {
    /// What staff put between thousands: a space, a no-break space (U+00A0) or a narrow no-break
    /// space (U+202F, what some spreadsheets and word processors insert).
    static let groupSeparators: Set<Character> = [" ", "\u{00A0}", "\u{202F}"]

    /// `1 000,50`, `1000.50`, `-50,00`, `1 000 €` → `"1000.50"`, `"1000.50"`, `"-50.00"`, `"1000"`:
    /// a decimal comma or point, at most two decimals, thousands grouped by three.
    public static func amount(_ text: String) throws(InputError) -> String {
        let bad = InputError(Messages.notAnAmount(text))
        var body = Substring(text.trimmingWhitespace)
        if body.hasSuffix("€") { body = Substring(String(body.dropLast()).trimmingWhitespace) }
        var sign = ""
        if let first = body.first, "-−+".contains(first) {
            sign = first == "+" ? "" : "-"
            body = body.dropFirst()
        }
        let separators = body.filter { $0 == "," || $0 == "." }
        guard separators.count <= 1 else { throw bad }
        let parts = body.split(separator: separators.first ?? ",", omittingEmptySubsequences: false)
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : nil
        if let fraction, !(1...2).contains(fraction.count) || !fraction.allSatisfy(\.isASCIIDigit) { throw bad }
        let groups = whole.split(omittingEmptySubsequences: false, whereSeparator: groupSeparators.contains)
        guard let lead = groups.first, (1...(groups.count == 1 ? Int.max : 3)).contains(lead.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { throw bad }
        return sign + groups.joined() + (fraction.map { ".\($0)" } ?? "")
    }

    /// `1.3.2025`, `01.03.2025` or `2025-03-01` → `2025-03-01`, a day that exists.
    public static func date(_ text: String) throws(InputError) -> String {
        let trimmed = text.trimmingWhitespace
        if let iso = EffectiveDate(iso: trimmed) { return iso.description }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              let date = EffectiveDate(year: year, month: month, day: day) else {
            throw InputError(Messages.notADate(text))
        }
        return date.description
    }

    /// A month or a year: `2025-03`, `3/2025`, `3.2025`, `03/2025` → `2025-03`; `2025` → `2025`.
    public static func period(_ text: String) throws(InputError) -> String {
        let trimmed = text.trimmingWhitespace
        let bad = InputError(Messages.notAPeriod(text))
        if trimmed.count == 4, let year = Int(trimmed), (1000...9999).contains(year) { return trimmed }
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let finnish = trimmed.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "/" || $0 == "." })
        let (yearText, monthText): (Substring, Substring)
        if iso.count == 2, iso[0].count == 4, iso[1].count == 2 {
            (yearText, monthText) = (iso[0], iso[1])
        } else if finnish.count == 2, (1...2).contains(finnish[0].count), finnish[1].count == 4 {
            (yearText, monthText) = (finnish[1], finnish[0])
        } else {
            throw bad
        }
        guard let year = Int(yearText), let month = Int(monthText), (1...12).contains(month) else { throw bad }
        return String(year) + "-" + (month < 10 ? "0" : "") + String(month)
    }
}

extension StringProtocol {
    /// Without leading and trailing white space, no-break spaces and line breaks included.
    var trimmingWhitespace: String { trimming(where: \.isWhitespace) }

    /// Without leading and trailing spaces and tabs, no-break spaces included (what Foundation's
    /// `.whitespaces` trims, without bridging to NSString: a batch trims every field of every row).
    var trimmingSpaces: String { trimming { $0.isWhitespace && !$0.isNewline } }

    /// Without the characters `isTrimmed` accepts at either end.
    func trimming(where isTrimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !isTrimmed($0) }), let last = lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
