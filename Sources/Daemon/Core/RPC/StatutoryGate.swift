// RPC/StatutoryGate.swift — the statutory layer applied to every decision, the same in every
// region and before any plugin is asked: a day before the region's rules is out of effect, a
// service not in force nationally is not offered (`data.reason = "not_in_force"`, the statute in
// `data.basis`), and the national conditions in force are attached to the answer.

import AlueWire
import PluginAPI

extension CallContext {
    /// Throws unless `region`'s rules and `service` are both in force on `date`.
    func statutoryGate(_ region: LoadedRegion, _ service: ServiceID, on date: EffectiveDate) throws(RPCError) {
        let declaration = region.declaration
        if date < declaration.effectiveFrom {
            throw RPCError.from(.outOfEffect(date: date, effectiveFrom: declaration.effectiveFrom))
        }
        guard let statute = snapshot.law.services.service(service), !statute.inForce.contains(date) else { return }
        let window = statute.inForce.until.map { until in
            LocalizedText(fi: "oli voimassa \(statute.inForce.from.finnish)–\(until.finnish)", en: "was in force \(statute.inForce.from)–\(until)")
        } ?? LocalizedText(fi: "on voimassa \(statute.inForce.from.finnish) alkaen", en: "is in force from \(statute.inForce.from)")
        let message = LocalizedText(fi: "Palvelu \(service) ei ole lain mukaan voimassa \(date.finnish): se ",
                                    en: "\(service) is not in force by law on \(date): it ") + window
            + (statute.note.map { LocalizedText(verbatim: ". ") + $0 } ?? LocalizedText(verbatim: ""))
        throw RPCError(.notOffered, message, data: [
            ("service", .string(service.rawValue)),
            ("reason", .string("not_in_force")),
            ("basis", .array(statute.legalBasis.map(\.json))),
            ("inForce", .object([("from", .string(statute.inForce.from.description))]
                                + (statute.inForce.until.map { [("until", .string($0.description))] } ?? []))),
        ])
    }

    /// `decision` with the national conditions on its service in force on its date.
    func withConditions<Outcome>(_ decision: Decision<Outcome>) -> Decision<Outcome> {
        var decision = decision
        decision.conditions = snapshot.law.services.conditions(decision.service, on: decision.date)
        return decision
    }
}
