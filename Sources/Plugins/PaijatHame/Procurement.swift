// Procurement.swift — the common shapes of the area's procurement parts: the area's own production of
// person-client services, the dynamic purchasing ring founded by Lahti, grants, and services another
// body arranges.

import PluginAPI

enum Procurement {
    /// The categories of the ring's provider register (plan §4.1.1 lines 403–407, «vähintään kolme luokkaa»).
    static let ringCategories = ["1) Suora työllistyminen", "2) Osaamisen, tiedon ja taidon kasvaminen",
                                 "3) Osallisuuden kasvu ja sosiaalisten riskien minimimoinen"]

    /// A person-client service: the area produces it itself under Hollola (plan line 366). Explicit where
    /// the plan names the service among the person-client services moving to the area (`namedIn`, line
    /// 356); inferred where the catalog's service is only read as one of them.
    static func personClientOwnProduction(namedIn: Citation?, partners: [Party] = []) -> ProcurementTerms {
        let note = LocalizedText(
            fi: "Henkilöasiakkaiden palvelut tuotetaan alueella itse vastuukunta Hollolan alaisuudessa (suunnitelma r. 366); "
                + "suunnitelman palvelukohtainen liite (liite 3) puuttuu asiakirjoista ja voi tarkentaa tätä.",
            en: "Person-client services are produced by the area itself under Hollola, the responsible municipality (plan L366); "
                + "the plan's per-service annex (its annex 3) is missing from the documents and may refine this.")
        let grounds = namedIn.map { Grounds([$0, Passage.ownProduction, Passage.authorityUnderLead], notes: [note]) }
            ?? Grounds([Passage.ownProduction, Passage.authorityUnderLead], .inferred, notes: [LocalizedText(
                fi: "Päätelty: palvelu luetaan henkilöasiakkaan palveluksi, vaikka suunnitelman taulukko ei nimeä sitä erikseen (r. 356).",
                en: "Inferred: the service is read as a person-client service, though the plan's table does not name it (L356)."), note])
        return ProcurementTerms(ProcurementOutcome(model: .ownProduction, procuringAuthority: Parties.area, partners: partners),
                                grounds: grounds)
    }

    /// The area's own production where the documents place the service with the area without saying so
    /// for this service (`grounds` say how).
    static func ownProduction(partners: [Party] = [], _ grounds: Grounds) -> ProcurementTerms {
        ProcurementTerms(ProcurementOutcome(model: .ownProduction, procuringAuthority: Parties.area, partners: partners),
                         grounds: grounds)
    }

    /// Bought services: Hollola procures for the area (plan line 384), all members belong to the dynamic
    /// purchasing ring Lahti founded (line 384), whose provider register receives outcome-based
    /// mini-competitions (line 401). Inferred: the agreement says the authorities «voivat» use the register
    /// and procure mainly independently (annex 1 line 5), so a purchase may still be made otherwise.
    static let purchasingRing = ProcurementTerms(
        ProcurementOutcome(model: .dynamicPurchasingSystem, procuringAuthority: Parties.procuringAuthority,
                           partners: [Lahti.party], categories: ringCategories),
        grounds: Grounds([Passage.purchasedServices, Passage.procuringAuthorities, Passage.purchasingRingMembership,
                          Passage.outcomeBasedMiniCompetitions, Passage.purchasingRingScope, Passage.procurementIndependent,
                          Passage.outcomeRegister], .inferred, notes: [
            LocalizedText(
                fi: "Päätelty: suunnitelma nimeää palvelun ostopalveluksi (r. 374); Hollola hankkii alueen puolesta (r. 384), ja "
                    + "kaikki jäsenkunnat kuuluvat Lahden perustamaan dynaamiseen hankintarenkaaseen, jonka "
                    + "palveluntuottajarekisteriin kohdennetaan tulosperusteisia minikilpailutuksia (r. 384–401).",
                en: "Inferred: the plan names the service as bought (L374); Hollola procures for the area (L384), and all members "
                    + "belong to the dynamic purchasing ring founded by Lahti, whose provider register receives outcome-based "
                    + "mini-competitions (L384-401)."),
            LocalizedText(
                fi: "Yhteistyösopimuksen mukaan viranomaiset hankkivat pääosin itsenäisesti ja «voivat» käyttää maakunnan yhteistä "
                    + "dynaamista hankintarekisteriä (liite 1, r. 5), ja suunnitelman palvelukohtainen liite puuttuu, joten "
                    + "yksittäinen hankinta voidaan kilpailuttaa muutenkin.",
                en: "By the cooperation agreement the authorities procure mainly independently and «may» use the province's "
                    + "shared dynamic register (annex 1 L5), and the plan's per-service annex is missing, so a given purchase "
                    + "may still be tendered otherwise."),
        ]))

    /// A subsidy or compensation the area decides and pays as an official act under Hollola: granted, not procured.
    static let grant = ProcurementTerms(
        ProcurementOutcome(model: .grant, procuringAuthority: Parties.area),
        grounds: Grounds([Passage.authorityUnderLead, Passage.officialPowers], .inferred, notes: [LocalizedText(
            fi: "Päätelty: tuki tai korvaus on viranomaispäätös, jonka alue tekee vastuukunta Hollolan alaisuudessa "
                + "(suunnitelma r. 123, 366): se myönnetään, ei hankita.",
            en: "Inferred: the subsidy or compensation is an official decision the area makes under Hollola (plan L123, L366): "
                + "it is granted, not procured.")]))

    /// A service another body arranges (`party`): the area procures nothing; model `other`.
    static func arrangedBy(_ party: Party, partners: [Party] = [], categories: [String] = [], _ grounds: Grounds) -> ProcurementTerms {
        ProcurementTerms(ProcurementOutcome(model: .other, procuringAuthority: party, partners: partners, categories: categories),
                         grounds: grounds)
    }
}
