// LifecycleTests.swift — the socket file, stale sockets from crashed runs, a second daemon, SIGTERM.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct LifecycleTests {
    @Test func socketIsCreatedWithMode0660() throws {
        let daemon = try DaemonProcess()
        var info = stat()
        #expect(stat(daemon.socketPath, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o660)
    }

    @Test func aStaleSocketFromACrashedRunIsReplaced() throws {
        let first = try DaemonProcess()
        let socketPath = first.socketPath
        first.stop(signal: SIGKILL)
        #expect(FileManager.default.fileExists(atPath: socketPath))  // left behind by the crash
        let second = try DaemonProcess(socketPath: socketPath)
        #expect(try second.connect().call("system.ping")["pong"] == .bool(true))
        #expect(second.log.contains("removed stale socket"))
    }

    @Test func refusesToStartWhenAnotherAluedAnswers() throws {
        let running = try DaemonProcess()
        let intruder = try DaemonProcess(socketPath: running.socketPath, waitForReady: false)
        intruder.process.waitUntilExit()
        #expect(intruder.process.terminationStatus == 1)
        #expect(intruder.log.contains("another alued is already answering"))
        #expect(try running.connect().call("system.ping")["pong"] == .bool(true))
    }

    @Test func sigtermDrainsAndExitsZeroAndRemovesTheSocket() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        #expect(try connection.call("system.ping")["pong"] == .bool(true))
        #expect(daemon.stop(signal: SIGTERM) == 0)
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
        #expect(daemon.log.contains("alued stopped"))
    }

    @Test func sighupReloadsToTheNextGeneration() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        kill(daemon.pid, SIGHUP)
        try eventually(timeout: 60, "generation 2") { try connection.call("system.status")["generation"] == .number("2") }
    }

    @Test func logLinesCarryTheirTimeAndSyslogPriority() throws {
        let daemon = try DaemonProcess()
        #expect(daemon.log.contains("<5>alued \(AlueVersion.version) ready on"))
        // stderr is a file here, not the journal: every line starts with its ISO 8601 time.
        #expect(daemon.log.split(separator: "\n").allSatisfy { $0.contains(#/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d <\d>/#) },
                "\(daemon.log)")
    }
}
