// Pools.swift — the area's shared pools and the allocation key that splits each between the
// members: the pools are the plan's (LIITE 2 «VOS-PERIAATTEILLA», L640), the keys' weights a
// parameter, because the plan leaves the key to the cooperation agreement (L636).

import Foundation
import PluginAPI

/// The area's shared pools. LIITE 2 splits every centralised and purchased service and the
/// support functions «VOS-PERIAATTEILLA» (L640) without defining the key; integration training has
/// a pool of its own, since its default weights differ (see the parameter's source).
enum Pool: String, CaseIterable, Sendable {
    /// Centralised own production, central purchases and support functions (LIITE 2 groups 1–3).
    case sharedServices = "shared_services"
    /// Integration training (LIITE 2 group 2, «Kotoutumiskoulutus»).
    case integrationTraining = "integration_training"

    /// The pool a query names; nil is the default pool.
    static func named(_ name: String?) throws(DecisionError) -> Pool {
        guard let name else { return .sharedServices }
        guard let pool = Pool(rawValue: name) else {
            let pools = allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidParameter(LocalizedText(fi: "tuntematon pooli '\(name)'; alueen poolit: \(pools)",
                                                  en: "unknown pool '\(name)'; this region has: \(pools)"))
        }
        return pool
    }

    /// The weights of this pool's key in `settings`.
    func weights(_ settings: Settings) -> DatedSetting<[AllocationFactor]> {
        switch self {
        case .sharedServices: return settings.sharedServicesKey
        case .integrationTraining: return settings.integrationTrainingKey
        }
    }

    /// The pool's key in force for `year` under `settings`, with its own grounds: the plan's passages
    /// on the split and the weights' parameter (whose status is the key's). The default pool also
    /// names the overhead coefficient added to the centralised services' costs before they are
    /// split; it changes the amounts, not the shares, so it does not weaken the key.
    func key(_ settings: Settings, region: String, year: Int) -> AllocationKey {
        let weights = weights(settings)
        let factors = weights.value.map { "\($0.name) \($0.weight.plainText)" }.joined(separator: ", ")
        var basis = [Plan.vosPrinciple, Plan.costSplitInAgreement]
        var notes = [LocalizedText(
            fi: "Poolin '\(rawValue)' jakoavain: \(factors). Suunnitelma jakaa kustannukset «VOS-PERIAATTEILLA» (r. 640) ja "
                + "jättää jakoperusteet yhteistoimintasopimukseen (r. 636), joka ei ole aineistossa; painot tulevat parametrista "
                + "(sen lähde kertoo, mihin ne perustuvat). Toinen tulkinta: jäsenkunnan osuus alueelle lasketusta "
                + "työvoimapalvelujen valtionosuudesta (tilasto \(Statistic.stateShareEmploymentServices)).",
            en: "Key of pool '\(rawValue)': \(factors). The plan splits the costs «VOS-PERIAATTEILLA» (L640) and leaves the "
                + "criteria to the cooperation agreement (L636), which is not among the documents; the weights are the "
                + "parameter's (its source says what they rest on). Other reading: each member's share of the area's "
                + "computed state share for employment services (statistic \(Statistic.stateShareEmploymentServices))."),
                     contents, weights.note]
        if self == .sharedServices {
            basis.append(Plan.overheadCoefficient)
            notes.append(Self.overheadNote(settings.overheadCoefficient))
        }
        return AllocationKey(region: region, pool: rawValue, year: year, factors: weights.value, basis: basis,
                             status: weights.status,
                             notes: notes)
    }

    /// What the pool holds.
    private var contents: LocalizedText {
        switch self {
        case .sharedServices:
            return LocalizedText(
                fi: "Pooli 'shared_services' (oletus): LIITE 2:n ryhmät 1–3 eli keskitetty oma tuotanto, keskitetyt hankinnat "
                    + "ja tukipalvelut (r. 640) sekä yleiskustannuskertoimella henkilöstö- ja talousasiantuntijan työ (r. 641).",
                en: "Pool 'shared_services' (default): LIITE 2 groups 1-3 — centralised own production, central purchases and "
                    + "the support functions (L640), plus HR and finance work through the overhead coefficient (L641).")
        case .integrationTraining:
            return LocalizedText(
                fi: "Pooli 'integration_training': Oulun ostopalveluna hankkimat kotoutumiskoulutukset (r. 247, LIITE 2 "
                    + "«Kotoutumiskoulutus»).",
                en: "Pool 'integration_training': integration training bought by Oulu (L247, LIITE 2 «Kotoutumiskoulutus»).")
        }
    }

    /// The coefficient the plan names with its components but without a value (L621).
    private static func overheadNote(_ setting: DatedSetting<Decimal?>) -> LocalizedText {
        let value = setting.value.map { LocalizedText(verbatim: $0.plainText) }
            ?? LocalizedText(fi: "asettamatta: suunnitelma ei anna arvoa", en: "not set: the plan gives no value")
        return LocalizedText(
            fi: "Yleiskustannuskerroin (keskitettyjen palveluiden henkilöstö- ja talousasiantuntijoiden työ, tilat, työvälineet, "
                + "tietoliikenne ja työnantajavelvoitteet, r. 596, 621, 641) on \(value.fi). ",
            en: "Overhead coefficient (HR and finance experts' work, premises, tools, telecom and employer obligations of the "
                + "centralised services, L596, L621, L641) is \(value.en). ") + setting.note
    }
}
