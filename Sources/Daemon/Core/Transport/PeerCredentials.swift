// Transport/PeerCredentials.swift — who is on the other end of a connection: SO_PEERCRED for the
// pid, uid and primary gid, SO_PEERGROUPS for the supplementary groups (ARCHITECTURE §10.7).

#if canImport(Glibc)
import Glibc
#endif

/// The peer's pid, uid, gid and supplementary groups as the kernel recorded them at connect time.
public struct PeerCredentials: Equatable, Sendable, CustomStringConvertible {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32
    /// Supplementary groups, so that `usermod -aG alue-operators NAME` is enough to give a role.
    public var groups: [UInt32]

    public init(pid: Int32, uid: UInt32, gid: UInt32, groups: [UInt32] = []) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
        self.groups = groups
    }

    /// Whether the peer's primary or any supplementary group is one of `gids`.
    public func isMember(ofAny gids: Set<UInt32>) -> Bool {
        gids.contains(gid) || groups.contains(where: gids.contains)
    }

    /// Glibc exposes `struct ucred` only under `_GNU_SOURCE`, which the Swift Glibc module does not
    /// reliably define; this mirrors its layout (three 32-bit fields) instead of needing a C shim.
    private struct RawUcred {
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0
    }

    /// `SO_PEERCRED` and `SO_PEERGROUPS` from <asm-generic/socket.h>; the same values on every
    /// Linux architecture Swift supports.
    private static let soPeerCred: Int32 = 17
    private static let soPeerGroups: Int32 = 59

    /// Reads the credentials of the peer connected to `fd`; nil if the kernel does not say.
    public static func of(_ fd: Int32) -> PeerCredentials? {
        var raw = RawUcred()
        var length = socklen_t(MemoryLayout<RawUcred>.size)
        guard getsockopt(fd, SOL_SOCKET, soPeerCred, &raw, &length) == 0,
              length == socklen_t(MemoryLayout<RawUcred>.size) else { return nil }
        let groups = peerGroups(fd) ?? GroupDatabase.groups(ofUser: raw.uid, primaryGID: raw.gid) ?? []
        return PeerCredentials(pid: raw.pid, uid: raw.uid, gid: raw.gid, groups: groups)
    }

    /// The peer's supplementary groups as the kernel recorded them at connect time; nil where the
    /// kernel lacks SO_PEERGROUPS (before Linux 4.13).
    static func peerGroups(_ fd: Int32) -> [UInt32]? {
        var capacity = 64
        while true {
            var buffer = [gid_t](repeating: 0, count: capacity)
            var length = socklen_t(capacity * MemoryLayout<gid_t>.size)
            if getsockopt(fd, SOL_SOCKET, soPeerGroups, &buffer, &length) == 0 {
                return Array(buffer.prefix(Int(length) / MemoryLayout<gid_t>.size))
            }
            // ERANGE: the kernel wrote back the size it needs (up to NGROUPS_MAX, 65 536).
            guard errno == ERANGE, Int(length) > capacity * MemoryLayout<gid_t>.size else { return nil }
            capacity = Int(length) / MemoryLayout<gid_t>.size
        }
    }

    public var description: String {
        "uid=\(uid) gid=\(gid)" + (groups.isEmpty ? "" : " groups=\(groups.map(String.init).joined(separator: ","))") + " pid=\(pid)"
    }
}
