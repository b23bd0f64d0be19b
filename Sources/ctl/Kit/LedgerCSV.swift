// LedgerCSV.swift — reads a ledger import file: a header naming the columns, one entry per row,
// `,` or `;` separated (with `;` a decimal comma is accepted), quotes as in RFC 4180.

import AlueWire
import Foundation

/// A row that cannot become an entry; `line` is the file's line number (the header is line 1).
public struct LedgerCSVError: Error, Sendable {
    public let line: Int
    public let message: String
}

public enum LedgerCSV {
    public static let requiredColumns = ["id", "date", "municipality", "service", "amount"]
    public static let optionalColumns = ["description", "kind"]

    /// The entries of `text` as `ledger.record` params objects, each with its line number.
    public static func parse(_ text: String) throws(LedgerCSVError) -> [(line: Int, entry: JSONValue)] {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let headerLine = lines.first, !headerLine.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw LedgerCSVError(line: 1, message: "the file is empty; the first line must name the columns \(requiredColumns.joined(separator: ","))")
        }
        let separator: Character = headerLine.contains(";") ? ";" : ","
        let header = try fields(String(headerLine), separator: separator, line: 1).map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        for column in requiredColumns where !header.contains(column) {
            throw LedgerCSVError(line: 1, message: "the header lacks the column '\(column)' (needed: \(requiredColumns.joined(separator: ", ")))")
        }
        if let unknown = header.first(where: { !(requiredColumns + optionalColumns).contains($0) }) {
            throw LedgerCSVError(line: 1, message: "unknown column '\(unknown)'; allowed: \((requiredColumns + optionalColumns).joined(separator: ", "))")
        }
        var entries: [(line: Int, entry: JSONValue)] = []
        var seen: [String: Int] = [:]
        for (offset, rawLine) in lines.enumerated().dropFirst() {
            let number = offset + 1
            if rawLine.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let values = try fields(String(rawLine), separator: separator, line: number)
            guard values.count == header.count else {
                throw LedgerCSVError(line: number, message: "\(values.count) fields, but the header has \(header.count)")
            }
            var members: [(key: String, value: JSONValue)] = []
            for (column, value) in zip(header, values) {
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty {
                    guard !requiredColumns.contains(column) || column == "service" else {
                        throw LedgerCSVError(line: number, message: "'\(column)' is empty")
                    }
                    continue
                }
                members.append((column, .string(column == "amount" && separator == ";" ? trimmed.replacingOccurrences(of: ",", with: ".") : trimmed)))
            }
            let entry = JSONValue.object(members)
            try check(entry, line: number)
            let id = entry["id"]?.stringValue ?? ""
            if let earlier = seen[id] {
                throw LedgerCSVError(line: number, message: "id '\(id)' is already used on line \(earlier)")
            }
            seen[id] = number
            entries.append((number, entry))
        }
        guard !entries.isEmpty else { throw LedgerCSVError(line: 2, message: "the file has a header but no entries") }
        return entries
    }

    /// What can be checked without the daemon: the date and the amount.
    private static func check(_ entry: JSONValue, line: Int) throws(LedgerCSVError) {
        let date = entry["date"]?.stringValue ?? ""
        let parts = date.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
            throw LedgerCSVError(line: line, message: "date '\(date)' must be YYYY-MM-DD")
        }
        let amount = entry["amount"]?.stringValue ?? ""
        let unsigned = amount.hasPrefix("-") ? String(amount.dropFirst()) : amount
        let pieces = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), !pieces[0].isEmpty, pieces.allSatisfy({ $0.allSatisfy(\.isNumber) }),
              pieces.count == 1 || (1...2).contains(pieces[1].count) else {
            throw LedgerCSVError(line: line, message: "amount '\(amount)' must be euros with at most two decimals, e.g. 1200.50")
        }
    }

    /// Splits one line into fields, honouring double quotes.
    static func fields(_ line: String, separator: Character, line number: Int) throws(LedgerCSVError) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = Array(line.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.isEmpty {
                quoted = true
            } else if character == separator {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        guard !quoted else { throw LedgerCSVError(line: number, message: "unterminated quote") }
        fields.append(current)
        return fields
    }
}
