// OtherUser.swift — runs aluectl as a peer with another uid, gid and supplementary groups
// (setpriv), so role tests see what the daemon sees from real staff accounts. CI runs as root,
// which may change its identity; elsewhere these tests are skipped.

import Foundation

/// A client identity: the uid, primary gid and supplementary groups of a process.
public struct PeerIdentity: Sendable, CustomStringConvertible {
    public var uid: UInt32
    public var gid: UInt32
    public var groups: [UInt32]

    public init(uid: UInt32, gid: UInt32, groups: [UInt32] = []) {
        self.uid = uid
        self.gid = gid
        self.groups = groups
    }

    public var description: String { "uid \(uid) gid \(gid) groups [\(groups.map(String.init).joined(separator: ","))]" }
}

public final class OtherUser: Sendable {
    public static let setpriv = "/usr/bin/setpriv"
    /// Changing identity needs root (CAP_SETUID/CAP_SETGID) and setpriv (util-linux).
    public static var available: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv) }

    /// aluectl and the PluginAPI library it links, copied where every user may run them (the build
    /// directory may sit under a home directory others cannot enter).
    private let tools = TemporaryDirectory("alue-peer-tools")

    public init() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tools.path)
        for file in ["aluectl", "libPluginAPI.so"] {
            try FileManager.default.copyItem(atPath: "\(BuildProducts.binDirectory)/\(file)", toPath: "\(tools.path)/\(file)")
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: "\(tools.path)/\(file)")
        }
    }

    /// Runs aluectl against `daemon` as `peer`.
    public func aluectl(_ arguments: [String], as peer: PeerIdentity, daemon: DaemonProcess, stdin: String? = nil) throws -> CommandResult {
        try Self.run("\(tools.path)/aluectl", ["--socket", daemon.socketPath] + arguments, as: peer, stdin: stdin)
    }

    /// setpriv's arguments that run `executable` with `arguments` as `peer`.
    public static func command(_ executable: String, _ arguments: [String], as peer: PeerIdentity) -> [String] {
        let groups = peer.groups.isEmpty ? ["--clear-groups"] : ["--groups", peer.groups.map(String.init).joined(separator: ",")]
        return ["--reuid", String(peer.uid), "--regid", String(peer.gid)] + groups + ["--", executable] + arguments
    }

    /// Runs `executable` as `peer` to completion (it must be reachable by that user).
    public static func run(_ executable: String, _ arguments: [String], as peer: PeerIdentity, stdin: String? = nil) throws -> CommandResult {
        try CommandRunner.run(setpriv, command(executable, arguments, as: peer), stdin: stdin)
    }
}

extension PeerIdentity {
    /// `nobody`/`nogroup` by number, as every Linux distribution reserves them.
    public static let nobody = PeerIdentity(uid: 65534, gid: 65534)

    /// A user with a group of the same number and no other groups.
    public static func user(_ id: UInt32) -> PeerIdentity { PeerIdentity(uid: id, gid: id) }
}

extension DaemonProcess {
    /// Lets every local user reach the socket (the test's own stand-in for the socket unit's group):
    /// the roles, not the file mode, are then what decides.
    public func openSocketToEveryone() throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: socketPath)
    }
}
