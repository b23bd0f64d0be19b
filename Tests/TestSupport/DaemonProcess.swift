// DaemonProcess.swift — the real alued binary on a temporary socket and state directory, as
// integration tests use it, with its log captured.

import AlueWire
import Foundation

public final class DaemonProcess: Sendable {
    public let directory = TemporaryDirectory("alued")
    public let socketPath: String
    public let process = Process()
    private let logPath: String

    /// Starts alued (`executable`: this build's, or an installed one) with `--socket` and
    /// `--state-dir` in a fresh temp directory plus `arguments` (default config: the repository's),
    /// and waits until it answers `system.ping`. `launcher` (e.g. `["/usr/bin/unshare", "--user",
    /// "--map-root-user"]`) runs alued through another program.
    public init(arguments: [String] = [], config: String? = Repository.config, socketPath: String? = nil,
                environment: [String: String] = [:], launcher: [String] = [], waitForReady: Bool = true,
                executable: String = BuildProducts.alued) throws {
        self.socketPath = socketPath ?? "\(directory.path)/alued.sock"
        logPath = "\(directory.path)/alued.log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let command = launcher + [executable] + (config.map { ["--config", $0] } ?? [])
            + ["--socket", self.socketPath, "--state-dir", "\(directory.path)/state"] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NOTIFY_SOCKET")
        env.merge(environment) { $1 }
        process.environment = env
        process.standardError = FileHandle(forWritingAtPath: logPath)
        process.standardOutput = FileHandle(forWritingAtPath: logPath)
        try process.run()
        if waitForReady { try waitUntilReady() }
    }

    /// Polls the socket until the daemon answers ping (a generous bound for a loaded CI machine).
    public func waitUntilReady(timeout: Double = 60) throws {
        do {
            try eventually(timeout: timeout, pollEvery: 0.02, "alued answering ping") {
                if !process.isRunning { throw DaemonError("alued exited with \(process.terminationStatus) before it was ready:\n\(log)") }
                let connection = try? RPCConnection(path: socketPath)
                return (try? connection?.call("system.ping"))?["pong"] == .bool(true)
            }
        } catch let timeout as EventuallyTimedOut {
            throw DaemonError("\(timeout):\n\(log)")
        }
    }

    /// Waits up to `timeout` seconds for alued to exit on its own; true when it did.
    public func waitForExit(timeout: Double = 60) -> Bool {
        guard (try? eventually(timeout: timeout, pollEvery: 0.02, "alued exiting") { !process.isRunning }) != nil else { return false }
        process.waitUntilExit()
        return true
    }

    public var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    public var pid: Int32 { process.processIdentifier }

    public func connect() throws -> RPCConnection { try RPCConnection(path: socketPath) }

    /// Sends `signal` and, for SIGTERM/SIGINT/SIGKILL, waits for the exit; returns the exit status.
    @discardableResult
    public func stop(signal: Int32 = SIGTERM) -> Int32 {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

public struct DaemonError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
