// Transport/Connection.swift — one client connection: read request lines, answer them in order,
// batch the answers of pipelined requests into one write, enforce the line limit, the idle timeout
// and the deadline of each request line.

import AlueWire
import PluginAPI
#if canImport(Glibc)
import Glibc
#endif

struct Connection: Sendable {
    let fd: Int32
    let peer: PeerCredentials?
    let limits: Limits
    let dispatcher: Dispatcher
    let largeRequests: LargeRequestGate
    let log: Log

    /// Answers are flushed when no further request is buffered or when this much is pending.
    static let flushThreshold = 64 * 1024

    func serve() {
        UnixSocket.setTimeout(fd, option: SO_SNDTIMEO, seconds: limits.writeTimeoutSeconds)
        let reader = LineReader(fd: fd, maxLineBytes: limits.maxLineBytes,
                                timeouts: LineTimeouts(idle: limits.idleTimeoutSeconds, line: limits.requestTimeoutSeconds))
        let encoder = ResponseEncoder()
        let memo = RepeatedRequestMemo()
        // The generation this connection last used, kept until another serves; an idle connection
        // holds an old one until its next line or its idle timeout.
        var snapshot: RuntimeSnapshot?
        // Answers are written straight into this buffer, which keeps its capacity between flushes.
        var pending = JSONWriter(capacity: 4096)
        var answersPending = 0
        do {
            while true {
                switch try reader.next() {
                case .line(let line):
                    if largeRequests.pass(lineBytes: line.count, { dispatcher.handle(line: line, peer: peer, encoder: encoder, memo: memo, snapshot: &snapshot, into: &pending) }) {
                        pending.raw("\n")
                        answersPending += 1
                    }
                    if !reader.hasBufferedLine || pending.count >= Self.flushThreshold || answersPending >= limits.maxInFlightPerConnection {
                        try flush(&pending)
                        answersPending = 0
                    }
                case .tooLong:
                    try refuse(RPCError(.requestTooLarge, LocalizedText(
                        fi: "pyyntörivi on yli \(limits.maxLineBytes) tavua (limits.maxLineBytes); yhteys suljetaan",
                        en: "request line longer than \(limits.maxLineBytes) bytes (limits.maxLineBytes); closing the connection")),
                               pending: &pending, logging: "request line over \(limits.maxLineBytes) bytes")
                    return
                case .endOfStream:
                    try flush(&pending)
                    return
                case .timedOut where reader.hasPartialLine:
                    try refuse(RPCError(.invalidRequest, LocalizedText(
                        fi: "pyyntörivi ei ollut valmis \(limits.requestTimeoutSeconds) s sen ensimmäisen tavun jälkeen (limits.requestTimeoutSeconds); yhteys suljetaan",
                        en: "request line not complete \(limits.requestTimeoutSeconds) s after its first byte (limits.requestTimeoutSeconds); closing the connection")),
                               pending: &pending, logging: "request line not complete within \(limits.requestTimeoutSeconds) s")
                    return
                case .timedOut:
                    try flush(&pending)
                    log.debug("closing idle connection (\(peerName)) after \(limits.idleTimeoutSeconds) s")
                    return
                }
            }
        } catch {
            log.info("connection (\(peerName)) ended: \(error)")
        }
    }

    private var peerName: String { peer?.description ?? "unknown peer" }

    /// Answers a framing error (no request id can be known), logs it and closes: after a line that
    /// is too long or too slow, the stream cannot be trusted to resynchronise.
    private func refuse(_ error: RPCError, pending: inout JSONWriter, logging reason: String) throws {
        Dispatcher.frame(id: .null, error: error, into: &pending)
        pending.raw("\n")
        try flush(&pending)
        log.warning("closing connection (\(peerName)): \(reason)")
        lingeringClose()
    }

    /// Closing a socket with unread input makes the kernel send a reset, which can destroy the
    /// error answer still in flight to the client. So: end our side, then read and discard what
    /// the client is still sending — bounded in bytes and time — before the caller closes.
    private func lingeringClose() {
        _ = shutdown(fd, Int32(SHUT_WR))
        UnixSocket.setTimeout(fd, option: SO_RCVTIMEO, seconds: 1)
        var scratch = [UInt8](repeating: 0, count: 64 * 1024)
        var discarded = 0
        while discarded < 4 * limits.maxLineBytes {
            let count = scratch.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            discarded += count
        }
    }

    private func flush(_ pending: inout JSONWriter) throws {
        guard pending.count > 0 else { return }
        try UnixSocket.writeAll(fd, pending.bytes)
        // Keep an ordinary buffer; give a large one (a batch's answers) back to the allocator.
        pending.removeAll(keepingCapacity: pending.capacity <= Self.flushThreshold * 2)
    }
}
