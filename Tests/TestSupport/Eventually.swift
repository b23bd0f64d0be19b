// Eventually.swift — the one way tests wait for something another process does: poll a condition
// until it holds or a generous deadline passes. Every wait in the suite has a bound, so a broken
// daemon fails a test instead of hanging it; nothing asserts how fast anything happened.

import Foundation

/// A condition that did not hold before its deadline.
public struct EventuallyTimedOut: Error, CustomStringConvertible {
    public let description: String
}

/// Returns as soon as `condition` is true; throws `EventuallyTimedOut` naming `what` once `timeout`
/// seconds (monotonic clock) have passed without it. Errors thrown by `condition` propagate.
public func eventually(timeout: Double, pollEvery interval: Double = 0.01, _ what: @autoclosure () -> String = "the condition",
                       _ condition: () throws -> Bool) throws {
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
    while true {
        if try condition() { return }
        guard DispatchTime.now().uptimeNanoseconds < deadline else {
            throw EventuallyTimedOut(description: "\(what()) did not happen within \(timeout) s")
        }
        usleep(UInt32(interval * 1e6))
    }
}
