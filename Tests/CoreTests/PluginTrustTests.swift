// PluginTrustTests.swift — which plugin files alued agrees to load: owned by root or alued's user,
// in directories no one else can write (sticky ones such as /tmp and root's group excepted).

import AlueCore
import Foundation
import TestSupport
import Testing

@Suite struct PluginTrustTests {
    let root = TemporaryDirectory("alue-trust")
    var plugins: String { "\(root.path)/plugins" }
    var library: String { "\(plugins)/libX.so" }

    init() throws {
        try FileManager.default.createDirectory(atPath: plugins, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        #expect(FileManager.default.createFile(atPath: library, contents: Data("not loaded by these tests".utf8), attributes: [.posixPermissions: 0o644]))
    }

    func problem(_ path: String? = nil) -> String? {
        do {
            _ = try PluginTrust.verify(path ?? library)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aFileOnlyRootOrAluedCanChangeIsLoadedByItsRealPath() throws {
        #expect(problem() == nil)
        try FileManager.default.createSymbolicLink(atPath: "\(root.path)/link.so", withDestinationPath: library)
        #expect(try PluginTrust.verify("\(root.path)/link.so") == URL(fileURLWithPath: library).resolvingSymlinksInPath().path)
    }

    @Test func aDirectoryOthersCanWriteIsRefusedUnlessSticky() {
        chmod(plugins, 0o777)
        #expect(problem()?.contains("/plugins is writable by others (chmod o-w") == true, "\(problem() ?? "")")
        chmod(plugins, 0o1777)
        #expect(problem() == nil)
    }

    @Test func aFileOthersCanWriteIsRefused() {
        chmod(library, 0o646)
        #expect(problem()?.contains("file \(URL(fileURLWithPath: library).resolvingSymlinksInPath().path) is writable by others") == true,
                "\(problem() ?? "")")
    }

    @Test func aSymlinkDoesNotLaunderAnUnsafeDirectory() throws {
        chmod(plugins, 0o777)
        let safe = "\(root.path)/safe"
        try FileManager.default.createDirectory(atPath: safe, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        try FileManager.default.createSymbolicLink(atPath: "\(safe)/libX.so", withDestinationPath: library)
        #expect(problem("\(safe)/libX.so")?.contains("writable by others") == true)
    }

    @Test func aMissingFileIsNotFound() {
        #expect(problem("\(plugins)/libMissing.so")?.contains("no such file") == true)
    }

    @Test(.enabled(if: getuid() == 0, "needs root to give files to other users")) func anotherOwnerOrGroupIsRefused() {
        chown(library, 65534, 65534)
        #expect(problem()?.contains("is owned by uid 65534, not by root or alued's uid 0") == true, "\(problem() ?? "")")
        chown(library, 0, 0)
        chmod(plugins, 0o775)
        #expect(problem() == nil)  // group root may write, as sudo allows
        chown(plugins, 0, 65534)
        #expect(problem()?.contains("/plugins is writable by group 65534") == true, "\(problem() ?? "")")
    }

    /// A system user whose primary group is its own private group (Debian's `daemon`, `bin`, …).
    static let userWithPrivateGroup: UInt32? = (1...10).first { uid in GroupDatabase.soleMember(ofGroup: uid) == uid }

    @Test(.enabled(if: getuid() == 0 && userWithPrivateGroup != nil, "needs root and a user with a private group"))
    func theOwnersPrivateGroupMayWrite() throws {
        let owner = try #require(Self.userWithPrivateGroup)
        for path in [plugins, library] { chown(path, owner, owner) }
        chmod(plugins, 0o775)
        chmod(library, 0o664)
        #expect((try? PluginTrust.verify(library, daemonUID: owner)) != nil)  // a umask of 002, as on a developer's machine
        chown(plugins, owner, 65534)
        #expect(throws: PluginLoadError.self) { try PluginTrust.verify(library, daemonUID: owner) }  // nogroup is not its group
    }
}
