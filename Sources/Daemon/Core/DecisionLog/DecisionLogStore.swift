// DecisionLog/DecisionLogStore.swift — the decision log's SQLite file (`decisions.sqlite` in the
// state directory, apart from the ledger): schema, group inserts, lookups, listing and pruning.
//
// Cheap to write, because the log must not slow the answers down:
// - one row per group commit, holding its decisions as lines (DecisionLine), instead of a row and
//   two index entries per decision;
// - an answer is stored as its template (the encoded decision with an empty id, once per distinct
//   answer), so the exact bytes sent are rebuilt by splicing the id back in;
// - a decision id is `<run>-<counter>`: the log hands the counters out in its own order, so a run's
//   groups hold increasing, non-overlapping counter ranges and one index entry per group finds any
//   decision.
// WAL with synchronous=NORMAL: a commit survives the process being killed (the kernel has the pages);
// a power cut may lose the last groups but never corrupts the file.

import AlueWire
import Foundation

/// One decision as stored, with what it refers to already resolved.
struct StoredDecision {
    var line: DecisionLine
    var result: [UInt8]
    var plugins: String
}

/// `decisions.list`'s filters; times in milliseconds since the epoch, `until` exclusive.
struct DecisionFilter {
    var since: Int64?
    var until: Int64?
    var region: String?
    var municipality: String?
    var service: String?

    func matches(_ line: DecisionLine) -> Bool {
        (since.map { line.atMilliseconds >= $0 } ?? true) && (until.map { line.atMilliseconds < $0 } ?? true)
            && (region.map { line.body.subject.region == $0 } ?? true)
            && (municipality.map { line.body.subject.municipality?.rawValue == $0 } ?? true)
            && (service.map { line.body.subject.service == $0 } ?? true)
    }
}

