// Parameters.swift — the configurable values of config/data/tyohame/parameters.json, read into
// typed settings and checked once, when the daemon configures the plugin.

import Foundation
import PluginAPI

/// One configured value, with the status and source its file gives it, so that a rule resting
/// on it can cite the setting by name and inherit its status.
struct Setting<Value: Hashable & Sendable>: Hashable, Sendable {
    let name: String
    let value: Value
    let status: DecisionStatus
    let source: String
}

/// The two main offices (päätoimipaikat) the plan names (line 499).
enum MainOffice: String, CaseIterable, Hashable, Sendable {
    case hameenlinna = "Hämeenlinna"
    case forssa = "Forssa"

    var municipality: MunicipalityRef {
        switch self {
        case .hameenlinna: return Membership.hameenlinna
        case .forssa: return Membership.forssa
        }
    }
}

/// A limited transfer of powers from the responsible municipality (plan line 221).
struct Delegation: Hashable, Sendable {
    let task: String
    let receiver: String
}

/// What "palvelujen käytön mukaan" (line 179) measures in the annual reconciliation.
enum UsageMeasure: String, CaseIterable, Hashable, Sendable {
    case serviceCosts = "service_costs"
    case clientCount = "client_count"
}

/// Every parameter the rules read, typed, for one day.
struct Settings: Hashable, Sendable {
    static let officeCatchmentName = "office_catchment"
    static let immigrantServicePointName = "immigrant_service_point"
    static let areaCostWeightsName = "area_cost_weights"
    static let specialTrainingFieldsName = "special_training_fields"
    static let municipalitySpecialServicesName = "municipality_special_services"
    static let delegationsName = "delegations"
    static let monthlyBillingInstalmentsName = "monthly_billing_instalments"
    static let reconciliationUsageName = "reconciliation_usage_measure"

    static let names = [officeCatchmentName, immigrantServicePointName, areaCostWeightsName,
                        specialTrainingFieldsName, municipalitySpecialServicesName, delegationsName,
                        monthlyBillingInstalmentsName, reconciliationUsageName]

    /// The factors a cost-sharing weight may name: the plan's three criteria, and `unemployed` for
    /// its second wording «työttömien määrän» (line 179).
    static let weightFactors = [Statistic.population18to64, Statistic.broadUnemployment, Statistic.unemployed,
                                Statistic.foreignLanguageSpeakers]

    let officeCatchment: Setting<[MunicipalityCode: MainOffice]>
    let immigrantServicePoint: Setting<Location>
    let areaCostWeights: Setting<[AllocationFactor]>
    let specialTrainingFields: Setting<[String]>
    let municipalitySpecialServices: Setting<[MunicipalityCode: Set<ServiceID>]>
    let delegations: Setting<[Delegation]>
    let monthlyBillingInstalments: Setting<Int>
    let reconciliationUsage: Setting<UsageMeasure>

    init(_ data: RegionData, on date: EffectiveDate) throws(DecisionError) {
        func reader(_ name: String) throws(DecisionError) -> ParameterReader {
            ParameterReader(name: name, dated: try data.parameter(name, on: date))
        }
        officeCatchment = try reader(Self.officeCatchmentName).officeCatchment()
        immigrantServicePoint = try reader(Self.immigrantServicePointName).servicePoint()
        areaCostWeights = try reader(Self.areaCostWeightsName).weights(allowed: Self.weightFactors)
        specialTrainingFields = try reader(Self.specialTrainingFieldsName).strings()
        municipalitySpecialServices = try reader(Self.municipalitySpecialServicesName).servicesByMember()
        delegations = try reader(Self.delegationsName).delegations()
        monthlyBillingInstalments = try reader(Self.monthlyBillingInstalmentsName).integer(in: 1...12)
        reconciliationUsage = try reader(Self.reconciliationUsageName).usageMeasure()
    }
}

/// The settings over time: one entry from the region's first day and one more from each later day
/// on which any parameter changes. Built (and so fully checked) in `configured(with:)`, which lets
/// the rules read settings without failing at query time.
struct SettingsTimeline: Hashable, Sendable {
    private struct Entry: Hashable, Sendable {
        let from: EffectiveDate
        let settings: Settings
    }

    private let entries: [Entry]

    init(_ data: RegionData, from start: EffectiveDate) throws(DecisionError) {
        var days: Set<EffectiveDate> = [start]
        for name in Settings.names {
            for value in data.parameters[name]?.values ?? [] where value.from > start {
                days.insert(value.from)
            }
        }
        var entries: [Entry] = []
        for day in days.sorted() {
            entries.append(Entry(from: day, settings: try Settings(data, on: day)))
        }
        self.entries = entries
    }

    /// The settings in force on `date`; nil before the region's first day.
    func settings(on date: EffectiveDate) -> Settings? {
        entries.last { $0.from <= date }?.settings
    }
}

/// Reads one dated parameter value into a typed `Setting`, naming the parameter in every error.
private struct ParameterReader {
    let name: String
    let dated: DatedValue

