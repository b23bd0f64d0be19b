// Facts.swift — the plan's figures (budget, service budget table, state shares, staffing targets)
// and governance rules as cited `RegionFact`s, which `regions.get` lists.

import Foundation
import PluginAPI

extension Rules {
    /// Every fact in force with these settings.
    var facts: [RegionFact] {
        budgetFacts + serviceBudgetFacts + costRuleFacts + staffingFacts + organisationFacts + procurementFacts
    }

    private static let dataYear2019 = EffectiveDate(year: 2019, month: 12, day: 31)

    private func fact(_ name: String, _ description: LocalizedText, _ value: ParameterValue, asOf: EffectiveDate? = nil,
                      _ basis: [Citation], _ status: DecisionStatus = .explicit) -> RegionFact {
        RegionFact(name: name, description: description, value: value, asOf: asOf, basis: basis, status: status)
    }

    private func euros(_ amount: Decimal) -> ParameterValue { .number(amount) }

    private var budgetFacts: [RegionFact] {
        [
            fact("budget_total_eur", "Resources for employment services in the area, in total (plan estimate, about 9.5 M€, from TEM's 2019 data package).",
                 euros(9_500_000), [Passage.budgetTotal]),
            fact("budget_service_procurement_eur", "Of which services (training, coaching, expert assessments, pay subsidies, start-up grants): about 6.7 M€; the table gives 6 764 453 €.",
                 euros(6_700_000), [Passage.budgetTotal, Passage.budgetServicesContent]),
            fact("budget_operating_eur", "Operating expenses (transferred staff, premises and equipment rents, administrative support services): about 2.8 M€.",
                 euros(2_800_000), [Passage.operatingExpenses]),
            fact("budget_investments_eur", "No investments are planned; everything is covered from the operating budget.",
                 euros(0), [Passage.noInvestments]),
            fact("budget_cap", "The area's budget reserves at most as much as the members receive as state share targeted to the activity.",
                 .string("budget ≤ Σ members' state share for employment services"), [Passage.budgetCap]),
            fact("state_share_growth_2019_eur", "Growth of the area's state shares per TEM's data package (2019 data): 9.7 M€.",
                 euros(9_700_000), asOf: Self.dataYear2019, [Passage.stateShareGrowth2019]),
            fact("state_share_spring_2023_eur", "State-share financing of the area per the spring 2023 state-share data: about 12 M€.",
                 euros(12_000_000), [Passage.stateShareSpring2023]),
        ]
    }

    private var serviceBudgetFacts: [RegionFact] {
        let population = fact("service_budget_population", "Population of the area in the service budget table (TEM data package 2019).",
                              .number(ServiceBudget.population), asOf: Self.dataYear2019, [ServiceBudget.populationCitation, Passage.budgetTableSource])
        let lines = ServiceBudget.lines.map { line in
            fact("service_budget_\(line.id.rawValue)_eur",
                 "Service budget line «\(line.label)»" + (line.subItemOf.map { " (sub-item of \($0.rawValue), not added to the total)" } ?? ""),
                 euros(line.amount), asOf: Self.dataYear2019, [line.citation, Passage.budgetTableSource])
        }
        let total = fact("service_budget_total_eur", "Services in total («Palvelut yhteensä»): the sum of the table's main lines.",
                         euros(ServiceBudget.total), asOf: Self.dataYear2019, [ServiceBudget.totalCitation, Passage.budgetTableSource])
        return [population] + lines + [total]
    }

    private var costRuleFacts: [RegionFact] {
        let weights = settings.areaCostWeights
        let instalments = settings.monthlyBillingInstalments
        let usage = settings.reconciliationUsage
        let special = settings.municipalitySpecialServices
        return [
            fact("cost_monthly_billing", "Hämeenlinna bills each member monthly by the state share the member receives for the TE-services transfer (allocation pool monthly_billing).",
                 .string("invoice(member, month) by state share for the TE transfer"), [Passage.monthlyBilling]),
            fact("cost_monthly_billing_instalments", "Instalments a year in which the yearly state share is billed; the plan says only «kuukausittain».",
                 .number(Decimal(instalments.value)), [Passage.monthlyBilling], instalments.status),
            fact("cost_sharing_criteria", "Members pay the area's costs by working-age population, broad unemployment and foreign-language speakers; the plan gives no weights (allocation pool area_costs).",
                 .table(Dictionary(uniqueKeysWithValues: weights.value.map { ($0.name, .number($0.weight)) })),
                 [Passage.sharingCriteria, Passage.sharingCriteriaRestated], .explicit.weakest(weights.status)),
            fact("cost_annual_reconciliation", "Statutory services are reconciled yearly by service usage: an extra bill to members, or a refund of unused money.",
                 .table(["usageMeasure": .string(usage.value.rawValue), "usageMeasureStatus": .string(usage.status.rawValue)]),
                 [Passage.annualReconciliation], .explicit.weakest(usage.status)),
            fact("cost_special_services", "A member pays the costs of its own special services in full and separately; the configured list says which services are such.",
                 .table(Dictionary(uniqueKeysWithValues: special.value.map { code, services in
                     (Membership.members.first { $0.code == code }?.name ?? code.rawValue, ParameterValue.list(services.sorted().map { .string($0.rawValue) }))
                 })), [Passage.specialServices], .explicit.weakest(special.status)),
            fact("cost_benefits_and_non_statutory", "Members bear benefit costs and any non-statutory services themselves, outside the shared budget; the state share covers the statutory services.",
                 .string("outside the shared budget"), [Passage.benefitsAndNonStatutory, Passage.stateShareCoversStatutory]),
            fact("cost_future_productisation", "Costs may later be allocated by the use of productised services.",
                 .string("possible future model"), [Passage.productisation]),
        ]
    }

