// Statistics/TimePeriod.swift — a PxWeb time value as the reference date of its figures. Statistics
// Finland's population structure counts residents on 31 December, so a year stands for its last
// day; a month (`2023M06`) or quarter (`2023Q2`) for its last day; a full date for itself.

import Foundation
import PluginAPI

struct TimePeriod {
    let referenceDate: EffectiveDate

    init?(_ text: String) {
        let value = text.trimmingCharacters(in: .whitespaces)
        let characters = Array(value)
        guard characters.count >= 4, let year = Int(String(characters[0..<4])), (1900...2999).contains(year) else {
            if let date = TimePeriod.finnishDate(value) { referenceDate = date; return }
            return nil
        }
        let rest = String(characters[4...])
        switch rest.first {
        case nil:
            referenceDate = EffectiveDate(year: year, month: 12, day: 31)!
        case "M"?:
            guard let month = Int(rest.dropFirst()), (1...12).contains(month), rest.count == 3 else { return nil }
            referenceDate = EffectiveDate(year: year, month: month, day: EffectiveDate.daysIn(month: month, year: year))!
        case "Q"?, "K"?:
            guard let quarter = Int(rest.dropFirst()), (1...4).contains(quarter), rest.count == 2 else { return nil }
            referenceDate = EffectiveDate(year: year, month: quarter * 3, day: EffectiveDate.daysIn(month: quarter * 3, year: year))!
        case "-"?:
            guard let date = EffectiveDate(iso: value) else { return nil }
            referenceDate = date
        default:
            return nil
        }
    }

    /// `31.12.2023`, as Finnish labels write a day.
    private static func finnishDate(_ text: String) -> EffectiveDate? {
        let parts = text.split(separator: ".").map { Int($0) }
        guard parts.count == 3, let day = parts[0], let month = parts[1], let year = parts[2] else { return nil }
        return EffectiveDate(year: year, month: month, day: day)
    }
}

/// How PxWeb names the variables in Finnish, Swedish and English, for files that do not mark them.
enum DimensionNames {
    static let time: Set<String> = ["vuosi", "year", "ar", "kuukausi", "month", "manad", "vuosineljannes", "quarter", "kvartal", "aika", "time", "tid"]
    static let region: Set<String> = ["alue", "region", "omrade", "kunta", "municipality", "kommun", "area"]
    static let measure: Set<String> = ["tiedot", "information", "uppgifter", "contents"]
    static let age: Set<String> = ["ika", "age", "alder", "ikaryhma", "ikaryhmat", "agegroup", "aldersgrupp"]
    static let language: Set<String> = ["kieli", "aidinkieli", "language", "sprak", "modersmal", "mothertongue"]

    static func isStubHeader(_ name: String) -> Bool {
        let key = normalized(name)
        return time.contains(key) || region.contains(key)
    }

    /// Lowercase ASCII letters only: `Ikä` → `ika`, `Vuosineljännes` → `vuosineljannes`.
    static func normalized(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter { $0.isLetter }
    }
}