    func fail(_ problem: String) -> DecisionError {
        .invalidData("parameter '\(name)' (value from \(dated.from)) \(problem)")
    }

    func setting<Value>(_ value: Value) -> Setting<Value> {
        Setting(name: name, value: value, status: dated.status, source: dated.source)
    }

    func table(_ value: ParameterValue? = nil) throws(DecisionError) -> [String: ParameterValue] {
        guard let table = (value ?? dated.value).table else { throw fail("must be a JSON object") }
        return table
    }

    func list(_ value: ParameterValue? = nil) throws(DecisionError) -> [ParameterValue] {
        guard let list = (value ?? dated.value).list else { throw fail("must be a JSON array") }
        return list
    }

    func text(_ value: ParameterValue?, _ what: String) throws(DecisionError) -> String {
        guard let text = value?.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw fail("needs a non-empty string for \(what)")
        }
        return text
    }

    func member(_ name: String) throws(DecisionError) -> MunicipalityRef {
        guard let member = Membership.member(named: name) else {
            throw fail("names '\(name)', which is not a TyöHäme member (use the Finnish name as in municipalities.csv)")
        }
        return member
    }

    func officeCatchment() throws(DecisionError) -> Setting<[MunicipalityCode: MainOffice]> {
        var catchment: [MunicipalityCode: MainOffice] = [:]
        for (municipality, office) in try table() {
            guard let office = office.string.flatMap(MainOffice.init(rawValue:)) else {
                throw fail("maps '\(municipality)' to something other than a main office (Hämeenlinna or Forssa)")
            }
            catchment[try member(municipality).code] = office
        }
        for member in Membership.members where catchment[member.code] == nil {
            throw fail("gives no main office for member \(member.name)")
        }
        return setting(catchment)
    }

    func servicePoint() throws(DecisionError) -> Setting<Location> {
        let point = try table()
        let city = try member(try text(point["city"], "'city'"))
        return setting(Location(name: try text(point["name"], "'name'"), city: city.name, status: dated.status.rawValue))
    }

    func weights(allowed: [String]) throws(DecisionError) -> Setting<[AllocationFactor]> {
        let table = try table()
        for key in table.keys where !allowed.contains(key) {
            throw fail("names factor '\(key)'; allowed: \(allowed.joined(separator: ", "))")
        }
        var factors: [AllocationFactor] = []
        for name in allowed {
            guard let raw = table[name] else { continue }
            guard let weight = decimal(raw), weight >= 0 else { throw fail("has a weight for '\(name)' that is not a number ≥ 0") }
            factors.append(AllocationFactor(name: name, weight: weight,
                                            source: "parameter \(self.name) (\(dated.status.rawValue)): \(dated.source)"))
        }
        let sum = factors.reduce(Decimal(0)) { $0 + $1.weight }
        guard sum == 1 else { throw fail("has weights adding up to \(sum), not exactly 1") }
        return setting(factors)
    }

    /// Weights may be written as JSON numbers or, to keep every digit, as decimal strings.
    func decimal(_ value: ParameterValue) -> Decimal? {
        if let number = value.number { return number }
        return value.string.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }

    func strings() throws(DecisionError) -> Setting<[String]> {
        var strings: [String] = []
        for value in try list() { strings.append(try text(value, "each entry")) }
        return setting(strings)
    }

    func servicesByMember() throws(DecisionError) -> Setting<[MunicipalityCode: Set<ServiceID>]> {
        var services: [MunicipalityCode: Set<ServiceID>] = [:]
        for (municipality, ids) in try table() {
            let code = try member(municipality).code
            for id in try list(ids) {
                let service = ServiceID(rawValue: try text(id, "a service id"))
                guard ServiceCatalog.entry(service) != nil else { throw fail("lists '\(service)', which is not a catalog service id") }
                services[code, default: []].insert(service)
            }
        }
        return setting(services)
    }

    func delegations() throws(DecisionError) -> Setting<[Delegation]> {
        var delegations: [Delegation] = []
        for entry in try list() {
            let fields = try table(entry)
            delegations.append(Delegation(task: try text(fields["task"], "'task'"), receiver: try text(fields["receiver"], "'receiver'")))
        }
        return setting(delegations)
    }

    func integer(in range: ClosedRange<Int>) throws(DecisionError) -> Setting<Int> {
        guard let number = dated.value.number, number == number.rounded, range.contains(NSDecimalNumber(decimal: number).intValue) else {
            throw fail("must be a whole number in \(range.lowerBound)...\(range.upperBound)")
        }
        return setting(NSDecimalNumber(decimal: number).intValue)
    }

    func usageMeasure() throws(DecisionError) -> Setting<UsageMeasure> {
        guard let measure = dated.value.string.flatMap(UsageMeasure.init(rawValue:)) else {
            throw fail("must be one of \(UsageMeasure.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return setting(measure)
    }
}

extension Decimal {
    /// The value rounded to a whole number (to check that a parameter is an integer).
    fileprivate var rounded: Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, 0, .plain)
        return result
    }
}
