// Costs.swift — the TyöHäme cost rules: the shared budget billed monthly by state share and
// reconciled yearly by usage, a municipality's special services, benefit and non-statutory costs,
// the costs of other bodies; and the allocation keys of the shared pools.

import PluginAPI

/// The shared pools a TyöHäme allocation key can split.
enum Pool: String, CaseIterable, Sendable {
    /// The monthly bills: each member's state share for the TE-services transfer (3.1.2, line 177).
    /// The default pool, because it is how the members are actually billed.
    case monthlyBilling = "monthly_billing"
    /// The area's costs by the plan's criteria (working-age population, broad unemployment,
    /// foreign-language speakers), weighted by a setting because the plan gives no weights.
    case areaCosts = "area_costs"

    static let `default` = Pool.monthlyBilling

    static var listing: String {
        "monthly_billing (default: state share for the TE transfer), area_costs (working-age population, broad unemployment, foreign-language speakers)"
    }
}

extension Rules {
    static let invoicer = "Hämeenlinnan kaupunki (TyöHämeen vastuukunta)"

    /// The monthly billing key: the state share each member receives for the TE-services transfer.
    static let billingFactors = [
        AllocationFactor(name: Statistic.stateShareEmploymentServices, weight: 1,
                         source: "\(Plan.document), 3.1.2 Rahoituslähteet ja niiden kohdentaminen, line 177: «kuntien saamien TE-palveluiden kuntasiirtoon liittyvien valtionosuuksien mukaisesti»"),
    ]

    /// Services the plan itself names as the area's statutory content (4.1, line 382) or in its budget.
    private static let namedStatutoryServices: Set<ServiceID> = [
        .tyollistymissuunnitelma, .tyonhaunTuki, .tyonvalitys, .neuvonta, .tyonantajapalvelut,
    ]

    /// Who pays for `service` used by a resident of `municipality`.
    func cost(for service: ServiceID, municipality: MunicipalityRef) -> CostPart {
        if settings.municipalitySpecialServices.value[municipality.code]?.contains(service) == true {
            return specialService(of: municipality)
        }
        switch service {
        case .kuntouttavaTyotoiminta:
            return otherPayer(.stateFunded, Parties.countyPayer, Grounds([Passage.rehabilitativeWork, Passage.rehabilitativeWorkIsSocial], .inferred, notes: [
                "Inferred: the Kanta-Häme wellbeing services county arranges it as its own social service, so it is outside TyöHäme's budget; the county is financed by the state.",
            ]))
        case .tyottomienTerveystarkastus:
            return otherPayer(.stateFunded, Parties.countyPayer, Grounds([Passage.workAbilityJoint], .inferred, notes: [
                "Inferred: a health service of the wellbeing services county (financed by the state), outside TyöHäme's budget.",
            ]))
        case .eures:
            return otherPayer(.stateFunded, Parties.statePayer, Grounds([Passage.keha, Passage.stateRecruitment], .inferred, notes: [
                "Inferred: the state's international recruitment services are the state's cost; TyöHäme's own part of the cooperation runs on its shared budget.",
            ]))
        case .vosKoulutus:
            return otherPayer(.stateFunded, Parties.vosPayer, Grounds([Passage.educationCooperation], .inferred, notes: [
                "Inferred: VOS-funded training is financed through the education provider's state funding, not by TyöHäme.",
            ]))
        case .omaehtoinenOpiskelu:
            return CostPart(principle: .causerPays, payer: .clientMunicipality, grounds: Grounds(
                [Passage.benefitsAndNonStatutory, Passage.selfMotivatedStudy], .inferred, notes: [
                    "Inferred: the cost of self-motivated study is the unemployment benefit paid during it, a benefit cost that each member bears itself, outside the shared budget. The team's guidance and decision work runs on the shared budget.",
                ]))
        case .yritysneuvonta:
            return CostPart(principle: .ownMunicipality, payer: .clientMunicipality, grounds: Grounds(
                [Passage.benefitsAndNonStatutory, Passage.businessOrganisations], .inferred, notes: [
                    "Inferred: business advice is given by the municipality's own development company and vitality services, a non-statutory service each municipality pays itself.",
                ]))
        case .merityonvalitys:
            return CostPart(principle: .caseByCase, payer: .responsibleMunicipality, grounds: Grounds(
                [Passage.maritime, Passage.jointAndMunicipal], .inferred, notes: [
                    "Inferred: the plan names no arrangement for maritime services; any cost would follow the agreement with the authority that has the expertise.",
                ]))
        default:
            return shared(service)
        }
    }

