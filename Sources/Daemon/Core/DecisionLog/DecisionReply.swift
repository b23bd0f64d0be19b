// DecisionLog/DecisionReply.swift — what a decision method answers with: the encoded decision as
// the answer cache keeps it (with an empty `decisionId`), where the answer's id goes, and what the
// decision is about. The dispatcher gives it its id (from the decision log, in the log's order),
// sends the template with the id spliced in, and the log keeps the same.

import PluginAPI

/// What a decision is about, for `decisions.list`'s filters: only what the request carried.
public struct DecisionSubject: Sendable, Hashable {
    public var region: String
    public var municipality: MunicipalityCode?
    public var service: String?
    /// The day (or, for an allocation, the year) the rules were evaluated for.
    public var date: String
}

/// An answer that is a decision: the cached template, into which each answer's own id is spliced.
public struct DecisionReply: Sendable {
    /// The encoded decision with an empty top-level `decisionId`; shared with the answer cache.
    public let template: DecisionTemplate
    public let subject: DecisionSubject
}
