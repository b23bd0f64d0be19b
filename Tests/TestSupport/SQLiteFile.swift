// SQLiteFile.swift — a test's own hands on a daemon's SQLite files: SQL run directly on a ledger file,
// as an intruder or a failing disk would change it behind alued's back (the ledger integrity tests);
// SQLite's integrity check after a crash, and a write lock held from outside, as a backup or an
// admin's sqlite3 session would (the decision log tests).

import CSQLite

public final class SQLiteFile {
    private var handle: OpaquePointer?

    public init(path: String) throws {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
            defer { sqlite3_close(handle) }
            throw DaemonError("cannot open \(path): \(String(cString: sqlite3_errmsg(handle)))")
        }
        sqlite3_busy_timeout(handle, 10_000)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs `sql` (one or more statements) on the database at `path`.
    public static func execute(_ sql: String, on path: String) throws {
        var handle: OpaquePointer?
        defer { sqlite3_close(handle) }
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK,
              sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
            throw DaemonError("\(path): \(String(cString: sqlite3_errmsg(handle)))")
        }
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file, else SQLite's list of problems.
    public func integrityCheck() throws -> String {
        try texts("PRAGMA integrity_check").joined(separator: "\n")
    }

    /// Takes the file's write lock (BEGIN IMMEDIATE) until `releaseWriteLock`.
    public func holdWriteLock() throws { _ = try texts("BEGIN IMMEDIATE") }

    public func releaseWriteLock() throws { _ = try texts("ROLLBACK") }

    /// The first column of every row of `sql`.
    public func texts(_ sql: String) throws -> [String] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw DaemonError("\(sql): \(String(cString: sqlite3_errmsg(handle)))")
        }
        defer { sqlite3_finalize(statement) }
        var rows: [String] = []
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW: rows.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "")
            case SQLITE_DONE: return rows
            default: throw DaemonError("\(sql): \(String(cString: sqlite3_errmsg(handle)))")
            }
        }
    }
}
