// DecisionError.swift — why a plugin gives no decision. A plugin knows these kinds of refusal; the
// daemon's wire module turns each into the pinned JSON-RPC error (code and `data.kind`).

/// What a plugin throws instead of a decision.
public enum DecisionError: Error, Hashable, Sendable {
    /// The region has no rule for this service: a reasoned refusal, never a silent default.
    case notOffered(service: ServiceID, reason: LocalizedText, basis: [Citation])
    /// No rule is in force on `date`.
    case outOfEffect(date: EffectiveDate, effectiveFrom: EffectiveDate)
    /// The municipality is not a member of the region (the daemon routes by membership, so this
    /// signals a daemon or plugin bug).
    case notMember(MunicipalityRef)
    /// A query parameter has a value the rule cannot use (e.g. an unknown training field).
    case invalidParameter(LocalizedText)
    /// The region's data (parameters, statistics) lacks something a rule needs or is malformed.
    case invalidData(LocalizedText)

    /// A sentence a person understands, in `language`.
    public func message(in language: Language) -> String {
        switch self {
        case .notOffered(let service, let reason, _):
            return LocalizedText(fi: "Palvelua \(service) ei tarjota: ", en: "\(service) is not offered: ")
                .text(in: language) + reason.text(in: language)
        case .outOfEffect(let date, let effectiveFrom):
            return LocalizedText(
                fi: "päivänä \(date.finnish) ei ole voimassa sääntöä; säännöt ovat voimassa \(effectiveFrom.finnish) alkaen",
                en: "no rule is in force on \(date); the rules apply from \(effectiveFrom)").text(in: language)
        case .notMember(let municipality):
            return LocalizedText(fi: "\(municipality) ei kuulu tähän alueeseen",
                                 en: "\(municipality) is not a member of this region").text(in: language)
        case .invalidParameter(let message), .invalidData(let message):
            return message.text(in: language)
        }
    }

    /// The message in English, for logs and operators' tools.
    public var message: String { message(in: .en) }
}
