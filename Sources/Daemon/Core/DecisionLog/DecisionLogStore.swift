// DecisionLog/DecisionLogStore.swift — the decision log's SQLite file (`decisions.sqlite` in the
// state directory, apart from the ledger): schema, group inserts, lookups, listing and pruning.
//
// An answer is stored as its template (the encoded decision with an empty id, once per distinct
// answer) plus its id, so the exact bytes sent are rebuilt by splicing the id back in: a thousand
// identical questions take a thousand small rows, not a thousand copies of a 3 kB answer. WAL with
// synchronous=NORMAL: a commit survives the process being killed (the kernel has the pages); a
// power cut may lose the last groups but never corrupts the file.

import AlueWire
import Foundation

/// One decision as stored, with what it refers to already resolved.
struct StoredDecision {
    var decisionID: String
    var atMilliseconds: Int64
    var uid: UInt32?
    var method: String
    var params: String?
    var result: [UInt8]
    var generation: Int
    var plugins: String
}

/// A line of `decisions.list`.
struct DecisionSummaryRow {
    var decisionID: String
    var atMilliseconds: Int64
    var method: String
    var region: String?
    var municipality: String?
    var service: String?
    var date: String?
    var generation: Int
}

/// `decisions.list`'s filters; times in milliseconds since the epoch, `until` exclusive.
struct DecisionFilter {
    var since: Int64?
    var until: Int64?
    var region: String?
    var municipality: String?
    var service: String?
}

final class DecisionLogStore {
    let path: String
    private let database: SQLiteConnection

    static let fileName = "decisions.sqlite"
    static let millisecondsPerDay: Int64 = 86_400_000

    /// Migrations in order; `PRAGMA user_version` is the number applied. Append, never edit.
    static let migrations = [
        """
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            digest TEXT NOT NULL UNIQUE,
            body TEXT NOT NULL,
            id_offset INTEGER NOT NULL,
            last_used_day INTEGER NOT NULL
        );
        CREATE TABLE plugin_sets (
            id INTEGER PRIMARY KEY,
            digest TEXT NOT NULL UNIQUE,
            plugins TEXT NOT NULL,
            last_used_day INTEGER NOT NULL
        );
        CREATE TABLE decisions (
            seq INTEGER PRIMARY KEY,
            decision_id TEXT NOT NULL UNIQUE,
            at_ms INTEGER NOT NULL,
            uid INTEGER,
            method TEXT NOT NULL,
            params TEXT,
            answer INTEGER NOT NULL REFERENCES answers (id),
            generation INTEGER NOT NULL,
            plugin_set INTEGER NOT NULL REFERENCES plugin_sets (id),
            region TEXT,
            municipality TEXT,
            service TEXT,
            subject_date TEXT
        );
        CREATE INDEX decisions_by_time ON decisions (at_ms);
        """,
    ]

    /// Opens (creating if `create`) the log in `directory` and brings its schema up to date; nil
    /// when it does not exist and `create` is false.
    init?(directory: String, create: Bool) throws {
        path = "\(directory)/\(Self.fileName)"
        guard create || FileManager.default.fileExists(atPath: path) else { return nil }
        database = try SQLiteConnection(path: path)
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")
        try database.migrate(Self.migrations, path: path)
    }

    // MARK: writing (the background writer only)

    func transaction<T>(_ body: () throws -> T) throws -> T {
        try database.transaction(body)
    }

    /// The row of an answer template, stored on first use; marks it used on `day`.
    func answerRow(template: [UInt8], idOffset: Int, day: Int64) throws -> Int64 {
        try upsert("answers", columns: "digest, body, id_offset, last_used_day", conflictTarget: "digest",
                   [.text(SHA256.hex(of: template)), .text(String(decoding: template, as: UTF8.self)), .integer(Int64(idOffset)), .integer(day)])
    }

    /// The row of a generation's plugin list, stored on first use; marks it used on `day`.
    func pluginSetRow(plugins: String, day: Int64) throws -> Int64 {
        try upsert("plugin_sets", columns: "digest, plugins, last_used_day", conflictTarget: "digest",
                   [.text(SHA256.hex(of: Array(plugins.utf8))), .text(plugins), .integer(day)])
    }

    private func upsert(_ table: String, columns: String, conflictTarget: String, _ values: [SQLiteValue]) throws -> Int64 {
        var row: Int64 = 0
        let placeholders = Array(repeating: "?", count: values.count).joined(separator: ", ")
        try database.query("""
            INSERT INTO \(table) (\(columns)) VALUES (\(placeholders))
            ON CONFLICT (\(conflictTarget)) DO UPDATE SET last_used_day = max(last_used_day, excluded.last_used_day)
            RETURNING id
            """, values) { row = $0.integer(0) }
        return row
    }

