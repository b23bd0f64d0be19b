// Citation.swift — where a decision comes from (document, section, lines) and how sure it is.

/// One source of a decision: a seed document with its own section heading or annex and line
/// numbers, or a statute such as `Laki 380/2023 17 §`.
public struct Citation: Hashable, Sendable, Codable {
    /// The document's file name (e.g. `004_cc00a80936f2630b.txt`) or the statute.
    public var document: String
    /// The document's own section heading or annex, e.g. `2.2.1 Työnhakijapalvelut` or `LIITE 2`.
    public var section: String
    /// Line numbers in the document, e.g. `"117-163"` or `"27"`; nil for a statute.
    public var lines: String?
    /// A short verbatim quote (Finnish, with the source's own spelling).
    public var quote: String?

    public init(document: String, section: String, lines: String? = nil, quote: String? = nil) {
        self.document = document
        self.section = section
        self.lines = lines
        self.quote = quote
    }
}

/// How firmly a decision rests on its sources.
public enum DecisionStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// The document says it.
    case explicit
    /// Derived from the documents; the decision's `notes` say how.
    case inferred
    /// A configurable assumption where the documents are silent; `notes` name the setting.
    case `default`

    /// The weaker of two statuses: a decision combining an explicit and a default part is `default`.
    public func weakest(_ other: DecisionStatus) -> DecisionStatus {
        let order: [DecisionStatus] = [.explicit, .inferred, .default]
        return order[max(order.firstIndex(of: self)!, order.firstIndex(of: other)!)]
    }
}
