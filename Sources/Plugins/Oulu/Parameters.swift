// Parameters.swift — the Oulu plugin's configurable values (config/data/oulu/parameters.json), read
// into typed settings and checked once, when the daemon configures the plugin.

import Foundation
import PluginAPI

/// One parameter's value in force on a day, with the dated entry it came from.
struct Setting<Value: Sendable & Hashable>: Sendable, Hashable {
    let name: String
    let value: Value
    let entry: DatedValue

    var status: DecisionStatus { entry.status }

    /// How a decision names the assumption it rests on.
    var note: String {
        "Parameter \(name) = \(entry.value.text) (\(entry.status.rawValue), in force from \(entry.from)): \(entry.source)"
    }
}

/// Where the documents contradict each other or are silent, the reading in force is a setting.
enum TrialDelivery: String, CaseIterable, Sendable { case purchased, local }
enum CostSplit: String, CaseIterable, Sendable { case causerPays = "causer_pays", sharedByKey = "shared_by_key" }
enum WellbeingCountyCost: String, CaseIterable, Sendable { case stateFunded = "state_funded", ownMunicipality = "own_municipality" }
enum UnemploymentSecurityAdvice: String, CaseIterable, Sendable {
    case state
    case responsibleMunicipality = "responsible_municipality"
}

/// Every Oulu parameter in force on one day, typed.
struct Settings: Sendable, Hashable {
    let sharedServicesKey: Setting<[AllocationFactor]>
    let integrationTrainingKey: Setting<[AllocationFactor]>
    /// nil while the parameter says `unset`: the plan names the coefficient but gives no value (L621).
    let overheadCoefficient: Setting<Decimal?>
    let trainingTrialDelivery: Setting<TrialDelivery>
    let arrangementSubsidyCost: Setting<CostSplit>
    let employmentObligationOffered: Setting<Bool>
    let maritimeRecharge: Setting<CostSplit>
    let wellbeingCountyCost: Setting<WellbeingCountyCost>
    let unemploymentSecurityAdvice: Setting<UnemploymentSecurityAdvice>
    let walkInForAllMembers: Setting<Bool>
    let ohjaamoMunicipalities: Setting<Set<MunicipalityCode>>
    let psychologistMunicipalities: Setting<Set<MunicipalityCode>>

    static let names = [
        "allocation_key_shared_services", "allocation_key_integration_training", "overhead_coefficient",
        "koulutuskokeilu_delivery", "tyoolosuhteiden_jarjestelytuki_cost", "velvoitetyollistaminen_offered",
        "merityonvalitys_recharge", "wellbeing_county_services_cost", "unemployment_security_advice",
        "businessasema_walk_in_for_all_members", "ohjaamo_municipalities", "psychologist_appointment_municipalities",
    ]

    init(reading data: RegionData, on date: EffectiveDate) throws(DecisionError) {
        let reader = ParameterReader(data: data, date: date)
        sharedServicesKey = try reader.setting("allocation_key_shared_services", ParameterReader.allocationFactors)
        integrationTrainingKey = try reader.setting("allocation_key_integration_training", ParameterReader.allocationFactors)
        overheadCoefficient = try reader.setting("overhead_coefficient", ParameterReader.coefficient)
        trainingTrialDelivery = try reader.choice("koulutuskokeilu_delivery")
        arrangementSubsidyCost = try reader.choice("tyoolosuhteiden_jarjestelytuki_cost")
        employmentObligationOffered = try reader.setting("velvoitetyollistaminen_offered", ParameterReader.flag)
        maritimeRecharge = try reader.choice("merityonvalitys_recharge")
        wellbeingCountyCost = try reader.choice("wellbeing_county_services_cost")
        unemploymentSecurityAdvice = try reader.choice("unemployment_security_advice")
        walkInForAllMembers = try reader.setting("businessasema_walk_in_for_all_members", ParameterReader.flag)
        ohjaamoMunicipalities = try reader.setting("ohjaamo_municipalities", ParameterReader.memberCodes)
        psychologistMunicipalities = try reader.setting("psychologist_appointment_municipalities", ParameterReader.memberCodes)
    }

    func key(_ pool: Pool) -> Setting<[AllocationFactor]> {
        switch pool {
        case .sharedServices: return sharedServicesKey
        case .integrationTraining: return integrationTrainingKey
        }
    }
}

/// The settings over time: one version per day on which any parameter changes, all read and
/// checked up front so that a malformed value fails the self-check, not a request.
struct SettingsTimeline: Sendable, Hashable {
    private struct Version: Sendable, Hashable {
        let from: EffectiveDate
        let settings: Settings
    }

    private let first: Version
    private let later: [Version]

    init(data: RegionData, effectiveFrom: EffectiveDate) throws(DecisionError) {
        let changes = Set(Settings.names.flatMap { data.parameters[$0]?.values.map(\.from) ?? [] })
            .filter { $0 > effectiveFrom }.sorted()
        first = Version(from: effectiveFrom, settings: try Settings(reading: data, on: effectiveFrom))
        var later: [Version] = []
        for day in changes {
            later.append(Version(from: day, settings: try Settings(reading: data, on: day)))
        }
        self.later = later
    }

