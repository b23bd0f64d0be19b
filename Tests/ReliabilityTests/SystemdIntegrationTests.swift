// SystemdIntegrationTests.swift — the systemd protocols without systemd as PID 1: sd_notify to a
// fake NOTIFY_SOCKET (path and abstract), socket activation through systemd-socket-activate, and
// the unit files through systemd-analyze.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct SystemdIntegrationTests {
    @Test(arguments: [false, true])
    func notifiesReadyReloadingAndStopping(abstract: Bool) throws {
        let directory = TemporaryDirectory("alue-notify")
        let listener = try NotifyListener(directory: directory.path, abstract: abstract)
        let daemon = try DaemonProcess(environment: ["NOTIFY_SOCKET": listener.address])
        let ready = try #require(listener.waitFor("READY=1"))
        #expect(ready.contains("STATUS=generation 1, serving 3 regions"))
        kill(daemon.pid, SIGHUP)
        let reloading = try #require(listener.waitFor("RELOADING=1"))
        #expect(reloading.contains("MONOTONIC_USEC="))
        #expect(listener.waitFor("READY=1")?.contains("generation 2") == true)
        kill(daemon.pid, SIGTERM)
        #expect(listener.waitFor("STOPPING=1") != nil)
        daemon.process.waitUntilExit()
        #expect(daemon.process.terminationStatus == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-socket-activate")))
    func adoptsTheSocketSystemdPasses() throws {
        let directory = TemporaryDirectory("alue-activate")
        let socketPath = "\(directory.path)/activated.sock"
        let log = "\(directory.path)/alued.log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let activator = Process()
        activator.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-socket-activate")
        activator.arguments = ["-l", socketPath, BuildProducts.alued, "--config", Repository.config,
                               "--socket", "\(directory.path)/unused.sock", "--state-dir", "\(directory.path)/state"]
        activator.standardError = FileHandle(forWritingAtPath: log)
        try activator.run()
        defer { activator.terminate(); activator.waitUntilExit() }
        try eventually(timeout: 30, "systemd-socket-activate listening") { FileManager.default.fileExists(atPath: socketPath) }
        // The first connection makes systemd-socket-activate start alued with the listening socket.
        let connection = try RPCConnection(path: socketPath)
        #expect(try connection.call("system.ping")["pong"] == .bool(true))
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(text.contains("using the listening socket passed by systemd"))
        #expect(!FileManager.default.fileExists(atPath: "\(directory.path)/unused.sock"))
    }

    /// The shipped units in a temporary directory, ExecStart pointing at this build's alued
    /// (verify checks that it exists).
    private func unitCopies() throws -> TemporaryDirectory {
        let units = TemporaryDirectory("alue-units")
        for file in ["alued.service", "alued.socket"] {
            let text = try String(contentsOfFile: "\(Repository.root)/config/\(file)", encoding: .utf8)
                // verify checks that ExecStart exists: point it at this build's alued.
                .replacingOccurrences(of: "/usr/sbin/alued", with: BuildProducts.alued)
            try text.write(toFile: "\(units.path)/\(file)", atomically: true, encoding: .utf8)
        }
        return units
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze")))
    func unitFilesVerify() throws {
        let units = try unitCopies()
        // verify also runs `man` on each Documentation= page: offer it the pages of docs/man.
        let man = TemporaryDirectory("alue-man")
        for page in ["aluectl.1", "alued.8", "alued.json.5"] {
            let section = "\(man.path)/man\(page.split(separator: ".").last!)"
            try FileManager.default.createDirectory(atPath: section, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: "\(Repository.root)/docs/man/\(page)", toPath: "\(section)/\(page)")
        }
        let result = try CommandRunner.run("/usr/bin/systemd-analyze", ["verify", "\(units.path)/alued.service", "\(units.path)/alued.socket"],
                                           environment: ["MANPATH": man.path])
        let problems = (result.stdout + result.stderr).split(separator: "\n")
            .filter { !$0.contains("Failed to parse service type, ignoring: notify-reload") }
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Hardened as far as it goes while clients keep their real uids and groups (no PrivateUsers=,
    /// see PeerRoleTests): `systemd-analyze security` must score at most 1.0.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze")))
    func unitExposureIsAtMostOne() throws {
        let units = try unitCopies()
        let result = try CommandRunner.run("/usr/bin/systemd-analyze", ["security", "--offline=yes", "\(units.path)/alued.service"])
        let line = try #require(result.stdout.split(separator: "\n").first { $0.contains("Overall exposure level") },
                                "\(result.stdout)\(result.stderr)")
        let score = try #require(line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }, "\(line)")
        print("systemd-analyze security alued.service: \(score)")
        #expect(score <= 1.0, "\(line)")
    }
}
