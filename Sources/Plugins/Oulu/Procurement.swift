// Procurement.swift — how the Oulu area procures each production mode: own production by the
// members or by Oulu, central purchase by Oulu, purchase from the Turku area, or not at all.

import PluginAPI

/// The plan centralises every purchase in Oulu (L115, L329) but names no procurement model,
/// framework agreement, provider or contract period: purchases are `other` until the contracts
/// are known, and the notes of each purchased service say so.
enum OuluProcurement {
    /// A delegated local service, produced by each member with its own staff (L84, L579).
    static let memberOwnProduction = ProcurementOutcome(
        model: .ownProduction, procuringAuthority: Parties.members, categories: ["lähipalvelu kunnissa (LIITE 1)"])

    /// Centralised own production by Oulu's staff (L84, L579).
    static let ouluOwnProduction = ProcurementOutcome(
        model: .ownProduction, procuringAuthority: Parties.oulu,
        categories: ["keskitettävät palvelut omana tuotantona (LIITE 1)"])

    /// A statutory service Oulu tenders for the whole area; `item` is its LIITE 1 entry.
    static func centralPurchase(_ item: String) -> ProcurementOutcome {
        ProcurementOutcome(model: .other, procuringAuthority: Parties.oulu,
                           categories: ["ostopalvelut, hankitaan keskitetysti (LIITE 1)", item])
    }

    /// Joint-purchase training: Oulu buys it together with the employer who co-funds it.
    static let jointPurchaseWithEmployer = ProcurementOutcome(
        model: .jointProcurement, procuringAuthority: Parties.oulu, partners: [Parties.employer],
        categories: ["ostopalvelut, hankitaan keskitetysti (LIITE 1)", "Yhteishankintakoulutus"])

    /// Maritime job placement, bought from the Turku employment area (L187).
    static let fromTurku = ProcurementOutcome(
        model: .purchasedFromOtherAuthority, procuringAuthority: Parties.oulu, partners: [Parties.turkuArea],
        categories: ["toisen työllisyysalueen keskitetysti hoitama palvelu"])

    /// Organised by the wellbeing services county, not procured by the area (L153, L163).
    static let byWellbeingCounty = ProcurementOutcome(
        model: .other, procuringAuthority: Parties.pohde, categories: ["hyvinvointialueen järjestämä palvelu"])

    /// Produced centrally by the state, not procured by the area (L131, L177–181).
    static let byState = ProcurementOutcome(
        model: .other, procuringAuthority: Parties.state, categories: ["valtion keskitetysti tuottama palvelu"])
}

extension OuluPlugin {
    /// `procurement.get`: the rule as the area organises it, for no municipality in particular.
    func procurementDecision(for query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        try declaration.requireInEffect(on: query.date)
        let context = RuleContext(question: .procurement, member: nil, settings: try settings(on: query.date))
        return declaration.procurementDecision(query, try Rules.rule(query.service, context))
    }
}
