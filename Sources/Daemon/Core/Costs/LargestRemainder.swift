// Costs/LargestRemainder.swift — splitting an amount into cents that add up exactly.

import Foundation
import PluginAPI

enum LargestRemainder {
    /// Splits `amount` (whole cents) by `fractions` (non-negative, summing to about 1): every
    /// share is first rounded down to the cent, then the cents left over go one each to the
    /// largest remainders; ties go to the lower municipality code, so the result is deterministic.
    /// The shares always add up to `amount` exactly. A negative amount (a credit) is split as its
    /// absolute value and negated.
    static func split(_ amount: Decimal, fractions: [(code: MunicipalityCode, fraction: Decimal)]) -> [MunicipalityCode: Decimal] {
        guard amount != 0, !fractions.isEmpty else { return Dictionary(uniqueKeysWithValues: fractions.map { ($0.code, 0) }) }
        let sign: Decimal = amount < 0 ? -1 : 1
        let cents = rounded(abs(amount) * 100, scale: 0, mode: .plain)
        var floors: [MunicipalityCode: Decimal] = [:]
        var remainders: [(code: MunicipalityCode, remainder: Decimal)] = []
        for (code, fraction) in fractions {
            let raw = cents * fraction
            let floor = rounded(raw, scale: 0, mode: .down)
            floors[code] = floor
            remainders.append((code, raw - floor))
        }
        var leftover = cents - floors.values.reduce(0, +)
        let order = remainders.sorted { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.code < $1.code }
        var index = 0
        // The fractions sum to 1 up to Decimal's precision, so 0 ≤ leftover ≤ number of shares;
        // cycling keeps the total exact even if a caller's fractions were further off.
        while leftover > 0 {
            floors[order[index % order.count].code]! += 1
            leftover -= 1
            index += 1
        }
        return floors.mapValues { sign * $0 / 100 }
    }

    static func rounded(_ value: Decimal, scale: Int, mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, scale, mode)
        return output
    }
}
