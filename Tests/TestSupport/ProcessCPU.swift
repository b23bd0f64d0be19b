// ProcessCPU.swift — the CPU time a process has used, from /proc, for the cost checks of the
// security tests (a bound on work done, never a timing of the test itself).

import Foundation

public enum ProcessCPU {
    /// User plus system CPU seconds `pid` has used (all its threads); 0 if unreadable.
    public static func seconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let afterName = stat.range(of: ") ", options: .backwards) else { return 0 }
        // Fields after the command name start at field 3 (state); utime and stime are fields 14 and 15.
        let fields = stat[afterName.upperBound...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
