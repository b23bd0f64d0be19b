// Bench/BenchDaemon.swift — the alued the benchmark measures: started from the same directory as
// aluectl on a temporary socket and state directory, so startup and memory can be observed.

import AlueWire
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class BenchDaemon {
    let process = Process()
    let directory: String
    let socketPath: String
    /// Milliseconds from launch until the first answer to system.ping.
    private(set) var startupMilliseconds = 0.0

    init(executable: String, config: String?, extraArguments: [String] = [], name: String = "main") throws {
        directory = NSTemporaryDirectory() + "alue-bench-\(getpid())-\(name)"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        socketPath = "\(directory)/alued.sock"
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = (config.map { ["--config", $0] } ?? []) + ["--socket", socketPath, "--state-dir", "\(directory)/state",
                                                                        "--log-level", "warning"] + extraArguments
        process.standardError = FileHandle.nullDevice
        let started = LoadGenerator.now()
        try process.run()
        while true {
            if let client = try? RPCClient(socketPath: socketPath, timeout: 5), (try? client.call("system.ping")) != nil { break }
            guard process.isRunning else { throw BenchError("alued (\(executable)) exited with \(process.terminationStatus) during start-up") }
            guard LoadGenerator.now() - started < 20_000_000_000 else { throw BenchError("alued did not answer within 20 s") }
            usleep(200)
        }
        startupMilliseconds = Double(LoadGenerator.now() - started) / 1e6
    }

    /// Resident memory of the daemon in KiB, from /proc/PID/status.
    var residentKiB: Int {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: directory)
    }
}
