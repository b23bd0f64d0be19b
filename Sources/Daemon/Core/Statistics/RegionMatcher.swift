// Statistics/RegionMatcher.swift — reads a region as Statistics Finland writes it: `KU398`, `398`,
// `KU398 Lahti` (code and text), `Lahti`, `Lahti - Lahtis` (both languages), `Lahtis`; the whole
// country (`SSS`, «KOKO MAA») and other areas (`MK07` regions, `SK…` sub-regions, ELY areas).

import Foundation
import PluginAPI

enum RegionKind: Equatable {
    case municipality(MunicipalityCode)
    /// The whole country: a total row, never a municipality's figure.
    case total
    /// A municipality code the directory does not know (e.g. one merged away before the table's year).
    case unknownMunicipality(String)
    /// A region, sub-region, ELY area or anything else that is not one municipality.
    case otherArea
}

struct RegionMatcher {
    let directory: MunicipalityDirectory

    private static let totals: Set<String> = ["sss", "kokomaa", "wholecountry", "helalandet", "finland", "suomi", "yhteensa", "total", "totalt"]

    func kind(_ category: StatisticsCube.Category) -> RegionKind {
        for text in [category.code, category.label] {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let firstWord = trimmed.split(separator: " ").first.map(String.init) ?? trimmed
            if Self.totals.contains(DimensionNames.normalized(trimmed)) || firstWord == "SSS" { return .total }
            if let code = municipalityCode(trimmed) {
                return directory.record(code) == nil ? .unknownMunicipality(trimmed) : .municipality(code)
            }
        }
        for text in [category.label, category.code] {
            for part in text.components(separatedBy: " - ") + [text] {
                if let record = directory.resolve(part.trimmingCharacters(in: .whitespaces)) { return .municipality(record.code) }
            }
        }
        return .otherArea
    }

    /// `KU398`, `398` or `KU398 Lahti`: the three digits of a municipality code.
    private func municipalityCode(_ text: String) -> MunicipalityCode? {
        let first = text.split(separator: " ").first.map(String.init) ?? text
        let digits = first.uppercased().hasPrefix("KU") ? String(first.dropFirst(2)) : first
        return MunicipalityCode(rawValue: digits)
    }
}
