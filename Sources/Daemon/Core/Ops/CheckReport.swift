// Ops/CheckReport.swift — `alued --check` and `alued --check-plugin PATH`: config, data, the
// ledger and the conformance kit on every plugin (each in a child process), reported like `nginx -t`.

import Foundation
import PluginAPI

enum CheckReport {
    /// Checks the configuration and `candidates` (or, with none, every configured plugin); prints
    /// text or JSON; returns true when nothing is wrong.
    static func run(settings: DaemonSettings, candidates: [String], json: Bool) -> Bool {
        var lines = ["alued: config \(settings.configPath): syntax ok"] + settings.warnings.map { "alued: warning: \($0)" }
        var ok = true
        do {
            let directory = try MunicipalityDirectory.load(dataDir: settings.dataDir)
            let statistics = try StatisticsTable.load(dataDir: settings.dataDir, stateDir: settings.stateDir)
            let keys = try KeyLibrary.load(dataDir: settings.dataDir)
            lines.append("alued: data \(settings.dataDir): \(directory.all.count) municipalities, \(statistics.values.count) statistics, \(keys.keys.count) reusable keys")
        } catch {
            lines.append("alued: data \(settings.dataDir): FAILED: \(error)")
            ok = false
        }
        if candidates.isEmpty {  // the whole start-up check; checking a candidate plugin leaves the ledger alone
            let ledger = ledgerLine(stateDir: settings.stateDir)
            lines.append(ledger.line)
            ok = ok && ledger.ok
        }
        let configured = settings.plugins.map(\.path)
        let libraries = candidates.isEmpty ? configured : candidates.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let context = configured.filter { path in !libraries.contains { same($0, path) } }
        var reports = ChildProcessCheck.run(libraries, configPath: settings.configPath, quick: false)
        ConformanceKit.crossCheck(&reports, context: ChildProcessCheck.run(context, configPath: settings.configPath, quick: true))
        ok = ok && reports.allSatisfy(\.passed) && !reports.isEmpty
        if json {
            print("[" + reports.map { $0.json() }.joined(separator: ",") + "]")
        } else {
            lines += reports.map(\.text)
            if libraries.isEmpty { lines.append("alued: warning: no plugins configured") }
            lines.append(ok ? "alued: check passed" : "alued: check FAILED")
            print(lines.joined(separator: "\n"))
        }
        return ok
    }

    /// The child side: runs the kit on `library` in this process and prints the JSON report.
    static func child(_ library: String, settings: DaemonSettings, quick: Bool) -> Int32 {
        do {
            let kit = ConformanceKit(directory: try MunicipalityDirectory.load(dataDir: settings.dataDir), dataDir: settings.dataDir,
                                     statistics: try StatisticsTable.load(dataDir: settings.dataDir),
                                     law: try NationalLaw.load(dataDir: settings.dataDir))
            print(kit.check(path: library, quick: quick).json())
            return 0
        } catch {
            FileHandle.standardError.write(Data("cannot read the data in \(settings.dataDir): \(error)\n".utf8))
            return 2
        }
    }

    /// The ledger as start-up would find it, opened read-only: absent (created at start), or its
    /// schema, entries and quick_check — or why alued would refuse to start on it.
    private static func ledgerLine(stateDir: String) -> (line: String, ok: Bool) {
        do {
            guard let ledger = try LedgerStore.inspect(directory: stateDir) else {
                return ("alued: ledger \(stateDir)/ledger.sqlite: none yet (created at start)", true)
            }
            let migration = ledger.schema < LedgerStore.schemaVersion ? " (migrated to \(LedgerStore.schemaVersion) at start)" : ""
            return ("alued: ledger \(ledger.path): schema \(ledger.schema)\(migration), \(ledger.entries) entries, quick_check ok", true)
        } catch {
            return ("alued: ledger: FAILED: \(error)", false)
        }
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).resolvingSymlinksInPath().path == URL(fileURLWithPath: b).resolvingSymlinksInPath().path
    }
}
