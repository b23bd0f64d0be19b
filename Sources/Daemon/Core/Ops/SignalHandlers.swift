// Ops/SignalHandlers.swift — SIGHUP, SIGTERM and SIGINT as callbacks on a serial queue, and
// SIGPIPE ignored (a client that goes away must not kill the daemon).

import Dispatch
#if canImport(Glibc)
import Glibc
#endif

public final class SignalHandlers {
    /// The sources must stay alive to keep delivering signals.
    private let sources: [any DispatchSourceSignal]

    public init(onReload: @escaping @Sendable () -> Void, onStop: @escaping @Sendable (String) -> Void) {
        let queue = DispatchQueue(label: "alued.signals")
        signal(SIGPIPE, SIG_IGN)
        var sources: [any DispatchSourceSignal] = []
        for (number, name) in [(SIGHUP, "SIGHUP"), (SIGTERM, "SIGTERM"), (SIGINT, "SIGINT")] {
            // The default action must be off, or the process dies before the source sees the signal.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler(handler: number == SIGHUP ? onReload : { onStop(name) })
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }
}
