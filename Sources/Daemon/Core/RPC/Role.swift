// RPC/Role.swift — the three roles a peer can hold, and how a peer gets one (docs/architecture.md §8).

#if canImport(Glibc)
import Glibc
#endif

/// What a peer may do: `reader` queries, `operator` also writes the ledger, `admin` also reloads
/// and changes the log level. Ordered: admin ⊃ operator ⊃ reader.
public enum Role: Int, Comparable, Sendable, CustomStringConvertible {
    case reader = 0, `operator`, admin

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { ["reader", "operator", "admin"][rawValue] }

    /// The uid alued runs as, read once (it never changes while alued runs).
    public static let daemonUID = getuid()

    /// The role of `peer` under `roles`: root and the daemon's own uid are admin; listed uids and
    /// groups (primary or supplementary) get their role; everyone else reads.
    public static func of(_ peer: PeerCredentials?, roles: RoleMap, daemonUID: UInt32 = Role.daemonUID) -> Role {
        guard let peer else { return .reader }
        if peer.uid == 0 || peer.uid == daemonUID { return .admin }
        if roles.adminUIDs.contains(peer.uid) || peer.isMember(ofAny: roles.adminGIDs) { return .admin }
        if roles.operatorUIDs.contains(peer.uid) || peer.isMember(ofAny: roles.operatorGIDs) { return .operator }
        return .reader
    }

    /// The kernel's overflow uid: what a peer looks like to a daemon in a user namespace that does
    /// not map it (systemd's PrivateUsers=), which would make every client a reader.
    static let overflowUID: UInt32 = 65534
}
