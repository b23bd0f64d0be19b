// Ledger/LedgerStore.swift — the durable ledger: SQLite in the state directory, WAL with
// synchronous=FULL so an acknowledged entry survives a crash or power loss, idempotent by entry
// id, atomic per batch, schema versioned with migrations, checked (quick_check) when opened, and
// never read past a row it cannot decode.

import Foundation
import PluginAPI
import Synchronization

/// Why recording or reading failed; the RPC layer maps it to `ledger_conflict` or an internal error.
public enum LedgerError: Error, Sendable, CustomStringConvertible {
    /// The id was recorded before with different content; nothing of the batch was recorded.
    case conflict(id: String, existing: LedgerEntry)
    /// A reversal the ledger refuses (already reversed, a reversal itself, its id taken); the
    /// message says which.
    case reversalConflict(id: String, message: String)
    /// No entry has this id.
    case notFound(id: String)
    case storage(String)
    /// Stored rows alued cannot decode: an answer without them would be wrong, so there is none.
    case unreadable([UnreadableRow])

    public var description: String {
        switch self {
        case .conflict(let id, _): return "entry '\(id)' was recorded before with different content"
        case .reversalConflict(_, let message): return message
        case .notFound(let id): return "no ledger entry has the id '\(id)'"
        case .storage(let message): return message
        case .unreadable(let rows):
            let named = rows.prefix(3).map(\.description).joined(separator: "; ")
            return "the ledger holds \(rows.count) \(rows.count == 1 ? "row" : "rows") alued cannot read (\(named)\(rows.count > 3 ? "; …" : "")); "
                + "nothing is answered without them: repair the rows or restore the ledger from a backup"
        }
    }
}

/// A stored row that does not decode into an entry, and why.
public struct UnreadableRow: Error, Sendable, Equatable, CustomStringConvertible {
    /// SQLite's rowid: names the row even when its id is damaged.
    public var rowid: Int64
    public var id: String?
    public var problem: String

    public var description: String { "row \(rowid)" + (id.map { " (id '\($0.excerpt(40))')" } ?? "") + ": \(problem)" }
}

/// Why the ledger file cannot be opened; each message says what to do.
public enum LedgerOpenError: Error, Sendable, CustomStringConvertible {
    case emptyFile(String)
    case newerSchema(String, found: Int, supported: Int)
    case damaged(String, problems: [String])
    case sqlite(String, SQLiteError)

    public var description: String {
        switch self {
        case .emptyFile(let path):
            return "\(path) is empty (0 bytes) where a ledger is expected (truncated?); restore it from a backup, "
                + "or remove it if no entry was ever recorded — alued creates a new ledger only where there is none"
        case .newerSchema(let path, let found, let supported):
            return "\(path) was written by a newer alued (ledger schema \(found); this alued knows schema \(supported)); "
                + "upgrade alued or restore a backup made by this version — the file was not changed"
        case .damaged(let path, let problems):
            return "\(path) fails SQLite's quick_check (\(problems.prefix(3).joined(separator: "; "))); "
                + "restore it from a backup — alued does not record into a damaged ledger"
        case .sqlite(let path, let error):
            return "\(path): \(error)"
        }
    }
}

public final class LedgerStore: Sendable {
    /// The state directory holding the ledger (and its `backups/`).
    public let directory: String
    public let path: String
    /// One connection, one writer: SQLite serialises writes anyway, and the lock keeps the
    /// connection (not thread-safe by itself in our use) to one thread at a time.
    let connection: Mutex<SQLiteConnection?>
    /// Held while a backup is written, so two backups never pick the same file name.
    let backupGate = Mutex(())

    /// Migrations in order; `PRAGMA user_version` is the number applied. Append, never edit.
    static let migrations = [
        """
        CREATE TABLE entries (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            date TEXT NOT NULL,
            region TEXT NOT NULL,
            municipality TEXT NOT NULL,
            service TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            description TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by_uid INTEGER,
            recorded_by_pid INTEGER
        );
        CREATE INDEX entries_by_region_date ON entries (region, date);
        """,
        // 2: corrections by reversal. An entry is reversed at most once (the partial unique index);
        // entries are never edited or deleted (the triggers), whoever opens the file.
        """
        ALTER TABLE entries ADD COLUMN reverses TEXT;
        ALTER TABLE entries ADD COLUMN reason TEXT;
        CREATE UNIQUE INDEX entries_reversal_of ON entries (reverses) WHERE reverses IS NOT NULL;
        CREATE INDEX entries_by_date ON entries (date, id);
        CREATE TRIGGER entries_never_edited BEFORE UPDATE ON entries
            BEGIN SELECT RAISE(ABORT, 'ledger entries are never edited; record a reversal instead'); END;
        CREATE TRIGGER entries_never_deleted BEFORE DELETE ON entries
            BEGIN SELECT RAISE(ABORT, 'ledger entries are never deleted; record a reversal instead'); END;
        """,
    ]

    public static var schemaVersion: Int { migrations.count }

