// Finnish/FinnishFormat.swift — numbers as Finnish staff read them in aluectl's tables: thousands
// grouped with a no-break space and a decimal comma (`1 000,50`, as CLDR's Finnish locale and
// Finnish Excel write them), shares as percentages (`40 %`), citation lines as `rivi 356` /
// `rivit 629–630`. Only for people: --json and csv keep the wire forms.

import Foundation

public enum FinnishFormat {
    /// The thousands separator written (a no-break space, so a number never wraps in two).
    static let groupSeparator: Character = "\u{00A0}"

    /// `"1000.50"` → `1 000,50`, `"-50.00"` → `-50,00`, `"16478"` → `16 478`. Anything that is not a
    /// plain decimal number is returned unchanged.
    public static func number(_ wire: String) -> String {
        var digits = Substring(wire)
        let sign = digits.first == "-" ? "-" : ""
        if !sign.isEmpty { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return wire }
        var grouped = ""
        for (index, digit) in parts[0].enumerated() {
            if index > 0, (parts[0].count - index) % 3 == 0 { grouped.append(groupSeparator) }
            grouped.append(digit)
        }
        return sign + grouped + (parts.count == 2 ? "," + parts[1] : "")
    }

    /// `0.4` → `40 %`, `0.150858754166` → `15,0859 %`: at most `decimals` decimals, without
    /// trailing zeros unless `fixed` (for columns, where `4,48 %` and `15,09 %` line up).
    public static func percent(_ fraction: String, decimals: Int = 4, fixed: Bool = false) -> String {
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
        return number(text) + "\u{00A0}%"
    }

    /// A citation's `lines`: `356` → `rivi 356`, `629-630` → `rivit 629–630` (en dash), a list → `rivit 12, 14`.
    public static func lines(_ lines: String) -> String {
        let range = lines.replacingOccurrences(of: "-", with: "–")
        let single = range.allSatisfy(\.isASCIIDigit)
        return (single ? "rivi " : "rivit ") + range
    }
}
