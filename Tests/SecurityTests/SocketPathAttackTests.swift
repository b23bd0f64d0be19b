// SocketPathAttackTests.swift — issue 14 item 6: in a directory others can write to, the socket
// path can be swapped under alued. Nothing alued does by path after bind() may reach another file,
// and on shutdown it removes only the socket that is still its own.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct SocketPathAttackTests {
    /// A world-writable directory (no sticky bit) holding the socket, and a root-only file to aim at.
    struct Setup {
        let directory = TemporaryDirectory("alue-socket-attack")
        var sockets: String { "\(directory.path)/run" }
        var victim: String { "\(directory.path)/secret" }

        init() throws {
            try FileManager.default.createDirectory(atPath: sockets, withIntermediateDirectories: true)
            chmod(sockets, 0o777)
            try "root only\n".write(toFile: victim, atomically: true, encoding: .utf8)
            chmod(victim, 0o600)
        }

        var victimMode: mode_t {
            var info = stat()
            return stat(victim, &info) == 0 ? info.st_mode & 0o7777 : 0
        }
    }

    @Test func aSymlinkSwappedInRightAfterBindIsNotFollowed() throws {
        let setup = try Setup()
        // The shim replaces the fresh socket by a symlink to the victim the moment bind() returns.
        let daemon = try DaemonProcess(socketPath: "\(setup.sockets)/alued.sock",
                                       environment: ["LD_PRELOAD": BuildProducts.plugin("BindRace"), "ALUE_RACE_VICTIM": setup.victim],
                                       waitForReady: false)
        let exited = daemon.waitForExit(timeout: 30)
        print("attack 6 (symlink swapped in after bind): victim mode \(String(setup.victimMode, radix: 8)) (was 600); alued \(exited ? "exited \(daemon.process.terminationStatus)" : "kept running")")
        #expect(setup.victimMode == 0o600)
        #expect(exited && daemon.process.terminationStatus == 1)
        #expect(daemon.log.contains("was replaced right after bind"), "\(daemon.log)")
    }

    @Test func shutdownRemovesOnlyItsOwnSocket() throws {
        let setup = try Setup()
        let socket = "\(setup.sockets)/alued.sock"
        let daemon = try DaemonProcess(socketPath: socket)
        #expect(daemon.log.contains("/run is writable by others without the sticky bit"), "\(daemon.log)")
        // Another user replaces the socket file by one of their own; the daemon must leave it alone.
        try FileManager.default.removeItem(atPath: socket)
        try "someone else's file\n".write(toFile: socket, atomically: false, encoding: .utf8)
        #expect(daemon.stop() == 0)
        let survived = FileManager.default.fileExists(atPath: socket)
        print("attack 6 (socket replaced before shutdown): the replacement \(survived ? "survived" : "was deleted by alued")")
        #expect(survived)
        #expect(daemon.log.contains("is no longer alued's socket; leaving it"), "\(daemon.log)")
    }

    @Test func aStickyDirectoryDrawsNoWarningAndTheSocketIsRemovedOnExit() throws {
        let setup = try Setup()
        chmod(setup.sockets, 0o1777)
        let socket = "\(setup.sockets)/alued.sock"
        let daemon = try DaemonProcess(socketPath: socket)
        var info = stat()
        #expect(lstat(socket, &info) == 0 && info.st_mode & 0o777 == 0o660)
        #expect(!daemon.log.contains("sticky bit"))
        #expect(daemon.stop() == 0)
        #expect(!FileManager.default.fileExists(atPath: socket))
    }
}
