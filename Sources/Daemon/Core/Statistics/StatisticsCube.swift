// Statistics/StatisticsCube.swift — one table as Statistics Finland's PxWeb exports it, whatever the
// file format: dimensions with their categories and one cell per combination. The three readers
// (JSON-stat 2.0, PX, CSV) produce it; FigureExtractor turns it into one statistic's figures.

import Foundation
import PluginAPI

/// Where in an imported file something is: a line (PX, CSV) or a JSON path (JSON-stat).
public enum FileLocation: Sendable, Equatable, CustomStringConvertible {
    case line(Int)
    case path(String)

    /// `rivi 12` / `line 12`; a JSON path as it is.
    public var text: LocalizedText {
        switch self {
        case .line(let line): return LocalizedText(fi: "rivi \(line)", en: "line \(line)")
        case .path(let path): return LocalizedText(verbatim: path)
        }
    }

    public var description: String { text.en }
}

/// A file that cannot be imported: what is wrong and where, in Finnish and English. Reported as
/// `invalid_statistics` with `data.line` or `data.path`; nothing of the file is imported.
public struct StatisticsImportError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: LocalizedText
    public var location: FileLocation?

    public init(fi: String, en: String, at location: FileLocation? = nil) {
        self.message = LocalizedText(fi: fi, en: en)
        self.location = location
    }

    /// `rivi 12: …` / `line 12: …`.
    public var text: LocalizedText {
        location.map { $0.text + LocalizedText(verbatim: ": ") + message } ?? message
    }

    public var description: String { text.en }
}

public struct StatisticsCube: Sendable {
    public struct Category: Sendable, Equatable {
        public var code: String
        public var label: String
        /// Where the category is declared, for messages about it.
        public var location: FileLocation?

        public init(code: String, label: String, location: FileLocation? = nil) {
            self.code = code
            self.label = label
            self.location = location
        }
    }

    public struct Dimension: Sendable {
        public var code: String
        public var label: String
        public var categories: [Category]
        /// Declared as the time dimension (JSON-stat `role.time`, PX `TIMEVAL`).
        public var isTime: Bool
        /// Declared as the measure dimension (JSON-stat `role.metric`, PX `CONTVARIABLE`).
        public var isMeasure: Bool

        public init(code: String, label: String, categories: [Category], isTime: Bool = false, isMeasure: Bool = false) {
            self.code = code
            self.label = label
            self.categories = categories
            self.isTime = isTime
            self.isMeasure = isMeasure
        }

        /// Code and label, as messages name the dimension.
        public var name: String { code == label ? code : "\(label) (\(code))" }
    }

    /// One cell: a figure, or a missing-value symbol such as `..` (PX dots, JSON-stat status).
    public enum Cell: Sendable, Equatable {
        case value(Decimal)
        case missing(symbol: String)
    }

    /// What the file says about itself, for the figures' provenance.
    public struct Metadata: Sendable, Equatable {
        public var title: String?
        public var tableID: String?
        public var source: String?
        public var updated: String?
        public var url: String?

        public init(title: String? = nil, tableID: String? = nil, source: String? = nil, updated: String? = nil, url: String? = nil) {
            self.title = title
            self.tableID = tableID
            self.source = source
            self.updated = updated
            self.url = url
        }
    }

    public var dimensions: [Dimension]
    /// Row-major: the last dimension varies fastest (JSON-stat's order, and PX's STUB then HEADING).
    public var cells: [Cell]
    public var metadata: Metadata

    /// - Throws: when the number of cells is not the product of the dimension sizes.
    public init(dimensions: [Dimension], cells: [Cell], metadata: Metadata, location: FileLocation? = nil) throws(StatisticsImportError) {
        let expected = dimensions.reduce(1) { $0 * $1.categories.count }
        guard cells.count == expected else {
            let sizes = dimensions.map { "\($0.code) \($0.categories.count)" }.joined(separator: " × ")
            throw StatisticsImportError(fi: "taulukossa on \(cells.count) lukua, mutta sen ulottuvuudet (\(sizes)) vaativat \(expected)",
                                        en: "the table has \(cells.count) figures, but its dimensions (\(sizes)) need \(expected)", at: location)
        }
        self.dimensions = dimensions
        self.cells = cells
        self.metadata = metadata
    }

    /// The cell at one category index per dimension.
    public func cell(at indices: [Int]) -> Cell {
        var offset = 0
        for (dimension, index) in zip(dimensions, indices) {
            offset = offset * dimension.categories.count + index
        }
        return cells[offset]
    }
}

/// Parses a figure as the files write it: `1234`, `1234.5`, with a decimal comma in CSV (`1234,5`).
func parseFigure(_ text: String, decimalComma: Bool = false) -> Decimal? {
    var text = text.trimmingCharacters(in: .whitespaces)
    if decimalComma { text = text.replacingOccurrences(of: ",", with: ".") }
    // Strictly `-?digits(.digits)?`: "15-19" is an age group, not fifteen.
    var body = Substring(text)
    if body.first == "-" { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
    return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
}

/// PX's missing-value symbols (one to six dots) and the dash for a true zero, which PxWeb uses in
/// all its formats.
enum MissingSymbol {
    static func isDots(_ text: String) -> Bool { (1...6).contains(text.count) && text.allSatisfy { $0 == "." } }
    /// A dash (or en dash) is «magnitude nil»: a real zero, not a missing figure.
    static func isNil(_ text: String) -> Bool { text == "-" || text == "–" }
}
