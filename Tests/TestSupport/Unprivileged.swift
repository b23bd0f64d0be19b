// Unprivileged.swift — the attacker's side of the security tests: commands run as an unprivileged
// uid through setpriv(1), which needs root (CI runs the suite as root).

import Foundation
import Synchronization

public enum Unprivileged {
    /// `nobody`/`nogroup` by number, which every Linux distribution reserves the same way.
    public static let uid: UInt32 = 65534
    public static let gid: UInt32 = 65534

    /// Whether this process may drop privileges to another uid (only root may).
    public static let available = getuid() == 0 && FileManager.default.isExecutableFile(atPath: setpriv)

    static let setpriv = "/usr/bin/setpriv"

    /// The setpriv arguments that run `executable` as `uid` with no supplementary groups.
    public static func command(_ executable: String, _ arguments: [String], uid: UInt32 = uid) -> [String] {
        ["--reuid=\(uid)", "--regid=\(uid == Self.uid ? gid : uid)", "--clear-groups", executable] + arguments
    }

    /// Runs `executable` as `uid` to completion.
    public static func run(_ executable: String, _ arguments: [String], uid: UInt32 = uid) throws -> CommandResult {
        try CommandRunner.run(setpriv, command(executable, arguments, uid: uid))
    }

    /// Copies the built `names` (aluectl, hostile-peer, …) into `directory`/bin, readable and
    /// executable by everyone, since the build directory may sit in a private directory. Makes
    /// `directory` itself traversable. Returns the bin directory.
    public static func binaries(_ names: [String], in directory: String) throws -> String {
        let bin = "\(directory)/bin"
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        for name in names where !FileManager.default.fileExists(atPath: "\(bin)/\(name)") {
            try FileManager.default.copyItem(atPath: "\(BuildProducts.binDirectory)/\(name)", toPath: "\(bin)/\(name)")
        }
        chmod(directory, 0o755)
        chmod(bin, 0o755)
        return bin
    }

    /// Lets every local user reach the daemon's socket (the attacker must be able to connect).
    public static func openSocket(of daemon: DaemonProcess) {
        chmod(daemon.directory.path, 0o755)
        chmod(daemon.socketPath, 0o666)
    }
}

/// `hostile-peer hold` running as an unprivileged uid: connections it opened and holds until stopped.
public final class HostilePeer {
    public let process = Process()
    public let served: Int
    public let refused: Int

    /// Opens `count` connections to `daemon` as `uid` and waits (at most `timeout` seconds) for the
    /// peer's report of how many were served.
    public init(holding count: Int, on daemon: DaemonProcess, uid: UInt32 = Unprivileged.uid, timeout: Double = 120) throws {
        Unprivileged.openSocket(of: daemon)
        let bin = try Unprivileged.binaries(["hostile-peer"], in: daemon.directory.path)
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: Unprivileged.setpriv)
        process.arguments = Unprivileged.command("\(bin)/hostile-peer", ["hold", daemon.socketPath, String(count)], uid: uid)
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        try process.run()
        let report = Mutex<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread {
            var line = Data()
            while let byte = try? output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) {
                line.append(byte)
            }
            report.withLock { $0 = String(decoding: line, as: UTF8.self) }
            done.signal()
        }.start()
        guard done.wait(timeout: .now() + timeout) == .success,
              let words = report.withLock({ $0 })?.split(separator: " "), words.count == 4,
              let served = Int(words[1]), let refused = Int(words[3]) else {
            kill(process.processIdentifier, SIGKILL)
            throw DaemonError("hostile-peer gave no report within \(timeout) s")
        }
        self.served = served
        self.refused = refused
    }

    /// Ends the peer and its connections. SIGKILL, because a process spawned from a test thread
    /// inherits that thread's signal mask, in which SIGTERM is blocked; setpriv has exec'd the peer,
    /// so the pid is the peer's.
    public func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { stop() }
    }
}
