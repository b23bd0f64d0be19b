// Grounds.swift — what one part of an answer rests on: the passages, how firmly, and what staff
// should know. Every part (routing facts, procurement, cost, the key's weights) has its own.

/// The basis of one part of an answer.
///
/// - `explicit`: the cited passage states this fact for this service — not a neighbouring service,
///   not a general paragraph on the area.
/// - `inferred`: derived from the cited passages; a note says how.
/// - `default`: a configurable assumption where the documents are silent; a note names the parameter.
public struct Grounds: Hashable, Sendable {
    public var basis: [Citation]
    public var status: DecisionStatus
    public var notes: [LocalizedText]

    public init(_ basis: [Citation], _ status: DecisionStatus = .explicit, notes: [LocalizedText] = []) {
        self.basis = basis
        self.status = status
        self.notes = notes
    }

    /// Adds citations and notes; the status becomes the weaker of the two (an explicit part that
    /// also rests on a default is a default).
    public func adding(_ basis: [Citation] = [], _ status: DecisionStatus = .explicit,
                       notes: [LocalizedText] = []) -> Grounds {
        var grounds = self
        grounds.basis += basis.filter { !grounds.basis.contains($0) }
        grounds.status = grounds.status.weakest(status)
        grounds.notes += notes.filter { !grounds.notes.contains($0) }
        return grounds
    }

    /// These grounds together with `other`'s.
    public func adding(_ other: Grounds) -> Grounds {
        adding(other.basis, other.status, notes: other.notes)
    }

    /// The grounds of a setting read from the area's parameters: its status and a note naming it.
    public init<Value>(_ setting: DatedSetting<Value>, basis: [Citation] = []) {
        self.init(basis, setting.status, notes: [setting.note])
    }
}
