// Ops/RequestStats.swift — request and error counts and latency percentiles per method, for
// system.stats. Bounded memory: fixed histograms, and unknown method names share one bucket.

import Foundation
import Synchronization

/// Latency histogram with logarithmic buckets (each 1.25× the previous, from 1 µs), so percentiles
/// are accurate to about 12 % with a few hundred bytes per method.
struct LatencyHistogram: Sendable {
    static let growth = 1.25
    static let bucketCount = 96  // 1.25^96 µs ≈ 2 hours: covers anything
    var counts = [UInt64](repeating: 0, count: bucketCount)
    var total: UInt64 = 0

    mutating func record(microseconds: Double) {
        let index = microseconds <= 1 ? 0 : min(Self.bucketCount - 1, Int(log(microseconds) / log(Self.growth)) + 1)
        counts[index] += 1
        total += 1
    }

    /// The upper bound (µs) of the bucket holding the `fraction` quantile; 0 when empty.
    func quantile(_ fraction: Double) -> Double {
        guard total > 0 else { return 0 }
        let rank = UInt64((Double(total) * fraction).rounded(.up))
        var seen: UInt64 = 0
        for (index, count) in counts.enumerated() {
            seen += count
            if seen >= max(rank, 1) { return pow(Self.growth, Double(index)) }
        }
        return pow(Self.growth, Double(Self.bucketCount - 1))
    }
}

/// Counters of one method.
public struct MethodStats: Sendable {
    public var requests: UInt64 = 0
    public var errors: UInt64 = 0
    var latency = LatencyHistogram()
    public func quantile(_ fraction: Double) -> Double { latency.quantile(fraction) }

    mutating func count(failed: Bool, microseconds: Double) {
        requests += 1
        if failed { errors += 1 }
        latency.record(microseconds: microseconds)
    }
}

/// All counters of the daemon since start. Thread-safe.
public final class RequestStats: Sendable {
    /// The name unknown methods are counted under, so random method names cannot grow memory.
    public static let otherMethods = "(other)"
    private let state = HotMutex<[String: MethodStats]>([:])
    private let connectionsAccepted = Atomic<UInt64>(0)
    private let connectionsRejected = Atomic<UInt64>(0)
    private let parseErrors = Atomic<UInt64>(0)
    private let reloads = Atomic<UInt64>(0)
    private let reloadFailures = Atomic<UInt64>(0)
    private let repeatsAnswered = Atomic<UInt64>(0)

    public init() {}

    public func record(method: String, known: Bool, microseconds: Double, failed: Bool) {
        let key = known ? method : Self.otherMethods
        state.withLock { table in table[key, default: MethodStats()].count(failed: failed, microseconds: microseconds) }
    }

    public func recordParseError() { parseErrors.add(1, ordering: .relaxed) }
    /// A decision answered from a connection's memory of the lines it was answered (RepeatedRequestMemo).
    public func recordRepeatAnswered() { repeatsAnswered.add(1, ordering: .relaxed) }
    public func recordConnection(accepted: Bool) {
        if accepted {
            connectionsAccepted.add(1, ordering: .relaxed)
        } else {
            connectionsRejected.add(1, ordering: .relaxed)
        }
    }
    public func recordReload(succeeded: Bool) {
        if succeeded {
            reloads.add(1, ordering: .relaxed)
        } else {
            reloadFailures.add(1, ordering: .relaxed)
        }
    }

    public struct Snapshot: Sendable {
        public var methods: [String: MethodStats]
        public var connectionsAccepted: UInt64
        public var connectionsRejected: UInt64
        public var parseErrors: UInt64
        public var reloads: UInt64
        public var reloadFailures: UInt64
        public var repeatsAnswered: UInt64
    }

    public func snapshot() -> Snapshot {
        Snapshot(methods: state.withLock { $0 },
                 connectionsAccepted: connectionsAccepted.load(ordering: .relaxed),
                 connectionsRejected: connectionsRejected.load(ordering: .relaxed),
                 parseErrors: parseErrors.load(ordering: .relaxed),
                 reloads: reloads.load(ordering: .relaxed),
                 reloadFailures: reloadFailures.load(ordering: .relaxed),
                 repeatsAnswered: repeatsAnswered.load(ordering: .relaxed))
    }
}
