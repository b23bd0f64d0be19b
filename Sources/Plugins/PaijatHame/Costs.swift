// Costs.swift — who pays for each catalog service (causer pays, the shared pool and its key, Lahti's
// call-transfer invoice, joint procurements, other bodies' services) and the area's allocation keys.

import PluginAPI

struct CostRules: Sendable {
    let parameters: Parameters

    func part(_ service: ServiceID, on date: EffectiveDate) throws(DecisionError) -> CostPart {
        switch service {
        case .palkkatuki, .starttiraha:
            return CostPart(principle: .causerPays, payer: .clientMunicipality,
                            basis: [Passage.causerPays, Passage.clientSpecificCosts], status: .explicit,
                            notes: ["Paid by the client's home municipality: the plan covers pay subsidy and start-up grant by the causation principle (plan §3.1 line 268).",
                                    "The causer is read as the home municipality of the subsidised person, as for client-specific costs between the authorities (annex 1 line 9); the company's location would be the other reading."])
        case .tyonantajapuhelin:
            return try callTransfers(on: date)
        case .kotoutumissuunnitelma:
            return try integrationPlan(on: date)
        case .kotoutumiskoulutus:
            return CostPart(principle: .caseByCase, payer: .responsibleMunicipality,
                            basis: [Passage.jointProcurementCostSplit, Passage.planningCosts, Passage.clientSpecificCosts], status: .inferred,
                            notes: ["Procured together with Lahti: the split of a joint procurement's costs is always agreed case by case; planning and process costs fall on the procuring authority unless agreed otherwise; client-specific costs on the client's home authority (annex 1). The area's share is paid from its shared budget."])
        case .vosKoulutus:
            return CostPart(principle: .stateFunded, payer: .authority(Parties.ministryOfEducation.name),
                            basis: [Passage.vosJointBody, Passage.clientSpecificCosts], status: .explicit,
                            notes: ["The training is carried out with the ministry's VOS funding to the provider (annex 3 line 55).",
                                    "A participant's client-specific costs (e.g. expense compensation) stay with the client's home authority, also when Lahti administers the field (annex 1 line 9); see kulukorvaus."])
        case .kuntouttavaTyotoiminta, .tyottomienTerveystarkastus:
            return CostPart(principle: .stateFunded, payer: .authority(Parties.wellbeingArea.name),
                            basis: [Passage.wellbeingAreaRole, Passage.healthCheckReferrals], status: .inferred,
                            notes: ["The wellbeing area's own service: neither the area nor its members pay for it in these documents.",
                                    "The pinned principles have no value for another public body's own service; state_funded is used because wellbeing areas are financed by the state (general knowledge, not in the documents)."])
        case .erityisasiantuntijalausunto:
            return CostPart(principle: .stateFunded, payer: .authority(Parties.state.name),
                            basis: [Passage.stateUnemploymentSecurity], status: .inferred,
                            notes: ["A task that stays with the state (plan §4 table); the area does not pay for it."])
        case .merityonvalitys:
            throw .notOffered(service: service,
                              reason: "the Päijät-Häme documents do not mention maritime job placement, so the area has no cost rule for it",
                              basis: [Passage.transferTable])
        default:
            guard ServiceCatalog.entry(service) != nil else {
                throw .notOffered(service: service, reason: "not a catalog service the Päijät-Häme area has a rule for",
                                  basis: [Passage.transferTable])
            }
            let causationBased = try parameters.read(ParameterSpecs.causerPaysServices, on: date)
            guard !causationBased.value.contains(service) else {
                return CostPart(principle: .causerPays, payer: .clientMunicipality,
                                basis: [Passage.causerPays, Passage.clientSpecificCosts], status: causationBased.status,
                                notes: ["The plan covers 'some' costs by the causation principle and names only pay subsidy and start-up grant as examples (plan §3.1 line 268); this client-specific cost is treated as causation-based too (annex 1 line 9).",
                                        causationBased.note])
            }
            return try sharedPool(on: date)
        }
    }

    /// The area's shared budget, kept by Hollola for the members and split by the plan's criteria.
    func sharedPool(on date: EffectiveDate) throws(DecisionError) -> CostPart {
        CostPart(principle: .sharedByKey, payer: .responsibleMunicipality, key: try sharedKey(on: date),
                 basis: [Passage.cooperationAgreementFinance, Passage.sharedBudgetCriteria, Passage.premises], status: .explicit,
                 notes: ["Funded from the area's shared budget, which Hollola keeps for the members and splits by broad unemployment, the share of 18–64-year-olds and the number of foreign-language speakers (plan §3.1 line 268).",
                         "Where the service is given at a member's service point, that municipality provides and pays the premises (plan §5 line 492)."])
    }

