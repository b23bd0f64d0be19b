// ConnectionTableTests.swift — who gets a connection: a limit per uid for readers, room kept for
// admins, and slots given back when connections close.

import AlueCore
import Testing

@Suite struct ConnectionTableTests {
    var limits: Limits {
        var limits = Limits()
        limits.maxConnections = 10
        limits.maxConnectionsPerUID = 3
        limits.reservedAdminConnections = 2
        return limits
    }

    @Test func oneReaderHoldsAtMostItsShare() {
        var table = ConnectionTable()
        for fd in Int32(0)..<3 { #expect(table.admit(fd, uid: 1000, isAdmin: false, limits: limits) == nil) }
        #expect(table.admit(3, uid: 1000, isAdmin: false, limits: limits) == .uidFull(uid: 1000, limit: 3))
        #expect(table.admit(3, uid: 1001, isAdmin: false, limits: limits) == nil)
        table.remove(0)
        #expect(table.open(by: 1000) == 2)
        #expect(table.admit(4, uid: 1000, isAdmin: false, limits: limits) == nil)
    }

    @Test func readersLeaveTheReserveToAdmins() {
        var table = ConnectionTable()
        var fd: Int32 = 0
        for uid in UInt32(1000)..<1003 {
            for _ in 0..<3 where table.count < 8 {
                #expect(table.admit(fd, uid: uid, isAdmin: false, limits: limits) == nil)
                fd += 1
            }
        }
        #expect(table.count == 8)
        #expect(table.admit(fd, uid: 2000, isAdmin: false, limits: limits) == .keptForAdmins(open: 8, reserved: 2))
        #expect(table.admit(fd, uid: 0, isAdmin: true, limits: limits) == nil)
        #expect(table.admit(fd + 1, uid: 0, isAdmin: true, limits: limits) == nil)
        #expect(table.admit(fd + 2, uid: 0, isAdmin: true, limits: limits) == .full(limit: 10))
    }

    @Test func adminsHaveNoPerUIDLimitAndDoNotCountAgainstOne() {
        var table = ConnectionTable()
        for fd in Int32(0)..<6 { #expect(table.admit(fd, uid: 0, isAdmin: true, limits: limits) == nil) }
        #expect(table.open(by: 0) == 0)
        table.remove(5)
        #expect(table.count == 5)
    }

    @Test func theReserveIsAtMostHalfOfAllConnections() {
        var small = Limits()
        small.maxConnections = 2
        #expect(small.adminReserve == 1)  // the default 16 would leave readers nothing
        var table = ConnectionTable()
        #expect(table.admit(0, uid: 1000, isAdmin: false, limits: small) == nil)
        #expect(table.admit(1, uid: 1001, isAdmin: false, limits: small) == .keptForAdmins(open: 1, reserved: 1))
    }
}
