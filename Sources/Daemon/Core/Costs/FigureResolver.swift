// Costs/FigureResolver.swift — finds the figures one statistic contributes to an allocation: one
// reference date for every member (the rule's date, or the newest any member has), a member's
// older figure only where mixed dates are configured, a declared substitute statistic only where
// one is configured, and otherwise the exact list of what is missing.

import Foundation
import PluginAPI

/// A member × statistic the allocation needs and the data lacks (`missing_statistics`).
public struct MissingStatistic: Sendable, Equatable {
    public var municipality: MunicipalityRef
    public var statistic: String
    /// The reference date the rule asked for; nil when no member has any figure up to the year.
    public var referenceDate: EffectiveDate?
}

/// The member × statistic pairs one lookup lacks.
struct Lacking: Error {
    var figures: [MissingStatistic]
}

/// Why an allocation could not be made from the data.
public enum AllocationError: Error, Sendable, Equatable {
    case missing([MissingStatistic], message: LocalizedText)
    /// The figures exist but cannot split an amount (they sum to zero), or national data is absent.
    case unusable(statistic: String, message: LocalizedText)
}

/// One statistic's figures for every member.
struct ResolvedFigures {
    var statistic: String
    var date: EffectiveDate
    var figures: [MunicipalityCode: StatisticFigure]
    var substitutions: [Allocation.Substitution]
}

struct FigureResolver {
    let statistics: StatisticsTable
    let policy: AllocationPolicy
    let members: [MunicipalityRef]
    let region: String
    let pool: String
    let year: Int

    /// The figures of `statistic` under `rule`, with configured substitutes; or what is missing.
    func resolve(_ statistic: String, rule: DataYearRule) -> Result<ResolvedFigures, Lacking> {
        let first = figures(statistic, rule: rule)
        guard case .failure = first, let substitute = policy.substitute(for: statistic, region: region, pool: pool),
              case .success(var resolved) = figures(substitute.substitute, rule: rule) else { return first }
        resolved.substitutions.insert(Allocation.Substitution(statistic: statistic, by: substitute.substitute,
                                                              reason: substitute.reason, municipalities: nil), at: 0)
        return .success(resolved)
    }

    /// The date the rule asks for: exact for the statutory rule and pins, else the newest one.
    func targetDate(_ statistic: String, rule: DataYearRule) -> (date: EffectiveDate?, quality: DataQuality?) {
        if let pin = policy.pin(region: region, pool: pool, statistic: statistic) { return (pin.referenceDate, pin.quality) }
        switch rule {
        case .statutoryTMinus2:
            return (EffectiveDate(year: year - 2, month: 12, day: 31), nil)
        case .newestUpToYear:
            // The newest date every member has a figure for; failing that the newest any member
            // has, so that the answer names the members without it.
            let cutoff = EffectiveDate(year: year, month: 12, day: 31)!
            let dates = Set(members.flatMap { statistics.dates(statistic, $0.code) }).filter { $0 <= cutoff }.sorted(by: >)
            let complete = dates.first { date in members.allSatisfy { statistics.figure(statistic, $0.code, on: date) != nil } }
            return (complete ?? dates.first, nil)
        }
    }

    private func figures(_ statistic: String, rule: DataYearRule) -> Result<ResolvedFigures, Lacking> {
        let (target, quality) = targetDate(statistic, rule: rule)
        guard let target else { return .failure(Lacking(figures: members.map { MissingStatistic(municipality: $0, statistic: statistic, referenceDate: nil) })) }
        var found: [MunicipalityCode: StatisticFigure] = [:]
        var older: [String] = []
        var missing: [MissingStatistic] = []
        let mixed = policy.mixedDates(for: statistic, region: region)
        for member in members {
            if let figure = statistics.figure(statistic, member.code, on: target, quality: quality) {
                found[member.code] = figure
            } else if mixed != nil, let date = statistics.dates(statistic, member.code).first(where: { $0 < target }),
                      let figure = statistics.figure(statistic, member.code, on: date) {
                found[member.code] = figure
                older.append("\(member.name) \(date)")
            } else {
                missing.append(MissingStatistic(municipality: member, statistic: statistic, referenceDate: target))
            }
        }
        guard missing.isEmpty else { return .failure(Lacking(figures: missing)) }
        let substitutions = older.isEmpty ? [] : [Allocation.Substitution(statistic: statistic, by: statistic, reason: mixed!.reason,
                                                                        municipalities: older)]
        return .success(ResolvedFigures(statistic: statistic, date: target, figures: found, substitutions: substitutions))
    }
}
