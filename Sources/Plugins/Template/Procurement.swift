// Procurement.swift — how the template area procures its services: the members' and the responsible
// municipality's own production, and the one framework agreement for labour-market training.

import PluginAPI

/// The procurement half of each rule (`procurement.get` shows it). Name the model the plan names;
/// where it names none, say `other` and explain in the rule's notes rather than guess a model.
enum Procurement {
    /// Local services: each member produces them with its own staff (L12-14).
    static let membersOwnProduction = ProcurementOutcome(
        model: .ownProduction, procuringAuthority: Party(name: "kukin jäsenkunta"), categories: ["lähipalvelut (2.1)"])

    /// Centralised services: the responsible municipality's own production (L17-18).
    static let responsibleOwnProduction = ProcurementOutcome(
        model: .ownProduction, procuringAuthority: Members.kolari.party, categories: ["keskitetyt palvelut (2.2)"])

    /// Labour-market training: Kolari tenders one framework agreement for the whole area (L21-22).
    static let trainingFrameworkAgreement = ProcurementOutcome(
        model: .frameworkAgreement, procuringAuthority: Members.kolari.party,
        partners: Members.all.filter { $0 != Members.kolari }.map(\.party), categories: ["ostopalvelut (2.3)"])
}
