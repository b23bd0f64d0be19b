// Ledger/LedgerReading.swift — entries as finance looks them up: one by id, or a filtered page in
// date order, each with who recorded it, when, and the reversal that cancels it.

import PluginAPI

/// An entry with its bookkeeping: when and by whom it was recorded, and its reversal if any.
public struct RecordedEntry: Sendable, Equatable {
    public var entry: LedgerEntry
    /// UTC, ISO 8601 with milliseconds.
    public var recordedAt: String
    public var recordedByUID: UInt32?
    /// The id of the reversal that cancels this entry.
    public var reversedBy: String?
}

/// Which entries `ledger.list` shows; nil fields do not filter.
public struct LedgerFilter: Sendable, Equatable {
    public var region: String?
    public var from: EffectiveDate?
    public var through: EffectiveDate?
    public var municipality: MunicipalityCode?
    public var service: String?

    public init(region: String? = nil, from: EffectiveDate? = nil, through: EffectiveDate? = nil,
                municipality: MunicipalityCode? = nil, service: String? = nil) {
        self.region = region
        self.from = from
        self.through = through
        self.municipality = municipality
        self.service = service
    }
}

extension LedgerStore {
    /// The entry recorded under `id`, or nil.
    public func entry(id: String) throws(LedgerError) -> RecordedEntry? {
        try withDatabase { database in try Self.recorded(where: "id = ?", [.text(id)], in: database).first }
    }

    /// Up to `limit` entries matching `filter` in (date, id) order, starting after entry `after`;
    /// `next` is the id to continue after when more remain.
    public func list(_ filter: LedgerFilter, limit: Int, after: String? = nil) throws(LedgerError) -> (entries: [RecordedEntry], next: String?) {
        try withDatabase { database in
            var conditions: [String] = [], arguments: [SQLiteValue] = []
            func require(_ condition: String, _ value: SQLiteValue) {
                conditions.append(condition)
                arguments.append(value)
            }
            if let region = filter.region { require("region = ?", .text(region)) }
            if let from = filter.from { require("date >= ?", .text(from.description)) }
            if let through = filter.through { require("date <= ?", .text(through.description)) }
            if let municipality = filter.municipality { require("municipality = ?", .text(municipality.rawValue)) }
            if let service = filter.service { require("service = ?", .text(service)) }
            if let after {
                guard let start = try Self.entry(id: after, in: database) else { throw LedgerError.notFound(id: after) }
                conditions.append("(date, id) > (?, ?)")
                arguments += [.text(start.date.description), .text(start.id)]
            }
            let clause = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
            let page = try Self.recorded(where: "\(clause) ORDER BY date, id LIMIT ?", arguments + [.integer(Int64(limit + 1))], in: database)
            return page.count > limit ? (Array(page.prefix(limit)), page[limit - 1].entry.id) : (page, nil)
        }
    }

    /// Entries matching an SQL condition (over the `entries` table) with their bookkeeping. A row
    /// that cannot be read is an error, never skipped: a listing must not under-report.
    static func recorded(where condition: String, _ arguments: [SQLiteValue], in database: SQLiteConnection) throws -> [RecordedEntry] {
        var found: [RecordedEntry] = []
        try database.query("""
            SELECT \(columns), recorded_at, recorded_by_uid,
                   (SELECT reversal.id FROM entries AS reversal WHERE reversal.reverses = entries.id)
            FROM entries WHERE \(condition)
            """, arguments) { row in
            let recordedAt = row.text(columnsCount)
            switch decode(row) {
            case .failure(let problem):
                throw LedgerError.unreadable([problem])
            case .success(let entry):
                guard let recordedAt else {
                    throw LedgerError.unreadable([UnreadableRow(rowid: row.integer(0) ?? 0, id: entry.id,
                                                                problem: "recorded_at \(row.literal(columnsCount)) is not text")])
                }
                found.append(RecordedEntry(entry: entry, recordedAt: recordedAt,
                                           recordedByUID: row.integer(columnsCount + 1).flatMap { UInt32(exactly: $0) },
                                           reversedBy: row.text(columnsCount + 2)))
            }
        }
        return found
    }
}