    /// A statutory service paid from the shared budget: billed monthly by state share, reconciled
    /// yearly by usage (C4, C8).
    private func shared(_ service: ServiceID) -> CostPart {
        let budgetLines = ServiceBudget.lines(for: service)
        var grounds = Grounds([Passage.stateShareCoversStatutory, Passage.monthlyBilling, Passage.annualReconciliation]
                              + budgetLines.map(\.citation), notes: sharedBudgetNotes)
        if budgetLines.isEmpty && !Self.namedStatutoryServices.contains(service) {
            grounds = grounds.adding([Passage.ownAndPurchased], .inferred, notes: [
                "Inferred: a statutory service of the employment authority, funded by the state share like the rest; the plan does not list it separately.",
            ])
        }
        return CostPart(principle: .sharedByKey, payer: .responsibleMunicipality,
                        key: AllocationKeySummary(factors: Self.billingFactors),
                        billing: Billing(invoicer: Self.invoicer, period: "monthly"), grounds: grounds)
    }

    private var sharedBudgetNotes: [LocalizedText] {
        let instalments = settings.monthlyBillingInstalments
        let usage = settings.reconciliationUsage
        let weights = settings.areaCostWeights
        return [
            "Paid from TyöHäme's shared budget, which the state shares cover: Hämeenlinna bills each member monthly by the state share it receives for the TE-services transfer (\(instalments.value) instalments a year: parameter '\(instalments.name)', \(instalments.status.rawValue)).",
            "Yearly reconciliation of statutory services by service usage (parameter '\(usage.name)': \(usage.value.rawValue), \(usage.status.rawValue)): an extra bill, or a refund of unused money.",
            "The plan also names the cost-sharing criteria working-age population, broad unemployment and foreign-language speakers without weights: pool 'area_costs' uses parameter '\(weights.name)' (\(weights.status.rawValue)).",
        ]
    }

    /// A service listed as one member's special service: that member pays it in full (C6).
    private func specialService(of municipality: MunicipalityRef) -> CostPart {
        let setting = settings.municipalitySpecialServices
        return CostPart(principle: .ownMunicipality, payer: .clientMunicipality, grounds: Grounds(
            [Passage.specialServices, Passage.jointAndMunicipal], setting.status, notes: [
                "Parameter '\(setting.name)' (\(setting.status.rawValue)) lists this as a special service of \(municipality.name), which pays its cost in full and separately, outside the shared budget. \(setting.entry.source)",
            ]))
    }

    private func otherPayer(_ principle: CostPrinciple, _ payer: String, _ grounds: Grounds) -> CostPart {
        CostPart(principle: principle, payer: .authority(payer), grounds: grounds)
    }

    /// The key that splits `pool` (nil: the default pool) in `year`.
    func allocationKey(pool name: String?, year: Int) throws(DecisionError) -> AllocationKey {
        var pool = Pool.default
        if let name {
            guard let named = Pool(rawValue: name) else {
                throw .invalidParameter("unknown pool '\(name)'; this region has: \(Pool.listing)")
            }
            pool = named
        }
        switch pool {
        case .monthlyBilling:
            return AllocationKey(region: declaration.id, pool: pool.rawValue, year: year, factors: Self.billingFactors,
                                 basis: [Passage.monthlyBilling, Passage.stateShareCoversStatutory, Passage.annualReconciliation],
                                 status: .explicit, notes: [
                                     "Monthly bills follow the state share each member receives for the TE-services transfer; the yearly reconciliation by usage (an extra bill or a refund) follows in the ledger's balance, not in this key.",
                                 ])
        case .areaCosts:
            let weights = settings.areaCostWeights
            return AllocationKey(region: declaration.id, pool: pool.rawValue, year: year, factors: weights.value,
                                 basis: [Passage.sharingCriteria, Passage.sharingCriteriaRestated,
                                         Passage.workingAgeDefinition, Passage.broadUnemploymentDefinition],
                                 status: .explicit.weakest(weights.status), notes: [
                                     "The plan names the criteria but no weights; the weights are parameter '\(weights.name)' (\(weights.status.rawValue)): \(weights.entry.source)",
                                     "Working-age population is read as residents aged 18–64 (the plan's Kuva 5); broad unemployment as unemployed jobseekers plus those in services (Kuva 6). The plan's second wording says «työttömien määrän» (number of unemployed); the parameter may use 'unemployed' instead.",
                                 ])
        }
    }
}
