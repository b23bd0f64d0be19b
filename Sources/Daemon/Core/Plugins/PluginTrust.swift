// Plugins/PluginTrust.swift — whether a plugin file may be loaded at all, decided before dlopen in
// any process: a plugin runs as alued's user (often root), so nobody else may have been able to
// write it or to swap it or a directory above it (the rule of sshd's StrictModes and of sudo).

#if canImport(Glibc)
import Glibc
#endif

public enum PluginTrust {
    /// The real path to load, after checking the file and every directory above it: each must be
    /// owned by root or by alued's user, and writable by no one else — except by a group that is
    /// root's (gid 0, as sudo allows) or the owner's private group (its only member is the owner, as
    /// sshd's StrictModes allows: a umask of 002 leaves a developer's build tree so), and except a
    /// sticky directory such as /tmp, in which others cannot rename or remove what they do not own.
    /// - Throws: `PluginLoadError.untrusted` naming the file or directory and how to fix it.
    public static func verify(_ path: String, daemonUID: UInt32 = geteuid()) throws(PluginLoadError) -> String {
        // Resolve symlinks first, so the directories checked are the ones the file really sits in,
        // and load that path: a symlink swapped later cannot redirect the load.
        guard let resolved = realpath(path, nil) else { throw .fileNotFound(path) }
        let real = String(cString: resolved)
        free(resolved)
        var prefix = ""
        let components = real.split(separator: "/")
        for (index, component) in components.enumerated() {
            prefix += "/" + component
            if index == components.count - 1 { break }
            if let problem = problem(with: prefix, isDirectory: true, daemonUID: daemonUID) {
                throw .untrusted(path, problem)
            }
        }
        if let problem = problem(with: "/", isDirectory: true, daemonUID: daemonUID) ?? problem(with: real, isDirectory: false, daemonUID: daemonUID) {
            throw .untrusted(path, problem)
        }
        return real
    }

    /// What is wrong with `path`'s owner or mode, as a sentence with the fix; nil when nothing is.
    static func problem(with path: String, isDirectory: Bool, daemonUID: UInt32) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return "\(path) cannot be examined: \(String(cString: strerror(errno)))" }
        let kind = isDirectory ? "directory" : "file"
        guard info.st_uid == 0 || info.st_uid == daemonUID else {
            return "\(kind) \(path) is owned by uid \(info.st_uid), not by root or alued's uid \(daemonUID) (chown root \(path))"
        }
        let sticky = isDirectory && info.st_mode & S_ISVTX != 0
        if info.st_mode & S_IWOTH != 0, !sticky {
            return "\(kind) \(path) is writable by others (chmod o-w \(path))"
        }
        if info.st_mode & S_IWGRP != 0, info.st_gid != 0, !sticky, GroupDatabase.soleMember(ofGroup: info.st_gid) != info.st_uid {
            return "\(kind) \(path) is writable by group \(info.st_gid) (chmod g-w \(path))"
        }
        return nil
    }
}
