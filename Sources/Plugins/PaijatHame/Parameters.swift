// Parameters.swift — typed reading and self-check of the area's dated parameters
// (config/data/paijat-hame/parameters.json): the configurable answers where the documents are silent.

import Foundation
import PluginAPI

/// How to read one parameter: its name, the shape it must have, and the parser (as
/// `ParameterReader.setting` takes them).
struct ParameterSpec<Value: Sendable & Hashable>: Sendable {
    let name: String
    let expected: String
    let parse: @Sendable (ParameterValue) -> Value?
}

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
        // three criteria, in the plan's order (line 268), which the shared key's sorting by name
        // would change (PaijatHameCostTests checks the order).
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

/// The region's dated data, read through typed specs. Read per request rather than through a
/// `SettingsTimeline`: the plan's 2022 population table applies from its own date (2023-09-25),
/// before the area's first day, and the facts ask for it on any date.
struct Parameters: Sendable {
    let data: RegionData

    /// Wraps `data` without checking it; `validated` is the self-check.
    init(_ data: RegionData) { self.data = data }

    /// Checks that every parameter has a value in force on `start` and that every dated value has
    /// the expected shape, so that no request can fail on the data later.
    static func validated(_ data: RegionData, from start: EffectiveDate) throws(DecisionError) -> Parameters {
        let parameters = Parameters(data)
        try parameters.check(ParameterSpecs.sharedPoolWeights, from: start)
        try parameters.check(ParameterSpecs.youthAgeLimit, from: start)
        try parameters.check(ParameterSpecs.employerPhoneBilling, from: start)
        try parameters.check(ParameterSpecs.vosOtherProviders, from: start)
        try parameters.check(ParameterSpecs.causerPaysServices, from: start)
        try parameters.check(ParameterSpecs.integrationPlanDelivery, from: start)
        try parameters.check(ParameterSpecs.planPopulation2022, from: start)
        return parameters
    }

    /// The value of `spec` in force on `date`.
    func read<Value>(_ spec: ParameterSpec<Value>, on date: EffectiveDate) throws(DecisionError) -> DatedSetting<Value> {
        try ParameterReader(data: data, date: date).setting(spec.name, expected: spec.expected, spec.parse)
    }

    private func check<Value>(_ spec: ParameterSpec<Value>, from start: EffectiveDate) throws(DecisionError) {
        _ = try read(spec, on: start)
        for dated in data.parameters[spec.name]?.values ?? [] where spec.parse(dated.value) == nil {
            throw ParameterReader.malformed(spec.name, dated, expected: spec.expected)
        }
    }
}
