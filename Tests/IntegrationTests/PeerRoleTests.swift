// PeerRoleTests.swift — roles as real staff accounts get them: peers with other uids, primary
// gids and supplementary groups (setpriv) against the real daemon, and the shipped unit's
// sandbox, which must leave those identities visible (ARCHITECTURE §10.7).

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite(.enabled(if: OtherUser.available, "needs root and setpriv to act as other users"))
struct PeerRoleTests {
    static let operatorUID: UInt32 = 4010, operatorGID: UInt32 = 4020, operatorGroup: UInt32 = 4030, adminGroup: UInt32 = 4040
    static let unknownGroupName = "alue-test-no-such-group"

    /// A group every Debian-like system has, to name a role's group by name.
    static let namedGroup: (name: String, gid: UInt32)? = ["users", "daemon", "nogroup"].lazy
        .compactMap { name in getgrnam(name).map { (name, $0.pointee.gr_gid) } }.first

    let files = TemporaryDirectory("alue-roles")
    let peers: OtherUser

    init() throws {
        peers = try OtherUser()
    }

    /// A daemon whose config gives roles by uid, primary gid, supplementary gid and group name.
    func daemon(launcher: [String] = []) throws -> DaemonProcess {
        let operatorGroups: [JSONValue] = [.number(String(Self.operatorGroup))] + (Self.namedGroup.map { [.string($0.name)] } ?? [])
        let config = try TestConfig.write(in: files.path, extra: [("roles", .object([
            ("operator", .object([("uids", .array([.number(String(Self.operatorUID))])),
                                  ("gids", .array([.number(String(Self.operatorGID))])),
                                  ("groups", .array(operatorGroups))])),
            ("admin", .object([("groups", .array([.number(String(Self.adminGroup)), .string(Self.unknownGroupName)]))])),
        ]))])
        let daemon = try DaemonProcess(config: config, launcher: launcher)
        try daemon.openSocketToEveryone()
        return daemon
    }

    func record(as peer: PeerIdentity, on daemon: DaemonProcess, id: String) throws -> CommandResult {
        try peers.aluectl(["ledger", "record", "--id", id, "--date", "2025-03-01", "--municipality", "Hollola",
                           "--service", "palkkatuki", "--amount", "10.00"], as: peer, daemon: daemon)
    }