    /// The shared pool's key with the configurable weights (the plan gives no weights, G2).
    func sharedKey(on date: EffectiveDate) throws(DecisionError) -> SharedKey {
        let weights = try parameters.read(ParameterSpecs.sharedPoolWeights, on: date)
        return SharedKey(summary: AllocationKeySummary(factors: weights.value.factors.map {
                             AllocationFactor(name: $0.statistic, weight: $0.weight,
                                              source: "parameter shared_pool_weights (\(weights.status.rawValue)): \(weights.entry.source)")
                         }),
                         basis: [Passage.sharedBudgetCriteria], status: weights.status,
                         notes: ["The cooperation agreement with the area's own cost formula (plan «Liite 1») is not among the documents, so the weights are configurable.",
                                 weights.note])
    }

    /// Lahti bills the call transfers of the joint employer number to the area (annex 2 lines 15–17).
    private func callTransfers(on date: EffectiveDate) throws(DecisionError) -> CostPart {
        let billing = try parameters.read(ParameterSpecs.employerPhoneBilling, on: date)
        return CostPart(principle: .billedByOtherAuthority, payer: .responsibleMunicipality,
                        billing: Billing(invoicer: Lahti.name, period: billing.value.period, deadline: billing.value.deadline),
                        basis: [Passage.callTransferBilling, Passage.callTransferBillingAlternative, Passage.callTransferCostMonitoring],
                        status: billing.status,
                        notes: ["Lahti monitors the call-transfer costs and bills them to the area once a year as a summary invoice by 15 December; the alternative is billing by the accounting period (annex 2). No price per transfer is given.",
                                "The invoice is the area's: Hollola pays it from the shared budget.", billing.note])
    }

    /// Follows the configurable split of integration services with Lahti (see Routing).
    private func integrationPlan(on date: EffectiveDate) throws(DecisionError) -> CostPart {
        let setting = try parameters.read(ParameterSpecs.integrationPlanDelivery, on: date)
        switch setting.value {
        case .localWithLahtiCooperation:
            return try sharedPool(on: date)
        case .lahtiCentralized:
            return CostPart(principle: .caseByCase, payer: .responsibleMunicipality,
                            basis: [Passage.servicesForOtherAuthorities, Passage.clientSpecificCosts], status: setting.status,
                            notes: ["Services one authority produces for another are agreed case by case (letter of intent §3); the client-specific costs stay with the area (annex 1 line 9).", setting.note])
        }
    }
}

/// The area's shared cost pools and the keys that split them between the members.
struct AllocationKeys: Sendable {
    let declaration: RegionDeclaration
    let costs: CostRules

    enum Pool: String, CaseIterable {
        /// The area's budget from 2025 (plan §3.1 line 268). The default pool.
        case sharedServices = "shared_services"
        /// The preparation costs of 2023–2024, by population (plan §3.1 line 270).
        case preparation = "preparation_2023_2024"
    }

    func key(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        let name = query.pool ?? Pool.sharedServices.rawValue
        guard let pool = Pool(rawValue: name) else {
            throw .invalidParameter("unknown pool '\(name)'; this region has: \(Pool.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let start = EffectiveDate(year: query.year, month: 1, day: 1),
              let end = EffectiveDate(year: query.year, month: 12, day: 31) else {
            throw .invalidParameter("\(query.year) is not a year")
        }
        switch pool {
        case .sharedServices:
            try declaration.requireInEffect(on: end)
            let key = try costs.sharedKey(on: max(start, declaration.effectiveFrom))
            return AllocationKey(region: declaration.id, pool: pool.rawValue, year: query.year, factors: key.summary.factors,
                                 basis: [Passage.cooperationAgreementFinance, Passage.sharedBudgetCriteria], status: key.status,
                                 notes: ["Causation-based costs (pay subsidy, start-up grant and the services of parameter causer_pays_services) are not in this pool (plan §3.1 line 268)."] + key.notes)
        case .preparation:
            guard (2023...2024).contains(query.year) else {
                throw .invalidParameter("pool '\(pool.rawValue)' covers the preparation costs of 2023–2024 only, not \(query.year)")
            }
            return AllocationKey(region: declaration.id, pool: pool.rawValue, year: query.year,
                                 factors: [AllocationFactor(name: Statistic.population, weight: 1,
                                                            source: "\(Document.plan) \(Heading.finances), line 270")],
                                 basis: [Passage.preparationCosts], status: .explicit,
                                 notes: ["The preparation costs of 2023–2024 are shared by population (plan §3.1 line 270); the population's reference date is not stated."])
        }
    }
}
