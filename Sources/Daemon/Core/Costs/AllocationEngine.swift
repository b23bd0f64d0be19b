// Costs/AllocationEngine.swift — splits an amount between a region's members by a key: each
// factor's figures normalised over the members, weighted, summed, then rounded to the cent by
// largest remainder so the shares add up exactly. A key uses exactly its criteria: a figure the
// data lacks is `missing_statistics` naming every member × statistic, unless a substitute is
// configured (then `substitutions` says so and the status is `default`).

import Foundation
import PluginAPI

public enum AllocationEngine {
    /// The statistic whose value is each member's calculated cost for the state share of the
    /// employment services (unit prices × the statutory criteria of year t−2), not a table of its own.
    static let calculatedStateShare = Statistic.stateShareEmploymentServices

    /// Allocates `amount` (positive, whole cents) by `key` over `members` for `year`.
    public static func allocate(amount: Decimal, key: AllocationKey, members: [MunicipalityRef], statistics: StatisticsTable,
                                library: KeyLibrary, rule: DataYearRule, year: Int) throws(AllocationError) -> Allocation {
        let resolver = FigureResolver(statistics: statistics, policy: library.policy, members: members,
                                      region: key.region, pool: key.pool, year: year)
        var notes = key.notes
        var status = key.status
        var missing: [MissingStatistic] = []
        var columns: [(factor: AllocationFactor, values: [MunicipalityCode: Allocation.Input])] = []
        var resolvedByStatistic: [String: ResolvedFigures] = [:]
        var substitutions: [Allocation.Substitution] = []
        var dataDates: [String: EffectiveDate] = [:]
        var costs: [MunicipalityCode: Allocation.CalculatedCost]?
        var prices: UnitPriceVersion?

        for factor in key.factors where factor.weight > 0 {
            if factor.name == calculatedStateShare {
                guard let version = library.unitPrices.prices(year: year) else {
                    throw .unusable(statistic: factor.name, message: LocalizedText(
                        fi: "tiedostossa config/data/national/unit-prices.json ei ole vuoden \(year) perushintoja",
                        en: "no unit prices for \(year) in config/data/national/unit-prices.json"))
                }
                prices = version
                switch priced(version, resolver: resolver, members: members) {
                case .failure(let lacking): missing += lacking.figures
                case .success(let (perMember, resolved)):
                    costs = perMember
                    for item in resolved { record(item, &resolvedByStatistic, &substitutions, &dataDates) }
                    columns.append((factor, perMember.mapValues { cost in
                        Allocation.Input(statistic: factor.name, value: cost.amount.description, referenceDate: resolved[0].date,
                                         source: cost.parts.map { "\($0.unitPrice) € × \($0.figure) (\($0.statistic) \($0.referenceDate))" }.joined(separator: " + "),
                                         quality: resolved.map { worstQuality($0) }.max() ?? .secondary)
                    }))
                    status = status.weakest(.inferred)
                    notes.append(LocalizedText(
                        fi: "Kunkin jäsenen valtionosuus siirtyvistä TE-palveluista lasketaan sen laskennallisena kustannuksena: vuoden \(year) perushinnat × sen 18–64-vuotiaat asukkaat ja työttömät (palveluissa olevat mukaan lukien) 31.12.\(year - 2) (laki 618/2021 4 §, 7 § 5 mom; VN asetus 870/2024). Vuosina 2025 ja 2026 puolet ja neljännes siirtyvistä kustannuksista kohdennetaan sen sijaan TEM:n arvioiman kunnan todellisen kustannuksen mukaan (laki 384/2023, voimaantulosäännös 3–4 mom); arviot eivät ole kuntakohtaisesti julkisia eivätkä ole mukana tässä jaossa.",
                        en: "Each member's state share for the transferred TE services is computed as its calculated cost: the unit prices of \(year) × its residents aged 18–64 and its unemployed (those in services included) of 31.12.\(year - 2) (Laki 618/2021 4 §, 7 § 5 mom; VN asetus 870/2024). In 2025 and 2026 half resp. a quarter of the transferred costs are allocated by TEM's estimate of each municipality's actual costs instead (Laki 384/2023, voimaantulosäännös 3–4 mom); those estimates are not public per municipality and are not in this split."))
                }
                continue
            }
            switch resolver.resolve(factor.name, rule: rule) {
            case .failure(let lacking):
                missing += lacking.figures
            case .success(let resolved):
                record(resolved, &resolvedByStatistic, &substitutions, &dataDates)
                columns.append((factor, resolved.figures.mapValues { figure in
                    Allocation.Input(statistic: resolved.statistic, value: figure.value.plainText, referenceDate: figure.referenceDate,
                                     source: figure.citation, quality: figure.quality)
                }))
            }
        }
        guard missing.isEmpty else {
            throw .missing(missing, message: missingMessage(missing, key: key, year: year, rule: rule))
        }
        if !substitutions.isEmpty {
            status = status.weakest(.default)
            notes += substitutions.map { substitution in
                let who = substitution.municipalities?.joined(separator: ", ")
                return substitution.by == substitution.statistic
                    ? LocalizedText(
                        fi: "\(substitution.statistic): vanhemmat luvut korvaavat puuttuvat (\(who ?? "osa jäsenistä")) (config/data/keys/substitutes.json: \(substitution.reason))",
                        en: "\(substitution.statistic): older figures stand in for \(who ?? "some members") (config/data/keys/substitutes.json: \(substitution.reason))")
                    : LocalizedText(
                        fi: "\(substitution.statistic) puuttuu; \(substitution.by) korvaa sen kaikille jäsenille (config/data/keys/substitutes.json: \(substitution.reason))",
                        en: "\(substitution.statistic) is missing; \(substitution.by) stands in for every member (config/data/keys/substitutes.json: \(substitution.reason))")
            }
        }
        // A key made only of calculated state shares follows the state share's data year.
        let summarised = key.factors.allSatisfy { $0.name == calculatedStateShare } ? DataYearRule.statutoryTMinus2 : rule
        let dataYear = summary(rule: summarised, key: key, library: library, year: year, dates: dataDates)
        if !dataYear.fallbacks.isEmpty {
            notes.append(LocalizedText(
                fi: "Vuoden \(dataYear.year) lukuja ei vielä ole; käytetään uusimpia: "
                    + dataYear.fallbacks.map { "\($0.statistic) vuodelta \($0.usedYear)" }.joined(separator: ", ") + ".",
                en: "There are no figures of \(dataYear.year) yet; the newest are used: "
                    + dataYear.fallbacks.map { "\($0.statistic) of \($0.usedYear)" }.joined(separator: ", ") + "."))
        }
        // The statutory key in euros, when its own figures (no substitutes) carry every factor.
        if rule == .statutoryTMinus2, costs == nil, let version = library.unitPrices.prices(year: year),
           key.factors.allSatisfy({ factor in
               version.prices.contains { $0.statistic == factor.name } && resolvedByStatistic[factor.name] != nil
           }) {
            costs = calculatedCosts(version, resolved: key.factors.compactMap { resolvedByStatistic[$0.name] }, members: members)
            prices = version
        }

        var fractions: [(code: MunicipalityCode, fraction: Decimal)] = members.map { ($0.code, 0) }
        for (factor, values) in columns {
            let total = values.values.reduce(Decimal(0)) { $0 + (Decimal(string: $1.value) ?? 0) }
            guard total > 0 else {
                throw .unusable(statistic: factor.name, message: LocalizedText(
                    fi: "jäsenten luvut \(factor.name) ovat yhteensä 0, joten niillä ei voi jakaa summaa",
                    en: "the members' \(factor.name) figures add up to 0, so they cannot split an amount"))
            }
            for index in fractions.indices {
                let value = Decimal(string: values[fractions[index].code]!.value) ?? 0
                fractions[index].fraction += factor.weight * value / total
            }
        }
        let amounts = LargestRemainder.split(amount, fractions: fractions)
        let shares = members.map { member -> Allocation.Share in
            Allocation.Share(municipality: member,
                             fraction: LargestRemainder.rounded(fractions.first { $0.code == member.code }!.fraction, scale: 12, mode: .plain).plainText,
                             amount: Money(amounts[member.code]!),
                             inputs: Dictionary(uniqueKeysWithValues: columns.map { ($0.factor.name, $0.values[member.code]!) }),
                             calculatedCost: costs?[member.code])
        }
        return Allocation(region: key.region, year: year, pool: key.pool, amount: Money(amount), key: key.summary,
                          shares: shares.sorted { $0.municipality.name < $1.municipality.name },
                          dataDates: dataDates, substitutions: substitutions, dataYear: dataYear,
                          unitPrices: prices.map { Allocation.UnitPrices(from: $0.from, prices: $0.prices, basis: $0.basis) },
                          basis: key.basis + (prices?.basis ?? []), status: status, notes: notes)
    }

