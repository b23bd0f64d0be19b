// Parameters.swift — the area's configurable answers where the documents are silent
// (config/data/paijat-hame/parameters.json): one PluginAPI `ParameterSpec` per parameter, and the typed
// `Settings` of one day, read through `ParameterReader` so the settings timeline knows every name read.

import Foundation
import PluginAPI

/// The area's shared-budget key weights, in the plan's order of the criteria (plan §3.1 line 268).
struct PoolWeights: Sendable, Hashable {
    struct Factor: Sendable, Hashable {
        let statistic: String
        let weight: Decimal
    }

    let factors: [Factor]
}

/// How Lahti invoices the call transfers of the joint employer number (annex 2 line 15).
struct CallTransferBilling: Sendable, Hashable {
    let period: String
    let deadline: String?
}

/// Who administers OKM VOS trainings of institutions other than Salpaus (annex 3 line 78).
struct VOSProviderSplit: Sendable, Hashable {
    /// provider (lowercased) → field (normalized) → administrator.
    let assignments: [String: [String: VOSAdministrator]]
    /// The administrator until the operational cooperation group has assigned a provider's field.
    let unassigned: VOSAdministrator

    func administrator(provider: String, field: String) -> VOSAdministrator? {
        assignments[provider.lowercased()]?[VOSField.normalized(field)]
    }
}

/// Who produces the integration plan while the split with Lahti is open (plan §2.1 line 188).
enum IntegrationPlanDelivery: String, Sendable {
    /// Local service with pair work, delivered in cooperation with Lahti (plan §4.2 lines 450–454).
    case localWithLahtiCooperation = "local_with_lahti_cooperation"
    /// The pilot model: Lahti produces the integration services centrally (plan §2.1 line 188).
    case lahtiCentralized = "lahti_centralized"
}

/// Populations with one reference date, e.g. the plan's 2022 table (plan §3.1 lines 253–264).
struct PopulationTable: Sendable, Hashable {
    let referenceDate: EffectiveDate
    let values: [MunicipalityCode: Decimal]
}

enum ParameterSpecs {
    static let sharedPoolWeights = ParameterSpec<PoolWeights>(
        name: "shared_pool_weights",
        expected: "{broad_unemployment, population_18_64, foreign_language_speakers} as decimal strings adding up to exactly 1"
    ) { value in
        // Kept local rather than `ParameterReader.allocationFactors`: the key is exactly the plan's
        // three criteria, in the plan's order (line 268) (PaijatHameCostTests checks the order).
        let criteria = [Statistic.broadUnemployment, Statistic.population18to64, Statistic.foreignLanguageSpeakers]
        guard let table = value.table, Set(table.keys) == Set(criteria) else { return nil }
        let weights = criteria.compactMap { table[$0]?.decimal }
        guard weights.count == criteria.count, weights.allSatisfy({ $0 >= 0 }), weights.reduce(0, +) == 1 else { return nil }
        return PoolWeights(factors: zip(criteria, weights).map { PoolWeights.Factor(statistic: $0, weight: $1) })
    }

    static let youthAgeLimit = ParameterSpec<Int>(name: "youth_age_limit", expected: "a whole number of years (1–99)") { value in
        guard let number = value.number else { return nil }
        let years = NSDecimalNumber(decimal: number).intValue
        guard Decimal(years) == number, (1...99).contains(years) else { return nil }
        return years
    }

    static let employerPhoneBilling = ParameterSpec<CallTransferBilling>(
        name: "employer_phone_billing", expected: "{period: \"annual\" | \"accounting_period\", deadline?: \"MM-DD\"}"
    ) { value in
        guard let table = value.table, let period = table["period"]?.string,
              ["annual", "accounting_period"].contains(period) else { return nil }
        let deadline = table["deadline"]?.string
        if let deadline, deadline.count != 5 || EffectiveDate(iso: "2025-" + deadline) == nil { return nil }
        return CallTransferBilling(period: period, deadline: deadline)
    }

    static let vosOtherProviders = ParameterSpec<VOSProviderSplit>(
        name: "vos_other_providers",
        expected: "{assignments: {provider: {field: \"paijat-hame\" | \"lahti\"}}, unassigned: \"paijat-hame\" | \"lahti\"}"
    ) { value in
        guard let table = value.table, let unassigned = table["unassigned"]?.string.flatMap(VOSAdministrator.init),
              let providers = table["assignments"]?.table else { return nil }
        var assignments: [String: [String: VOSAdministrator]] = [:]
        for (provider, fields) in providers {
            guard let fields = fields.table else { return nil }
            for (field, administrator) in fields {
                guard let administrator = administrator.string.flatMap(VOSAdministrator.init) else { return nil }
                assignments[provider.lowercased(), default: [:]][VOSField.normalized(field)] = administrator
            }
        }
        return VOSProviderSplit(assignments: assignments, unassigned: unassigned)
    }

