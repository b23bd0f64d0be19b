// Daemon.swift — alued's lifecycle in order: resolve settings, build the first generation, open
// the socket, serve, notify systemd; reload on SIGHUP; drain and exit on SIGTERM/SIGINT.

import AlueWire
import Foundation
import PluginAPI
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

public final class Daemon: DaemonServices {
    public let log: Log
    public let stats = RequestStats()
    private let options: DaemonOptions
    private let current: Mutex<RuntimeSnapshot>
    /// `current`'s generation, read without the lock (currentSnapshot(reusing:)).
    private let servingGeneration: Atomic<Int>
    /// Held for the whole of a reload so two reloads (SIGHUP and system.reload) never interleave.
    private let reloadGate = Mutex<Void>(())
    /// When main() started, so startup time counts plugin loading too.
    private let startedAt: DispatchTime
    private let ready = Atomic<Bool>(false)
    private let decisionCounter = Atomic<Int64>(0)
    /// Start time and pid: decision ids stay unique across restarts without any stored state.
    private let decisionRun = DecisionID.Run(String(time(nil), radix: 36) + "-" + String(getpid(), radix: 36))
    private let notifier = SystemdNotifier()
    private let server = Mutex<ConnectionServer?>(nil)
    /// Opened once, then read on every call without a lock (a lock all connections take on every
    /// answer is where 32 connections queued up).
    private let openLedger = AtomicLazyReference<LedgerStore>()
    private let openDecisionLog = AtomicLazyReference<DecisionLog>()

    init(options: DaemonOptions, snapshot: RuntimeSnapshot, log: Log, startedAt: DispatchTime) {
        self.options = options
        self.startedAt = startedAt
        self.current = Mutex(snapshot)
        servingGeneration = Atomic(snapshot.generation)
        self.log = log
    }

    /// Runs alued with `arguments` (without the program name) and returns the exit status.
    public static func main(arguments: [String]) -> Int32 {
        let startedAt = DispatchTime.now()
        let options: DaemonOptions
        do {
            options = try DaemonOptions.parse(arguments)
        } catch {
            FileHandle.standardError.write(Data("alued: \(error)\n\(DaemonOptions.usage)\n".utf8))
            return 2
        }
        if options.showHelp { print(DaemonOptions.usage); return 0 }
        if options.showVersion { print("alued \(AlueVersion.version) (plugin API \(PluginABI.version), protocol \(AlueVersion.protocolVersion))"); return 0 }

        let log = Log(level: options.logLevel ?? .info)
        if options.previewChild { return PreviewChild.run(options: options, log: log) }
        let checking = options.check || !options.checkPlugins.isEmpty || options.conformanceChild != nil
        let settings: DaemonSettings
        do {
            settings = try DaemonSettings.resolve(options: options)
            log.level = settings.logLevel
            if !checking { for warning in settings.warnings { log.warning(warning) } }
        } catch {
            if checking { print("alued: check failed: \(error)") }
            log.error("cannot start: \(error)")
            return 1
        }
        if let library = options.conformanceChild { return CheckReport.child(library, settings: settings, quick: options.quick) }
        if checking { return CheckReport.run(settings: settings, candidates: options.checkPlugins, json: options.json) ? 0 : 1 }
        let snapshot: RuntimeSnapshot
        do {
            snapshot = try RuntimeSnapshot.build(settings: settings, generation: 1, log: log, probeInChild: true)
        } catch {
            log.error("cannot start: \(error)")
            return 1
        }
        return Daemon(options: options, snapshot: snapshot, log: log, startedAt: startedAt).serve()
    }

