// ProcessMemory.swift — a process's resident memory from /proc, for the memory checks of the tests.

import Foundation

public enum ProcessMemory {
    /// `VmRSS` (current) or `VmHWM` (peak) of `pid` in KiB; 0 if unreadable.
    public static func kibibytes(_ pid: Int32, field: String = "VmRSS") -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("\(field):") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}
