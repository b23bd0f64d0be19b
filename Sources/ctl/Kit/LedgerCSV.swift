// LedgerCSV.swift — reads a ledger import file: a header naming the columns, one entry per row,
// `,` or `;` separated, quotes as in RFC 4180; amounts and dates as Finnish staff write them
// (`1 000,50`, `1.3.2025`) or in the wire form. Every row is checked, and every problem reported.

import AlueWire
import Foundation
import PluginAPI

/// A row that cannot become an entry; `line` is the file's line number (the header is line 1).
public struct LedgerCSVError: Error, Sendable, Equatable {
    public let line: Int
    public let message: LocalizedText
}

/// What is wrong with a file: the first problems found, and how many there are in all.
public struct LedgerCSVProblems: Error, Sendable {
    public let problems: [LedgerCSVError]
    public let total: Int
}

public enum LedgerCSV {
    public static let requiredColumns = ["id", "date", "municipality", "service", "amount"]
    public static let optionalColumns = ["description", "kind"]
    public static let kinds = ["cost", "advance_bill"]
    /// Problems reported from one file: enough to fix a systematic mistake, not a flood.
    public static let problemLimit = 20

    /// The entries of `text` as `ledger.record` params objects (wire forms), each with its line
    /// number; or every problem of the file (the first `limit` of them).
    public static func parse(_ text: String, limit: Int = problemLimit) throws(LedgerCSVProblems) -> [(line: Int, entry: JSONValue)] {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let header: [String]
        let separator: Character
        do {
            (header, separator) = try readHeader(lines.first.map(String.init) ?? "")
        } catch {
            throw LedgerCSVProblems(problems: [error], total: 1)
        }
        var entries: [(line: Int, entry: JSONValue)] = []
        var problems: [LedgerCSVError] = []
        var seen: [String: Int] = [:]
        for (offset, rawLine) in lines.enumerated().dropFirst() {
            let number = offset + 1
            if rawLine.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            do throws(LedgerCSVError) {
                let entry = try row(String(rawLine), header: header, separator: separator, line: number)
                let id = entry["id"]?.stringValue ?? ""
                if let earlier = seen[id] { throw LedgerCSVError(line: number, message: Messages.CSVRow.idUsed(id, line: earlier)) }
                seen[id] = number
                entries.append((number, entry))
            } catch {
                problems.append(error)
            }
        }
        if entries.isEmpty && problems.isEmpty { problems.append(LedgerCSVError(line: 2, message: Messages.CSVRow.noEntries)) }
        guard problems.isEmpty else { throw LedgerCSVProblems(problems: Array(problems.prefix(limit)), total: problems.count) }
        return entries
    }

    /// The column names and the separator (`;` when the header uses it).
    private static func readHeader(_ line: String) throws(LedgerCSVError) -> ([String], Character) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw LedgerCSVError(line: 1, message: Messages.CSVRow.empty(requiredColumns.joined(separator: ",")))
        }
        let separator: Character = line.contains(";") ? ";" : ","
        let header = try fields(line, separator: separator, line: 1).map { $0.lowercased().trimmingCharacters(in: .whitespaces) }
        for column in requiredColumns where !header.contains(column) {
            throw LedgerCSVError(line: 1, message: Messages.CSVRow.lacksColumn(column, needed: requiredColumns.joined(separator: ", ")))
        }
        if let unknown = header.first(where: { !(requiredColumns + optionalColumns).contains($0) }) {
            throw LedgerCSVError(line: 1, message: Messages.CSVRow.unknownColumn(unknown, allowed: (requiredColumns + optionalColumns).joined(separator: ", ")))
        }
        return (header, separator)
    }

    /// One row as a `ledger.record` entry, with what the client can check checked: the number of
    /// fields, required values, the date, the amount and the kind.
    private static func row(_ line: String, header: [String], separator: Character, line number: Int) throws(LedgerCSVError) -> JSONValue {
        let values = try fields(line, separator: separator, line: number)
        guard values.count == header.count else {
            throw LedgerCSVError(line: number, message: Messages.CSVRow.fieldCount(values.count, header: header.count))
        }
        var members: [(key: String, value: JSONValue)] = []
        for (column, value) in zip(header, values) {
            let trimmed = value.trimmingWhitespace
            if trimmed.isEmpty {
                // A service may be empty: advance bills are not for a service.
                guard !requiredColumns.contains(column) || column == "service" else {
                    throw LedgerCSVError(line: number, message: Messages.CSVRow.emptyValue(column))
                }
                continue
            }
            let wire: String
            do throws(InputError) {
                switch column {
                case "date": wire = try FinnishInput.date(trimmed)
                case "amount": wire = try FinnishInput.amount(trimmed)
                case "kind" where !kinds.contains(trimmed): throw InputError(Messages.oneOf("kind", kinds, got: trimmed))
                default: wire = trimmed
                }
            } catch {
                throw LedgerCSVError(line: number, message: Messages.invalid(column, error.message))
            }
            members.append((column, .string(wire)))
        }
        return .object(members)
    }

    /// Splits one line into fields, honouring double quotes.
    static func fields(_ line: String, separator: Character, line number: Int) throws(LedgerCSVError) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.trimming(where: { $0 == "\r" }).makeIterator()
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
        guard !quoted else { throw LedgerCSVError(line: number, message: Messages.CSVRow.unterminatedQuote) }
        fields.append(current)
        return fields
    }
}
