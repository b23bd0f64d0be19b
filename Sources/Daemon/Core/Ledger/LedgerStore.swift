// Ledger/LedgerStore.swift — the durable ledger: SQLite in the state directory, WAL with
// synchronous=FULL so an acknowledged entry survives a crash or power loss, idempotent by entry
// id, atomic per batch, schema versioned with migrations.

import Foundation
import PluginAPI
import Synchronization

/// Why recording failed; the RPC layer maps it to `ledger_conflict` or an internal error.
public enum LedgerError: Error, Sendable {
    /// The id was recorded before with different content; nothing of the batch was recorded.
    case conflict(id: String, existing: LedgerEntry)
    /// A reversal the ledger refuses (already reversed, a reversal itself, its id taken); the
    /// message says which.
    case reversalConflict(id: String, message: String)
    /// No entry has this id.
    case notFound(id: String)
    case storage(String)
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

    /// Opens (creating if needed) `ledger.sqlite` in `directory` and brings its schema up to date.
    public init(directory: String) throws {
        self.directory = directory
        path = "\(directory)/ledger.sqlite"
        let database = try SQLiteConnection(path: path)
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
        try database.migrate(Self.migrations, path: path)
        connection = Mutex(database)
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
    public func entries(region: String, from: EffectiveDate, through: EffectiveDate) throws -> [LedgerEntry] {
        try connection.withLock { database in
            guard let database else { throw LedgerError.storage("the ledger is closed") }
            var result: [LedgerEntry] = []
            try database.query("SELECT \(Self.columns) FROM entries WHERE region = ? AND date >= ? AND date <= ? ORDER BY date, id",
                               [.text(region), .text(from.description), .text(through.description)]) { row in
                if let entry = Self.decode(row) { result.append(entry) }
            }
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

    /// The columns `decode` reads, in its order.
    static let columns = "id, kind, date, region, municipality, service, amount_cents, description, reverses, reason"

    static func entry(id: String, in database: SQLiteConnection) throws -> LedgerEntry? {
        var found: LedgerEntry?
        try database.query("SELECT \(columns) FROM entries WHERE id = ?", [.text(id)]) { found = decode($0) }
        return found
    }

    static func decode(_ row: SQLiteRow) -> LedgerEntry? {
        guard let id = row.text(0), let kind = row.text(1).flatMap(LedgerEntry.Kind.init),
              let date = row.text(2).flatMap(EffectiveDate.init(iso:)), let region = row.text(3),
              let municipality = row.text(4).flatMap(MunicipalityCode.init(rawValue:)), let service = row.text(5) else { return nil }
        return LedgerEntry(id: id, kind: kind, date: date, region: region, municipality: municipality, service: service,
                           amountCents: row.integer(6), description: row.text(7), reverses: row.text(8), reason: row.text(9))
    }
}
