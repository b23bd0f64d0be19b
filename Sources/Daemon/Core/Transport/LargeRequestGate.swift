// Transport/LargeRequestGate.swift — at most one large request line per CPU core is parsed and
// answered at a time. Parsing a line costs up to ~20× its size in memory (a megabyte of `[0],`
// becomes a quarter of a million values), so without this gate the transient memory of many
// connections sending megabyte lines together grows with the number of connections.

import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class LargeRequestGate: Sendable {
    /// Lines up to this size (nearly every request) never wait.
    static let thresholdBytes = 64 * 1024

    private let slots: DispatchSemaphore
    /// glibc's `malloc_trim`, which the Glibc module does not import (it is declared in <malloc.h>).
    private let mallocTrim = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self) }

    init(slots: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)) {
        self.slots = DispatchSemaphore(value: slots)
    }

    /// Runs `body` for a line of `lineBytes`, waiting for a slot first if the line is large. The
    /// CPU is the limit for such work anyway, so the wait costs no throughput.
    func pass<T>(lineBytes: Int, _ body: () -> T) -> T {
        guard lineBytes > Self.thresholdBytes else { return body() }
        slots.wait()
        defer {
            // The parse tree is freed by now; give its pages back, or every malloc arena a
            // connection thread happened to use keeps one tree's worth of memory for good.
            _ = mallocTrim?(0)
            slots.signal()
        }
        return body()
    }
}