    /// Opens `ledger.sqlite` in `directory` — creating it whole if there is none — checks it, and
    /// brings its schema up to date.
    /// - Throws: `LedgerOpenError` for an empty, damaged or newer file; the file is then untouched.
    public init(directory: String) throws {
        self.directory = directory
        path = Self.path(in: directory)
        if !FileManager.default.fileExists(atPath: path) { try Self.create(at: path) }
        let database = try Self.open(path, readOnly: false)
        do {
            try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
            try Self.migrate(database, from: Int(try database.integer("PRAGMA user_version")))
        } catch let error as SQLiteError {
            throw LedgerOpenError.sqlite(path, error)
        }
        connection = Mutex(database)
    }

    /// What `--check` reports of the ledger in `directory`, read-only: nil when there is none yet.
    /// - Throws: `LedgerOpenError` as opening would.
    public static func inspect(directory: String) throws -> (path: String, schema: Int, entries: Int)? {
        let path = path(in: directory)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let database = try open(path, readOnly: true)
        do {
            return (path, Int(try database.integer("PRAGMA user_version")), Int(try database.integer("SELECT count(*) FROM entries")))
        } catch let error as SQLiteError {
            throw LedgerOpenError.sqlite(path, error)
        }
    }

    static func path(in directory: String) -> String { "\(directory)/ledger.sqlite" }

    /// Applies the migrations after `version`, each in a transaction of its own.
    private static func migrate(_ database: SQLiteConnection, from version: Int) throws {
        for next in version..<migrations.count {
            try database.transaction {
                try database.execute(migrations[next])
                try database.execute("PRAGMA user_version = \(next + 1)")
            }
        }
    }

    /// Opens an existing ledger file after the checks that keep a damaged one from being used: not
    /// empty, not from a newer alued, and passing SQLite's quick_check.
    private static func open(_ path: String, readOnly: Bool) throws -> SQLiteConnection {
        var info = stat()
        if stat(path, &info) == 0, info.st_size == 0 { throw LedgerOpenError.emptyFile(path) }
        do {
            let database = try SQLiteConnection(path: path, readOnly: readOnly, create: false)
            let version = Int(try database.integer("PRAGMA user_version"))
            guard version <= migrations.count else {
                throw LedgerOpenError.newerSchema(path, found: version, supported: migrations.count)
            }
            let problems = try database.texts("PRAGMA quick_check(5)")
            guard problems == ["ok"] else { throw LedgerOpenError.damaged(path, problems: problems) }
            return database
        } catch let error as SQLiteError {
            throw LedgerOpenError.sqlite(path, error)
        }
    }

    /// Creates a new ledger beside `path` and renames it into place, so that `path` is either
    /// absent or a whole ledger — never the empty file a crash during creation would leave, which
    /// the next start could not tell from a truncated one.
    private static func create(at path: String) throws {
        let fresh = path + ".new"
        for leftover in [fresh, fresh + "-journal", fresh + "-wal"] { unlink(leftover) }
        do {
            try migrate(try SQLiteConnection(path: fresh), from: 0)
        } catch let error as SQLiteError {
            throw LedgerOpenError.sqlite(fresh, error)
        }
        guard rename(fresh, path) == 0 else {
            throw LedgerOpenError.sqlite(path, SQLiteError(code: 0, message: "cannot rename \(fresh) into place: \(String(cString: strerror(errno)))"))
        }
    }

    /// Records `entries` atomically. Returns how many were new and how many were exact repeats.
    /// Returns only after the transaction is committed (and, with synchronous=FULL, on disk).
    public func record(_ entries: [LedgerEntry], uid: UInt32?, pid: Int32?) throws(LedgerError) -> (recorded: Int, duplicates: Int) {
        let recordedAt = ISO8601Time.now(.utc)
        return try withDatabase { database in
            try database.transaction { () throws -> (Int, Int) in
                var recorded = 0, duplicates = 0
                for entry in entries {
                    if let existing = try Self.entry(id: entry.id, in: database) {
                        guard existing.sameContent(as: entry) else { throw LedgerError.conflict(id: entry.id, existing: existing) }
                        duplicates += 1
                        continue
                    }
                    try Self.insert(entry, at: recordedAt, uid: uid, pid: pid, into: database)
                    recorded += 1
                }
                return (recorded, duplicates)
            }
        }
    }

    /// Runs `body` on the open connection under the lock; any failure becomes a `LedgerError`.
    func withDatabase<T: Sendable>(_ body: @Sendable (SQLiteConnection) throws -> T) throws(LedgerError) -> T {
        let outcome: Result<T, LedgerError> = connection.withLock { database in
            guard let database else { return .failure(.storage("the ledger is closed")) }
            do {
                return .success(try body(database))
            } catch let error as LedgerError {
                return .failure(error)
            } catch {
                return .failure(.storage("\(error)"))
            }
        }
        return try outcome.get()
    }

