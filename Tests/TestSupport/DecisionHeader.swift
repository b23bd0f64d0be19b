// DecisionHeader.swift — the fields every decision carries whatever its outcome, so that a plugin
// test can check a route, a cost and a procurement answer in one loop.

import PluginAPI

/// The fields a route, a cost and a procurement decision share.
public struct DecisionHeader: Sendable {
    public let region: String
    public let municipality: MunicipalityRef?
    public let service: ServiceID
    public let date: EffectiveDate
    public let basis: [Citation]
    public let status: DecisionStatus
    public let notes: [LocalizedText]
}

extension LocalizedText {
    /// Whether either language's words contain `text`: a test names the words it expects in the
    /// language it quotes.
    public func contains(_ text: String) -> Bool { fi.contains(text) || en.contains(text) }
}

extension Decision {
    /// The decision's fields other than its outcome.
    public var header: DecisionHeader {
        DecisionHeader(region: region, municipality: municipality, service: service, date: date, basis: basis,
                       status: status, notes: notes)
    }
}
