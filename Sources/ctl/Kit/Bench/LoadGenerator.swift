// Bench/LoadGenerator.swift — drives a socket with one request line repeated: sequentially,
// pipelined at a fixed depth, or from many connections at once; records every latency.

import AlueWire
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// How the load is offered.
enum LoadMode: Sendable, CustomStringConvertible {
    case sequential
    case pipelined(depth: Int)
    case concurrent(connections: Int)

    var description: String {
        switch self {
        case .sequential: return "1 conn, sequential"
        case .pipelined(let depth): return "1 conn, pipelined \(depth)"
        case .concurrent(let connections): return "\(connections) conns"
        }
    }
}

/// Throughput and latency of one run.
struct LoadResult: Sendable {
    var requests: Int
    var seconds: Double
    /// Latencies in microseconds, sorted.
    var latencies: [Double]
    var errors: Int

    var throughput: Double { Double(requests) / seconds }

    func percentile(_ fraction: Double) -> Double {
        guard !latencies.isEmpty else { return 0 }
        return latencies[min(latencies.count - 1, Int((Double(latencies.count) * fraction).rounded(.up)) - 1)]
    }
}

enum LoadGenerator {
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Sends `request` (one line, newline included) `count` times to `path` in `mode`.
    /// `isError` tells an answer that is an error (counted, not fatal).
    static func run(path: String, request: [UInt8], count: Int, mode: LoadMode,
                    isError: @escaping @Sendable ([UInt8]) -> Bool = { _ in false }) throws -> LoadResult {
        switch mode {
        case .sequential:
            return try sequential(path: path, request: request, count: count, isError: isError)
        case .pipelined(let depth):
            return try pipelined(path: path, request: request, count: count, depth: depth, isError: isError)
        case .concurrent(let connections):
            let results = Mutex<[LoadResult]>([])
            let failures = Mutex<[String]>([])
            let started = now()
            // A thread per connection, all at once: DispatchQueue.concurrentPerform would run only as
            // many connections at a time as there are cores.
            let finished = DispatchGroup()
            for index in 0..<connections {
                let share = count / connections + (index < count % connections ? 1 : 0)
                finished.enter()
                let thread = Thread {
                    defer { finished.leave() }
                    do {
                        let result = try sequential(path: path, request: request, count: share, isError: isError)
                        results.withLock { $0.append(result) }
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                }
                thread.stackSize = 256 * 1024
                thread.start()
            }
            finished.wait()
            if let failure = failures.withLock({ $0.first }) { throw BenchError(failure) }
            let all = results.withLock { $0 }
            return LoadResult(requests: all.reduce(0) { $0 + $1.requests }, seconds: Double(now() - started) / 1e9,
                              latencies: all.flatMap(\.latencies).sorted(), errors: all.reduce(0) { $0 + $1.errors })
        }
    }

    private static func sequential(path: String, request: [UInt8], count: Int,
                                   isError: ([UInt8]) -> Bool) throws -> LoadResult {
        let fd = try UnixSocket.connect(to: path)
        defer { close(fd) }
        let reader = LineReader(fd: fd, maxLineBytes: 16 << 20)
        var latencies: [Double] = []
        latencies.reserveCapacity(count)
        var errors = 0
        let started = now()
        for _ in 0..<count {
            let sent = now()
            try UnixSocket.writeAll(fd, request)
            guard case .line(let answer) = try reader.next() else { throw BenchError("the server closed the connection") }
            latencies.append(Double(now() - sent) / 1000)
            if isError(answer) { errors += 1 }
        }
        return LoadResult(requests: count, seconds: Double(now() - started) / 1e9, latencies: latencies.sorted(), errors: errors)
    }

    /// A writer thread keeps `depth` requests in flight; this thread reads the answers in order.
    private static func pipelined(path: String, request: [UInt8], count: Int, depth: Int,
                                  isError: ([UInt8]) -> Bool) throws -> LoadResult {
        let fd = try UnixSocket.connect(to: path)
        defer { close(fd) }
        let window = DispatchSemaphore(value: depth)
        let sendTimes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: count)
        defer { sendTimes.deallocate() }
        let times = SendableBuffer(sendTimes)
        let writeFailed = Atomic<Bool>(false)
        let writer = Thread {
            for index in 0..<count {
                window.wait()
                times.buffer[index] = now()
                if (try? UnixSocket.writeAll(fd, request)) == nil {
                    writeFailed.store(true, ordering: .relaxed)
                    return
                }
            }
        }
        let reader = LineReader(fd: fd, maxLineBytes: 16 << 20)
        var latencies: [Double] = []
        latencies.reserveCapacity(count)
        var errors = 0
        let started = now()
        writer.start()
        for index in 0..<count {
            guard case .line(let answer) = try reader.next() else { throw BenchError("the server closed the connection") }
            latencies.append(Double(now() - times.buffer[index]) / 1000)
            if isError(answer) { errors += 1 }
            window.signal()
        }
        if writeFailed.load(ordering: .relaxed) { throw BenchError("writing requests failed") }
        return LoadResult(requests: count, seconds: Double(now() - started) / 1e9, latencies: latencies.sorted(), errors: errors)
    }
}

/// The send-time buffer shared by the writer and reader threads of a pipelined run: each slot
/// is written once by the writer before the reader can reach it (the window semaphore orders them).
private struct SendableBuffer: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<UInt64>
    init(_ buffer: UnsafeMutableBufferPointer<UInt64>) { self.buffer = buffer }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
