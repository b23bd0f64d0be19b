// Conformance/ConformanceReport.swift — the result of checking one plugin library: each check by
// name, whether it passed, and what exactly is wrong.

import Foundation
import PluginAPI

public struct ConformanceCheck: Codable, Sendable, Equatable {
    public var name: String
    public var passed: Bool
    /// What was checked, or the problems found (the first few, with a count).
    public var detail: String

    public init(_ name: String, passed: Bool, detail: String) {
        self.name = name
        self.passed = passed
        self.detail = detail
    }
}

public struct ConformanceReport: Codable, Sendable {
    public var library: String
    public var id: String?
    public var version: String?
    public var apiVersion: Int32?
    /// The declared members, for the checks across plugins.
    public var members: [MunicipalityRef]?
    public var checks: [ConformanceCheck]

    public init(library: String, id: String? = nil, version: String? = nil, apiVersion: Int32? = nil, checks: [ConformanceCheck] = []) {
        self.library = library
        self.id = id
        self.version = version
        self.apiVersion = apiVersion
        self.checks = checks
    }

    public var passed: Bool { !checks.isEmpty && checks.allSatisfy(\.passed) }

    /// The report of a candidate that crashed the checking process.
    public static func crashed(library: String, signal: Int32, output: String) -> ConformanceReport {
        // The runtime's "Fatal error: …" line says why; a stack trace after it says little to a plugin author.
        let lines = output.split(separator: "\n")
        let reason = lines.first { $0.contains("Fatal error") } ?? lines.first.map { $0 } ?? ""
        return ConformanceReport(library: library, checks: [ConformanceCheck(
            "no crash", passed: false,
            detail: "the checking process died of signal \(signal) (\(signalName(signal)))" + (reason.isEmpty ? "" : ": \(reason)"))])
    }

    /// `ok`/`FAIL` lines, as `alued --check` and `aluectl plugin check` print them.
    public var text: String {
        let title = [id, version].compactMap { $0 }.joined(separator: " ")
        var lines = ["\(library)" + (title.isEmpty ? "" : " (\(title)\(apiVersion.map { ", API \($0)" } ?? ""))")]
        for check in checks {
            lines.append("  \(check.passed ? "ok  " : "FAIL") \(check.name)" + (check.passed && check.detail.isEmpty ? "" : ": \(check.detail)"))
        }
        let failed = checks.filter { !$0.passed }.count
        lines.append(failed == 0 ? "  passed: all \(checks.count) checks" : "  FAILED: \(failed) of \(checks.count) checks")
        return lines.joined(separator: "\n")
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    static func signalName(_ signal: Int32) -> String {
        [4: "SIGILL, a Swift trap", 5: "SIGTRAP, a Swift trap", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 11: "SIGSEGV"][signal] ?? "signal \(signal)"
    }
}
