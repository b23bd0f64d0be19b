// Ops/CheckReport.swift — what `alued --check` prints, in the manner of `nginx -t`.

import PluginAPI

enum CheckReport {
    /// Prints the report for `snapshot` to stdout; returns true when nothing is wrong.
    static func print(_ snapshot: RuntimeSnapshot) -> Bool {
        let settings = snapshot.settings
        Swift.print("alued: config \(settings.configPath): syntax ok")
        Swift.print("alued: data \(settings.dataDir): \(snapshot.directory.all.count) municipalities, \(snapshot.statistics.values.count) statistics")
        var ok = true
        for status in snapshot.regions.statuses {
            switch status.state {
            case .loaded:
                let members = snapshot.regions.region(id: status.id)?.declaration.members.count ?? 0
                Swift.print("alued: plugin \(status.id) \(status.version ?? "?") loaded from \(status.library): \(members) municipalities")
            case .failed, .disabled:
                ok = false
                Swift.print("alued: plugin \(status.id) FAILED (\(status.library)): \(status.error ?? "unknown error")")
            }
        }
        if settings.plugins.isEmpty {
            Swift.print("alued: warning: no plugins configured")
        }
        Swift.print(ok ? "alued: configuration check passed" : "alued: configuration check FAILED")
        return ok
    }
}
