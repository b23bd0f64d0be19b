// CSVFormat.swift — CSV for the municipalities' accounting: RFC 4180 by default, or the Finnish
// spreadsheet dialect (`;` separator, decimal comma, UTF-8 byte-order mark so Excel reads ä and ö).

import Foundation

public enum CSVFormat: String, Sendable {
    case standard = "csv"
    case finnish = "csv-fi"

    var separator: String { self == .finnish ? ";" : "," }

    /// A field, quoted when it holds the separator, a quote or a line break.
    func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == separator }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// An amount such as `1200.50`, with a decimal comma in the Finnish dialect.
    func amount(_ text: String) -> String {
        self == .finnish ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    func document(header: [String], rows: [[String]]) -> String {
        let lines = ([header] + rows).map { $0.map(field).joined(separator: separator) }
        return (self == .finnish ? "\u{FEFF}" : "") + lines.joined(separator: "\r\n")
    }
}
