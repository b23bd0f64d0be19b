// Costs/AllocationEngine.swift — splits an amount between a region's members by a key: each
// factor's statistic normalised over the members, weighted, summed, then rounded to the cent by
// largest remainder so the shares add up exactly.

import Foundation
import PluginAPI

public enum AllocationEngine {
    /// Allocates `amount` (positive, whole cents) by `key` over `members` with the statistics of
    /// `year`: for each factor the latest value whose reference date is on or before 31 December
    /// of `year`. A factor some member lacks is replaced by its declared substitute for all
    /// members, or else left out and the remaining weights renormalised; both make the status
    /// `default` and are named in `notes`.
    /// - Throws: `DecisionError.invalidData` naming the missing inputs when no factor remains.
    public static func allocate(amount: Decimal, key: AllocationKey, members: [MunicipalityRef],
                                statistics: StatisticsTable, substitutes: [String: StatisticSubstitute],
                                year: Int) throws(DecisionError) -> Allocation {
        let cutoff = EffectiveDate(year: year, month: 12, day: 31)!
        var notes = key.notes
        var status = key.status
        var applied: [(factor: AllocationFactor, inputs: [MunicipalityCode: Allocation.Input])] = []
        var missing: [String] = []

        for factor in key.factors where factor.weight > 0 {
            if let inputs = inputs(for: factor.name, members: members, statistics: statistics, cutoff: cutoff) {
                applied.append((factor, inputs))
                continue
            }
            let lacking = members.filter { value(factor.name, $0.code, statistics, cutoff) == nil }.map(\.name)
            if let substitute = substitutes[factor.name],
               let inputs = inputs(for: substitute.substitute, members: members, statistics: statistics, cutoff: cutoff) {
                applied.append((factor, inputs))
                status = status.weakest(.default)
                notes.append(LocalizedText(
                    fi: "\(factor.name) puuttuu kunnilta \(describe(lacking, of: members)) \(cutoff.finnish) mennessä; "
                        + "\(substitute.substitute) korvaa sen kaikille jäsenille (config/data/keys/substitutes.json: \(substitute.reason))",
                    en: "\(factor.name) is missing for \(describe(lacking, of: members)) in the data up to \(cutoff); "
                        + "\(substitute.substitute) stands in for all members (config/data/keys/substitutes.json: \(substitute.reason))"))
            } else {
                missing.append("\(factor.name) (missing for \(describe(lacking, of: members)))")
            }
        }
        guard !applied.isEmpty else {
            throw .invalidData(LocalizedText(
                fi: "jakoa \(key.region)/\(key.pool) vuodelle \(year) ei voi laskea: millään jakoperusteella ei ole tietoja kaikista jäsenistä: "
                    + missing.joined(separator: "; ") + "; lisää tilastot hakemistoon config/data/statistics/",
                en: "cannot allocate \(key.region)/\(key.pool) for \(year): no factor of the key has data for every member: "
                    + missing.joined(separator: "; ") + "; add the statistics to config/data/statistics/"))
        }
        let totalWeight = applied.reduce(Decimal(0)) { $0 + $1.factor.weight }
        if !missing.isEmpty {
            status = status.weakest(.default)
            notes.append(LocalizedText(
                fi: "jätetty pois tietojen puuttuessa: \(missing.joined(separator: "; ")); jäljelle jääneet painot skaalattiin summaan 1 "
                    + "(kukin jaettu luvulla \(totalWeight.plainText))",
                en: "left out for lack of data: \(missing.joined(separator: "; ")); the remaining weights were renormalised to sum to 1 "
                    + "(each divided by \(totalWeight.plainText))"))
        }

        var fractions: [(code: MunicipalityCode, fraction: Decimal)] = members.map { ($0.code, 0) }
        for (factor, inputs) in applied {
            let total = inputs.values.reduce(Decimal(0)) { $0 + (Decimal(string: $1.value) ?? 0) }
            let weight = factor.weight / totalWeight
            for index in fractions.indices {
                let value = Decimal(string: inputs[fractions[index].code]!.value) ?? 0
                fractions[index].fraction += weight * value / total
            }
        }
        let amounts = LargestRemainder.split(amount, fractions: fractions)
        let shares = members.map { member -> Allocation.Share in
            let fraction = fractions.first { $0.code == member.code }!.fraction
            return Allocation.Share(
                municipality: member,
                fraction: LargestRemainder.rounded(fraction, scale: 12, mode: .plain).plainText,
                amount: Money(amounts[member.code]!),
                inputs: Dictionary(uniqueKeysWithValues: applied.map { ($0.factor.name, $0.inputs[member.code]!) }))
        }
        let effective = applied.map {
            AllocationFactor(name: $0.factor.name, weight: $0.factor.weight / totalWeight, source: $0.factor.source)
        }
        return Allocation(region: key.region, year: year, pool: key.pool, amount: Money(amount),
                          key: AllocationKeySummary(factors: effective), shares: shares.sorted { $0.municipality.name < $1.municipality.name },
                          basis: key.basis, status: status, notes: notes)
    }

    /// The inputs of `statistic` for every member, or nil if any member lacks a usable value.
    private static func inputs(for statistic: String, members: [MunicipalityRef], statistics: StatisticsTable,
                               cutoff: EffectiveDate) -> [MunicipalityCode: Allocation.Input]? {
        var inputs: [MunicipalityCode: Allocation.Input] = [:]
        for member in members {
            guard let value = value(statistic, member.code, statistics, cutoff), value.value >= 0 else { return nil }
            inputs[member.code] = Allocation.Input(statistic: statistic, value: value.value.plainText,
                                                   referenceDate: value.referenceDate, source: value.source)
        }
        let total = inputs.values.reduce(Decimal(0)) { $0 + (Decimal(string: $1.value) ?? 0) }
        return total > 0 ? inputs : nil
    }

    private static func value(_ statistic: String, _ code: MunicipalityCode, _ statistics: StatisticsTable,
                              _ cutoff: EffectiveDate) -> StatisticValue? {
        statistics.values[statistic]?[code]?.filter { $0.referenceDate <= cutoff }.max { $0.referenceDate < $1.referenceDate }
    }

    private static func describe(_ lacking: [String], of members: [MunicipalityRef]) -> String {
        lacking.count == members.count ? "every member" : lacking.joined(separator: ", ")
    }
}
