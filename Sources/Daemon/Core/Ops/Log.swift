// Ops/Log.swift — the daemon's log: one line per event on stderr with a syslog `<N>` priority
// prefix, which journald turns into the entry's priority.

import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// syslog priorities (RFC 5424), as journald reads them from a `<N>` line prefix.
public enum LogLevel: Int, Comparable, Sendable, CaseIterable, CustomStringConvertible {
    case emergency = 0, alert, critical, error, warning, notice, info, debug

    /// Accepts the syslog names (`err`, `warning`, `info`, …) and their long forms.
    public init?(name: String) {
        switch name.lowercased() {
        case "emerg", "emergency": self = .emergency
        case "alert": self = .alert
        case "crit", "critical": self = .critical
        case "err", "error": self = .error
        case "warn", "warning": self = .warning
        case "notice": self = .notice
        case "info": self = .info
        case "debug": self = .debug
        default: return nil
        }
    }

    public var description: String {
        ["emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"][rawValue]
    }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Writes log lines to a descriptor (stderr by default). Thread-safe: each line is one `write(2)`.
public final class Log: Sendable {
    private let threshold: Atomic<Int>
    private let fd: Int32

    public init(level: LogLevel = .info, fd: Int32 = 2) {
        self.threshold = Atomic(level.rawValue)
        self.fd = fd
    }

    public var level: LogLevel {
        get { LogLevel(rawValue: threshold.load(ordering: .relaxed)) ?? .info }
        set { threshold.store(newValue.rawValue, ordering: .relaxed) }
    }

    public func isEnabled(_ level: LogLevel) -> Bool {
        level.rawValue <= threshold.load(ordering: .relaxed)
    }

    /// Logs `message` at `level`; newlines inside the message are escaped so one event stays one line.
    public func log(_ level: LogLevel, _ message: @autoclosure () -> String) {
        guard isEnabled(level) else { return }
        var line = "<\(level.rawValue)>" + message().replacingNewlines() + "\n"
        line.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { if errno == EINTR { continue } else { return } }
                offset += written
            }
        }
    }

    public func error(_ message: @autoclosure () -> String) { log(.error, message()) }
    public func warning(_ message: @autoclosure () -> String) { log(.warning, message()) }
    public func notice(_ message: @autoclosure () -> String) { log(.notice, message()) }
    public func info(_ message: @autoclosure () -> String) { log(.info, message()) }
    public func debug(_ message: @autoclosure () -> String) { log(.debug, message()) }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        guard contains(where: { $0 == "\n" || $0 == "\r" }) else { return self }
        return self.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
            .joined(separator: "\\n")
    }
}