    static let causerPaysServices = ParameterSpec<Set<ServiceID>>(
        name: "causer_pays_services", expected: "a list of catalog service ids"
    ) { value in
        guard let list = value.list else { return nil }
        let ids = list.compactMap { $0.string.map(ServiceID.init(rawValue:)) }
        guard ids.count == list.count, ids.allSatisfy({ ServiceCatalog.entry($0) != nil }) else { return nil }
        return Set(ids)
    }

    static let integrationPlanDelivery = ParameterSpec<IntegrationPlanDelivery>(
        name: "integration_plan_delivery", expected: "\"local_with_lahti_cooperation\" or \"lahti_centralized\""
    ) { value in
        value.string.flatMap(IntegrationPlanDelivery.init)
    }

    /// The principles the cost of business advice may take: the documents do not say who pays for it.
    static let businessAdviceCostChoices: [CostPrinciple] = [.sharedByKey, .caseByCase]

    static let businessAdviceCost = ParameterSpec<CostPrinciple>(
        name: "yritysneuvonta_cost",
        expected: "one of " + businessAdviceCostChoices.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
    ) { value in
        value.string.flatMap(CostPrinciple.init(rawValue:)).flatMap { businessAdviceCostChoices.contains($0) ? $0 : nil }
    }

    static let planPopulation2022 = ParameterSpec<PopulationTable>(
        name: "plan_population_2022", expected: "{referenceDate: \"YYYY-MM-DD\", populations: {\"<code>\": <number>}}"
    ) { value in
        guard let table = value.table, let date = table["referenceDate"]?.string.flatMap(EffectiveDate.init(iso:)),
              let populations = table["populations"]?.table else { return nil }
        var values: [MunicipalityCode: Decimal] = [:]
        for (code, population) in populations {
            guard let code = MunicipalityCode(rawValue: code), let number = population.number, number > 0 else { return nil }
            values[code] = number
        }
        return PopulationTable(referenceDate: date, values: values)
    }
}

/// Every parameter the rules read, typed, for one day, and the statutory funding of the services whose
/// cost the law decides (the statutory layer, config/data/national), read here so that a missing entry
/// fails the self-check rather than a request.
struct Settings: Sendable, Hashable {
    /// The services whose cost part is the law's (`CostTerms(statutory:)`), the same in every area.
    static let statutoryCosts: [ServiceID] = [.kuntouttavaTyotoiminta, .tyottomienTerveystarkastus, .kulukorvaus, .vosKoulutus]

    let sharedPoolWeights: DatedSetting<PoolWeights>
    let youthAgeLimit: DatedSetting<Int>
    let employerPhoneBilling: DatedSetting<CallTransferBilling>
    let vosOtherProviders: DatedSetting<VOSProviderSplit>
    let causerPaysServices: DatedSetting<Set<ServiceID>>
    let integrationPlanDelivery: DatedSetting<IntegrationPlanDelivery>
    let businessAdviceCost: DatedSetting<CostPrinciple>
    let planPopulation2022: DatedSetting<PopulationTable>
    let statutoryFunding: [ServiceID: StatutoryFunding]

    /// - Throws: `invalidData` naming a parameter that is missing on the reader's day or malformed, or a
    ///   service whose funding the statutory layer lacks.
    init(_ reader: ParameterReader) throws(DecisionError) {
        sharedPoolWeights = try reader.read(ParameterSpecs.sharedPoolWeights)
        youthAgeLimit = try reader.read(ParameterSpecs.youthAgeLimit)
        employerPhoneBilling = try reader.read(ParameterSpecs.employerPhoneBilling)
        vosOtherProviders = try reader.read(ParameterSpecs.vosOtherProviders)
        causerPaysServices = try reader.read(ParameterSpecs.causerPaysServices)
        integrationPlanDelivery = try reader.read(ParameterSpecs.integrationPlanDelivery)
        businessAdviceCost = try reader.read(ParameterSpecs.businessAdviceCost)
        planPopulation2022 = try reader.read(ParameterSpecs.planPopulation2022)
        var funding: [ServiceID: StatutoryFunding] = [:]
        for service in Self.statutoryCosts { funding[service] = try reader.data.statutes.funding(service) }
        statutoryFunding = funding
    }

    /// The cost the law assigns to `service`, one of `statutoryCosts` (checked when the plugin is configured).
    func statutoryCost(_ service: ServiceID) throws(DecisionError) -> CostTerms {
        guard let funding = statutoryFunding[service] else {
            throw .invalidData(LocalizedText(fi: "Päijät-Hämeen liitännäinen ei lue palvelun \(service) lakisääteistä rahoitusta",
                                             en: "the Päijät-Häme plugin does not read the statutory funding of \(service)"))
        }
        return CostTerms(statutory: funding)
    }
}
