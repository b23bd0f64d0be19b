// Money.swift — euro amounts as Decimal, written on the wire as a string with two decimals.

import Foundation

/// An amount in euros. Always `Decimal`, never `Double`: finance must be able to reproduce every
/// cent. Encoded as a JSON string with exactly two decimals, e.g. `"734.32"`.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let amount: Decimal

    public init(_ amount: Decimal) {
        self.amount = amount
    }

    public static let zero = Money(0)

    /// Parses a plain decimal string: optional minus sign, digits, optionally `.` and at most
    /// `maxFractionDigits` digits. Rejects exponents, spaces, `NaN`, thousands separators.
    public init?(parsing text: String, maxFractionDigits: Int = 2) {
        var body = Substring(text)
        let negative = body.first == "-"
        if negative { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 15,
              parts[0].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].count <= maxFractionDigits,
                  parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        guard let value = Decimal(string: String(body), locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        self.amount = negative ? -value : value
    }

    /// The amount rounded to cents, as `"1234.50"` (no thousands separator, `.` as decimal mark).
    public var description: String { Money.format(amount) }

    /// Formats any decimal with exactly two decimals, rounding half-cents away from zero.
    public static func format(_ value: Decimal) -> String {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 2, .plain)
        let negative = rounded < 0
        let cents = (negative ? -rounded : rounded) * 100
        let digits = NSDecimalNumber(decimal: cents).stringValue
        let padded = String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        let euros = padded.dropLast(2)
        return (negative ? "-" : "") + euros + "." + padded.suffix(2)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.amount < rhs.amount }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(lhs.amount + rhs.amount) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(lhs.amount - rhs.amount) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let money = Money(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not an amount like 734.32"))
        }
        self = money
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
