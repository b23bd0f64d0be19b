// Ledger/LedgerBackup.swift — a consistent copy of the ledger while alued keeps serving: SQLite's
// online backup API reads one snapshot on a connection of its own (WAL lets writers go on), into a
// new file under `<state-dir>/backups/`, renamed into place only once it is complete and checked.

import Foundation

/// Where a backup went and what it holds.
public struct LedgerBackup: Sendable, Equatable {
    public var path: String
    public var bytes: Int
    public var entries: Int
    public var schemaVersion: Int
}

extension LedgerStore {
    public var backupDirectory: String { "\(directory)/backups" }

    /// Writes `backups/ledger-<UTC time>.sqlite` and returns it. Never overwrites an earlier backup.
    public func backup() throws(LedgerError) -> LedgerBackup {
        do {
            return try backupGate.withLock { _ in try writeBackup() }
        } catch let error as LedgerError {
            throw error
        } catch {
            throw .storage("the backup failed: \(error)")
        }
    }

    private func writeBackup() throws -> LedgerBackup {
        try FileManager.default.createDirectory(atPath: backupDirectory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o750])
        let stamp = ISO8601Time.now(.utc).filter { $0.isNumber || $0 == "T" || $0 == "Z" }
        var path = "\(backupDirectory)/ledger-\(stamp).sqlite"
        var attempt = 1
        while FileManager.default.fileExists(atPath: path) {
            attempt += 1
            path = "\(backupDirectory)/ledger-\(stamp)-\(attempt).sqlite"
        }
        let partial = path + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        defer { try? FileManager.default.removeItem(atPath: partial) }
        let (entries, version): (Int, Int)
        do {
            let source = try SQLiteConnection(path: self.path, readOnly: true)
            let copy = try SQLiteConnection(path: partial)
            try source.backup(into: copy)
            let check = try copy.text("PRAGMA quick_check")
            guard check == "ok" else { throw LedgerError.storage("the copy in \(partial) fails SQLite's quick_check: \(check ?? "no answer")") }
            entries = Int(try copy.integer("SELECT count(*) FROM entries"))
            version = Int(try copy.integer("PRAGMA user_version"))
        }
        guard rename(partial, path) == 0 else { throw LedgerError.storage("cannot rename \(partial) to \(path): \(String(cString: strerror(errno)))") }
        Self.syncDirectory(backupDirectory)
        let bytes = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        return LedgerBackup(path: path, bytes: bytes, entries: entries, schemaVersion: version)
    }

    /// fsync of a directory, so a rename into it survives a crash.
    private static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        fsync(fd)
        Glibc.close(fd)
    }
}
