// SourceDocument.swift — a source document kept in config/data/<region>/sources, and the check
// that a citation's lines exist and its quote stands verbatim in them (shared by every plugin's
// citation test).

import Foundation
import PluginAPI

public struct SourceDocument: Sendable {
    public let name: String
    /// The document's lines, numbered as `sed -n` and `cat -n` number them (index 0 is line 1).
    public let lines: [String]

    /// Reads `config/data/<region>/sources/<name>`.
    public init(region: String, name: String) throws {
        let text = try String(contentsOfFile: "\(Repository.dataDir)/\(region)/sources/\(name)", encoding: .utf8)
        self.name = name
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast(text.hasSuffix("\n") ? 1 : 0).map(String.init)
    }

    /// Why `citation` of this document is wrong, or nil: its lines exist, it has a quote, the quote
    /// stands verbatim within those lines (joined by a space or a newline, since a quote may run over
    /// a line break), and — with `checkHeading` — its section is one of the document's own lines.
    /// With `foldingWhitespace`, runs of white space count as one space on both sides (for documents
    /// whose tables separate their columns by tabs, which a quote writes as a space).
    public func problem(with citation: Citation, checkHeading: Bool = false, foldingWhitespace: Bool = false) -> String? {
        guard citation.document == name else { return nil }
        guard let range = citation.lines, let quote = citation.quote, !quote.isEmpty else {
            return "\(citation.section): a citation of \(name) needs lines and a quote"
        }
        let bounds = range.split(separator: "-").compactMap { Int($0) }
        guard (1...2).contains(bounds.count), let first = bounds.first, let last = bounds.last,
              1 <= first, first <= last, last <= lines.count else {
            return "\(citation.section): lines '\(range)' are not within 1-\(lines.count) of \(name)"
        }
        if checkHeading, !lines.contains(where: { $0.contains(citation.section) }) {
            return "section «\(citation.section)» is not a heading of \(name)"
        }
        let cited = lines[(first - 1)...(last - 1)]
        if foldingWhitespace {
            func folded(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            return folded(cited.joined(separator: " ")).contains(folded(quote)) ? nil
                : "\(name) L\(range): «\(quote)» is not in those lines, white space aside"
        }
        guard cited.joined(separator: "\n").contains(quote) || cited.joined(separator: " ").contains(quote) else {
            return "\(name) L\(range): «\(quote)» is not in those lines"
        }
        return nil
    }
}

/// A small deterministic random generator (SplitMix64), so randomised tests repeat exactly.
public struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
