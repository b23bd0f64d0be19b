// Transport/ConnectionServer.swift — accepts connections and gives each its own thread, so a slow
// or stuck client never blocks another; admits them by the connection limits; drains on shutdown.

import AlueWire
import Foundation
import PluginAPI
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

public final class ConnectionServer: Sendable {
    private let listener: SocketListener
    private let dispatcher: Dispatcher
    private let daemon: any DaemonServices
    /// The open connections (so shutdown can end their reads) and who holds them.
    private let open = Mutex(ConnectionTable())
    private let stopping = Atomic<Bool>(false)
    private let acceptThreadDone = DispatchSemaphore(value: 0)
    private let largeRequests = LargeRequestGate()
    /// Refusals are logged at most once a second, with a count of the others: a peer hammering the
    /// socket must not flood the journal and crowd out the audit lines.
    private let refusalLog = Mutex((second: UInt64(0), unlogged: 0))

    /// Stack per connection thread: JSON nesting is bounded (JSONParser.defaultMaxDepth), so a
    /// small stack suffices and a thousand connections stay cheap.
    static let threadStackBytes = 512 * 1024

    public init(listener: SocketListener, dispatcher: Dispatcher, daemon: any DaemonServices) {
        self.listener = listener
        self.dispatcher = dispatcher
        self.daemon = daemon
    }

    public var openConnections: Int { open.withLock { $0.count } }

    public func start() {
        spawn(name: "alued-accept") { [self] in
            acceptLoop()
            acceptThreadDone.signal()
        }
    }

    /// Stops accepting, lets connections finish the requests they have sent, waits up to `grace`
    /// seconds for them to close, and returns the number still open.
    public func stop(grace: Double) -> Int {
        stopping.store(true, ordering: .sequentiallyConsistent)
        // shutdown() wakes the blocked accept(); the descriptor is closed after the loop ends.
        _ = shutdown(listener.fd, Int32(SHUT_RDWR))
        acceptThreadDone.wait()
        close(listener.fd)
        // Ending the read side makes every idle connection see end-of-stream; a connection in the
        // middle of a request still writes its answer.
        open.withLock { table in for fd in table.descriptors { _ = shutdown(fd, Int32(SHUT_RD)) } }
        let deadline = Date().addingTimeInterval(grace)
        while openConnections > 0, Date() < deadline { usleep(10_000) }
        return openConnections
    }

    private func acceptLoop() {
        while !stopping.load(ordering: .sequentiallyConsistent) {
            // accept4 is a GNU extension the Glibc module does not export; set close-on-exec after.
            let fd = accept(listener.fd, nil, nil)
            if fd < 0 {
                switch errno {
                case EINTR, ECONNABORTED: continue
                case EMFILE, ENFILE, ENOBUFS, ENOMEM:
                    daemon.log.warning("accept: \(String(cString: strerror(errno))); pausing 50 ms")
                    usleep(50_000)
                    continue
                default:
                    if !stopping.load(ordering: .sequentiallyConsistent) {
                        daemon.log.error("accept failed: \(String(cString: strerror(errno))); no longer accepting")
                    }
                    return
                }
            }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            admit(fd)
        }
    }

    private func admit(_ fd: Int32) {
        let settings = daemon.currentSnapshot().settings
        let limits = settings.limits
        let peer = PeerCredentials.of(fd)
        let isAdmin = Role.of(peer, roles: settings.roles) == .admin
        let refusal = open.withLock { $0.admit(fd, uid: peer?.uid, isAdmin: isAdmin, limits: limits) }
        daemon.stats.recordConnection(accepted: refusal == nil)
        if let refusal {
            logRefusal("refusing connection (\(peer?.description ?? "unknown peer")): \(refusal.message)")
            UnixSocket.setTimeout(fd, option: SO_SNDTIMEO, seconds: 1)
            try? UnixSocket.writeAll(fd, Dispatcher.frame(id: .null, error: RPCError(.overloaded, refusal.message)) + [0x0A])
            close(fd)
            return
        }
        let connection = Connection(fd: fd, peer: peer, limits: limits, dispatcher: dispatcher, largeRequests: largeRequests, log: daemon.log)
        spawn(name: "alued-conn") { [self] in
            connection.serve()
            open.withLock { table in
                table.remove(fd)
                close(fd)
            }
        }
    }

    private func logRefusal(_ line: String) {
        let second = DispatchTime.now().uptimeNanoseconds / 1_000_000_000
        let unlogged: Int? = refusalLog.withLock { state in
            guard state.second != second else {
                state.unlogged += 1
                return nil
            }
            defer { state = (second, 0) }
            return state.unlogged
        }
        guard let unlogged else { return }
        daemon.log.warning(line + (unlogged > 0 ? " (and \(unlogged) more refused since the last such line)" : ""))
    }

    private func spawn(name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.name = name
        thread.stackSize = Self.threadStackBytes
        thread.start()
    }
}
