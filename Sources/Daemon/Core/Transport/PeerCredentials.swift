// Transport/PeerCredentials.swift — who is on the other end of a connection (SO_PEERCRED).

#if canImport(Glibc)
import Glibc
#endif

/// The peer's pid, uid and gid as the kernel recorded them at connect time.
public struct PeerCredentials: Equatable, Sendable, CustomStringConvertible {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32

    public init(pid: Int32, uid: UInt32, gid: UInt32) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
    }

    /// Glibc exposes `struct ucred` only under `_GNU_SOURCE`, which the Swift Glibc module does not
    /// reliably define; this mirrors its layout (three 32-bit fields) instead of needing a C shim.
    private struct RawUcred {
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0
    }

    /// `SO_PEERCRED` from <asm-generic/socket.h>; the same value on every Linux architecture Swift supports.
    private static let soPeerCred: Int32 = 17

    /// Reads the credentials of the peer connected to `fd`; nil if the kernel does not say.
    public static func of(_ fd: Int32) -> PeerCredentials? {
        var raw = RawUcred()
        var length = socklen_t(MemoryLayout<RawUcred>.size)
        guard getsockopt(fd, SOL_SOCKET, soPeerCred, &raw, &length) == 0,
              length == socklen_t(MemoryLayout<RawUcred>.size) else { return nil }
        return PeerCredentials(pid: raw.pid, uid: raw.uid, gid: raw.gid)
    }

    public var description: String { "uid=\(uid) gid=\(gid) pid=\(pid)" }
}