/// Where listing goes on after: a decision's group and counter.
struct DecisionPosition: Equatable {
    var group: Int64
    var counter: Int64
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
        CREATE TABLE groups (
            id INTEGER PRIMARY KEY,
            run TEXT NOT NULL,
            first_counter INTEGER NOT NULL,
            last_counter INTEGER NOT NULL,
            first_at INTEGER NOT NULL,
            last_at INTEGER NOT NULL,
            decisions INTEGER NOT NULL,
            lines TEXT NOT NULL
        );
        CREATE INDEX groups_by_run ON groups (run, first_counter);
        """,
        // Version 2: a group's line may repeat an earlier line of the group (DecisionLine); an
        // alued that knows only full lines must not read such a file as damaged.
        "",
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
        try upsert("answers", columns: "digest, body, id_offset, last_used_day",
                   [.text(SHA256.hex(of: template)), .text(String(decoding: template, as: UTF8.self)), .integer(Int64(idOffset)), .integer(day)])
    }

    /// The row of a generation's plugin list, stored on first use; marks it used on `day`.
    func pluginSetRow(plugins: String, day: Int64) throws -> Int64 {
        try upsert("plugin_sets", columns: "digest, plugins, last_used_day", [.text(SHA256.hex(of: Array(plugins.utf8))), .text(plugins), .integer(day)])
    }

    private func upsert(_ table: String, columns: String, _ values: [SQLiteValue]) throws -> Int64 {
        var row: Int64 = 0
        let placeholders = Array(repeating: "?", count: values.count).joined(separator: ", ")
        try database.query("""
            INSERT INTO \(table) (\(columns)) VALUES (\(placeholders))
            ON CONFLICT (digest) DO UPDATE SET last_used_day = max(last_used_day, excluded.last_used_day)
            RETURNING id
            """, values) { row = $0.integer(0) ?? 0 }
        return row
    }

    /// A group being filled: its decisions' lines (DecisionLine) in counter order, and its ranges.
    struct Group {
        var run: String
        var firstCounter: Int64 = 0
        var lastCounter: Int64 = 0
        var firstAt = Int64.max
        var lastAt = Int64.min
        var count = 0
        var lines = JSONWriter(capacity: 64 * 1024)
        /// The position of each distinct body's full line, for the decisions that repeat it.
        private var positions: [DecisionLine.Body: Int] = [:]
        /// The last line's body and the position it repeats: a client's repeats come in a row, and
        /// comparing with the last (shared strings and arrays compare by identity first) costs a
        /// fraction of hashing the params.
        private var last: (body: DecisionLine.Body, position: Int)?

        init(run: String) { self.run = run }

        /// Adds a decision's line: a full one, or a repeat of the group's line with the same body.
        mutating func append(counter: Int64, at: Int64, _ body: DecisionLine.Body) {
            if count == 0 { firstCounter = counter }
            lastCounter = counter
            firstAt = min(firstAt, at)
            lastAt = max(lastAt, at)
            let position: Int
            if let last, last.body == body {
                position = last.position
            } else if let known = positions[body] {
                position = known
            } else {
                position = count
                positions[body] = count
            }
            if position == count {
                DecisionLine.append(counter: counter, at: at, body, to: &lines)
            } else {
                DecisionLine.appendRepeat(counter: counter, at: at, of: position, to: &lines)
            }
            last = (body, position)
            count += 1
        }
    }

    /// Stores one group (nothing when it is empty).
    func insert(_ group: Group) throws {
        guard group.count > 0 else { return }
        try database.query("""
            INSERT INTO groups (run, first_counter, last_counter, first_at, last_at, decisions, lines) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [.text(group.run), .integer(group.firstCounter), .integer(group.lastCounter), .integer(group.firstAt), .integer(group.lastAt),
                  .integer(Int64(group.count)), .text(String(decoding: group.lines.bytes, as: UTF8.self))])
    }

    /// Deletes up to `limit` groups whose decisions are all older than `cutoff` (ms); returns how
    /// many. When none are left, also the templates and plugin lists no remaining decision can use.
    func prune(olderThan cutoff: Int64, limit: Int) throws -> Int {
        try database.transaction {
            try database.query("DELETE FROM groups WHERE id IN (SELECT id FROM groups WHERE last_at < ? ORDER BY id LIMIT ?)",
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

    /// The group and line of decision `id`.
    private func locate(_ id: String) throws -> (group: Int64, line: DecisionLine)? {
        guard let parsed = DecisionID(id) else { return nil }
        let (run, counter) = (parsed.run.name, parsed.counter)
        var found: (Int64, DecisionLine)?
        try database.query("""
            SELECT id, lines FROM groups WHERE run = ? AND first_counter <= ? ORDER BY first_counter DESC LIMIT 1
            """, [.text(run), .integer(counter)]) { row in
            guard let group = row.integer(0), let lines = row.text(1) else { return }
            if let line = DecisionLine.decodeAll(lines, run: run).first(where: { $0.counter == counter }) { found = (group, line) }
        }
        return found
    }

    func decision(id: String) throws -> StoredDecision? {
        guard let (_, line) = try locate(id) else { return nil }
        var result: [UInt8]?
        try database.query("SELECT body, id_offset FROM answers WHERE id = ?", [.integer(line.body.answer)]) { row in
            guard let body = row.text(0), let offset = row.integer(1).map(Int.init) else { return }
            let template = Array(body.utf8)
            guard offset >= 0, offset <= template.count else { return }
            result = Array(template[..<offset]) + Array(id.utf8) + Array(template[offset...])
        }
        var plugins: String?
        try database.query("SELECT plugins FROM plugin_sets WHERE id = ?", [.integer(line.body.pluginSet)]) { plugins = $0.text(0) }
        guard let result, let plugins else { return nil }
        return StoredDecision(line: line, result: result, plugins: plugins)
    }

    /// Where decision `id` stands in the log, for `after`.
    func position(of id: String) throws -> DecisionPosition? {
        try locate(id).map { DecisionPosition(group: $0.group, counter: $0.line.counter) }
    }

    /// Up to `limit` decisions after `after` matching `filter`, in the order they were answered.
    func list(_ filter: DecisionFilter, after: DecisionPosition?, limit: Int) throws -> [DecisionLine] {
        var conditions = ["id >= ?"]
        var arguments: [SQLiteValue] = [.integer(after?.group ?? 0)]
        if let since = filter.since { conditions.append("last_at >= ?"); arguments.append(.integer(since)) }
        if let until = filter.until { conditions.append("first_at < ?"); arguments.append(.integer(until)) }
        var found: [DecisionLine] = []
        var start = after?.group ?? 0
        // A page at a time of groups, so a selective filter over a long log never holds it all in memory.
        while found.count < limit {
            var groups: [(id: Int64, run: String, lines: String)] = []
            arguments[0] = .integer(start)
            try database.query("SELECT id, run, lines FROM groups WHERE \(conditions.joined(separator: " AND ")) ORDER BY id LIMIT 64",
                               arguments) { row in
                if let id = row.integer(0), let run = row.text(1), let lines = row.text(2) { groups.append((id, run, lines)) }
            }
            guard let lastGroup = groups.last?.id else { break }
            for group in groups {
                for line in DecisionLine.decodeAll(group.lines, run: group.run) where filter.matches(line) {
                    if let after, group.id == after.group, line.counter <= after.counter { continue }
                    found.append(line)
                    if found.count == limit { return found }
                }
            }
            start = lastGroup + 1
        }
        return found
    }
}
