// AllocationKeys.swift — the area's cost pools and the keys that split them between the members
// (`costs.allocate`): the shared budget from 2025 and the preparation costs of 2023–2024.

import PluginAPI

enum AllocationKeys {
    enum Pool: String, CaseIterable {
        /// The area's budget from 2025 (plan §3.1 line 268). The default pool.
        case sharedServices = "shared_services"
        /// The preparation costs of 2023–2024, by population (plan §3.1 line 270).
        case preparation = "preparation_2023_2024"
    }

    /// The key of `query.pool` for `query.year`; `settings(day)` gives the settings in force on a day.
    static func key(_ query: AllocationKeyQuery, declaration: RegionDeclaration,
                    settings: (EffectiveDate) throws(DecisionError) -> Settings) throws(DecisionError) -> AllocationKey {
        let name = query.pool ?? Pool.sharedServices.rawValue
        guard let pool = Pool(rawValue: name) else {
            let pools = Pool.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidParameter(LocalizedText(fi: "tuntematon pooli '\(name)'; alueen poolit: \(pools)",
                                                  en: "unknown pool '\(name)'; this region has: \(pools)"))
        }
        guard let start = EffectiveDate(year: query.year, month: 1, day: 1),
              let end = EffectiveDate(year: query.year, month: 12, day: 31) else {
            throw .invalidParameter(LocalizedText(fi: "\(query.year) ei ole vuosi", en: "\(query.year) is not a year"))
        }
        switch pool {
        case .sharedServices:
            try declaration.requireInEffect(on: end)
            // A year's key is the one in force on its first day in effect.
            return Costs.sharedServicesKey(try settings(max(start, declaration.effectiveFrom)), region: declaration.id, year: query.year)
        case .preparation:
            guard (2023...2024).contains(query.year) else {
                throw .invalidParameter(LocalizedText(
                    fi: "pooli '\(pool.rawValue)' kattaa vain vuosien 2023–2024 valmistelukustannukset, ei vuotta \(query.year)",
                    en: "pool '\(pool.rawValue)' covers the preparation costs of 2023–2024 only, not \(query.year)"))
            }
            return AllocationKey(region: declaration.id, pool: pool.rawValue, year: query.year,
                                 factors: [AllocationFactor(name: Statistic.population, weight: 1,
                                                            source: "\(Document.plan) \(Heading.finances), line 270")],
                                 basis: [Passage.preparationCosts], status: .explicit,
                                 notes: [LocalizedText(
                                    fi: "Vuosien 2023–2024 valmistelukustannukset jaetaan asukasluvun suhteessa (suunnitelma r. 270); "
                                        + "asukasluvun ajankohtaa ei kerrota.",
                                    en: "The preparation costs of 2023–2024 are shared by population (plan L270); the population's "
                                        + "reference date is not stated.")])
        }
    }
}
