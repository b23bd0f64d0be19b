// Costs.swift — who pays for the template area's services: own municipality, causer pays, and the
// shared pool with its allocation key (factors from the plan, weights from parameters.json).

import PluginAPI

/// The cost half of a rule: the principle, who pays, and what says so.
struct CostTerms {
    var principle: CostPrinciple
    var payer: PayerRule
    var key: AllocationKeySummary? = nil
    var billing: Billing? = nil
    var basis: [Citation]
    var status: DecisionStatus
    var notes: [String] = []
}

enum Costs {
    /// The pool of the jointly procured services (L33); the only pool, so also the default one.
    static let sharedPool = "shared_services"

    /// Local services: each member pays for its own (L30).
    static let ownMunicipality = CostTerms(principle: .ownMunicipality, payer: .clientMunicipality,
                                           basis: [Plan.localServicesOwnCost], status: .explicit)

    /// Pay subsidy: the client's home municipality pays (L29).
    static let causerPays = CostTerms(principle: .causerPays, payer: .clientMunicipality,
                                      basis: [Plan.paySubsidyCauserPays], status: .explicit)

    /// Jointly procured services: Kolari pays the bill and splits it by the key (L33), invoicing the
    /// members quarterly (L36). The principle is explicit; the weights' status is added only to the
    /// cost answer (`Rules.costRule`), since only that answer shows the key.
    static func sharedByKey(_ settings: Settings) -> CostTerms {
        CostTerms(principle: .sharedByKey, payer: .responsibleMunicipality,
                  key: AllocationKeySummary(factors: settings.sharedServicesKey.value),
                  billing: Billing(invoicer: Members.kolari.planName, period: "quarterly"),
                  basis: [Plan.sharedCostsByKey, Plan.quarterlyBilling], status: .explicit)
    }

    /// General advice: the plan is silent on its cost, so the principle is the setting `neuvonta_cost`.
    static func advice(_ settings: Settings) -> CostTerms {
        let setting = settings.adviceCost
        var terms = setting.value == .sharedByKey ? sharedByKey(settings) : causerPays
        terms.status = setting.status
        terms.notes = ["Cost: the plan's cost section names no rule for centralised advice; the parameter "
                       + "\(setting.name) says \(setting.value.rawValue).", setting.note]
        return terms
    }
}

extension Rules {
    /// The rule as `costs.responsibility` answers it: for a shared pool, with the key of the day,
    /// where it comes from and how firmly (the weights are a parameter, the factors the plan's).
    func costRule(_ service: ServiceID, for member: Member) throws(DecisionError) -> ServiceRule {
        let rule = try self.rule(service, for: member)
        guard rule.principle == .sharedByKey else { return rule }
        let key = sharedServicesKey()
        return rule.adding(basis: key.basis, status: key.status, notes: key.notes)
    }

    /// `costs.allocate`'s key: alued applies it to the members' statistics and splits the amount to the cent.
    func allocationKey(pool: String?) throws(DecisionError) -> AllocationKey {
        guard pool == nil || pool == Costs.sharedPool else {
            throw .invalidParameter("unknown pool '\(pool ?? "")'; this area has one pool: \(Costs.sharedPool)")
        }
        return sharedServicesKey()
    }

    /// The key in force on the rules' day, for the year of that day.
    private func sharedServicesKey() -> AllocationKey {
        let setting = settings.sharedServicesKey
        let factors = setting.value.map { "\($0.name) \($0.weight)" }.joined(separator: ", ")
        return AllocationKey(region: region, pool: Costs.sharedPool, year: date.year, factors: setting.value,
                             basis: [Plan.sharedCostsByKey, Plan.keyFactors, Plan.weightsInAgreement],
                             status: setting.status,
                             notes: ["Key of pool '\(Costs.sharedPool)': \(factors). The plan names the factors (L34) "
                                     + "and leaves the weights to the yearly cooperation agreement (L35).", setting.note])
    }
}
