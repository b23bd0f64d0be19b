// Purchases.swift — the central purchases whose rule is more than the purchased mode with a
// passage: coaching (which a member may also give itself), the training trial (which the plan puts
// both among purchases and among local services) and joint-purchase training (bought with an employer).

import PluginAPI

extension Rules {
    /// L203–204: coaching is bought by Oulu, the coach refers and does the authority work; a member
    /// may also coach with its own staff, and LIITE 1 lists it among the local services too (`alsoLocal`).
    func coaching(_ member: Member?, _ item: String, alsoLocal: String) -> ServiceRule {
        purchased(member, [Plan.purchasedCompetenceServices,
                           Plan.cite(.competence, "203", "**Valmennukset** (työnhakuvalmennus, uravalmennus ja työhönvalmennus)"),
                           Plan.cite(.competence, "204", "Kunnan omavalmentaja ohjaa asiakasta palveluun ja tekee palvelun edellyttämän viranomaistyön"),
                           Plan.cite(.competence, "204", "Työllisyysalueen kunta voi tuottaa valmennuspalveluja myös omana tuotantona ostopalvelun lisäksi."),
                           Plan.annex1(.annex1Local, alsoLocal)],
                  listed: item, cost: sharedPurchase(item), notes: [LocalizedText(
                    fi: "Oulu ostaa valmennuksen keskitetysti; kunnan omavalmentaja ohjaa asiakkaan ja tekee palvelun edellyttämän "
                        + "viranomaistyön (r. 204). Kunta voi tuottaa valmennusta myös omalla henkilöstöllään (r. 204), ja LIITE 1 luettelee "
                        + "sen myös lähipalveluihin.",
                    en: "Bought centrally by Oulu; the municipality's coach refers the client and does the authority work (L204). A member "
                        + "may also coach with its own staff (L204), and LIITE 1 lists it among the local services too.")])
    }

    /// Koulutuskokeilu: the body lists it among the purchases (L201, L205), LIITE 1 among the local
    /// services (L630); the parameter `koulutuskokeilu_delivery` chooses, so every part is its status.
    func trainingTrial(_ member: Member?) -> ServiceRule {
        let setting = settings.trainingTrialDelivery
        let body = [Plan.purchasedCompetenceServices, Plan.cite(.competence, "205", "b. **Koulutuskokeilut.**"),
                    Plan.cite(.competence, "206", "Kunnan omavalmentaja ohjaa asiakasta palveluun ja tekee palvelun edellyttämän viranomaistyön")]
        let rule: ServiceRule
        switch setting.value {
        case .purchased:
            var purchase = purchased(member, body + [Plan.annex1(.annex1Local, "Koulutuskokeilu")], listed: nil,
                                     cost: Costs.unlistedPurchase("koulutuskokeilu", poolKey()))
            // LIITE 1 has no purchase entry for it: the body's list of purchases (L201, L205) is the procurement's passage.
            purchase.procurement.grounds = purchase.procurement.grounds.adding(Array(body.prefix(2)))
            rule = purchase
        case .local:
            rule = local(member, body, listed: "Koulutuskokeilu")
        }
        return rule.chosen(by: setting, LocalizedText(
            fi: "Suunnitelma on ristiriitainen: leipäteksti lukee koulutuskokeilut ostopalveluihin (r. 201, 205), LIITE 1 lähipalveluihin "
                + "(r. 630). Kummassakin tapauksessa kunnan omavalmentaja ohjaa asiakkaan ja tekee viranomaistyön (r. 206).",
            en: "The plan contradicts itself: the body lists training trials among the services the area purchases (L201, L205), "
                + "LIITE 1 among the local services (L630). Either way the municipality's coach refers the client and does the "
                + "authority work (L206)."))
    }

    /// L314, L318: joint-purchase trainings (Rekry, Täsmä, Muutos) are bought by Oulu, with the employer.
    func jointPurchaseTraining(_ member: Member?) -> ServiceRule {
        var rule = purchased(member, [Plan.purchasedEmployerServices, Plan.jointPurchaseTraining,
                                      Plan.cite(.competence, "207", "yhteishankintakoulutukset (Rekry, Täsmä, Muutos)")],
                             listed: "Yhteishankintakoulutus", cost: sharedPurchase("Yhteishankintakoulutus"), notes: [LocalizedText(
                                fi: "Oulu ostaa yhteishankintakoulutukset (esim. Rekry, Täsmä ja Muutos; r. 207, 318).",
                                en: "Oulu buys the joint-purchase trainings (e.g. Rekry, Täsmä and Muutos; L207, L318).")])
        rule.procurement = OuluProcurement.jointPurchaseWithEmployer
        rule.cost.grounds = rule.cost.grounds.adding(notes: [LocalizedText(
            fi: "Suunnitelma ei kerro työnantajan osuutta koulutuksen kustannuksista.",
            en: "The plan gives no employer's share of the training's cost.")])
        return rule
    }
}
