// Conformance/ChildProcessCheck.swift — runs the conformance kit on a library in a child alued
// (`alued --conformance-child PATH`), so a plugin that traps kills only the child: the parent
// reports the crash instead of dying with it (docs/architecture.md §7, loading step 1).

import Foundation
import Synchronization

public enum ChildProcessCheck {
    /// The reports of `libraries`, checked concurrently, each in its own child process.
    public static func run(_ libraries: [String], configPath: String, quick: Bool) -> [ConformanceReport] {
        let reports = Mutex<[String: ConformanceReport]>([:])
        DispatchQueue.concurrentPerform(iterations: libraries.count) { index in
            let report = run(libraries[index], configPath: configPath, quick: quick)
            reports.withLock { $0[libraries[index]] = report }
        }
        return libraries.map { library in reports.withLock { $0[library]! } }
    }

    static func run(_ library: String, configPath: String, quick: Bool) -> ConformanceReport {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--config", configPath, "--conformance-child", library] + (quick ? ["--quick"] : [])
        var environment = ProcessInfo.processInfo.environment
        // A trapping plugin should end the child at once, not after a symbolicated backtrace.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        environment.removeValue(forKey: "NOTIFY_SOCKET")
        environment.removeValue(forKey: "LISTEN_FDS")
        environment.removeValue(forKey: "LISTEN_PID")
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return ConformanceReport(library: library, checks: [ConformanceCheck("no crash", passed: false, detail: "cannot start the checking process: \(error)")])
        }
        let errorText = Mutex("")
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            errorText.withLock { $0 = text }
            drained.signal()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            return .crashed(library: library, signal: process.terminationStatus, output: errorText.withLock { $0 })
        }
        guard process.terminationStatus == 0, let report = try? JSONDecoder().decode(ConformanceReport.self, from: data) else {
            return ConformanceReport(library: library, checks: [ConformanceCheck(
                "no crash", passed: false,
                detail: "the checking process exited with \(process.terminationStatus): \(errorText.withLock { $0 }.suffix(300))")])
        }
        return report
    }
}
