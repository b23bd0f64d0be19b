// Batch/BatchInput.swift — the input of `aluectl route --batch`: a CSV file (`;` or `,`, a UTF-8
// byte-order mark allowed, quotes as in RFC 4180) whose header names the columns. Each row becomes
// one route question; a row that cannot (no municipality, an age that is not a number) keeps its
// place and carries its own error instead of stopping the batch.

import AlueWire
import Foundation
import PluginAPI

struct BatchInput {
    /// The columns aluectl reads (ARCHITECTURE §10.6); others are carried to the output untouched.
    static let columns = ["municipality", "service", "date", "segment", "age", "employer_location", "training_provider", "training_field"]
    static let required = ["municipality", "service"]

    /// A row: its line in the file, its fields in header order, and its question (or why there is none).
    struct Row {
        var line: Int
        var fields: [String]
        var question: Result<JSONValue, BatchRowError>
    }

    var header: [String]
    var rows: [Row]
    /// Header columns aluectl does not read.
    var ignoredColumns: [String]

    /// Reads `text`; a header without the required columns is a usage error naming them.
    init(text: String, file: String, language: Language) throws {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        guard let headerLine = lines.first, !headerLine.trimmingSpaces.isEmpty else {
            throw UsageError(Messages.invalid(file, Messages.CSVRow.empty(Self.required.joined(separator: ","))), command: "route")
        }
        let separator: Character = headerLine.contains(";") ? ";" : ","
        func split(_ line: Substring, _ number: Int) throws -> [String] {
            do {
                return try LedgerCSV.fields(String(line), separator: separator, line: number)
            } catch {
                throw UsageError(Messages.invalid(Messages.atLine(file, number), error.message), command: "route")
            }
        }
        header = try split(headerLine, 1).map(\.trimmingSpaces)
        let names = header.map { $0.lowercased() }
        for column in Self.required where !names.contains(column) {
            throw UsageError(Messages.invalid(file, Messages.CSVRow.lacksColumn(column, needed: Self.required.joined(separator: ", "))), command: "route")
        }
        ignoredColumns = header.filter { !Self.columns.contains($0.lowercased()) }
        var rows: [Row] = []
        for (offset, line) in lines.enumerated().dropFirst() where !line.trimmingWhitespace.isEmpty {
            let fields = try split(line, offset + 1)
            var values: [String: String] = [:]
            for (name, field) in zip(names, fields) { values[name] = field.trimmingSpaces }
            let question = fields.count == header.count ? Self.question(values, language: language)
                : .failure(BatchRowError("invalid_row", Messages.CSVRow.fieldCount(fields.count, header: header.count)[language]))
            rows.append(Row(line: offset + 1, fields: fields, question: question))
        }
        self.rows = rows
    }

    /// The `route` params of one row, answered in `language`; a date as staff write it (1.3.2025) or ISO.
    static func question(_ values: [String: String], language: Language) -> Result<JSONValue, BatchRowError> {
        func value(_ name: String) -> String? { values[name].flatMap { $0.isEmpty ? nil : $0 } }
        for column in required where value(column) == nil { return .failure(BatchRowError("invalid_row", Messages.CSVRow.emptyValue(column)[language])) }
        var params = ObjectBuilder()
        params.add("municipality", value("municipality"))
        params.add("service", value("service"))
        if let date = value("date") {
            do {
                params.add("date", try FinnishInput.date(date))
            } catch {
                return .failure(BatchRowError("invalid_date", error.message.text(in: language)))
            }
        }
        params.add("segment", value("segment"))
        if let age = value("age") {
            guard let years = Int(age), years >= 0 else { return .failure(BatchRowError("invalid_row", Messages.CSVRow.notYears(age)[language])) }
            params.add("client", .object([("age", .number(String(years)))]))
        }
        if let location = value("employer_location") { params.add("employer", .object([("locationMunicipality", .string(location))])) }
        var training = ObjectBuilder()
        training.add("provider", value("training_provider"))
        training.add("field", value("training_field"))
        params.add("training", training.valueIfNotEmpty)
        params.add("lang", language.rawValue)
        return .success(params.value)
    }
}

/// Why one row has no answer: the pinned error kind (or `invalid_row`) and a message in the batch's
/// language, as the daemon's are.
struct BatchRowError: Error {
    var kind: String
    var message: String

    init(_ kind: String, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
