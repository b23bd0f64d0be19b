// Procurement.swift — how the template area procures its services: the members' and the responsible
// municipality's own production, and the one framework agreement for labour-market training.

import PluginAPI

/// The procurement part of each rule (`procurement.get` shows it), with the passage that names the
/// model. Where the plan names no model, say `other` and explain in a note rather than guess one.
enum Procurement {
    /// Local services: each member produces them with its own staff (L12-14).
    static let membersOwnProduction = ProcurementTerms(
        ProcurementOutcome(model: .ownProduction, procuringAuthority: Party(name: "kukin jäsenkunta"),
                           categories: ["lähipalvelut (2.1)"]),
        grounds: Grounds([Plan.localPlanAndJobSearch, Plan.servicePoints], .inferred, notes: [LocalizedText(
            fi: "Päätelty: suunnitelma sijoittaa lähipalvelut jäsenkuntien palvelupisteisiin (r. 12–13) eikä mainitse "
                + "hankintaa, joten ne ovat kunnan omaa tuotantoa.",
            en: "Inferred: the plan places local services at the members' own service points (L12-13) and names no "
                + "purchase, so they are the member's own production.")]))

    /// Centralised services: the responsible municipality's own production (L17-18).
    static func responsibleOwnProduction(_ passage: Citation) -> ProcurementTerms {
        ProcurementTerms(
            ProcurementOutcome(model: .ownProduction, procuringAuthority: Members.kolari.party,
                               categories: ["keskitetyt palvelut (2.2)"]),
            grounds: Grounds([passage], .inferred, notes: [LocalizedText(
                fi: "Päätelty: suunnitelma keskittää palvelun vastuukuntaan (luku 2.2) eikä mainitse hankintaa, joten se on "
                    + "Kolarin omaa tuotantoa.",
                en: "Inferred: the plan centralises the service in the responsible municipality (section 2.2) and names no "
                    + "purchase, so it is Kolari's own production.")]))
    }

    /// Labour-market training: Kolari tenders one framework agreement for the whole area (L21-22) —
    /// the plan names the model, so this part is explicit.
    static let trainingFrameworkAgreement = ProcurementTerms(
        ProcurementOutcome(model: .frameworkAgreement, procuringAuthority: Members.kolari.party,
                           partners: Members.all.filter { $0 != Members.kolari }.map(\.party),
                           categories: ["ostopalvelut (2.3)"]),
        grounds: Grounds([Plan.trainingJointlyProcured, Plan.trainingFrameworkAgreement]))
}