    /// The settings in force on `date` (dates before the area's start are refused earlier).
    func on(_ date: EffectiveDate) -> Settings {
        (later.last { $0.from <= date } ?? first).settings
    }
}

/// Reads one parameter on one day and says precisely what is wrong with it.
private struct ParameterReader {
    let data: RegionData
    let date: EffectiveDate

    func setting<Value>(_ name: String,
                        _ parse: (String, DatedValue) throws(DecisionError) -> Value) throws(DecisionError) -> Setting<Value> {
        let entry = try data.parameter(name, on: date)
        return Setting(name: name, value: try parse(name, entry), entry: entry)
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ name: String) throws(DecisionError) -> Setting<Value>
    where Value.RawValue == String {
        try setting(name) { (name, entry) throws(DecisionError) in
            guard let text = entry.value.string, let value = Value(rawValue: text) else {
                throw .invalidData("parameter '\(name)' from \(entry.from) is \(entry.value.text); expected one of "
                                   + Value.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
            }
            return value
        }
    }

    static func flag(_ name: String, _ entry: DatedValue) throws(DecisionError) -> Bool {
        guard let value = entry.value.bool else {
            throw .invalidData("parameter '\(name)' from \(entry.from) is \(entry.value.text); expected true or false")
        }
        return value
    }

    static func coefficient(_ name: String, _ entry: DatedValue) throws(DecisionError) -> Decimal? {
        if entry.value.string == "unset" { return nil }
        guard let value = entry.value.number, value >= 1 else {
            throw .invalidData("parameter '\(name)' from \(entry.from) is \(entry.value.text); expected \"unset\" or a multiplier of at least 1")
        }
        return value
    }

    static func memberCodes(_ name: String, _ entry: DatedValue) throws(DecisionError) -> Set<MunicipalityCode> {
        guard let list = entry.value.list else {
            throw .invalidData("parameter '\(name)' from \(entry.from) is \(entry.value.text); expected a list of member codes")
        }
        var codes: Set<MunicipalityCode> = []
        for item in list {
            guard let text = item.string, let code = MunicipalityCode(rawValue: text),
                  Membership.member(code: code) != nil else {
                throw .invalidData("parameter '\(name)' from \(entry.from) lists \(item.text), which is not a member code of the Oulu area")
            }
            codes.insert(code)
        }
        return codes
    }

    /// A key `{statistic: weight}`: known statistics, positive weights that add up to exactly 1.
    static func allocationFactors(_ name: String, _ entry: DatedValue) throws(DecisionError) -> [AllocationFactor] {
        guard let table = entry.value.table, !table.isEmpty else {
            throw .invalidData("parameter '\(name)' from \(entry.from) is \(entry.value.text); expected {statistic: weight}")
        }
        var factors: [AllocationFactor] = []
        for (statistic, value) in table.sorted(by: { $0.key < $1.key }) {
            guard knownStatistics.contains(statistic) else {
                throw .invalidData("parameter '\(name)' names unknown statistic '\(statistic)'; known: \(knownStatistics.joined(separator: ", "))")
            }
            guard let weight = value.number.map(sixDecimals), weight > 0 else {
                throw .invalidData("parameter '\(name)': weight of '\(statistic)' is \(value.text); expected a number above 0")
            }
            factors.append(AllocationFactor(name: statistic, weight: weight,
                                            source: "config/data/oulu/parameters.json: \(name) (\(entry.status.rawValue), from \(entry.from))"))
        }
        let total = factors.reduce(Decimal(0)) { $0 + $1.weight }
        guard total == 1 else {
            throw .invalidData("parameter '\(name)' from \(entry.from): weights add up to \(total.text), not exactly 1")
        }
        return factors
    }

    static let knownStatistics = [
        Statistic.population, Statistic.population18to64, Statistic.unemployed, Statistic.broadUnemployment,
        Statistic.foreignLanguageSpeakers, Statistic.stateShareEmploymentServices,
    ]

    /// JSON numbers may reach us through binary floating point (0.3 → 0.29999…); weights are
    /// meant as short decimals, so they are read to six places before they are summed.
    private static func sixDecimals(_ value: Decimal) -> Decimal {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, 6, .plain)
        return rounded
    }
}

extension Decimal {
    /// Plain decimal notation, e.g. `0.5`.
    var text: String { NSDecimalNumber(decimal: self).stringValue }
}

extension ParameterValue {
    /// The value as it would be written in the parameters file, for notes and error messages.
    var text: String {
        switch self {
        case .number(let value): return value.text
        case .string(let value): return "\"\(value)\""
        case .bool(let value): return value ? "true" : "false"
        case .list(let values): return "[" + values.map(\.text).joined(separator: ", ") + "]"
        case .table(let values):
            return "{" + values.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.text)" }.joined(separator: ", ") + "}"
        }
    }
}

extension OuluPlugin {
    static let unconfigured = DecisionError.invalidData("the Oulu plugin has not been configured with its parameters")

    /// The settings in force on `date`; only an unconfigured plugin (a daemon bug) has none.
    func settings(on date: EffectiveDate) throws(DecisionError) -> Settings {
        guard let timeline else { throw Self.unconfigured }
        return timeline.on(date)
    }
}
