// HumanFormat.swift — numbers, shares, dates and citation lines as people read them in aluectl's
// tables, in the run's language. Finnish: thousands grouped with a no-break space and a decimal
// comma (`1 000,50`, as CLDR's Finnish locale and Finnish Excel write them), `40 %`, `1.3.2025`,
// `rivi 356` / `rivit 629–630`. English: `1,000.50`, `40%`, `2025-03-01`, `line 356` /
// `lines 629–630`. Only for people: --json and csv keep the wire forms.

import Foundation
import PluginAPI

public enum HumanFormat {
    /// The thousands separator written in Finnish (a no-break space, so a number never wraps in two).
    static let finnishGroupSeparator: Character = "\u{00A0}"

    /// `"1000.50"` → `1 000,50` / `1,000.50`, `"-50.00"` → `-50,00` / `-50.00`, `"16478"` → `16 478` /
    /// `16,478`. Anything that is not a plain decimal number is returned unchanged.
    public static func number(_ wire: String, _ language: Language) -> String {
        var digits = Substring(wire)
        let sign = digits.first == "-" ? "-" : ""
        if !sign.isEmpty { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return wire }
        let (group, decimal): (Character, String) = language == .fi ? (finnishGroupSeparator, ",") : (",", ".")
        var grouped = ""
        for (index, digit) in parts[0].enumerated() {
            if index > 0, (parts[0].count - index) % 3 == 0 { grouped.append(group) }
            grouped.append(digit)
        }
        return sign + grouped + (parts.count == 2 ? decimal + parts[1] : "")
    }

    /// `0.4` → `40 %` / `40%`, `0.150858754166` → `15,0859 %` / `15.0859%`: at most `decimals`
    /// decimals, without trailing zeros unless `fixed` (for columns, where `4,48 %` and `15,09 %` line up).
    public static func percent(_ fraction: String, _ language: Language, decimals: Int = 4, fixed: Bool = false) -> String {
        guard var value = Decimal(string: fraction, locale: Locale(identifier: "en_US_POSIX")) else { return fraction }
        value *= 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, decimals, .plain)
        var text = NSDecimalNumber(decimal: rounded).stringValue
        if fixed && decimals > 0 {
            if !text.contains(".") { text += "." }
            let present = text.count - 1 - text.distance(from: text.startIndex, to: text.firstIndex(of: ".")!)
            text += String(repeating: "0", count: max(0, decimals - present))
        } else if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return number(text, language) + (language == .fi ? "\u{00A0}%" : "%")
    }

    /// A citation's `lines`: `356` → `rivi 356` / `line 356`, `629-630` → `rivit 629–630` /
    /// `lines 629–630` (en dash), a list → `rivit 12, 14` / `lines 12, 14`.
    public static func lines(_ lines: String, _ language: Language) -> String {
        let range = lines.replacingOccurrences(of: "-", with: "–")
        let word = range.allSatisfy(\.isASCIIDigit) ? Labels.Citation.line : Labels.Citation.lines
        return "\(word[language]) \(range)"
    }

    /// A wire date (`2025-03-01`) as `1.3.2025` in Finnish; unchanged in English (and when it is
    /// not a date).
    public static func date(_ wire: String, _ language: Language) -> String {
        let parts = wire.split(separator: "-")
        guard language == .fi, parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            return wire
        }
        return "\(day).\(month).\(year)"
    }

    /// Days from `from`, until `until` inclusive when given: `1.1.2025–31.12.2026`,
    /// `1.1.2025 alkaen` / `2025-01-01–2026-12-31`, `from 2025-01-01`.
    public static func period(from: String, until: String?, _ language: Language) -> String {
        guard let until else { return Labels.Common.since(date(from, language))[language] }
        return "\(date(from, language))–\(date(until, language))"
    }
}