    /// The entries of `region` dated `from` through `through`, in date and id order.
    /// - Throws: `LedgerError.unreadable` naming every row of the range that does not decode.
    public func entries(region: String, from: EffectiveDate, through: EffectiveDate) throws -> [LedgerEntry] {
        try connection.withLock { database in
            guard let database else { throw LedgerError.storage("the ledger is closed") }
            var result: [LedgerEntry] = []
            var unreadable: [UnreadableRow] = []
            try database.query("SELECT \(Self.columns) FROM entries WHERE region = ? AND date >= ? AND date <= ? ORDER BY date, id",
                               [.text(region), .text(from.description), .text(through.description)]) { row in
                switch Self.decode(row) {
                case .success(let entry): result.append(entry)
                case .failure(let problem): unreadable.append(problem)
                }
            }
            guard unreadable.isEmpty else { throw LedgerError.unreadable(unreadable.sorted { $0.rowid < $1.rowid }) }
            return result
        }
    }

    /// The number of entries stored.
    public func count() throws -> Int {
        try connection.withLock { database in
            guard let database else { throw LedgerError.storage("the ledger is closed") }
            return Int(try database.integer("SELECT count(*) FROM entries"))
        }
    }

    /// Checkpoints the WAL into the database file and closes the connection (clean shutdown).
    public func close() {
        connection.withLock { database in
            try? database?.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            database = nil
        }
    }

    static func insert(_ entry: LedgerEntry, at recordedAt: String, uid: UInt32?, pid: Int32?, into database: SQLiteConnection) throws {
        try database.query("""
            INSERT INTO entries (id, kind, date, region, municipality, service, amount_cents, description, reverses, reason,
                                 recorded_at, recorded_by_uid, recorded_by_pid)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(entry.id), .text(entry.kind.rawValue), .text(entry.date.description), .text(entry.region),
                  .text(entry.municipality.rawValue), .text(entry.service), .integer(entry.amountCents),
                  entry.description.map(SQLiteValue.text) ?? .null, entry.reverses.map(SQLiteValue.text) ?? .null,
                  entry.reason.map(SQLiteValue.text) ?? .null, .text(recordedAt),
                  uid.map { .integer(Int64($0)) } ?? .null, pid.map { .integer(Int64($0)) } ?? .null])
    }

    /// The columns `decode` reads, in its order; queries may select more after them.
    static let columns = "rowid, id, kind, date, region, municipality, service, amount_cents, description, reverses, reason"
    /// The index of the first column after `columns`.
    static let columnsCount: Int32 = 11

    /// The entry recorded under `id`, or nil.
    /// - Throws: `LedgerError.unreadable` when that row does not decode (it is not taken for absent).
    static func entry(id: String, in database: SQLiteConnection) throws -> LedgerEntry? {
        var found: Result<LedgerEntry, UnreadableRow>?
        try database.query("SELECT \(columns) FROM entries WHERE id = ?", [.text(id)]) { found = decode($0) }
        return try found.map { result in
            switch result {
            case .success(let entry): return entry
            case .failure(let problem): throw LedgerError.unreadable([problem])
            }
        }
    }

    /// The entry in `row` (selected with `columns`), or what is wrong with the row: a column of the
    /// wrong type, or a value no entry can have.
    static func decode(_ row: SQLiteRow) -> Result<LedgerEntry, UnreadableRow> {
        let id = row.text(1)
        func unreadable(_ column: Int32, _ name: String, _ expected: String) -> Result<LedgerEntry, UnreadableRow> {
            .failure(UnreadableRow(rowid: row.integer(0) ?? 0, id: id, problem: "\(name) \(row.literal(column)) is not \(expected)"))
        }
        /// Optional text: text or NULL, nothing else.
        func optionalText(_ column: Int32) -> String?? {
            if let text = row.text(column) { return .some(text) }
            return row.literal(column) == "NULL" ? .some(nil) : nil
        }
        guard let id else { return unreadable(1, "id", "text") }
        guard let kind = row.text(2).flatMap(LedgerEntry.Kind.init) else {
            return unreadable(2, "kind", LedgerEntry.Kind.allCases.map(\.rawValue).joined(separator: " or "))
        }
        guard let date = row.text(3).flatMap(EffectiveDate.init(iso:)) else { return unreadable(3, "date", "a date YYYY-MM-DD") }
        guard let region = row.text(4) else { return unreadable(4, "region", "text") }
        guard let municipality = row.text(5).flatMap(MunicipalityCode.init(rawValue:)) else {
            return unreadable(5, "municipality", "a three-digit municipality code")
        }
        guard let service = row.text(6) else { return unreadable(6, "service", "text") }
        guard let amountCents = row.integer(7) else { return unreadable(7, "amount_cents", "an integer") }
        guard let description = optionalText(8) else { return unreadable(8, "description", "text or NULL") }
        guard let reverses = optionalText(9) else { return unreadable(9, "reverses", "text or NULL") }
        guard let reason = optionalText(10) else { return unreadable(10, "reason", "text or NULL") }
        return .success(LedgerEntry(id: id, kind: kind, date: date, region: region, municipality: municipality, service: service,
                                    amountCents: amountCents, description: description, reverses: reverses, reason: reason))
    }
}
