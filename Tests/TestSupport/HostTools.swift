// HostTools.swift — programs of the host a test runs (make, groff, dpkg-deb, swift, …), found on
// PATH as a shell would; a test that needs a missing one is skipped with
// `.enabled(if: HostTools.path("groff") != nil)` instead of failing on a machine without it.

import Foundation

public enum HostTools {
    /// The first executable `name` on PATH, else the first executable of `fallbacks`.
    public static func path(_ name: String, fallbacks: [String] = []) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return (directories.map { "\($0)/\(name)" } + fallbacks).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// `path(name)`, or a failure naming the missing program (for tests already enabled on it).
    public static func require(_ name: String) throws -> String {
        guard let path = path(name) else { throw DaemonError("\(name) is not installed") }
        return path
    }
}
