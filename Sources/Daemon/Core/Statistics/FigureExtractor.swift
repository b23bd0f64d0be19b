// Statistics/FigureExtractor.swift — turns a cube into one statistic's figures per municipality
// and reference date: finds the region and time dimensions, takes the total of every other
// dimension (or, for the two statistics that are parts of a table, sums exactly the ages 18–64 or
// the foreign mother tongues), skips the whole-country row and other areas, and says so.

import Foundation
import PluginAPI

/// The statistics an import can fill (ARCHITECTURE §10.4).
public enum ImportableStatistic: String, CaseIterable, Sendable {
    case population
    case population18to64 = "population_18_64"
    case broadUnemployment = "broad_unemployment"
    case unemployed
    case foreignLanguageSpeakers = "foreign_language_speakers"
}

/// One statistic's figures read from a file, with what was skipped and why.
public struct ExtractedFigures: Sendable {
    public struct Figure: Sendable, Equatable {
        public var municipality: MunicipalityCode
        public var referenceDate: EffectiveDate
        public var value: Decimal
    }

    public struct MissingFigure: Sendable, Equatable {
        public var municipality: MunicipalityCode
        public var referenceDate: EffectiveDate
        public var symbol: String
    }

    public var statistic: ImportableStatistic
    public var figures: [Figure]
    /// Cells marked missing (`..` and the like): not imported, so an allocation names them.
    public var missing: [MissingFigure]
    /// How the other dimensions were read, e.g. «Sukupuoli: Yhteensä».
    public var selections: [String]
    public var skippedTotals: [String]
    public var skippedAreas: [String]
    /// Municipality codes the directory does not know (merged away), skipped.
    public var unknownMunicipalities: [String]
    public var metadata: StatisticsCube.Metadata

    public var referenceDates: [EffectiveDate] { Array(Set(figures.map(\.referenceDate))).sorted() }
}

public enum FigureExtractor {
    public static func extract(_ cube: StatisticsCube, statistic: ImportableStatistic,
                               directory: MunicipalityDirectory) throws(StatisticsImportError) -> ExtractedFigures {
        let matcher = RegionMatcher(directory: directory)
        let regionIndex = try regionDimension(cube, matcher)
        let timeIndex = try timeDimension(cube, excluding: regionIndex)
        var selections: [String] = []
        // Per other dimension: the category indices whose cells are added up.
        var chosen: [[Int]] = Array(repeating: [], count: cube.dimensions.count)
        for (index, dimension) in cube.dimensions.enumerated() where index != regionIndex && index != timeIndex {
            let (indices, note) = try select(dimension, for: statistic)
            chosen[index] = indices
            selections.append(note)
        }
        let region = cube.dimensions[regionIndex]
        let time = cube.dimensions[timeIndex]
        let dates = try time.categories.map { category throws(StatisticsImportError) -> EffectiveDate in
            guard let period = TimePeriod(category.code) ?? TimePeriod(category.label) else {
                throw StatisticsImportError(fi: "ulottuvuuden \(time.name) aika '\(category.label)' ei ole vuosi (2023), kuukausi (2023M12), "
                                                + "vuosineljännes (2023Q4) eikä päivämäärä",
                                            en: "time value '\(category.label)' of \(time.name) is not a year (2023), month (2023M12), quarter (2023Q4) or date",
                                            at: category.location)
            }
            return period.referenceDate
        }
        var result = ExtractedFigures(statistic: statistic, figures: [], missing: [], selections: selections, skippedTotals: [],
                                      skippedAreas: [], unknownMunicipalities: [], metadata: cube.metadata)
        var seen: [MunicipalityCode: String] = [:]
        for (regionPosition, category) in region.categories.enumerated() {
            let code: MunicipalityCode
            switch matcher.kind(category) {
            case .total: result.skippedTotals.append(category.label); continue
            case .otherArea: result.skippedAreas.append(category.label); continue
            case .unknownMunicipality(let text): result.unknownMunicipalities.append(text); continue
            case .municipality(let found): code = found
            }
            if let earlier = seen.updateValue(category.label, forKey: code) {
                throw StatisticsImportError(fi: "'\(category.label)' ja '\(earlier)' ovat sama kunta (\(code))",
                                            en: "'\(category.label)' and '\(earlier)' are the same municipality (\(code))", at: category.location)
            }
            for (timePosition, date) in dates.enumerated() {
                chosen[regionIndex] = [regionPosition]
                chosen[timeIndex] = [timePosition]
                var total: Decimal = 0
                var symbol: String?
                for indices in combinations(chosen) {
                    switch cube.cell(at: indices) {
                    case .value(let value): total += value
                    case .missing(let mark): symbol = symbol ?? mark
                    }
                }
                if let symbol {
                    result.missing.append(.init(municipality: code, referenceDate: date, symbol: symbol))
                } else if total < 0 {
                    let cell = "\(category.label) \(time.categories[timePosition].label)"
                    throw StatisticsImportError(fi: "\(cell): \(total) on negatiivinen; lukumäärä ei voi olla",
                                                en: "\(cell): \(total) is negative; a count cannot be", at: category.location)
                } else {
                    result.figures.append(.init(municipality: code, referenceDate: date, value: total))
                }
            }
        }
        guard !result.figures.isEmpty || !result.missing.isEmpty else {
            throw StatisticsImportError(fi: "ulottuvuudessa \(region.name) ei ole yhtään kuntaa, jonka alued tuntee",
                                        en: "\(region.name) names no municipality this daemon knows", at: region.categories.first?.location)
        }
        return result
    }

