// Parameters.swift — the configurable values of config/data/tyohame/parameters.json, read into
// typed settings and checked once, when the daemon configures the plugin.

import Foundation
import PluginAPI

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

/// Every parameter the rules read, typed, for one day. The reader records what is read, so no list
/// of names is kept by hand.
struct Settings: Hashable, Sendable {
    static let officeCatchmentName = "office_catchment"
    static let immigrantServicePointName = "immigrant_service_point"
    static let areaCostWeightsName = "area_cost_weights"
    static let specialTrainingFieldsName = "special_training_fields"
    static let municipalitySpecialServicesName = "municipality_special_services"
    static let delegationsName = "delegations"
    static let monthlyBillingInstalmentsName = "monthly_billing_instalments"
    static let reconciliationUsageName = "reconciliation_usage_measure"

    /// The factors a cost-sharing weight may name: the plan's three criteria, and `unemployed` for
    /// its second wording «työttömien määrän» (line 179).
    static let weightFactors = [Statistic.population18to64, Statistic.broadUnemployment, Statistic.unemployed,
                                Statistic.foreignLanguageSpeakers]

    let officeCatchment: DatedSetting<[MunicipalityCode: MainOffice]>
    let immigrantServicePoint: DatedSetting<Location>
    let areaCostWeights: DatedSetting<[AllocationFactor]>
    let specialTrainingFields: DatedSetting<[String]>
    let municipalitySpecialServices: DatedSetting<[MunicipalityCode: Set<ServiceID>]>
    let delegations: DatedSetting<[Delegation]>
    let monthlyBillingInstalments: DatedSetting<Int>
    let reconciliationUsage: DatedSetting<UsageMeasure>

    /// The area's own shapes are read by the closures below; `ParameterReader` names the parameter,
    /// its day and the expected shape in every error.
    init(_ reader: ParameterReader) throws(DecisionError) {
        officeCatchment = try reader.setting(Self.officeCatchmentName,
                                             expected: "{member name: \"Hämeenlinna\" | \"Forssa\"} for every member (names as in municipalities.csv)") { value in
            guard let table = value.table else { return nil }
            var catchment: [MunicipalityCode: MainOffice] = [:]
            for (municipality, office) in table {
                guard let member = Membership.member(named: municipality),
                      let office = office.string.flatMap(MainOffice.init(rawValue:)) else { return nil }
                catchment[member.code] = office
            }
            return Membership.members.allSatisfy { catchment[$0.code] != nil } ? catchment : nil
        }
        let point = try reader.setting(Self.immigrantServicePointName,
                                       expected: "{name: \"<service point>\", city: \"<member name>\"}") { value -> Location? in
            guard let table = value.table, let name = Self.text(table["name"]),
                  let city = Self.text(table["city"]).flatMap(Membership.member(named:)) else { return nil }
            return Location(name: name, city: city.name)
        }
        // The point is a location of the answers, which carry the setting's status.
        var location = point.value
        location.status = Locations.configured(by: point)
        immigrantServicePoint = DatedSetting(name: point.name, value: location, entry: point.entry)
        areaCostWeights = try Self.weights(reader)
        // Kept local: the shared `strings` accepts any string, but an empty or blank field name would
        // make every training a special field (`Rules.specialField(matching:)` looks for it inside the
        // client's field).
        specialTrainingFields = try reader.setting(Self.specialTrainingFieldsName, expected: "a list of non-empty field names") { value in
            value.list.flatMap { items in
                let fields = items.compactMap { Self.text($0) }
                return fields.count == items.count ? fields : nil
            }
        }
        municipalitySpecialServices = try reader.setting(Self.municipalitySpecialServicesName,
                                                         expected: "{member name: [catalog service id]}") { value in
            guard let table = value.table else { return nil }
            var services: [MunicipalityCode: Set<ServiceID>] = [:]
            for (municipality, ids) in table {
                guard let member = Membership.member(named: municipality), let ids = ids.list else { return nil }
                for id in ids {
                    guard let service = Self.text(id).map(ServiceID.init(rawValue:)), ServiceCatalog.entry(service) != nil else { return nil }
                    services[member.code, default: []].insert(service)
                }
            }
            return services
        }
        delegations = try reader.setting(Self.delegationsName, expected: "[{task: \"…\", receiver: \"…\"}]") { value in
            value.list.flatMap { items in
                let delegations = items.compactMap { item in
                    item.table.flatMap { fields in
                        Self.text(fields["task"]).flatMap { task in Self.text(fields["receiver"]).map { Delegation(task: task, receiver: $0) } }
                    }
                }
                return delegations.count == items.count ? delegations : nil
            }
        }
        monthlyBillingInstalments = try reader.setting(Self.monthlyBillingInstalmentsName, expected: "a whole number in 1...12") { value in
            guard let number = value.number else { return nil }
            let count = NSDecimalNumber(decimal: number).intValue
            return Decimal(count) == number && (1...12).contains(count) ? count : nil
        }
        reconciliationUsage = try reader.choice(Self.reconciliationUsageName)
    }

    /// The area-cost key: the shared reading (known statistics, positive weights adding up to
    /// exactly 1), limited to `weightFactors` and kept in their order.
    private static func weights(_ reader: ParameterReader) throws(DecisionError) -> DatedSetting<[AllocationFactor]> {
        let key = try reader.allocationFactors(areaCostWeightsName, sourceFile: "config/data/tyohame/parameters.json")
        guard key.value.allSatisfy({ weightFactors.contains($0.name) }) else {
            throw ParameterReader.malformed(areaCostWeightsName, key.entry,
                                            expected: "weights of \(weightFactors.joined(separator: ", ")) only")
        }
        let ordered = weightFactors.compactMap { factor in key.value.first { $0.name == factor } }
        return DatedSetting(name: key.name, value: ordered, entry: key.entry)
    }

    /// A non-blank string.
    private static func text(_ value: ParameterValue?) -> String? {
        guard let text = value?.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return text
    }
}
