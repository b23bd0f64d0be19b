// Costs.swift — who pays for the template area's services: own municipality, causer pays, and the
// shared pool with its allocation key (factors from the plan, weights from parameters.json).

import PluginAPI

enum Costs {
    /// The pool of the jointly procured services (L33); the only pool, so also the default one.
    static let sharedPool = "shared_services"

    /// Local services: each member pays for its own (L30) — the member is both payer and bearer.
    static let ownMunicipality = CostTerms(principle: .ownMunicipality, payer: .clientMunicipality,
                                           bearer: .clientMunicipality, grounds: Grounds([Plan.localServicesOwnCost]))

    /// Pay subsidy: the client's home municipality pays (L29).
    static let causerPays = CostTerms(principle: .causerPays, payer: .clientMunicipality, bearer: .clientMunicipality,
                                      grounds: Grounds([Plan.paySubsidyCauserPays]))

    /// Jointly procured services: Kolari pays the bill first and splits it between the members by
    /// the key (L33), invoicing them quarterly (L36). The principle is the plan's (explicit); the
    /// key's weights are a parameter, so the pool carries their own grounds.
    static func sharedByKey(_ settings: Settings, region: String, year: Int) -> CostTerms {
        CostTerms(principle: .sharedByKey, payer: .responsibleMunicipality,
                  bearer: .membersByKey(sharedServicesKey(settings, region: region, year: year).poolKey),
                  billing: Billing(invoicer: Members.kolari.planName, period: "quarterly"),
                  grounds: Grounds([Plan.sharedCostsByKey, Plan.quarterlyBilling]))
    }

    /// General advice: the plan is silent on its cost, so the principle is the setting `neuvonta_cost`;
    /// whichever it says, the answer is `default` and names the setting.
    static func advice(_ settings: Settings, region: String, year: Int) -> CostTerms {
        let setting = settings.adviceCost
        var terms = setting.value == .sharedByKey ? sharedByKey(settings, region: region, year: year) : causerPays
        terms.grounds = Grounds(setting, basis: [Plan.adviceCentralised]).adding(notes: [LocalizedText(
            fi: "Kustannus: suunnitelman kustannusluku ei nimeä sääntöä keskitetylle neuvonnalle; parametri "
                + "\(setting.name) valitsee \(setting.value.rawValue).",
            en: "Cost: the plan's cost section names no rule for centralised advice; the parameter "
                + "\(setting.name) says \(setting.value.rawValue).")])
        return terms
    }

    /// The key of the pool in force, with where it comes from and how firmly: the plan names the
    /// factors (L34) and leaves the weights to the yearly cooperation agreement (L35), so the
    /// weights' status is the parameter's.
    static func sharedServicesKey(_ settings: Settings, region: String, year: Int) -> AllocationKey {
        let setting = settings.sharedServicesKey
        let factors = setting.value.map { "\($0.name) \($0.weight)" }.joined(separator: ", ")
        return AllocationKey(region: region, pool: sharedPool, year: year, factors: setting.value,
                             basis: [Plan.sharedCostsByKey, Plan.keyFactors, Plan.weightsInAgreement],
                             status: setting.status,
                             notes: [LocalizedText(
                                        fi: "Poolin '\(sharedPool)' jakoavain: \(factors). Suunnitelma nimeää jakoperusteet (r. 34) ja "
                                            + "jättää painot vuosittaiseen yhteistoimintasopimukseen (r. 35).",
                                        en: "Key of pool '\(sharedPool)': \(factors). The plan names the factors (L34) "
                                            + "and leaves the weights to the yearly cooperation agreement (L35)."),
                                     setting.note])
    }
}
