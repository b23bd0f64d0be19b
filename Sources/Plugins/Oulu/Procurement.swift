// Procurement.swift — how the Oulu area procures each service, as the procurement part of a rule:
// own production by the members or by Oulu, central purchase by Oulu, purchase from the Turku area,
// or not at all (the wellbeing county's and the state's own services), each with its passages.

import PluginAPI

/// The plan centralises every purchase in Oulu (L115, L329) but names no procurement model,
/// framework agreement, provider or contract period: purchases are `other` until the contracts
/// are known, and the notes say so.
enum OuluProcurement {
    private static let purchasedCategory = "ostopalvelut, hankitaan keskitetysti (LIITE 1)"

    /// A service the plan delegates to the members «tuotettavaksi lähipalveluina» (`delegation`,
    /// L119 or L290): each member produces it itself.
    static func membersOwnProduction(_ delegation: Citation, listing: Citation) -> ProcurementTerms {
        ProcurementTerms(
            ProcurementOutcome(model: .ownProduction, procuringAuthority: Parties.members, categories: ["lähipalvelu kunnissa (LIITE 1)"]),
            grounds: Grounds([delegation, listing], notes: [LocalizedText(
                fi: "Jäsenkuntien omaa tuotantoa: suunnitelma delegoi palvelun kunnille tuotettavaksi lähipalveluna (\(delegation.lineRef.fi)).",
                en: "The members' own production: the plan delegates the service to the municipalities to produce as a local "
                    + "service (\(delegation.lineRef.en)).")]))
    }

    /// A service LIITE 1 lists among «KESKITETTÄVÄT PALVELUT OMANA TUOTANTONA (VASTUUKUNTA)»:
    /// Oulu's own production.
    static func ouluOwnProduction(_ listings: [Citation]) -> ProcurementTerms {
        ProcurementTerms(
            ProcurementOutcome(model: .ownProduction, procuringAuthority: Parties.oulu,
                               categories: ["keskitettävät palvelut omana tuotantona (LIITE 1)"]),
            grounds: Grounds([Plan.annex1CentralisedHeading] + listings, notes: [LocalizedText(
                fi: "Vastuukunnan omaa tuotantoa: LIITE 1 luettelee palvelun sarakkeessa «KESKITETTÄVÄT PALVELUT OMANA TUOTANTONA "
                    + "(VASTUUKUNTA)» (r. 629–630).",
                en: "Oulu's own production: LIITE 1 lists the service under «KESKITETTÄVÄT PALVELUT OMANA TUOTANTONA (VASTUUKUNTA)» "
                    + "(L629-630).")]))
    }

    /// A statutory service Oulu purchases for the whole area (L115); `item` is its LIITE 1 entry
    /// when LIITE 1 lists it among the purchases.
    static func centralPurchase(_ item: String?, passages: [Citation] = []) -> ProcurementTerms {
        ProcurementTerms(
            ProcurementOutcome(model: .other, procuringAuthority: Parties.oulu, categories: [purchasedCategory] + (item.map { [$0] } ?? [])),
            grounds: Grounds([Plan.centralProcurement] + passages + (item.map { [Plan.annex1(.annex1Purchased, $0)] } ?? []),
                             notes: [LocalizedText(
                                fi: "Oulu hankkii palvelun keskitetysti koko alueelle (r. 115). Suunnitelma ei nimeä hankintamallia, "
                                    + "puitejärjestelyä, tuottajaa eikä sopimuskautta, joten malli on 'other'.",
                                en: "Oulu purchases the service centrally for the whole area (L115). The plan names no procurement model, "
                                    + "framework agreement, provider or contract period, so the model is 'other'.")]))
    }

    /// Joint-purchase training: a central purchase (L314, L318) which Oulu makes together with the
    /// employer who takes part — the model read from the service's name, which replaces the central
    /// purchase's note that the model is unnamed.
    static let jointPurchaseWithEmployer: ProcurementTerms = {
        var terms = centralPurchase("Yhteishankintakoulutus", passages: [Plan.purchasedEmployerServices, Plan.jointPurchaseTraining])
        terms.outcome.model = .jointProcurement
        terms.outcome.partners = [Parties.employer]
        terms.grounds = Grounds(terms.grounds.basis, .inferred, notes: [LocalizedText(
            fi: "Päätelty: suunnitelma ei nimeä hankintamallia; yhteishankinta työnantajan kanssa luetaan palvelun nimestä "
                + "«Yhteishankintakoulutukset» (r. 318). "
                + "Suunnitelma ei kerro työnantajan osuutta.",
            en: "Inferred: the plan names no procurement model; a joint purchase with the employer is read from the service's name "
                + "«Yhteishankintakoulutukset» (L318). "
                + "The plan gives no employer's share.")])
        return terms
    }()

    /// Maritime job placement, bought from the Turku employment area (L187).
    static let fromTurku = ProcurementTerms(
        ProcurementOutcome(model: .purchasedFromOtherAuthority, procuringAuthority: Parties.oulu, partners: [Parties.turkuArea],
                           categories: ["toisen työllisyysalueen keskitetysti hoitama palvelu"]),
        grounds: Grounds([Plan.turkuPurchase], notes: [LocalizedText(
            fi: "Oulu ostaa palvelun Turun työllisyysalueelta (r. 187).",
            en: "Oulu buys the service from the Turku employment area (L187).")]))

    /// A service the wellbeing county Pohde organises itself (`passage`), not procured by the area.
    static func byWellbeingCounty(_ passage: Citation) -> ProcurementTerms {
        ProcurementTerms(
            ProcurementOutcome(model: .other, procuringAuthority: Parties.pohde, categories: ["hyvinvointialueen järjestämä palvelu"]),
            grounds: Grounds([passage, Plan.pohde], notes: [LocalizedText(
                fi: "Hyvinvointialue Pohde järjestää palvelun itse (\(passage.lineRef.fi), 547); työllisyysalue ei hanki sitä.",
                en: "The wellbeing county Pohde organises the service itself (\(passage.lineRef.en), L547); the area does not procure it.")]))
    }

    /// Statements the state makes centrally itself (L177–181), not procured by the area.
    static func byState(_ passages: [Citation]) -> ProcurementTerms {
        ProcurementTerms(
            ProcurementOutcome(model: .other, procuringAuthority: Parties.state, categories: ["valtion keskitetysti tuottama palvelu"]),
            grounds: Grounds(passages, notes: [LocalizedText(
                fi: "Valtio tuottaa palvelun keskitetysti itse (r. 177–181); työllisyysalue ei hanki sitä.",
                en: "The state produces the service centrally itself (L177-181); the area does not procure it.")]))
    }
}