    private var staffingFacts: [RegionFact] {
        [
            fact("team_size", "Staff work in multi-disciplinary teams of 8–12 persons, the named responsible workers of person clients.",
                 .table(["min": .number(8), "max": .number(12)]), [Passage.teams, Passage.teamFigure]),
            fact("clients_per_worker_target", "Target: on average 100 clients per employee.", .number(100), [Passage.clientsPerWorker]),
            fact("throughput_target", "Target throughput: at least 80 % within 3 months.",
                 .table(["share": .number(Decimal(8) / 10), "withinMonths": .number(3)]),
                 [Passage.throughput, Passage.throughputSupport]),
            fact("management", "Management sits in the support services: a director and managers with result responsibility.",
                 .string("johtaja, tulosvastuulliset päälliköt"), [Passage.management]),
        ]
    }

    private var organisationFacts: [RegionFact] {
        let catchment = settings.officeCatchment
        let point = settings.immigrantServicePoint
        let delegations = settings.delegations
        return [
            fact("main_offices", "Two main offices, in Hämeenlinna and Forssa; members provide premises for local services; mobile units and remote points besides.",
                 .list(MainOffice.allCases.map { .string($0.rawValue) }), [Passage.mainOffices, Passage.localPremises]),
            fact("office_catchment", "Which main office serves which member (the plan does not say; it works with the sub-areas Hämeenlinna-Hattula and Forssan seutu).",
                 .table(Dictionary(uniqueKeysWithValues: Membership.members.map { ($0.name, .string(catchment.value[$0.code]?.rawValue ?? "")) })),
                 [Passage.mainOffices, Passage.subAreas], catchment.status),
            fact("immigrant_service_point", "The multi-service point to which immigrant services are centralised (the plan does not say which).",
                 .table(["name": .string(point.value.name), "city": .string(point.value.city ?? "")]), [Passage.immigrantPoint], point.status),
            fact("ohjaamo_count", "Ohjaamos (one-stop guidance for under-30s) in the area; their locations are not given.",
                 .number(2), [Passage.twoOhjaamos, Passage.ohjaamoUnder30]),
            fact("digital_services", "Digital services with a 24/7 service promise.", .string("24/7"), [Passage.digital247]),
            fact("delegations", "Limited powers the responsible municipality has transferred to municipalities or public organisations (none named in the plan).",
                 .list(delegations.value.map { .table(["task": .string($0.task), "receiver": .string($0.receiver)]) }),
                 [Passage.delegation], delegations.status),
            fact("self_financed_extras", "Besides the statutory services (own production and purchases), TyöHäme may offer clients self-financed additional services.",
                 .string("possible"), [Passage.ownAndPurchased, Passage.selfFinancedExtras]),
            fact("ai_decisions_by_humans", "AI supports decision-making; people make the decisions.", .string("AI is advisory only"), [Passage.aiAdvisory]),
            fact("daycare_for_clients", "Early childhood education is arranged quickly for clients who need it to reach training and services.",
                 .string("arranged quickly"), [Passage.daycare]),
            fact("integration_programme_max_years", "The labour-market integration programme lasts as a rule at most 2 years; literacy training stays free of charge.",
                 .number(2), [Passage.integrationProgramme, Passage.literacyFree]),
            fact("tym_cooperation_agreement", "A separate cooperation agreement on the multi-sectoral model between the Kanta-Häme employment areas, the Kanta-Häme wellbeing services county and Kela.",
                 .list([.string("Kanta-Hämeen työllisyysalueet"), .string("Kanta-Hämeen hyvinvointialue"), .string("Kela")]),
                 [Passage.tymAgreement, Passage.tymAgreementParties]),
            fact("employer_single_contact", "TyöHäme and the Etelä-Häme employment area serve employers on the single-contact principle.",
                 .list([.string("TyöHäme"), .string("Etelä-Hämeen työllisyyspalvelualue")]), [Passage.singleContact]),
        ]
    }

    /// "1 Dynaaminen pientankinta", … in the plan's order.
    private var modelNames: [String] {
        ProcurementRoutes.all.map { "\($0.number) \($0.modelName)" }.uniqued()
    }

    /// "Työllistymisen palvelut (Elinvoimainen ja yhdessä tekevä)", … — each basket with its strategic theme.
    private var basketNames: [String] {
        Baskets.all.map { "\($0.basket) (\($0.theme))" }.uniqued()
    }

    private var procurementFacts: [RegionFact] {
        [
            fact("procurement_models", "The plan's four procurement models (sub-types and their pinned model values in the citations and in procurement.get).",
                 .list(modelNames.map { .string($0) }), ProcurementRoutes.all.map(\.citation) + [Passage.dynamicSmallProcurement]),
            fact("service_baskets", "The basket model (Korimalli): three baskets of service categories (their items in the citations).",
                 .list(basketNames.map { .string($0) }), [Passage.basketModel] + Baskets.all.map(\.citation)),
            fact("employment_condition", "Public procurements use an employment condition (työllistämisehto).",
                 .string("työllistämisehto"), [Passage.employmentCondition]),
            fact("procurement_effectiveness", "Every procurement is measured by employment and job retention, with monitoring and reporting.",
                 .list([.string("employment"), .string("job retention")]), [Passage.effectiveness]),
        ]
    }
}
