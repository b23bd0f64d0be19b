// PluginDirectoryAttackTests.swift — issue 14 item 1: a library that another user could plant or
// own must never be loaded — not even into the child process that probes plugins — because a
// plugin's code runs as alued's user (often root).

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite(.needsRootToDropPrivileges) struct PluginDirectoryAttackTests {
    /// A directory tree the unprivileged attacker can reach: `staging` holds readable copies of the
    /// named built plugins; `plugins` is the directory the daemon is pointed at.
    struct Tree {
        let root = TemporaryDirectory("alue-plugin-attack")
        var staging: String { "\(root.path)/staging" }
        var plugins: String { "\(root.path)/plugins" }

        init(staged names: [String]) throws {
            chmod(root.path, 0o755)
            for directory in [staging, plugins] {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o755])
            }
            for name in names {
                try FileManager.default.copyItem(atPath: BuildProducts.plugin(name), toPath: "\(staging)/lib\(name).so")
                chmod("\(staging)/lib\(name).so", 0o644)
            }
        }

        /// The plugin states `system.status` reports, by library file name.
        static func states(_ daemon: DaemonProcess) throws -> [String: JSONValue] {
            let plugins = try daemon.connect().call("system.status")["plugins"]?.arrayValue ?? []
            let named = plugins.map { plugin in ((plugin["library"]?.stringValue ?? "") as NSString).lastPathComponent }
            return Dictionary(zip(named, plugins), uniquingKeysWith: { first, _ in first })
        }
    }

    @Test func aLibraryPlantedInAWorldWritablePluginDirectoryNeverRuns() throws {
        let tree = try Tree(staged: ["BrokenPlugin", "Oulu"])
        chmod(tree.plugins, 0o777)
        // Root's own plugin, and one the attacker drops beside it.
        try FileManager.default.copyItem(atPath: "\(tree.staging)/libOulu.so", toPath: "\(tree.plugins)/libOulu.so")
        let planted = try OtherUser.run("/bin/cp", ["\(tree.staging)/libBrokenPlugin.so", "\(tree.plugins)/libPlanted.so"], as: .nobody)
        try #require(planted.status == 0, "the attacker could not write into the directory: \(planted.stderr)")

        let marker = "\(tree.root.path)/planted-code-ran"
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", tree.plugins],
                                       environment: ["ALUE_BROKEN_MODE": "marker", "ALUE_BROKEN_MARKER": marker])
        let states = try Tree.states(daemon)
        let ran = (try? String(contentsOfFile: marker, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
        print("attack 1 (planted plugin): the attacker's code \(ran.map { "ran as \($0)" } ?? "never ran"); libOulu.so \(states["libOulu.so"]?["state"]?.stringValue ?? "?")")
        #expect(ran == nil, "the planted library's code ran inside alued's probe (\(ran ?? ""))")
        for library in ["libPlanted.so", "libOulu.so"] {
            #expect(states[library]?["state"] == .string("failed"), "\(library)")
            #expect(states[library]?["error"]?.stringValue?.contains("/plugins is writable by others") == true,
                    "\(states[library]?.jsonText ?? "")")
        }
        #expect(daemon.log.contains("is writable by others"))

        let check = try CommandRunner.run(BuildProducts.alued, ["--config", Repository.config, "--plugin-dir", tree.plugins, "--check"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("is writable by others"), "\(check.stdout)")
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func aPluginFileOwnedByAnotherUserIsRefused() throws {
        let tree = try Tree(staged: ["Oulu", "TyoHame"])
        for name in ["Oulu", "TyoHame"] {
            try FileManager.default.copyItem(atPath: "\(tree.staging)/lib\(name).so", toPath: "\(tree.plugins)/lib\(name).so")
        }
        chown("\(tree.plugins)/libOulu.so", PeerIdentity.nobody.uid, PeerIdentity.nobody.gid)
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", tree.plugins])
        let states = try Tree.states(daemon)
        print("attack 1 (foreign owner): libOulu.so owned by uid \(PeerIdentity.nobody.uid) is \(states["libOulu.so"]?["state"]?.stringValue ?? "?")")
        #expect(states["libOulu.so"]?["state"] == .string("failed"))
        #expect(states["libOulu.so"]?["error"]?.stringValue?.contains("owned by uid \(PeerIdentity.nobody.uid)") == true,
                "\(states["libOulu.so"]?.jsonText ?? "")")
        #expect(states["libTyoHame.so"]?["state"] == .string("loaded"))
        let connection = try daemon.connect()
        #expect(try connection.error("route", json: #"{"municipality": "Kempele", "service": "palkkatuki"}"#).errorKind == "no_region")
        #expect(try connection.call("municipalities.resolve", json: #"{"municipality": "Forssa"}"#)["region"] == .string("tyohame"))
    }
}