    /// Opens the socket, serves until SIGTERM/SIGINT, drains, returns the exit status.
    private func serve() -> Int32 {
        let settings = currentSnapshot().settings
        raiseDescriptorLimit(needed: settings.limits.maxConnections + 64)
        do {
            try FileManager.default.createDirectory(atPath: settings.stateDir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o750])
        } catch {
            log.error("cannot start: state directory \(settings.stateDir) cannot be created: \(error.localizedDescription)")
            return 1
        }
        do {
            let store = try LedgerStore(directory: settings.stateDir)
            _ = openLedger.storeIfNil(store)
            let count = try store.count()
            log.info("ledger \(store.path) open (schema \(LedgerStore.schemaVersion), \(count) entries); quick_check ok")
        } catch {
            log.error("cannot start: the ledger in \(settings.stateDir) cannot be opened: \(error)")
            return 1
        }
        reloadGate.withLock { _ in applyDecisionLogSettings(settings) }
        let listener: SocketListener
        do {
            listener = try SocketListener.open(path: settings.socketPath, log: log)
        } catch {
            log.error("cannot start: \(error)")
            return 1
        }
        let connectionServer = ConnectionServer(listener: listener, dispatcher: Dispatcher(daemon: self), daemon: self)
        server.withLock { $0 = connectionServer }
        let stop = DispatchSemaphore(value: 0)
        let signals = SignalHandlers(
            onReload: { [self] in
                notifier.notify("RELOADING=1\nMONOTONIC_USEC=\(SystemdNotifier.monotonicMicroseconds())")
                _ = reload(requestedBy: "SIGHUP")
                notifier.notify("READY=1\nSTATUS=\(statusLine())")
            },
            onStop: { signal in
                self.log.notice("received \(signal); shutting down")
                stop.signal()
            })
        connectionServer.start()
        ready.store(true, ordering: .sequentiallyConsistent)
        let startup = Double(DispatchTime.now().uptimeNanoseconds - startedAt.uptimeNanoseconds) / 1e6
        log.notice("alued \(AlueVersion.version) ready on \(listener.path) in \(String(format: "%.1f", startup)) ms: \(statusLine())")
        notifier.notify("READY=1\nSTATUS=\(statusLine())\nMAINPID=\(getpid())")

