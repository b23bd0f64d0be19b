// Costs.swift — LIITE 2's cost principles as the cost terms of each rule, the area's shared pools
// and their allocation key, and what a cost answer adds about the key.

import Foundation
import PluginAPI

/// The area's shared pools. LIITE 2 splits every centralised and purchased service and the
/// support functions «VOS-PERIAATTEILLA» (L640) without defining the key, which lives in the
/// cooperation agreement (L636) that is not among the documents. The statutory state-share
/// criteria allocate integration training separately, so it is a pool of its own.
enum Pool: String, CaseIterable, Sendable {
    /// Centralised own production, central purchases and support functions (LIITE 2 groups 1–3).
    case sharedServices = "shared_services"
    /// Integration training (LIITE 2 group 2, «Kotoutumiskoulutus»).
    case integrationTraining = "integration_training"

    /// The pool a query names; nil is the default pool.
    static func named(_ name: String?) throws(DecisionError) -> Pool {
        guard let name else { return .sharedServices }
        guard let pool = Pool(rawValue: name) else {
            throw .invalidParameter("unknown pool '\(name)'; this region has: \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return pool
    }
}

/// Who pays for a service, by which principle, and on what basis: the cost half of a rule.
struct CostTerms: Sendable {
    var principle: CostPrinciple
    var payer: PayerRule
    var pool: Pool? = nil
    var billing: Billing? = nil
    var basis: [Citation]
    var status: DecisionStatus
    var notes: [LocalizedText]
}

extension CostTerms {
    /// Local services: each municipality's own cost (L617); LIITE 2 covers centralised costs only.
    static let ownMunicipality = CostTerms(
        principle: .ownMunicipality, payer: .clientMunicipality, basis: [Plan.localFinancing], status: .explicit,
        notes: ["Cost: a local service, funded by the client's own municipality (L617); LIITE 2 splits only the centralised services."])

    /// LIITE 2 «AIHEUTTAMISPERIAATTEILLA»: the client's home municipality pays for its residents' cases.
    static func causerPays(_ items: [(item: String, line: Int)]) -> CostTerms {
        CostTerms(
            principle: .causerPays, payer: .clientMunicipality,
            basis: items.map { Plan.annex2(.annex2Causer, $0.item, line: $0.line) } + [Statute.homeMunicipality],
            status: .explicit,
            notes: ["Cost: «AIHEUTTAMISPERIAATTEILLA» (LIITE 2, L643): the municipality whose resident the case is pays it. "
                    + "The plan does not define the causer; it is read as the client's home municipality (Laki 380/2023 17 §)."])
    }

    /// LIITE 2 «VOS-PERIAATTEILLA»: Oulu carries the cost in a shared pool split by the allocation key.
    static func stateSharePrinciple(_ group: Plan.Section, _ item: String, pool: Pool = .sharedServices) -> CostTerms {
        CostTerms(
            principle: .sharedByKey, payer: .responsibleMunicipality, pool: pool,
            basis: [Plan.annex2(group, item), Plan.costSplitInAgreement], status: .explicit,
            notes: ["Cost: «VOS-PERIAATTEILLA» (LIITE 2, L640): Oulu carries it in the area's shared pool '\(pool.rawValue)', "
                    + "which is split between the members by the allocation key (see costs.allocate)."])
    }

    /// A purchased statutory service LIITE 2 does not list: read as one of its group-2 purchases.
    static func unlistedPurchase(_ service: String) -> CostTerms {
        CostTerms(
            principle: .sharedByKey, payer: .responsibleMunicipality, pool: .sharedServices,
            basis: [Plan.cite(.annex2Purchased, "640", "2. Lakisääteiset työvoimapalvelut (ostopalvelut):"), Plan.costSplitInAgreement],
            status: .inferred,
            notes: ["Cost: LIITE 2 does not list \(service); as a statutory service Oulu purchases, it is read as part of "
                    + "LIITE 2 group 2 (purchases split «VOS-PERIAATTEILLA», L640) in the shared pool 'shared_services'."])
    }

    /// Rehabilitative work activity and health checks: Pohde's services, absent from LIITE 2.
    static func wellbeingCounty(_ setting: DatedSetting<WellbeingCountyCost>) -> CostTerms {
        let reading = "LIITE 2 has no line for it: the plan leaves its cost outside the employment area. "
        switch setting.value {
        case .stateFunded:
            return CostTerms(
                principle: .stateFunded, payer: .authority(Parties.pohde.name), basis: [Plan.costSplitInAgreement],
                status: setting.status,
                notes: [LocalizedText(verbatim: "Cost: " + reading + "The wellbeing county funds it from its state funding; the coach's part "
                        + "is a local service of the client's municipality (L617). Other reading: the municipality pays."),
                        setting.note])
        case .ownMunicipality:
            return CostTerms(
                principle: .ownMunicipality, payer: .clientMunicipality, basis: [Plan.localFinancing], status: setting.status,
                notes: [LocalizedText(verbatim: "Cost: " + reading + "Configured to be the client's own municipality's cost, as a local service (L617). "
                        + "Other reading: the wellbeing county funds it from its state funding."), setting.note])
        }
    }

    /// A statement the state produces itself: no cost to the area.
    static let stateFunded = CostTerms(
        principle: .stateFunded, payer: .authority(Parties.state.name), basis: [Plan.costSplitInAgreement], status: .inferred,
        notes: ["Cost: produced by the state (L131, L181), so the area bears none; LIITE 2 has no line for it."])

    /// Maritime job placement: Turku bills the area; how Oulu passes the bill on is a setting (O-G9).
    static func maritime(_ setting: DatedSetting<CostSplit>) -> CostTerms {
        let recharge: (PayerRule, String) = setting.value == .causerPays
            ? (.clientMunicipality, "Oulu passes it on to the client's home municipality (as the causer-pays items of LIITE 2)")
            : (.responsibleMunicipality, "Oulu keeps it in the shared pool split by the key (as the purchases of LIITE 2)")
        return CostTerms(
            principle: .billedByOtherAuthority, payer: recharge.0,
            billing: Billing(invoicer: Parties.turkuArea.name, period: "not_stated_in_plan"),
            basis: [Plan.costSplitInAgreement], status: setting.status,
            notes: ["Cost: the Turku employment area sells the service (L187) and bills the Oulu area; LIITE 2 has no line "
                    + "for it, so \(recharge.1). Both readings are possible; the plan states no billing period.", setting.note])
    }
}

/// The allocation key of each pool, and what a cost answer says about it.
enum AllocationKeys {
    static let basis = [Plan.costSplitInAgreement, Plan.vosPrinciple]

    /// The key of `query.pool` in force on 1 January of `query.year`.
    static func key(_ query: AllocationKeyQuery, region: RegionDeclaration,
                    settings: SettingsTimeline<Settings>) throws(DecisionError) -> AllocationKey {
        let pool = try Pool.named(query.pool)
        guard let day = EffectiveDate(year: query.year, month: 1, day: 1) else {
            throw .invalidParameter("year \(query.year) is not a calendar year")
        }
        try region.requireInEffect(on: day)
        let setting = settings.on(day).key(pool)
        return AllocationKey(region: region.id, pool: pool.rawValue, year: query.year, factors: setting.value,
                             basis: basis + statutoryBasis(pool), status: setting.status,
                             notes: notes(pool, setting) + [poolContents(pool)])
    }

    /// What a `shared_by_key` cost answer adds: the key's basis, its status and its notes.
    static func costDetails(_ pool: Pool, settings: Settings) -> (basis: [Citation], status: DecisionStatus, notes: [LocalizedText]) {
        let setting = settings.key(pool)
        var notes = notes(pool, setting)
        if pool == .sharedServices { notes.append(overheadNote(settings.overheadCoefficient)) }
        return (basis + statutoryBasis(pool) + (pool == .sharedServices ? [Plan.overheadCoefficient] : []),
                setting.status, notes)
    }

    private static func statutoryBasis(_ pool: Pool) -> [Citation] {
        switch pool {
        case .sharedServices: return [Statute.stateShareCriteria, Statute.broadUnemployment]
        case .integrationTraining: return [Statute.integrationTrainingCriterion]
        }
    }

    private static func notes(_ pool: Pool, _ setting: DatedSetting<[AllocationFactor]>) -> [LocalizedText] {
        let factors = setting.value.map { "\($0.name) \($0.weight.plainText)" }.joined(separator: ", ")
        return [LocalizedText(verbatim: "Allocation key of pool '\(pool.rawValue)': \(factors). The plan only says «VOS-PERIAATTEILLA» (L640) and "
                + "leaves the key to the cooperation agreement (L636), which is not among the documents; the key "
                + "defaults to the statutory state-share criteria. Other reading: each member's share of the area's "
                + "computed state share for employment services (statistic \(Statistic.stateShareEmploymentServices))."),
                setting.note]
    }

    private static func poolContents(_ pool: Pool) -> LocalizedText {
        switch pool {
        case .sharedServices:
            return "Pool 'shared_services' (default): LIITE 2 groups 1-3 — centralised own production, central purchases "
                + "and the support functions (L640), plus HR and finance work through the overhead coefficient (L641)."
        case .integrationTraining:
            return "Pool 'integration_training': integration training bought by Oulu (L247, LIITE 2 «Kotoutumiskoulutus»)."
        }
    }

    private static func overheadNote(_ setting: DatedSetting<Decimal?>) -> LocalizedText {
        let value = setting.value.map { "is \($0.plainText)" } ?? "is not set: the plan gives no value"
        return LocalizedText(verbatim: "Overhead coefficient (HR and finance experts' work, premises, tools, telecom and employer obligations "
            + "of the centralised services, L596, L621, L641) \(value). ") + setting.note
    }
}

extension OuluPlugin {
    /// `costs.responsibility`: the rule's cost half for a resident of the municipality.
    func costDecision(for query: CostQuery) throws(DecisionError) -> CostDecision {
        try declaration.requireInEffect(on: query.date)
        let context = RuleContext(question: .cost, member: try Membership.member(query.municipality),
                                  settings: try settings(on: query.date))
        return declaration.costDecision(query, try Rules.rule(query.service, context))
    }

    /// `costs.allocate`'s key for one pool and year.
    func allocationKey(for query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        guard let timeline else { throw Self.unconfigured }
        return try AllocationKeys.key(query, region: declaration, settings: timeline)
    }
}
