// DecisionLog/DecisionLog.swift — "what did we answer, and why, on that day?": every answered
// decision is queued here on the request's path (a few hundred nanoseconds, never a disk wait) and
// written by one background thread in group commits. The queue is bounded: when the disk cannot
// keep up, new decisions are counted as dropped (system.stats, the log) and the answer goes out
// anyway. Old decisions are deleted in the background after `retentionDays`.

import AlueWire
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// One answered decision waiting for the writer.
struct DecisionRecord: Sendable {
    var reply: DecisionReply
    var id: DecisionID
    var atMilliseconds: Int64
    var uid: UInt32?
    var method: String
    /// The request's params as JSON, written on the request's thread: the parsed request is freed
    /// where it was made, and the writer only copies bytes.
    var params: [UInt8]?
    /// The generation that answered (its snapshot is in `DecisionLog.generations`).
    var generation: Int
}

public final class DecisionLog: Sendable {
    public let path: String
    private let log: Log
    private let settings: Mutex<DecisionLogSettings>
    /// `settings.enabled` and `.queueCapacity`, read on every answer without a lock.
    private let recording: Atomic<Bool>
    private let capacity: Atomic<Int>
    /// The generations decisions were answered on, for the writer to take their plugins' digests;
    /// registered once per generation, so a decision carries only its number.
    private let generations = Mutex<[Int: RuntimeSnapshot]>([:])
    private let lastGeneration = Atomic<Int>(-1)
    /// Generations kept for the writer after a newer one appears (requests still finishing on them).
    static let generationsKept = 8
    /// Decisions waiting for the writer.
    private let pending = HotMutex<[DecisionRecord]>([])
    private let wake = DispatchSemaphore(value: 0)
    /// True while the writer waits for work: only then does an answer pay for waking it.
    private let writerIdle = Atomic<Bool>(false)
    private let stopping = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)
    /// The writer's connection; only the writer thread uses it while it runs.
    private let writerStore: Mutex<DecisionLogStore>
    /// A second connection for decisions.get/list: in WAL mode reads never wait for the writer.
    private let readerStore: Mutex<DecisionLogStore>
    private let recordedCount = Atomic<UInt64>(0)
    private let droppedCount = Atomic<UInt64>(0)
    private let failedGroups = Atomic<UInt64>(0)

    /// Groups are at most this large, so one transaction never holds the file for long.
    static let maximumGroup = 4096
    /// After a group the writer lets the next one gather for this long: fewer, larger commits and
    /// hardly a wake-up per answer under load; a crash loses at most this much more.
    static let gatherSeconds = 0.01
    /// How often old decisions are pruned.
    static let pruneInterval: Int64 = 3_600_000
    /// Template rows the writer remembers by serial before it starts over (looking them up again).
    static let templatesRemembered = 4096
    /// Groups deleted per transaction while pruning.
    static let pruneChunk = 100

    /// Opens the log in `directory` (creating it when `settings.enabled`) and starts its writer; nil
    /// when the log is off and no file exists (there is nothing to read or prune).
    public static func open(directory: String, settings: DecisionLogSettings, log: Log) throws -> DecisionLog? {
        guard let writer = try DecisionLogStore(directory: directory, create: settings.enabled),
              let reader = try DecisionLogStore(directory: directory, create: false) else { return nil }
        return DecisionLog(writer: writer, reader: reader, settings: settings, log: log)
    }

    private init(writer: sending DecisionLogStore, reader: sending DecisionLogStore, settings: DecisionLogSettings, log: Log) {
        path = writer.path
        self.log = log
        self.settings = Mutex(settings)
        recording = Atomic(settings.enabled)
        capacity = Atomic(settings.queueCapacity)
        writerStore = Mutex(writer)
        readerStore = Mutex(reader)
        let thread = Thread { [self] in
            writeUntilStopped()
            finished.signal()
        }
        thread.name = "alued-decisions"
        thread.start()
    }

    /// Applies reloaded settings: switching recording on or off, retention, queue size.
    public func configure(_ newSettings: DecisionLogSettings) {
        settings.withLock { $0 = newSettings }
        recording.store(newSettings.enabled, ordering: .relaxed)
        capacity.store(newSettings.queueCapacity, ordering: .relaxed)
    }

    public var isRecording: Bool { recording.load(ordering: .relaxed) }

    /// Queues an answered decision and returns the id to answer with, taken from `newID` in queue
    /// order (so each run's ids rise through the file). Never blocks on the disk and never fails:
    /// with the queue full the decision is counted as dropped. `params` is the request's params as
    /// JSON text, asked for only when the decision is filed.
    func record(_ reply: DecisionReply, method: String, params: () -> [UInt8]?, peer: PeerCredentials?, snapshot: RuntimeSnapshot,
                newID: () -> DecisionID) -> DecisionID {
        guard recording.load(ordering: .relaxed) else { return newID() }
        let limit = capacity.load(ordering: .relaxed)
        let at = Self.nowMilliseconds()
        if lastGeneration.load(ordering: .relaxed) != snapshot.generation { register(snapshot) }
        let paramsJSON = params()
        let (id, queued, wasEmpty) = pending.withLock { records -> (DecisionID, Bool, Bool) in
            let id = newID()
            guard records.count < limit else { return (id, false, false) }
            records.append(DecisionRecord(reply: reply, id: id, atMilliseconds: at, uid: peer?.uid, method: method, params: paramsJSON,
                                          generation: snapshot.generation))
            return (id, true, records.count == 1)
        }
        if !queued {
            droppedCount.add(1, ordering: .relaxed)
        } else if wasEmpty, writerIdle.exchange(false, ordering: .sequentiallyConsistent) {
            wake.signal()
        }
        return id
    }

    private func register(_ snapshot: RuntimeSnapshot) {
        generations.withLock { known in
            known[snapshot.generation] = snapshot
            let newest = known.keys.max() ?? snapshot.generation
            known = known.filter { $0.key > newest - Self.generationsKept }
        }
        lastGeneration.store(snapshot.generation, ordering: .relaxed)
    }

    public struct Counters: Sendable {
        public var recorded: UInt64
        public var dropped: UInt64
        public var queued: Int
        public var failedWrites: UInt64
    }

    public var counters: Counters {
        Counters(recorded: recordedCount.load(ordering: .relaxed), dropped: droppedCount.load(ordering: .relaxed),
                 queued: pending.withLock { $0.count }, failedWrites: failedGroups.load(ordering: .relaxed))
    }

    /// Writes what is queued, stops the writer (bounded by `timeout` seconds) and closes the file.
    public func close(timeout: Double = 10) {
        stopping.store(true, ordering: .sequentiallyConsistent)
        wake.signal()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            log.warning("decision log: the writer did not finish within \(timeout) s; \(counters.queued) queued decisions are lost")
            return
        }
        writerStore.withLock { $0.checkpoint() }
    }

    // MARK: reading

    func decision(id: String) throws -> StoredDecision? {
        try readerStore.withLock { try $0.decision(id: id) }
    }

    func position(of id: String) throws -> DecisionPosition? {
        try readerStore.withLock { try $0.position(of: id) }
    }

    func list(_ filter: DecisionFilter, after: DecisionPosition?, limit: Int) throws -> [DecisionLine] {
        try readerStore.withLock { try $0.list(filter, after: after, limit: limit) }
    }

    // MARK: the writer

    /// What the writer remembers between groups: rows of templates and plugin lists already stored.
    private struct WriterMemory {
        var templates: [UInt64: (row: Int64, day: Int64)] = [:]
        var pluginSets: [Int: (row: Int64, day: Int64)] = [:]
        var libraries: [FileIdentity: String] = [:]
        var nextPrune: Int64 = 0
        var droppedReported: UInt64 = 0
    }

    private func writeUntilStopped() {
        var memory = WriterMemory()
        var spare: [DecisionRecord] = []
        while true {
            writerIdle.store(true, ordering: .sequentiallyConsistent)
            if pending.withLock({ $0.isEmpty }) && !stopping.load(ordering: .sequentiallyConsistent) {
                _ = wake.wait(timeout: .now() + 60)
            }
            writerIdle.store(false, ordering: .sequentiallyConsistent)
            let stop = stopping.load(ordering: .sequentiallyConsistent)
            var wrote = false
            while true {
                // The queue and this group trade buffers, so neither allocates while the load is steady.
                var group: [DecisionRecord] = []
                swap(&group, &spare)
                pending.withLock { records in
                    if records.count > Self.maximumGroup {
                        group.append(contentsOf: records.prefix(Self.maximumGroup))
                        records.removeFirst(Self.maximumGroup)
                    } else {
                        swap(&records, &group)
                    }
                }
                if group.isEmpty { break }
                write(group, memory: &memory, giveUp: stop)
                wrote = true
                group.removeAll(keepingCapacity: true)
                // A buffer grown by a burst (a slow disk) goes back to the allocator.
                if group.capacity <= 2 * Self.maximumGroup { spare = group }
            }
            reportDrops(&memory)
            if stop { return }
            prune(&memory)
            if wrote { Thread.sleep(forTimeInterval: Self.gatherSeconds) }
        }
    }

    /// Commits `group` in one transaction, retrying with a growing pause while the file is busy or
    /// failing (the queue fills meanwhile and further decisions are dropped and counted).
    private func write(_ group: [DecisionRecord], memory: inout WriterMemory, giveUp: Bool) {
        var pause = 0.1
        while true {
            var attempt = memory
            do {
                try writerStore.withLock { store in
                    try store.transaction { try insert(group, into: store, memory: &attempt) }
                }
                memory = attempt
                recordedCount.add(UInt64(group.count), ordering: .relaxed)
                return
            } catch {
                failedGroups.add(1, ordering: .relaxed)
                if giveUp || stopping.load(ordering: .sequentiallyConsistent) {
                    log.error("decision log: \(group.count) decisions could not be written and are lost: \(error)")
                    droppedCount.add(UInt64(group.count), ordering: .relaxed)
                    return
                }
                log.warning("decision log: writing \(group.count) decisions failed (\(error)); retrying in \(pause) s")
                Thread.sleep(forTimeInterval: pause)
                pause = min(pause * 2, 5)
            }
        }
    }

    private func insert(_ records: [DecisionRecord], into store: DecisionLogStore, memory: inout WriterMemory) throws {
        var group = DecisionLogStore.Group(run: "")
        for record in records {
            let counter = record.id.counter
            if record.id.run.name != group.run {
                try store.insert(group)
                group = DecisionLogStore.Group(run: record.id.run.name)
            }
            let day = record.atMilliseconds / DecisionLogStore.millisecondsPerDay
            let reply = record.reply
            let answer: Int64
            if let known = memory.templates[reply.template.serial], known.day >= day {
                answer = known.row
            } else {
                answer = try store.answerRow(template: reply.template.bytes, idOffset: reply.template.idOffset, day: day)
                if memory.templates.count >= Self.templatesRemembered { memory.templates.removeAll(keepingCapacity: true) }
                memory.templates[reply.template.serial] = (answer, day)
            }
            let pluginSet: Int64
            if let known = memory.pluginSets[record.generation], known.day >= day {
                pluginSet = known.row
            } else {
                let regions = generations.withLock { $0[record.generation] }?.regions.regions ?? []
                let plugins = PluginProvenance.of(regions, libraries: &memory.libraries)
                pluginSet = try store.pluginSetRow(plugins: JSONValue.array(plugins.map(\.json)).jsonText, day: day)
                memory.pluginSets[record.generation] = (pluginSet, day)
            }
            group.append(counter: counter, at: record.atMilliseconds,
                         DecisionLine.Body(uid: record.uid, method: record.method, answer: answer, generation: record.generation,
                                           pluginSet: pluginSet, subject: reply.subject, params: record.params))
        }
        try store.insert(group)
    }

    private func reportDrops(_ memory: inout WriterMemory) {
        let dropped = droppedCount.load(ordering: .relaxed)
        guard dropped > memory.droppedReported else { return }
        log.warning("decision log: \(dropped - memory.droppedReported) decisions dropped since the last report (\(dropped) in all): the queue of \(settings.withLock { $0.queueCapacity }) was full")
        memory.droppedReported = dropped
    }

    /// Deletes decisions older than the retention, a chunk at a time between groups.
    private func prune(_ memory: inout WriterMemory) {
        let now = Self.nowMilliseconds()
        guard now >= memory.nextPrune else { return }
        let cutoff = now - Int64(settings.withLock { $0.retentionDays }) * DecisionLogStore.millisecondsPerDay
        do {
            let deleted = try writerStore.withLock { try $0.prune(olderThan: cutoff, limit: Self.pruneChunk) }
            // Templates and plugin lists may have gone with them: look them up again.
            memory.templates.removeAll()
            memory.pluginSets.removeAll()
            if deleted == Self.pruneChunk {
                wake.signal()  // more to delete: go on after the next group
            } else {
                memory.nextPrune = now + Self.pruneInterval
            }
            if deleted > 0 { log.info("decision log: \(deleted) decisions older than \(settings.withLock { $0.retentionDays }) days deleted") }
        } catch {
            log.warning("decision log: pruning failed (\(error)); trying again in an hour")
            memory.nextPrune = now + Self.pruneInterval
        }
    }

    static func nowMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }
}
