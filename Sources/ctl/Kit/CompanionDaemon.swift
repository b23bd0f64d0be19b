// CompanionDaemon.swift — the alued that belongs to this aluectl (for `plugin check` and `bench`):
// beside it in a build directory, or in ../sbin once installed (`make install` puts aluectl in
// $(PREFIX)/bin and alued in $(PREFIX)/sbin).

import Foundation

enum CompanionDaemon {
    /// The directory of the running aluectl, symlinks resolved.
    static var aluectlDirectory: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path
    }

    /// The first of `<dir>/alued` and `<dir>/../sbin/alued` that exists (the former if neither does,
    /// so that the error names the build layout).
    static var path: String {
        let candidates = ["\(aluectlDirectory)/alued", "\(aluectlDirectory)/../sbin/alued"]
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
        return URL(fileURLWithPath: found).standardizedFileURL.path
    }
}