    /// The dimension that names municipalities: by its name (Alue, Kunta …), else the one with `KU` codes, else the most matches.
    private static func regionDimension(_ cube: StatisticsCube, _ matcher: RegionMatcher) throws(StatisticsImportError) -> Int {
        let candidates = cube.dimensions.indices.filter { !cube.dimensions[$0].isTime && !cube.dimensions[$0].isMeasure }
        func municipalities(_ index: Int) -> Int {
            cube.dimensions[index].categories.filter { if case .municipality = matcher.kind($0) { return true } else { return false } }.count
        }
        if let named = candidates.first(where: { index in
            let dimension = cube.dimensions[index]
            return DimensionNames.region.contains(DimensionNames.normalized(dimension.code))
                || DimensionNames.region.contains(DimensionNames.normalized(dimension.label))
        }), municipalities(named) > 0 {
            return named
        }
        if let coded = candidates.first(where: { cube.dimensions[$0].categories.contains { $0.code.uppercased().hasPrefix("KU") } }) {
            return coded
        }
        guard let best = candidates.max(by: { municipalities($0) < municipalities($1) }), municipalities(best) > 0 else {
            let dimensions = cube.dimensions.map(\.name).joined(separator: ", ")
            throw StatisticsImportError(fi: "mikään ulottuvuus ei nimeä kuntia (esimerkiksi Alue, jossa KU398 tai Lahti); ulottuvuudet: \(dimensions)",
                                        en: "no dimension names municipalities (e.g. Alue with KU398 or Lahti); dimensions: \(dimensions)")
        }
        return best
    }

    private static func timeDimension(_ cube: StatisticsCube, excluding region: Int) throws(StatisticsImportError) -> Int {
        let others = cube.dimensions.indices.filter { $0 != region }
        if let marked = others.first(where: { cube.dimensions[$0].isTime }) { return marked }
        if let named = others.first(where: { DimensionNames.time.contains(DimensionNames.normalized(cube.dimensions[$0].label))
                                                || DimensionNames.time.contains(DimensionNames.normalized(cube.dimensions[$0].code)) }) {
            return named
        }
        throw StatisticsImportError(fi: "aikaulottuvuus puuttuu (Vuosi, Kuukausi …): lukujen viitepäivää ei tiedetä; pidä vuosi mukana viennissä",
                                    en: "no time dimension (Vuosi, Kuukausi …): the figures' reference date is unknown; keep the year in the export")
    }

    /// The categories of a dimension other than region and time whose cells make the statistic.
    private static func select(_ dimension: StatisticsCube.Dimension,
                               for statistic: ImportableStatistic) throws(StatisticsImportError) -> ([Int], String) {
        let name = DimensionNames.normalized(dimension.label)
        let code = DimensionNames.normalized(dimension.code)
        if dimension.categories.count == 1 {
            return ([0], "\(dimension.label): \(dimension.categories[0].label)")
        }
        if dimension.isMeasure || DimensionNames.measure.contains(name) || DimensionNames.measure.contains(code) {
            let figures = dimension.categories.prefix(6).map(\.label).joined(separator: ", ")
            throw StatisticsImportError(fi: "ulottuvuudessa \(dimension.name) on \(dimension.categories.count) eri lukua (\(figures)); "
                                            + "vie vain tilaston \(statistic.rawValue) luku",
                                        en: "\(dimension.name) holds \(dimension.categories.count) different figures (\(figures)); "
                                            + "export only the one for \(statistic.rawValue)", at: dimension.categories.first?.location)
        }
        if statistic == .population18to64, DimensionNames.age.contains(name) || DimensionNames.age.contains(code) {
            return try AgeSelection.workingAge(dimension)
        }
        if statistic == .foreignLanguageSpeakers, DimensionNames.language.contains(name) || DimensionNames.language.contains(code) {
            return LanguageSelection.foreign(dimension)
        }
        if let total = dimension.categories.firstIndex(where: isTotal) {
            return ([total], "\(dimension.label): \(dimension.categories[total].label) (the total)")
        }
        let values = dimension.categories.prefix(6).map(\.label).joined(separator: ", ")
        throw StatisticsImportError(fi: "ulottuvuudessa \(dimension.name) on \(dimension.categories.count) arvoa (\(values)) eikä summaa; "
                                        + "vie sen summa (Yhteensä) tai yksi arvo",
                                    en: "\(dimension.name) has \(dimension.categories.count) values (\(values)) and no total; "
                                        + "export its total (Yhteensä) or one value", at: dimension.categories.first?.location)
    }

