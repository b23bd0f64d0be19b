// Ops/Log.swift — the daemon's log: one line per event on stderr with a syslog `<N>` priority
// prefix, which journald turns into the entry's priority. journald stamps each entry itself;
// anywhere else (a terminal, a file, another supervisor) a line starts with its ISO 8601 time.

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

/// How a line starts: `<6>…` for journald, `2025-03-01T10:15:30.123+02:00 <6>…` elsewhere.
public enum LogFormat: Equatable, Sendable {
    case journal
    case timestamped

    /// `.journal` when `fd` is the stream systemd connected to the journal: systemd sets
    /// `$JOURNAL_STREAM` to that stream's `device:inode`, and a redirected stderr no longer matches.
    public static func detect(fd: Int32, journalStream: String?) -> LogFormat {
        guard let journalStream else { return .timestamped }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return .timestamped }
        return journalStream == "\(status.st_dev):\(status.st_ino)" ? .journal : .timestamped
    }
}

/// Writes log lines to a descriptor (stderr by default). Thread-safe: each line is one `write(2)`.
public final class Log: Sendable {
    private let threshold: Atomic<Int>
    private let fd: Int32
    public let format: LogFormat

    /// `format` nil: detected from `$JOURNAL_STREAM` and `fd`.
    public init(level: LogLevel = .info, fd: Int32 = 2, format: LogFormat? = nil) {
        self.threshold = Atomic(level.rawValue)
        self.fd = fd
        self.format = format ?? LogFormat.detect(fd: fd, journalStream: getenv("JOURNAL_STREAM").map { String(cString: $0) })
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
        let prefix = format == .journal ? "" : ISO8601Time.now(.local) + " "
        var line = prefix + "<\(level.rawValue)>" + message().replacingNewlines() + "\n"
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
