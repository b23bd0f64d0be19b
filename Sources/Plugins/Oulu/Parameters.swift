// Parameters.swift — the Oulu plugin's configurable values (config/data/oulu/parameters.json), read
// into typed settings and checked once, when the daemon configures the plugin.

import Foundation
import PluginAPI

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
    let sharedServicesKey: DatedSetting<[AllocationFactor]>
    let integrationTrainingKey: DatedSetting<[AllocationFactor]>
    /// nil while the parameter says `unset`: the plan names the coefficient but gives no value (L621).
    let overheadCoefficient: DatedSetting<Decimal?>
    let trainingTrialDelivery: DatedSetting<TrialDelivery>
    let arrangementSubsidyCost: DatedSetting<CostSplit>
    let employmentObligationOffered: DatedSetting<Bool>
    let maritimeRecharge: DatedSetting<CostSplit>
    let wellbeingCountyCost: DatedSetting<WellbeingCountyCost>
    let unemploymentSecurityAdvice: DatedSetting<UnemploymentSecurityAdvice>
    let walkInForAllMembers: DatedSetting<Bool>
    let ohjaamoMunicipalities: DatedSetting<Set<MunicipalityCode>>
    let psychologistMunicipalities: DatedSetting<Set<MunicipalityCode>>

    /// Where the allocation keys' weights come from, as their factors name it.
    static let sourceFile = "config/data/oulu/parameters.json"

    static let names = [
        "allocation_key_shared_services", "allocation_key_integration_training", "overhead_coefficient",
        "koulutuskokeilu_delivery", "tyoolosuhteiden_jarjestelytuki_cost", "velvoitetyollistaminen_offered",
        "merityonvalitys_recharge", "wellbeing_county_services_cost", "unemployment_security_advice",
        "businessasema_walk_in_for_all_members", "ohjaamo_municipalities", "psychologist_appointment_municipalities",
    ]

    init(reading reader: ParameterReader) throws(DecisionError) {
        let members = Membership.members.map(\.ref)
        sharedServicesKey = try reader.allocationFactors("allocation_key_shared_services", sourceFile: Self.sourceFile)
        integrationTrainingKey = try reader.allocationFactors("allocation_key_integration_training", sourceFile: Self.sourceFile)
        overheadCoefficient = try reader.setting("overhead_coefficient",
                                                 expected: "\"unset\" or a multiplier of at least 1") { value -> Decimal?? in
            if value.string == "unset" { return .some(nil) }
            guard let multiplier = value.number, multiplier >= 1 else { return nil }
            return multiplier
        }
        trainingTrialDelivery = try reader.choice("koulutuskokeilu_delivery")
        arrangementSubsidyCost = try reader.choice("tyoolosuhteiden_jarjestelytuki_cost")
        employmentObligationOffered = try reader.flag("velvoitetyollistaminen_offered")
        maritimeRecharge = try reader.choice("merityonvalitys_recharge")
        wellbeingCountyCost = try reader.choice("wellbeing_county_services_cost")
        unemploymentSecurityAdvice = try reader.choice("unemployment_security_advice")
        walkInForAllMembers = try reader.flag("businessasema_walk_in_for_all_members")
        ohjaamoMunicipalities = try reader.memberCodes("ohjaamo_municipalities", members: members)
        psychologistMunicipalities = try reader.memberCodes("psychologist_appointment_municipalities", members: members)
    }

    func key(_ pool: Pool) -> DatedSetting<[AllocationFactor]> {
        switch pool {
        case .sharedServices: return sharedServicesKey
        case .integrationTraining: return integrationTrainingKey
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