    static func isTotal(_ category: StatisticsCube.Category) -> Bool {
        let label = DimensionNames.normalized(category.label)
        return category.code == "SSS" || label.hasPrefix("yhteensa") || label.hasSuffix("yhteensa") || label == "total" || label == "totalt"
            || label.hasPrefix("kaikki") || label.hasPrefix("alla")
    }

    /// Every combination of the chosen indices, one per dimension.
    private static func combinations(_ chosen: [[Int]]) -> [[Int]] {
        chosen.reduce([[]]) { partial, options in partial.flatMap { prefix in options.map { prefix + [$0] } } }
    }
}

/// Ages 18–64 from an age dimension: the category «18-64» itself, or single years and groups that
/// cover 18…64 exactly once (nothing straddling 18 or 64).
enum AgeSelection {
    static func workingAge(_ dimension: StatisticsCube.Dimension) throws(StatisticsImportError) -> ([Int], String) {
        let ranges = dimension.categories.map { range($0.label) ?? range($0.code) }
        if let exact = ranges.firstIndex(where: { $0 == 18...64 }) {
            return ([exact], "\(dimension.label): \(dimension.categories[exact].label)")
        }
        var covered = [Int](repeating: 0, count: 47)
        var chosen: [Int] = []
        for (index, range) in ranges.enumerated() {
            guard let range, range.overlaps(18...64), !FigureExtractor.isTotal(dimension.categories[index]) else { continue }
            guard range.lowerBound >= 18, range.upperBound <= 64 else {
                let group = dimension.categories[index].label
                throw StatisticsImportError(fi: "ikäryhmä '\(group)' ylittää 18 tai 64 vuoden rajan; vie yksivuotisikäryhmät tai ryhmä 18-64",
                                            en: "age group '\(group)' straddles 18 or 64; export single years or the group 18-64",
                                            at: dimension.categories[index].location)
            }
            for age in range { covered[age - 18] += 1 }
            chosen.append(index)
        }
        let gaps = covered.indices.filter { covered[$0] == 0 }.map { $0 + 18 }
        guard gaps.isEmpty, covered.allSatisfy({ $0 == 1 }) else {
            let ages = gaps.map(String.init).joined(separator: ", ")
            throw gaps.isEmpty
                ? StatisticsImportError(fi: "ulottuvuudessa \(dimension.label) on ikävuosia väliltä 18–64 useammin kuin kerran",
                                        en: "ages between 18 and 64 appear more than once in \(dimension.label)", at: dimension.categories.first?.location)
                : StatisticsImportError(fi: "ulottuvuudesta \(dimension.label) puuttuvat ikävuodet \(ages) väliltä 18–64",
                                        en: "\(dimension.label) lacks the ages \(ages) of 18–64", at: dimension.categories.first?.location)
        }
        return (chosen, "\(dimension.label): the sum of ages 18–64 (\(chosen.count) values)")
    }

    /// `18`, `018`, `18-64`, `18 - 64`, `18–64`, `100 -` (open-ended: up to 120).
    static func range(_ text: String) -> ClosedRange<Int>? {
        let parts = text.replacingOccurrences(of: "–", with: "-").split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard let low = parts.first.flatMap({ Int($0) }) else { return nil }
        switch parts.count {
        case 1: return low...low
        case 2: return parts[1].isEmpty ? low...120 : Int(parts[1]).flatMap { $0 >= low ? low...$0 : nil }
        default: return nil
        }
    }
}

/// Foreign-language speakers (mother tongue other than Finnish, Swedish or Sami) from a language
/// dimension: its «foreign languages total», or else the sum of every other language.
enum LanguageSelection {
    private static let foreignTotals = ["vieraskieli", "vieraatkielet", "muutkielet", "foreignlanguages", "frammandesprak", "ovrigasprak"]
    private static let domestic: Set<String> = ["fi", "sv", "se", "suomi", "ruotsi", "saame", "finnish", "swedish", "sami", "saami",
                                                "finska", "svenska", "samiska"]
    private static let domesticTotals = ["kotimaiset", "domestic", "national", "inhemska"]

    static func foreign(_ dimension: StatisticsCube.Dimension) -> ([Int], String) {
        if let total = dimension.categories.firstIndex(where: { category in
            let label = DimensionNames.normalized(category.label)
            return foreignTotals.contains { label.hasPrefix($0) }
        }) {
            return ([total], "\(dimension.label): \(dimension.categories[total].label)")
        }
        let chosen = dimension.categories.indices.filter { index in
            let category = dimension.categories[index]
            let label = DimensionNames.normalized(category.label)
            return !FigureExtractor.isTotal(category) && !domestic.contains(category.code.lowercased()) && !domestic.contains(label)
                && !domesticTotals.contains { label.hasPrefix($0) }
        }
        return (chosen, "\(dimension.label): the sum of \(chosen.count) languages other than Finnish, Swedish and Sami")
    }
}
