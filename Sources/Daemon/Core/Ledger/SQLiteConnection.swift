// Ledger/SQLiteConnection.swift — the few SQLite calls the ledger needs, with errors as values.

import CSQLite

/// An SQLite failure with the library's own message.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public var description: String { "SQLite error \(code): \(message)" }
}

/// One connection. Not thread-safe: the ledger serialises all use behind its lock (so SQLite's
/// own mutexes are off).
final class SQLiteConnection {
    private var handle: OpaquePointer?
    /// Prepared statements by SQL text: parsing SQL dominated batch inserts before they were reused.
    private var prepared: [String: OpaquePointer] = [:]

    /// SQLite copies bound text when given SQLITE_TRANSIENT, a C macro Swift cannot import.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    /// Opens `path`, creating it unless `readOnly` or told not to (`create: false` opens only an
    /// existing file).
    init(path: String, readOnly: Bool = false, create: Bool = true) throws {
        let flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)) | SQLITE_OPEN_NOMUTEX
        guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
            let error = SQLiteError(code: sqlite3_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
            sqlite3_close(handle)
            throw error
        }
        sqlite3_busy_timeout(handle, 5000)
    }

    deinit {
        for statement in prepared.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    private func error() -> SQLiteError {
        SQLiteError(code: sqlite3_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
    }

    /// Runs SQL without results (several statements allowed).
    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw error() }
    }

    /// Runs one statement with `arguments` bound in order, calling `row` for each result row. The
    /// statement is prepared once per connection and reused.
    func query(_ sql: String, _ arguments: [SQLiteValue] = [], row: (SQLiteRow) throws -> Void = { _ in }) throws {
        let statement: OpaquePointer
        if let cached = prepared[sql] {
            statement = cached
        } else {
            var fresh: OpaquePointer?
            guard sqlite3_prepare_v2(handle, sql, -1, &fresh, nil) == SQLITE_OK, let fresh else { throw error() }
            prepared[sql] = fresh
            statement = fresh
        }
        defer {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
        }
        for (index, argument) in arguments.enumerated() {
            let position = Int32(index + 1)
            let result: Int32
            switch argument {
            case .text(let text): result = Self.bind(text, to: statement, at: position)
            case .integer(let number): result = sqlite3_bind_int64(statement, position, number)
            case .null: result = sqlite3_bind_null(statement, position)
            }
            guard result == SQLITE_OK else { throw error() }
        }
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW: try row(SQLiteRow(statement: statement))
            case SQLITE_DONE: return
            default: throw error()
            }
        }
    }

    /// Binds `text` with its byte length, so that every byte is stored — a NUL included (with length
    /// −1 SQLite would stop at the first NUL and store less than was acknowledged).
    private static func bind(_ text: String, to statement: OpaquePointer, at position: Int32) -> Int32 {
        var text = text
        return text.withUTF8 { utf8 in
            // An empty buffer may have no address, and a NULL pointer would bind SQL NULL.
            guard let base = utf8.baseAddress, !utf8.isEmpty else { return sqlite3_bind_text(statement, position, "", 0, transient) }
            return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                sqlite3_bind_text(statement, position, $0, Int32(utf8.count), transient)
            }
        }
    }

    /// A single text value (e.g. `PRAGMA quick_check`).
    func text(_ sql: String) throws -> String? {
        var value: String?
        try query(sql) { value = $0.text(0) }
        return value
    }

    /// A single integer (e.g. `PRAGMA user_version`).
    func integer(_ sql: String, _ arguments: [SQLiteValue] = []) throws -> Int64 {
        var value: Int64 = 0
        try query(sql, arguments) { value = $0.integer(0) ?? 0 }
        return value
    }

    /// Brings the schema up to `migrations.count`: `PRAGMA user_version` counts the migrations
    /// applied; each later one runs in its own transaction. A newer file than this alued knows is
    /// refused, never touched.
    func migrate(_ migrations: [String], path: String) throws {
        let current = Int(try integer("PRAGMA user_version"))
        guard current <= migrations.count else {
            throw SQLiteError(code: 0, message: "\(path) has schema version \(current), newer than this alued (\(migrations.count)); refusing to touch it")
        }
        for version in current..<migrations.count {
            try transaction {
                try execute(migrations[version])
                try execute("PRAGMA user_version = \(version + 1)")
            }
        }
    }

    /// The first column of every result row as text (e.g. `PRAGMA quick_check`).
    func texts(_ sql: String) throws -> [String] {
        var values: [String] = []
        try query(sql) { values.append($0.text(0) ?? $0.literal(0)) }
        return values
    }

    /// Copies the whole database into `destination` (a fresh connection) with SQLite's online backup
    /// API, in one step: the copy is one consistent snapshot, and in WAL mode writers on other
    /// connections go on meanwhile.
    func backup(into destination: SQLiteConnection) throws {
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else { throw destination.error() }
        let stepped = sqlite3_backup_step(backup, -1)
        guard sqlite3_backup_finish(backup) == SQLITE_OK, stepped == SQLITE_DONE else {
            throw SQLiteError(code: stepped, message: String(cString: sqlite3_errstr(stepped)))
        }
    }

    /// Runs `body` in a transaction: COMMIT when it returns, ROLLBACK when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }
}

enum SQLiteValue {
    case text(String)
    case integer(Int64)
    case null
}

/// One result row; columns by index. Values are returned only when they are of the asked type, so
/// that a damaged row is noticed instead of being read as something else.
struct SQLiteRow {
    let statement: OpaquePointer?

    /// The text in `column`, every byte of it; nil for NULL, another type or invalid UTF-8.
    func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(statement, column) == SQLITE_TEXT, let bytes = sqlite3_column_text(statement, column) else { return nil }
        return String(validating: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, column))), as: UTF8.self)
    }

    /// The integer in `column`; nil for NULL or another type (SQLite would read text such as
    /// `'10,00'` as 10).
    func integer(_ column: Int32) -> Int64? {
        guard sqlite3_column_type(statement, column) == SQLITE_INTEGER else { return nil }
        return sqlite3_column_int64(statement, column)
    }

    /// The value in `column` as SQL would write it, for messages about a damaged row.
    func literal(_ column: Int32) -> String {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_NULL: return "NULL"
        case SQLITE_INTEGER: return String(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT: return String(sqlite3_column_double(statement, column))
        default:
            let bytes = sqlite3_column_blob(statement, column).map {
                Array(UnsafeRawBufferPointer(start: $0, count: Int(sqlite3_column_bytes(statement, column))))
            } ?? []
            return "'" + String(decoding: bytes, as: UTF8.self).excerpt(40) + "'"
        }
    }
}
