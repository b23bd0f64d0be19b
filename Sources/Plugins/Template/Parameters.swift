// Parameters.swift — the template area's configurable values (config/data/template/parameters.json),
// read into typed settings and checked once, when alued configures the plugin.

import Foundation
import PluginAPI

/// One parameter's value in force on a day, with the dated entry it came from, so that a rule
/// resting on it inherits its status and names it in its notes.
struct Setting<Value: Hashable & Sendable>: Hashable, Sendable {
    let name: String
    let value: Value
    let entry: DatedValue

    var status: DecisionStatus { entry.status }

    /// How a decision names the assumption it rests on: staff can find and question it.
    var note: String {
        "Parameter \(name) (\(entry.status.rawValue), in force from \(entry.from), parameters.json): \(entry.source)"
    }
}

/// Every parameter the rules read, typed, for one day. AUTHOR: one property per parameter of your
/// parameters.json, and its name in `names`.
struct Settings: Hashable, Sendable {
    static let sharedServicesKeyName = "allocation_key_shared_services"
    static let adviceCostName = "neuvonta_cost"
    static let names = [sharedServicesKeyName, adviceCostName]

    let sharedServicesKey: Setting<[AllocationFactor]>
    /// `shared_by_key` or `causer_pays`: where the plan is silent, a choice a human confirms.
    let adviceCost: Setting<CostPrinciple>

    /// - Throws: `invalidData` naming the parameter that is missing on `date` or malformed.
    init(_ data: RegionData, on date: EffectiveDate) throws(DecisionError) {
        sharedServicesKey = try Self.read(Self.sharedServicesKeyName, data, date, Self.weights)
        adviceCost = try Self.read(Self.adviceCostName, data, date) { (name, entry) throws(DecisionError) in
            let allowed: [CostPrinciple] = [.sharedByKey, .causerPays]
            guard let text = entry.value.string, let principle = CostPrinciple(rawValue: text), allowed.contains(principle) else {
                throw .invalidData("parameter '\(name)' (value from \(entry.from)) must be one of "
                                   + allowed.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
            }
            return principle
        }
    }

    private static func read<Value>(_ name: String, _ data: RegionData, _ date: EffectiveDate,
                                    _ parse: (String, DatedValue) throws(DecisionError) -> Value)
        throws(DecisionError) -> Setting<Value> {
        // `parameter(_:on:)` throws invalidData("parameter '<name>' has no value in force on <date>").
        let entry = try data.parameter(name, on: date)
        return Setting(name: name, value: try parse(name, entry), entry: entry)
    }

    /// `{statistic: "weight"}`: known statistics, positive weights adding up to exactly 1, so the
    /// shares of a pool always add up to the whole amount.
    private static func weights(_ name: String, _ entry: DatedValue) throws(DecisionError) -> [AllocationFactor] {
        guard let table = entry.value.table, !table.isEmpty else {
            throw .invalidData("parameter '\(name)' (value from \(entry.from)) must be an object {statistic: \"weight\"}")
        }
        var factors: [AllocationFactor] = []
        for (statistic, value) in table.sorted(by: { $0.key < $1.key }) {
            guard knownStatistics.contains(statistic) else {
                throw .invalidData("parameter '\(name)' names unknown statistic '\(statistic)'; known: "
                                   + knownStatistics.joined(separator: ", "))
            }
            // Weights are decimal strings: a JSON number may pass through binary floating point (0.3 → 0.2999…).
            guard let text = value.string, let weight = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")),
                  weight > 0 else {
                throw .invalidData("parameter '\(name)': the weight of '\(statistic)' must be a positive decimal string such as \"0.5\"")
            }
            factors.append(AllocationFactor(name: statistic, weight: weight,
                                            source: "parameters.json: \(name) (\(entry.status.rawValue), from \(entry.from))"))
        }
        let total = factors.reduce(Decimal(0)) { $0 + $1.weight }
        guard total == 1 else {
            throw .invalidData("parameter '\(name)' (value from \(entry.from)): the weights add up to \(total), not exactly 1")
        }
        return factors
    }

    static let knownStatistics = [
        Statistic.population, Statistic.population18to64, Statistic.unemployed, Statistic.broadUnemployment,
        Statistic.foreignLanguageSpeakers, Statistic.stateShareEmploymentServices,
    ]
}

/// The settings over time: one version from the area's first day and one from each later day on
/// which any parameter changes. All of them are built (and so checked) up front.
struct SettingsTimeline: Hashable, Sendable {
    private struct Version: Hashable, Sendable {
        let from: EffectiveDate
        let settings: Settings
    }

    private let versions: [Version]

    init(_ data: RegionData, from start: EffectiveDate) throws(DecisionError) {
        let changes = Settings.names.flatMap { data.parameters[$0]?.values.map(\.from) ?? [] }.filter { $0 > start }
        var versions: [Version] = []
        for day in Set(changes + [start]).sorted() {
            versions.append(Version(from: day, settings: try Settings(data, on: day)))
        }
        self.versions = versions
    }

    /// The settings in force on `date`; nil before the area's first day.
    func settings(on date: EffectiveDate) -> Settings? {
        versions.last { $0.from <= date }?.settings
    }
}
