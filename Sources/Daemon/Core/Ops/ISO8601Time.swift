// Ops/ISO8601Time.swift — the current time as ISO 8601 with milliseconds, without a DateFormatter
// per call: in UTC for what is stored (the ledger's recordedAt), in local time with its offset for
// what people read (log lines outside the journal).

import Foundation

enum ISO8601Time {
    enum Zone { case utc, local }

    /// `2025-03-01T08:15:30.123Z` (UTC) or `2025-03-01T10:15:30.123+02:00` (local).
    static func now(_ zone: Zone) -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        switch zone {
        case .utc: gmtime_r(&seconds, &parts)
        case .local: localtime_r(&seconds, &parts)
        }
        let time = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                          parts.tm_hour, parts.tm_min, parts.tm_sec, now.tv_nsec / 1_000_000)
        guard zone == .local else { return time + "Z" }
        let minutes = parts.tm_gmtoff / 60
        return time + String(format: "%@%02d:%02d", minutes < 0 ? "-" : "+", abs(minutes) / 60, abs(minutes) % 60)
    }
}
