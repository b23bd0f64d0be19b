// Transport/ConnectionTable.swift — the open connections and who holds them, and the rule that
// admits a new one: a limit per uid, and room kept for admins, so one user cannot lock out others.

/// Open connections by descriptor, counted per peer uid. Not thread-safe: ConnectionServer keeps it
/// behind a lock.
public struct ConnectionTable: Sendable {
    /// Why a connection was not admitted; `message` is what the refused peer reads.
    public enum Refusal: Equatable, Sendable {
        case full(limit: Int)
        case keptForAdmins(open: Int, reserved: Int)
        case uidFull(uid: UInt32, limit: Int)

        public var message: String {
            switch self {
            case .full(let limit):
                return "alued is serving its maximum of \(limit) connections (limits.maxConnections); try again shortly"
            case .keptForAdmins(let open, let reserved):
                return "alued is serving \(open) connections; the last \(reserved) are kept for admins (limits.reservedAdminConnections); try again shortly"
            case .uidFull(let uid, let limit):
                return "uid \(uid) already has \(limit) connections open (limits.maxConnectionsPerUID); close one before opening another"
            }
        }
    }

    private var owners: [Int32: UInt32?] = [:]
    private var openByUID: [UInt32: Int] = [:]

    public init() {}

    public var count: Int { owners.count }
    public var descriptors: [Int32] { Array(owners.keys) }

    /// Admits `fd` of a peer with `uid` (nil when the kernel did not say) under `limits`, or says why not.
    /// Admin peers may use every slot and have no per-uid limit; others share what is not kept for
    /// admins, each uid at most `maxConnectionsPerUID`.
    public mutating func admit(_ fd: Int32, uid: UInt32?, isAdmin: Bool, limits: Limits) -> Refusal? {
        guard count < limits.maxConnections else { return .full(limit: limits.maxConnections) }
        if !isAdmin {
            let shared = limits.maxConnections - limits.adminReserve
            guard count < shared else { return .keptForAdmins(open: count, reserved: limits.adminReserve) }
            if let uid, openByUID[uid, default: 0] >= limits.maxConnectionsPerUID {
                return .uidFull(uid: uid, limit: limits.maxConnectionsPerUID)
            }
        }
        owners[fd] = .some(isAdmin ? nil : uid)
        if !isAdmin, let uid { openByUID[uid, default: 0] += 1 }
        return nil
    }

    public mutating func remove(_ fd: Int32) {
        guard let owner = owners.removeValue(forKey: fd), let uid = owner else { return }
        openByUID[uid, default: 1] -= 1
        if openByUID[uid] == 0 { openByUID.removeValue(forKey: uid) }
    }

    /// Connections open for `uid` that count against its limit (admin peers' are not counted).
    public func open(by uid: UInt32) -> Int { openByUID[uid, default: 0] }
}
