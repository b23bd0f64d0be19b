// SQLiteFile.swift — SQL run directly on a ledger file, as an intruder or a failing disk would
// change it behind alued's back (for the ledger integrity tests).

import CSQLite

public enum SQLiteFile {
    /// Runs `sql` (one or more statements) on the database at `path`.
    public static func execute(_ sql: String, on path: String) throws {
        var handle: OpaquePointer?
        defer { sqlite3_close(handle) }
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK,
              sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else {
            throw DaemonError("\(path): \(String(cString: sqlite3_errmsg(handle)))")
        }
    }
}
