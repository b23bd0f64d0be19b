// TextTable.swift — aligned plain-text tables and key–value blocks for people.

import Foundation

/// A table with a header row; columns are padded to the widest cell (by characters, so ä and ö
/// count as one). Money and counts go in right-aligned columns, so their digits line up. Given a
/// width, the last column's text wraps to fit it, continuing under itself.
public struct TextTable {
    public var headers: [String]
    public var rows: [[String]] = []
    /// Indexes of the columns aligned to the right.
    public var rightAligned: Set<Int>

    public init(_ headers: [String], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    public mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The narrowest the last column is wrapped to: narrower, a terminal's own wrapping reads better.
    static let minimumWrapWidth = 20

    public func render(width: Int? = nil) -> String {
        var widths = headers.indices.map { column in
            ([headers] + rows).map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        let last = headers.count - 1
        let lead = widths.dropLast().reduce(0) { $0 + $1 + 2 }
        if let width, last > 0, !rightAligned.contains(last), lead + widths[last] > width {
            widths[last] = max(Self.minimumWrapWidth, width - lead)
        }
        func line(_ cells: [String]) -> String {
            let joined = cells.enumerated().map { column, cell in
                if rightAligned.contains(column) { return cell.padding(to: widths[column], left: true) }
                return column == cells.count - 1 ? cell : cell.padding(to: widths[column])
            }.joined(separator: "  ")
            // An empty last cell would leave trailing blanks.
            return String(joined.reversed().drop { $0 == " " }.reversed())
        }
        /// A row whose last cell is too wide for its column: the first line, then the rest of the
        /// cell on lines of their own under the column.
        func wrapped(_ cells: [String]) -> [String] {
            guard cells.count == headers.count, cells[last].count > widths[last] else { return [line(cells)] }
            let parts = TextWrap.lines(cells[last], width: widths[last])
            return [line(cells.dropLast() + [parts[0]])] + parts.dropFirst().map { String(repeating: " ", count: lead) + $0 }
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.flatMap(wrapped)).joined(separator: "\n")
    }
}

/// `label:  value` lines with the values aligned.
public struct KeyValueBlock {
    public var pairs: [(String, String)] = []

    public init() {}

    public mutating func add(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        pairs.append((label, value))
    }

    /// The block; with `width`, values are wrapped to fit it, continuing under the value column.
    public func render(width: Int? = nil) -> String {
        let labelWidth = (pairs.map { $0.0.count }.max() ?? 0) + 1
        let continuation = String(repeating: " ", count: labelWidth + 1)
        return pairs.map { label, value in
            let lines = value.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
                width.map { TextWrap.lines(String(line), width: max(10, $0 - continuation.count)) } ?? [String(line)]
            }
            return "\(label):".padding(to: labelWidth) + " " + lines.joined(separator: "\n" + continuation)
        }.joined(separator: "\n")
    }
}

extension String {
    /// Pads with spaces to `width` characters, after the text or (`left`) before it; never truncates.
    func padding(to width: Int, left: Bool = false) -> String {
        guard count < width else { return self }
        let spaces = String(repeating: " ", count: width - count)
        return left ? spaces + self : self + spaces
    }
}