    @Test func anyUnlistedPeerReadsButCannotRecord() throws {
        let daemon = try daemon()
        let stranger = PeerIdentity(uid: 4001, gid: 4001, groups: [4002])
        #expect(try peers.aluectl(["resolve", "316"], as: stranger, daemon: daemon).status == 0)
        let refused = try record(as: stranger, on: daemon, id: "stranger-1")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("permission_denied"), "\(refused.stderr)")
        #expect(refused.stderr.contains("uid=4001 gid=4001 groups=4002"), "\(refused.stderr)")
    }

    @Test(arguments: [
        PeerIdentity(uid: PeerRoleTests.operatorUID, gid: 4001),
        PeerIdentity(uid: 4001, gid: PeerRoleTests.operatorGID),
        PeerIdentity(uid: 4001, gid: 4001, groups: [4002, PeerRoleTests.operatorGroup]),
    ])
    func operatorsByUIDPrimaryGIDOrSupplementaryGroupRecord(peer: PeerIdentity) throws {
        let daemon = try daemon()
        let result = try record(as: peer, on: daemon, id: "op-\(peer.uid)-\(peer.gid)")
        #expect(result.status == 0, "\(peer): \(result.stderr)")
        #expect(daemon.log.contains("audit method=ledger.record uid=\(peer.uid) gid=\(peer.gid)"))
    }

    @Test func aGroupNamedByNameCounts() throws {
        let group = try #require(Self.namedGroup, "no common group on this system")
        let daemon = try daemon()
        let member = PeerIdentity(uid: 4001, gid: 4001, groups: [group.gid])
        let result = try record(as: member, on: daemon, id: "named-group-1")
        #expect(result.status == 0, "\(group.name) (\(group.gid)): \(result.stderr)")
    }

    @Test func adminGroupMembersReloadOperatorsDoNot() throws {
        let daemon = try daemon()
        let admin = try peers.aluectl(["reload"], as: PeerIdentity(uid: 4001, gid: 4001, groups: [Self.adminGroup]), daemon: daemon)
        #expect(admin.status == 0, "\(admin.stderr)")
        let operatorPeer = PeerIdentity(uid: 4001, gid: 4001, groups: [Self.operatorGroup])
        let refused = try peers.aluectl(["reload"], as: operatorPeer, daemon: daemon)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("needs the admin role"))
    }

    @Test func operatorsReverseOnlyAdminsBackUp() throws {
        let daemon = try daemon()
        let operatorPeer = PeerIdentity(uid: 4001, gid: 4001, groups: [Self.operatorGroup])
        let stranger = PeerIdentity(uid: 4002, gid: 4002)
        #expect(try record(as: operatorPeer, on: daemon, id: "to-reverse").status == 0)
        let reverse = ["ledger", "reverse", "to-reverse", "--reversal-id", "fix", "--reason", "test"]
        #expect(try peers.aluectl(reverse, as: stranger, daemon: daemon).stderr.contains("permission_denied"))
        #expect(try peers.aluectl(reverse, as: operatorPeer, daemon: daemon).status == 0)
        let refused = try peers.aluectl(["ledger", "backup"], as: operatorPeer, daemon: daemon)
        #expect(refused.status == 1 && refused.stderr.contains("needs the admin role"), "\(refused.stderr)")
        let admin = try peers.aluectl(["ledger", "backup"], as: PeerIdentity(uid: 4003, gid: 4003, groups: [Self.adminGroup]), daemon: daemon)
        #expect(admin.status == 0, "\(admin.stderr)")
        #expect(daemon.log.contains("audit method=ledger.backup uid=4003"))
    }

    @Test func anUnknownGroupNameIsReportedNotFatal() throws {
        let daemon = try daemon()
        #expect(daemon.log.contains("no group '\(Self.unknownGroupName)' on this system"))
        let check = try CommandRunner.run(BuildProducts.alued, ["--config", "\(files.path)/alued.json", "--check"])
        #expect(check.stdout.contains("warning: roles.admin.groups: there is no group '\(Self.unknownGroupName)'"), "\(check.stdout)")
    }

    // MARK: the shipped unit

    /// What the shipped unit's user namespace does to clients, reproduced with unshare: only root
    /// is mapped (PrivateUsers= maps root and the service user), so every other peer arrives as
    /// the overflow uid/gid 65534.
    static let remappingLauncher = ["/usr/bin/unshare", "--user", "--map-root-user"]

    @Test func theShippedUnitLeavesClientsTheirOwnIdentity() throws {
        let unit = try String(contentsOfFile: "\(Repository.root)/config/alued.service", encoding: .utf8)
        let privateUsers = unit.split(separator: "\n").contains {
            ["privateusers=yes", "privateusers=true", "privateusers=1", "privateusers=self", "privateusers=identity"]
                .contains($0.lowercased().replacingOccurrences(of: " ", with: ""))
        }
        let daemon = try daemon(launcher: privateUsers ? Self.remappingLauncher : [])
        let result = try record(as: PeerIdentity(uid: 4001, gid: 4001, groups: [Self.operatorGroup]), on: daemon, id: "unit-1")
        #expect(result.status == 0, "an operator under the shipped unit: \(result.stderr)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare")))
    func aRemappingUserNamespaceHidesClientsAndSaysSo() throws {
        let daemon = try daemon(launcher: Self.remappingLauncher)
        let result = try record(as: PeerIdentity(uid: 4001, gid: 4001, groups: [Self.operatorGroup]), on: daemon, id: "userns-1")
        #expect(result.status == 1)
        #expect(result.stderr.contains("uid=65534 gid=65534"), "\(result.stderr)")
        #expect(result.stderr.contains("overflow uid"), "\(result.stderr)")
    }
}
