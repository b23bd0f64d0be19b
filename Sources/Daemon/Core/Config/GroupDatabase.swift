// Config/GroupDatabase.swift — the system's user and group database (NSS: /etc/group, LDAP, …),
// for roles that name groups and for peers whose kernel cannot report their groups.

#if canImport(Glibc)
import Glibc
#endif

public enum GroupDatabase {
    /// The gid of group `name`, or nil when the system has no such group.
    public static func gid(named name: String) -> UInt32? {
        var entry = group()
        var result: UnsafeMutablePointer<group>?
        var gid: UInt32?
        _ = withScratchBuffer { buffer -> Int32 in
            let status = getgrnam_r(name, &entry, buffer.baseAddress!, buffer.count, &result)
            if status == 0, let found = result { gid = found.pointee.gr_gid }
            return status
        }
        return gid
    }

    /// The groups the database gives user `uid` (with `primaryGID`): what the peer would hold after
    /// logging in again. The fallback for kernels without SO_PEERGROUPS; nil for an unknown uid.
    static func groups(ofUser uid: UInt32, primaryGID: UInt32) -> [UInt32]? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var name: String?
        _ = withScratchBuffer { buffer -> Int32 in
            let status = getpwuid_r(uid, &entry, buffer.baseAddress!, buffer.count, &result)
            if status == 0, let entry = result { name = String(cString: entry.pointee.pw_name) }
            return status
        }
        guard let name else { return nil }
        var count: Int32 = 64
        while true {
            var gids = [gid_t](repeating: 0, count: Int(count))
            let wanted = count
            if getgrouplist(name, primaryGID, &gids, &count) >= 0 { return Array(gids.prefix(Int(count))) }
            // -1 with `count` raised to the number needed; anything else is a failure.
            guard count > wanted else { return nil }
        }
    }

    /// The uid of the only member of group `gid` — users whose primary group it is and the users it
    /// lists — or nil when it has none, several, or is unknown. A user private group (the group of
    /// the same name Debian and Fedora give each user) has exactly one.
    public static func soleMember(ofGroup gid: UInt32) -> UInt32? {
        var entry = group()
        var result: UnsafeMutablePointer<group>?
        var listed: [String] = []
        _ = withScratchBuffer { buffer -> Int32 in
            let status = getgrgid_r(gid, &entry, buffer.baseAddress!, buffer.count, &result)
            if status == 0, let found = result, var member = found.pointee.gr_mem {
                while let name = member.pointee {
                    listed.append(String(cString: name))
                    member += 1
                }
            }
            return status
        }
        guard result != nil else { return nil }
        var members = Set(listed.compactMap(uid(named:)))
        guard listed.count == members.count else { return nil }  // a listed name that is no user
        setpwent()
        while let user = getpwent() {
            if user.pointee.pw_gid == gid { members.insert(user.pointee.pw_uid) }
        }
        endpwent()
        return members.count == 1 ? members.first : nil
    }

    /// The uid of user `name`, or nil.
    static func uid(named name: String) -> UInt32? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var uid: UInt32?
        _ = withScratchBuffer { buffer -> Int32 in
            let status = getpwnam_r(name, &entry, buffer.baseAddress!, buffer.count, &result)
            if status == 0, let found = result { uid = found.pointee.pw_uid }
            return status
        }
        return uid
    }

    /// Calls a `get*_r` function with a growing buffer until it no longer reports ERANGE.
    private static func withScratchBuffer(_ call: (UnsafeMutableBufferPointer<CChar>) -> Int32) -> Int32 {
        var size = 1024
        while true {
            let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: size)
            defer { buffer.deallocate() }
            let status = call(buffer)
            guard status == ERANGE, size < 1 << 20 else { return status }
            size *= 4
        }
    }
}
