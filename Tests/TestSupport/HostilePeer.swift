// HostilePeer.swift — `hostile-peer hold` run as another user (setpriv): the attacker of the
// security tests who opens many connections and keeps them.

import Foundation
import Synchronization

/// Connections `hostile-peer` opened to a daemon as another user, held until `stop()`.
public final class HostilePeer {
    public let process = Process()
    public let served: Int
    public let refused: Int
    /// hostile-peer copied where every user may run it (the build directory may be private).
    private let tools = TemporaryDirectory("alue-hostile-peer")

    /// Opens `count` connections to `daemon` as `peer` and waits (at most `timeout` seconds) for the
    /// peer's report of how many were served.
    public init(holding count: Int, on daemon: DaemonProcess, as peer: PeerIdentity = .nobody, timeout: Double = 120) throws {
        try daemon.openSocketToEveryone()
        let binary = "\(tools.path)/hostile-peer"
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tools.path)
        try FileManager.default.copyItem(atPath: "\(BuildProducts.binDirectory)/hostile-peer", toPath: binary)
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: OtherUser.setpriv)
        process.arguments = OtherUser.command(binary, ["hold", daemon.socketPath, String(count)], as: peer)
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