    private static func record(_ resolved: ResolvedFigures, _ byStatistic: inout [String: ResolvedFigures],
                               _ substitutions: inout [Allocation.Substitution], _ dates: inout [String: EffectiveDate]) {
        byStatistic[resolved.statistic] = resolved
        dates[resolved.statistic] = resolved.date
        for substitution in resolved.substitutions where !substitutions.contains(substitution) { substitutions.append(substitution) }
    }

    private static func worstQuality(_ resolved: ResolvedFigures) -> DataQuality {
        resolved.figures.values.map(\.quality).max() ?? .secondary
    }

    /// Every member's calculated cost from the priced criteria of year t−2.
    private static func priced(_ version: UnitPriceVersion, resolver: FigureResolver, members: [MunicipalityRef])
        -> Result<([MunicipalityCode: Allocation.CalculatedCost], [ResolvedFigures]), Lacking> {
        var resolved: [ResolvedFigures] = []
        var missing: [MissingStatistic] = []
        for price in version.prices {
            switch resolver.resolve(price.statistic, rule: .statutoryTMinus2) {
            case .success(let figures): resolved.append(figures)
            case .failure(let lacking): missing += lacking.figures
            }
        }
        guard missing.isEmpty else { return .failure(Lacking(figures: missing)) }
        return .success((calculatedCosts(version, resolved: resolved, members: members), resolved))
    }

