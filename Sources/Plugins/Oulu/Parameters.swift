// Parameters.swift — the Oulu plugin's configurable values (config/data/oulu/parameters.json) and
// the statutory funding its rules cite, read into typed settings and checked once, when the daemon
// configures the plugin. The reading itself (`ParameterReader`, `SettingsTimeline`) is PluginAPI's.

import Foundation
import PluginAPI

/// Where the plan contradicts itself or is silent, the reading in force is a setting.
enum TrialDelivery: String, CaseIterable, Sendable { case purchased, local }
enum CostSplit: String, CaseIterable, Sendable { case causerPays = "causer_pays", sharedByKey = "shared_by_key" }
/// Who pays for the wellbeing county's services: the county itself, as the law has it (the default),
/// or the client's municipality, for areas that agree otherwise.
enum WellbeingCountyCost: String, CaseIterable, Sendable {
    case fundedByOtherBody = "funded_by_other_body"
    case ownMunicipality = "own_municipality"
}
enum UnemploymentSecurityAdvice: String, CaseIterable, Sendable {
    case state
    case responsibleMunicipality = "responsible_municipality"
}

/// Everything the rules read from the area's data on one day, typed. The reader records which
/// parameters are read, so no list of names is kept by hand.
struct Settings: Sendable, Hashable {
    let sharedServicesKey: DatedSetting<[AllocationFactor]>
    let integrationTrainingKey: DatedSetting<[AllocationFactor]>
    /// nil while the parameter says `unset`: the plan names the coefficient but gives no value (L621).
    let overheadCoefficient: DatedSetting<Decimal?>
    let trainingTrialDelivery: DatedSetting<TrialDelivery>
    let arrangementSubsidyCost: DatedSetting<CostSplit>
    let maritimeRecharge: DatedSetting<CostSplit>
    let wellbeingCountyCost: DatedSetting<WellbeingCountyCost>
    let unemploymentSecurityAdvice: DatedSetting<UnemploymentSecurityAdvice>
    let walkInForAllMembers: DatedSetting<Bool>
    let ohjaamoMunicipalities: DatedSetting<Set<MunicipalityCode>>
    let psychologistMunicipalities: DatedSetting<Set<MunicipalityCode>>
    /// The statutory layer's funding of the wellbeing county's two services, which the plan leaves
    /// outside LIITE 2: read here so that a layer without it fails the self-check, not a query.
    let rehabilitativeWorkFunding: StatutoryFunding
    let healthCheckFunding: StatutoryFunding

    /// Where the allocation keys' weights come from, as their factors name it.
    static let sourceFile = "config/data/oulu/parameters.json"

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
        maritimeRecharge = try reader.choice("merityonvalitys_recharge")
        wellbeingCountyCost = try reader.choice("wellbeing_county_services_cost")
        unemploymentSecurityAdvice = try reader.choice("unemployment_security_advice")
        walkInForAllMembers = try reader.flag("businessasema_walk_in_for_all_members")
        ohjaamoMunicipalities = try reader.memberCodes("ohjaamo_municipalities", members: members)
        psychologistMunicipalities = try reader.memberCodes("psychologist_appointment_municipalities", members: members)
        rehabilitativeWorkFunding = try reader.data.statutes.funding(.kuntouttavaTyotoiminta)
        healthCheckFunding = try reader.data.statutes.funding(.tyottomienTerveystarkastus)
    }
}
