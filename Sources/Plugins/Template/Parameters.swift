// Parameters.swift — the template area's configurable values (config/data/template/parameters.json),
// read into typed settings and checked once, when alued configures the plugin. The reading itself
// (`DatedSetting`, `ParameterReader`, `SettingsTimeline`) is PluginAPI's, shared by every plugin.

import Foundation
import PluginAPI

/// Every parameter the rules read, typed, for one day. AUTHOR: one property per parameter of your
/// parameters.json; the reader records what is read, so nothing else needs to list the names.
struct Settings: Hashable, Sendable {
    static let sharedServicesKeyName = "allocation_key_shared_services"
    static let adviceCostName = "neuvonta_cost"

    let sharedServicesKey: DatedSetting<[AllocationFactor]>
    /// `shared_by_key` or `causer_pays`: where the plan is silent, a choice a human confirms.
    let adviceCost: DatedSetting<CostPrinciple>

    /// - Throws: `invalidData` naming the parameter that is missing on the reader's day or malformed
    ///   (`parameter '<name>' has no value in force on <date>` for a missing one).
    init(_ reader: ParameterReader) throws(DecisionError) {
        sharedServicesKey = try Self.weights(Self.sharedServicesKeyName, reader)
        let allowed: [CostPrinciple] = [.sharedByKey, .causerPays]
        adviceCost = try reader.setting(Self.adviceCostName,
                                        expected: "one of " + allowed.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")) { value in
            value.string.flatMap(CostPrinciple.init(rawValue:)).flatMap { allowed.contains($0) ? $0 : nil }
        }
    }

    /// `{statistic: "weight"}`: known statistics, positive weights adding up to exactly 1, so the
    /// shares of a pool always add up to the whole amount (`ParameterReader.allocationFactors`).
    private static func weights(_ name: String, _ reader: ParameterReader) throws(DecisionError) -> DatedSetting<[AllocationFactor]> {
        // Kept local: the template documents weights as decimal strings only (plugin guide §5,
        // TemplateParameterTests), since a JSON number may pass through binary floating point
        // (0.3 → 0.2999…); the shared reader also accepts numbers.
        let factors = try reader.allocationFactors(name, sourceFile: "parameters.json")
        for (statistic, weight) in (factors.entry.value.table ?? [:]).sorted(by: { $0.key < $1.key }) where weight.string == nil {
            throw .invalidData(LocalizedText(
                fi: "parametri '\(name)': tilaston '\(statistic)' painon on oltava positiivinen desimaalimerkkijono kuten \"0.5\"",
                en: "parameter '\(name)': the weight of '\(statistic)' must be a positive decimal string such as \"0.5\""))
        }
        return factors
    }
}
