// Membership.swift — who TyöHäme is: its seven members, Hämeenlinna as responsible municipality,
// and the two sub-areas the plan works with.

import PluginAPI

enum Membership {
    static let hameenlinna = MunicipalityRef(code: "109", name: "Hämeenlinna")
    static let hattula = MunicipalityRef(code: "082", name: "Hattula")
    static let forssa = MunicipalityRef(code: "061", name: "Forssa")
    static let tammela = MunicipalityRef(code: "834", name: "Tammela")
    static let jokioinen = MunicipalityRef(code: "169", name: "Jokioinen")
    static let ypaja = MunicipalityRef(code: "981", name: "Ypäjä")
    static let humppila = MunicipalityRef(code: "103", name: "Humppila")

    /// In the order the plan lists them (line 96).
    static let members = [hameenlinna, hattula, forssa, tammela, jokioinen, ypaja, humppila]

    static let declaration = RegionDeclaration(
        id: "tyohame",
        name: "TyöHäme-työllisyysalue",
        version: "1.0.0",
        members: members,
        responsibleMunicipality: hameenlinna,
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [Passage.members, Passage.responsibleMunicipality],
        // The plan names no period it covers (no year range, no «suunnitelmakausi»; its figures are
        // 2019 and 2023 data), so no answer is marked as past one: docs/regions/tyohame.md.
        planPeriod: nil)

    /// The member called `name` (Finnish, exactly as in the classification), if any.
    static func member(named name: String) -> MunicipalityRef? {
        members.first { $0.name == name }
    }
}