    private static func calculatedCosts(_ version: UnitPriceVersion, resolved: [ResolvedFigures],
                                        members: [MunicipalityRef]) -> [MunicipalityCode: Allocation.CalculatedCost] {
        Dictionary(uniqueKeysWithValues: members.map { member in
            let parts = resolved.compactMap { figures -> Allocation.CostPart? in
                guard let price = version.prices.first(where: { $0.statistic == figures.statistic }),
                      let figure = figures.figures[member.code] else { return nil }
                return Allocation.CostPart(statistic: figures.statistic, figure: figure.value.plainText, referenceDate: figure.referenceDate,
                                           unitPrice: Money(price.price), amount: Money(LargestRemainder.rounded(price.price * figure.value, scale: 2, mode: .plain)))
            }
            return (member.code, Allocation.CalculatedCost(amount: Money(parts.reduce(Decimal(0)) { $0 + $1.amount.amount }), parts: parts))
        })
    }

    private static func summary(rule: DataYearRule, key: AllocationKey, library: KeyLibrary, year: Int,
                                dates: [String: EffectiveDate]) -> Allocation.DataYear {
        let pinned = key.factors.contains { library.policy.pin(region: key.region, pool: key.pool, statistic: $0.name) != nil }
        if pinned { return Allocation.DataYear(rule: "plan_table", year: dates.values.map(\.year).max() ?? year, fallbacks: []) }
        switch rule {
        case .statutoryTMinus2:
            return Allocation.DataYear(rule: rule.rawValue, year: year - 2, fallbacks: [])
        case .newestUpToYear:
            return Allocation.DataYear(rule: rule.rawValue, year: year, fallbacks: dates.filter { $0.value.year < year }
                .map { Allocation.DataYear.Fallback(statistic: $0.key, usedYear: $0.value.year) }.sorted { $0.statistic < $1.statistic })
        }
    }

    private static func missingMessage(_ missing: [MissingStatistic], key: AllocationKey, year: Int, rule: DataYearRule) -> LocalizedText {
        let byStatistic = Dictionary(grouping: missing, by: \.statistic)
        let parts = byStatistic.keys.sorted().map { statistic -> LocalizedText in
            let entries = byStatistic[statistic]!
            let names = entries.map(\.municipality.name).joined(separator: ", ")
            let date = entries.first?.referenceDate
            return LocalizedText(fi: "\(statistic) \(date.map { "päivältä \($0.finnish)" } ?? "31.12.\(year) mennessä") kunnille \(names)",
                                 en: "\(statistic)\(date.map { " of \($0)" } ?? " up to 31.12.\(year)") for \(names)")
        }
        let statutory = rule == .statutoryTMinus2
        return LocalizedText(
            fi: "jakoa \(key.region)/\(key.pool) vuodelle \(year) ei voi laskea: puuttuu " + parts.map(\.fi).joined(separator: "; ")
                + (statutory ? " (valtionosuus käyttää vuoden t−2 lukuja)" : "")
                + "; tuo ne komennolla `aluectl statistics import TIEDOSTO --statistic NIMI` tai määritä korvaava tilasto tiedostoon config/data/keys/substitutes.json",
            en: "cannot allocate \(key.region)/\(key.pool) for \(year): missing " + parts.map(\.en).joined(separator: "; ")
                + (statutory ? " (the state share uses the figures of year t−2)" : "")
                + "; import them with `aluectl statistics import FILE --statistic NAME`, or configure a substitute in config/data/keys/substitutes.json")
    }
}