    func insert(decisionID: String, atMilliseconds: Int64, uid: UInt32?, method: String, params: String?, answer: Int64,
                generation: Int, pluginSet: Int64, subject: DecisionSubject) throws {
        try database.query("""
            INSERT OR IGNORE INTO decisions (decision_id, at_ms, uid, method, params, answer, generation, plugin_set,
                                             region, municipality, service, subject_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(decisionID), .integer(atMilliseconds), uid.map { .integer(Int64($0)) } ?? .null, .text(method),
                  params.map(SQLiteValue.text) ?? .null, .integer(answer), .integer(Int64(generation)), .integer(pluginSet),
                  .text(subject.region), subject.municipality.map { .text($0.rawValue) } ?? .null,
                  subject.service.map(SQLiteValue.text) ?? .null, .text(subject.date)])
    }

    /// Deletes up to `limit` decisions older than `cutoff` (ms); returns how many. When none are
    /// left, also the templates and plugin lists no remaining decision can refer to.
    func prune(olderThan cutoff: Int64, limit: Int) throws -> Int {
        try database.transaction {
            try database.query("DELETE FROM decisions WHERE seq IN (SELECT seq FROM decisions WHERE at_ms < ? ORDER BY seq LIMIT ?)",
                               [.integer(cutoff), .integer(Int64(limit))])
            let deleted = Int(try database.integer("SELECT changes()"))
            if deleted < limit {
                // A template last used before the cutoff's day can only be referred to by decisions older than the cutoff.
                let day = cutoff / Self.millisecondsPerDay
                try database.query("DELETE FROM answers WHERE last_used_day < ?", [.integer(day)])
                try database.query("DELETE FROM plugin_sets WHERE last_used_day < ?", [.integer(day)])
            }
            return deleted
        }
    }

    /// Moves the WAL into the database file (clean shutdown).
    func checkpoint() {
        try? database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    // MARK: reading

    func decision(id: String) throws -> StoredDecision? {
        var found: StoredDecision?
        try database.query("""
            SELECT d.decision_id, d.at_ms, d.uid, d.method, d.params, a.body, a.id_offset, d.generation, p.plugins, d.uid IS NULL
            FROM decisions d JOIN answers a ON a.id = d.answer JOIN plugin_sets p ON p.id = d.plugin_set
            WHERE d.decision_id = ?
            """, [.text(id)]) { row in
            guard let decisionID = row.text(0), let method = row.text(3), let body = row.text(5), let plugins = row.text(8) else { return }
            let template = Array(body.utf8)
            let offset = Int(row.integer(6))
            guard offset >= 0, offset <= template.count else { return }
            found = StoredDecision(decisionID: decisionID, atMilliseconds: row.integer(1),
                                   uid: row.integer(9) == 1 ? nil : UInt32(truncatingIfNeeded: row.integer(2)),
                                   method: method, params: row.text(4),
                                   result: Array(template[..<offset]) + Array(decisionID.utf8) + Array(template[offset...]),
                                   generation: Int(row.integer(7)), plugins: plugins)
        }
        return found
    }

    /// The position of a decision in the log, for `after`.
    func sequence(of id: String) throws -> Int64? {
        var found: Int64?
        try database.query("SELECT seq FROM decisions WHERE decision_id = ?", [.text(id)]) { found = $0.integer(0) }
        return found
    }

    /// Up to `limit` decisions after position `after` matching `filter`, oldest first.
    func list(_ filter: DecisionFilter, after: Int64, limit: Int) throws -> [DecisionSummaryRow] {
        var conditions = ["seq > ?"]
        var arguments: [SQLiteValue] = [.integer(after)]
        func add(_ condition: String, _ value: SQLiteValue?) {
            guard let value else { return }
            conditions.append(condition)
            arguments.append(value)
        }
        add("at_ms >= ?", filter.since.map(SQLiteValue.integer))
        add("at_ms < ?", filter.until.map(SQLiteValue.integer))
        add("region = ?", filter.region.map(SQLiteValue.text))
        add("municipality = ?", filter.municipality.map(SQLiteValue.text))
        add("service = ?", filter.service.map(SQLiteValue.text))
        arguments.append(.integer(Int64(limit)))
        var rows: [DecisionSummaryRow] = []
        try database.query("""
            SELECT decision_id, at_ms, method, region, municipality, service, subject_date, generation, seq
            FROM decisions WHERE \(conditions.joined(separator: " AND ")) ORDER BY seq LIMIT ?
            """, arguments) { row in
            guard let id = row.text(0), let method = row.text(2) else { return }
            rows.append(DecisionSummaryRow(decisionID: id, atMilliseconds: row.integer(1), method: method, region: row.text(3),
                                           municipality: row.text(4), service: row.text(5), date: row.text(6),
                                           generation: Int(row.integer(7))))
        }
        return rows
    }

    func count() throws -> Int {
        Int(try database.integer("SELECT count(*) FROM decisions"))
    }
}
