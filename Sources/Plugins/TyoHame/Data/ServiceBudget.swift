// Data/ServiceBudget.swift — the plan's service budget table (3.1.1, lines 160–171): how about
// 6.7 M€ of services divide, from TEM's 2019 municipal data package.

import Foundation
import PluginAPI

/// One line of the table. «josta» lines are sub-items of the line above them and are not added
/// to the total: 1 352 910 + 422 031 + 81 627 + 1 537 031 + 514 870 + 2 855 984 = 6 764 453.
struct BudgetLine: Hashable, Sendable {
    enum ID: String, CaseIterable, Sendable {
        case labourMarketTraining = "labour_market_training"
        case vocationalTraining = "vocational_further_training"
        case integrationTraining = "integration_training_non_refugees"
        case coaching
        case expertAssessments = "expert_assessments"
        case municipalPaySubsidy = "pay_subsidy_municipalities"
        case obligatoryEmployment = "municipal_obligatory_employment"
        case startUpGrant = "start_up_grant"
        case privatePaySubsidy = "pay_subsidy_private"
    }

    let id: ID
    /// The row's label as printed.
    let label: String
    let amount: Decimal
    let subItemOf: ID?
    /// The catalog services the line pays for.
    let services: [ServiceID]
    let citation: Citation

    init(_ id: ID, _ label: String, _ printed: String, line: Int, subItemOf: ID? = nil, services: [ServiceID]) {
        self.id = id
        self.label = label
        amount = Decimal(string: printed.replacingOccurrences(of: " ", with: ""))!
        self.subItemOf = subItemOf
        self.services = services
        citation = Passage.budgetLine(line, "\(label) \(printed)")
    }
}

enum ServiceBudget {
    static let lines: [BudgetLine] = [
        BudgetLine(.labourMarketTraining, "Hankittu työvoimakoulutus, €", "1 352 910", line: 162, services: [.tyovoimakoulutus]),
        BudgetLine(.vocationalTraining, "josta ammatillinen lisä- tai täydennyskoulutus, €", "838 431", line: 163,
                   subItemOf: .labourMarketTraining, services: []),
        BudgetLine(.integrationTraining, "josta muiden kuin pakolaisten kotoutumiskoulutus, €", "514 479", line: 164,
                   subItemOf: .labourMarketTraining, services: [.kotoutumiskoulutus]),
        BudgetLine(.coaching, "Valmennukset, €", "422 031", line: 165, services: [.tyonhakuvalmennus, .uravalmennus]),
        BudgetLine(.expertAssessments, "Asiantuntija-arvioinnit, €", "81 627", line: 166, services: [.asiantuntijaArviointi]),
        BudgetLine(.municipalPaySubsidy, "Palkkatuki, kunnat, €", "1 537 031", line: 167, services: [.palkkatuki]),
        // A figure of 2019 only: the plugin has no rule for the municipal employment obligation, which
        // national law does not have in force (the daemon refuses it before asking any plugin).
        BudgetLine(.obligatoryEmployment, "josta kunnan velvoitetyöllistäminen, €", "352 803", line: 168,
                   subItemOf: .municipalPaySubsidy, services: []),
        BudgetLine(.startUpGrant, "Starttiraha, €", "514 870", line: 169, services: [.starttiraha]),
        BudgetLine(.privatePaySubsidy, "Palkkatuki, yksityinen, €", "2 855 984", line: 170, services: [.palkkatuki]),
    ]

    static let total = Decimal(6_764_453)
    static let totalCitation = Passage.budgetLine(171, "Palvelut yhteensä, € 6 764 453")
    static let population = Decimal(109_602)
    static let populationCitation = Passage.budgetLine(161, "Asukasluku 109 602")

    static func line(_ id: BudgetLine.ID) -> BudgetLine {
        lines.first { $0.id == id }!
    }

    /// The lines that pay for `service`.
    static func lines(for service: ServiceID) -> [BudgetLine] {
        lines.filter { $0.services.contains(service) }
    }
}