        stop.wait()
        notifier.notify("STOPPING=1\nSTATUS=draining connections")
        ready.store(false, ordering: .sequentiallyConsistent)
        let grace = currentSnapshot().settings.limits.shutdownGraceSeconds
        let remaining = connectionServer.stop(grace: grace)
        if remaining > 0 { log.warning("\(remaining) connections still open after \(grace) s; exiting anyway") }
        ledger?.close()
        decisionLog?.close()
        listener.removeSocketFile(log: log)
        withExtendedLifetime(signals) {}
        log.notice("alued stopped")
        return 0
    }

    /// Each connection holds a descriptor: lift the soft limit toward the hard one so that
    /// `limits.maxConnections` is reachable, and say so when it is not.
    private func raiseDescriptorLimit(needed: Int) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return }
        if limit.rlim_cur < rlim_t(needed) {
            limit.rlim_cur = min(limit.rlim_max, rlim_t(needed))
            _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        }
        if limit.rlim_cur < rlim_t(needed) {
            log.warning("open-file limit \(limit.rlim_cur) is below limits.maxConnections + 64 = \(needed); raise LimitNOFILE")
        }
    }

    /// One line for logs and systemd's STATUS=: what this generation serves.
    private func statusLine() -> String {
        let snapshot = currentSnapshot()
        let loaded = snapshot.regions.regions.map(\.declaration.id)
        let failed = snapshot.regions.statuses.filter { $0.state == .failed }.count
        return "generation \(snapshot.generation), serving \(loaded.count) regions (\(loaded.joined(separator: ", ")))"
            + (failed > 0 ? ", \(failed) plugin(s) failed" : "")
    }

    // MARK: DaemonServices

    public var ledger: LedgerStore? { openLedger.load() }

    public var decisionLog: DecisionLog? { openDecisionLog.load() }

    /// Opens the decision log when the settings ask for it (or a file is there to read and prune),
    /// or passes reloaded settings to the open one. A log that cannot be opened is reported and
    /// left out: answering matters more than keeping them. Called holding `reloadGate`.
    private func applyDecisionLogSettings(_ settings: DaemonSettings) {
        if let open = openDecisionLog.load() {
            open.configure(settings.decisionLog)
            return
        }
        do {
            guard let opened = try DecisionLog.open(directory: settings.stateDir, settings: settings.decisionLog, log: log) else { return }
            let open = openDecisionLog.storeIfNil(opened)
            log.info("decision log \(open.path) open (\(open.isRecording ? "recording, kept \(settings.decisionLog.retentionDays) days" : "not recording"))")
        } catch {
            log.error("the decision log in \(settings.stateDir) cannot be opened, answers are not logged: \(error)")
        }
    }

    public func currentSnapshot() -> RuntimeSnapshot {
        current.withLock { $0 }
    }

    public func currentSnapshot(reusing held: RuntimeSnapshot?) -> RuntimeSnapshot {
        if let held, held.generation == servingGeneration.load(ordering: .acquiring) { return held }
        return currentSnapshot()
    }

    /// Makes `next` the serving generation (holding `reloadGate`).
    private func serve(_ next: RuntimeSnapshot) {
        current.withLock { $0 = next }
        servingGeneration.store(next.generation, ordering: .releasing)
    }

    public func statusInfo() -> DaemonStatusInfo {
        DaemonStatusInfo(pid: getpid(),
                         uptimeSeconds: Double(DispatchTime.now().uptimeNanoseconds - startedAt.uptimeNanoseconds) / 1e9,
                         ready: ready.load(ordering: .sequentiallyConsistent),
                         socket: currentSnapshot().settings.socketPath,
                         openConnections: server.withLock { $0?.openConnections ?? 0 })
    }

    public func nextDecisionID() -> DecisionID {
        DecisionID(run: decisionRun, counter: decisionCounter.add(1, ordering: .relaxed).newValue)
    }

    public func importStatistics(_ batches: [ImportedBatch]) throws(RPCError) -> Int {
        try reloadGate.withLock { _ throws(RPCError) -> Int in
            let old = currentSnapshot()
            let store = ImportedStatisticsStore(directory: old.settings.stateDir)
            let next: RuntimeSnapshot
            let merged: [ImportedBatch]
            do {
                merged = try store.merged(with: batches)
                var table = try StatisticsTable.load(dataDir: old.settings.dataDir)
                for batch in merged { batch.apply(to: &table) }
                next = try old.with(statistics: table)
                try store.save(merged)
            } catch {
                let problem = SnapshotError.messages(of: error).joined(separator: "; ")
                throw .internalError(fi: "tuontia ei voitu tallentaa, mikään ei muuttunut: \(problem.fi)",
                                     en: "the import could not be stored, nothing changed: \(problem.en)")
            }
            serve(next)
            log.notice("statistics imported: " + batches.map { "\($0.statistic) \($0.referenceDate) (\($0.values.count) municipalities)" }
                .joined(separator: ", ") + "; generation \(next.generation) now serving")
            return next.generation
        }
    }

    public func previewReload() throws(RPCError) -> JSONValue {
        log.notice("impact preview: loading the candidate config, data and plugins in a child process")
        return try ImpactPreview.run(current: currentSnapshot(), options: options, log: log, today: .today())
    }

    public func reload(requestedBy: String) -> ReloadOutcome {
        reloadGate.withLock { _ in
            let old = currentSnapshot()
            log.notice("reload requested by \(requestedBy)")
            do {
                var settings = try DaemonSettings.resolve(options: options)
                for warning in settings.warnings { log.warning(warning) }
                var messages = settings.warnings.map(SnapshotError.diagnostic)
                if settings.socketPath != old.settings.socketPath {
                    messages.append(LocalizedText(
                        fi: "soketin polun muutos (\(settings.socketPath)) tulee voimaan vasta uudelleenkäynnistyksessä; kuunnellaan edelleen \(old.settings.socketPath)",
                        en: "socket path change to \(settings.socketPath) needs a restart; still listening on \(old.settings.socketPath)"))
                    settings.socketPath = old.settings.socketPath
                }
                let next = try RuntimeSnapshot.build(settings: settings, generation: old.generation + 1, log: log,
                                                     occasion: .reload, probeInChild: true)
                serve(next)
                log.level = settings.logLevel
                applyDecisionLogSettings(settings)
                stats.recordReload(succeeded: true)
                // `Lappi: failed (why)`: the region id, the pinned state and the loader's diagnostic.
                messages += next.regions.statuses.map { status in
                    SnapshotError.diagnostic("\(status.id): \(status.state.rawValue)" + (status.error.map { " (\($0))" } ?? ""))
                }
                log.notice("reloaded: generation \(next.generation) now serving")
                return ReloadOutcome(ok: true, generation: next.generation, messages: messages)
            } catch {
                stats.recordReload(succeeded: false)
                let messages = SnapshotError.messages(of: error)
                log.error("reload failed, generation \(old.generation) stays active: \(messages.map(\.en).joined(separator: "; "))")
                return ReloadOutcome(ok: false, generation: old.generation, messages: messages)
            }
        }
    }
}
