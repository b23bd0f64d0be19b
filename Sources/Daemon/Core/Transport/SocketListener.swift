// Transport/SocketListener.swift — the listening socket: inherited from systemd (LISTEN_FDS) or
// bound by alued with mode 0660, replacing a stale socket file but never a live daemon's, and
// removed on exit only while it is still the file alued bound.

import AlueWire
import Foundation
#if canImport(Glibc)
import Glibc
#endif

public struct SocketListener: Sendable {
    public let fd: Int32
    public let path: String
    /// Device and inode of the socket file alued bound; nil when systemd passed the socket (then
    /// it is systemd's to remove). On exit the path is removed only if it still names that file.
    let boundFile: FileIdentity?

    struct FileIdentity: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
    }

    /// The first descriptor systemd passes (`SD_LISTEN_FDS_START`).
    static let firstInheritedFD: Int32 = 3

    /// Uses the socket systemd passed, if any (LISTEN_PID is ours and LISTEN_FDS ≥ 1); else binds `path`.
    public static func open(path: String, log: Log) throws -> SocketListener {
        if let inherited = adoptSystemdSocket() {
            log.info("using the listening socket passed by systemd (fd \(inherited))")
            return SocketListener(fd: inherited, path: path, boundFile: nil)
        }
        let (fd, file) = try bind(path: path, log: log)
        return SocketListener(fd: fd, path: path, boundFile: file)
    }

    /// Removes the socket file on exit — unless systemd owns it, or the path now names another
    /// file (replaced by someone who can write to its directory), which is left alone.
    public func removeSocketFile(log: Log) {
        guard let boundFile else { return }
        guard Self.identity(of: path) == boundFile else {
            log.notice("\(path) is no longer alued's socket; leaving it")
            return
        }
        unlink(path)
    }

    /// The systemd protocol (sd_listen_fds(3)): LISTEN_PID must be our pid; the variables are
    /// removed so that children do not mistake them for their own.
    static func adoptSystemdSocket() -> Int32? {
        let environment = ProcessInfo.processInfo.environment
        defer {
            unsetenv("LISTEN_PID")
            unsetenv("LISTEN_FDS")
            unsetenv("LISTEN_FDNAMES")
        }
        guard let pid = environment["LISTEN_PID"].flatMap(Int32.init), pid == getpid(),
              let count = environment["LISTEN_FDS"].flatMap(Int.init), count >= 1 else { return nil }
        _ = fcntl(firstInheritedFD, F_SETFD, FD_CLOEXEC)
        return firstInheritedFD
    }

    static func bind(path: String, log: Log) throws -> (Int32, FileIdentity) {
        try removeStaleSocket(at: path, log: log)
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o755])
        }
        warnIfOthersCanReplace(directory: directory.isEmpty ? "." : directory, log: log)
        let fd = try UnixSocket.makeStreamSocket()
        do {
            // The umask makes bind create the file as 0660 directly: no window in which it is wider,
            // and no chmod by path afterwards, which would follow a symlink swapped in meanwhile.
            let previousMask = umask(0o117)
            defer { umask(previousMask) }
            try UnixSocket.withAddress(path) { address, length in
                guard Glibc.bind(fd, address, length) == 0 else { throw SocketError("bind \(path)") }
            }
            guard let file = identity(of: path, ifSocket: true) else {
                throw SocketError("\(path) was replaced right after bind (someone else can write to \(directory)); refusing to serve on it", errno: EEXIST)
            }
            guard listen(fd, 512) == 0 else { throw SocketError("listen \(path)") }
            return (fd, file)
        } catch {
            close(fd)
            throw error
        }
    }

    /// In a directory others may write to, another user can remove or replace the socket; the
    /// sticky bit (as on /tmp) prevents that for files they do not own.
    static func warnIfOthersCanReplace(directory: String, log: Log) {
        var info = stat()
        guard stat(directory, &info) == 0, info.st_mode & S_IWOTH != 0, info.st_mode & S_ISVTX == 0 else { return }
        log.warning("\(directory) is writable by others without the sticky bit: another user could replace alued's socket; use a directory only alued can write to, such as /run/alue")
    }

    /// Device and inode of the file at `path` itself (a symlink is not followed); with `ifSocket`,
    /// nil unless it is a socket.
    static func identity(of path: String, ifSocket: Bool = false) -> FileIdentity? {
        var info = stat()
        guard lstat(path, &info) == 0, !ifSocket || (info.st_mode & S_IFMT) == S_IFSOCK else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// A socket file left by a crashed run is removed; a live daemon's socket or a non-socket file is not.
    static func removeStaleSocket(at path: String, log: Log) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFSOCK else {
            throw SocketError("\(path) exists and is not a socket; refusing to replace it", errno: EEXIST)
        }
        if let fd = try? UnixSocket.connect(to: path) {
            close(fd)
            throw SocketError("another alued is already answering on \(path)", errno: EADDRINUSE)
        }
        guard unlink(path) == 0 || errno == ENOENT else { throw SocketError("remove stale socket \(path)") }
        log.notice("removed stale socket \(path) left by an earlier run")
    }
}
