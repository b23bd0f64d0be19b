// LineReader.swift — newline-delimited framing over a stream socket, with a line-length limit and,
// for the daemon, an idle timeout plus a deadline for each whole line.

#if canImport(Glibc)
import Glibc
#endif

/// What the next read from a connection produced.
public enum LineReadResult: Equatable, Sendable {
    /// One line, without its `\n` (a trailing `\r` is kept; JSON treats it as whitespace).
    case line([UInt8])
    /// The peer sent a line longer than the limit. The stream cannot be resynchronised.
    case tooLong
    /// The peer closed its side; any unterminated bytes are returned as a last line first.
    case endOfStream
    /// No complete line in time: the idle timeout with nothing pending, or the line's deadline with
    /// part of it read (`hasPartialLine` tells which).
    case timedOut
}

/// How long a reader waits: for the first byte of a line (`idle`), and for a line to be complete
/// once its first byte arrived (`line`, a deadline that further bytes do not extend — as HAProxy's
/// `timeout http-request` — so a peer dripping one byte at a time cannot hold a connection).
public struct LineTimeouts: Equatable, Sendable {
    public var idle: Double
    public var line: Double

    public init(idle: Double, line: Double) {
        self.idle = idle
        self.line = line
    }
}

/// Reads `\n`-terminated lines from a descriptor. Not thread-safe: one reader per connection.
public final class LineReader {
    public let fd: Int32
    /// The longest line accepted, in bytes, without its `\n`.
    public let maxLineBytes: Int
    private let chunkSize: Int
    private let timeouts: LineTimeouts?
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var scanned = 0
    private var sawEnd = false
    /// When the reader first had to wait for the rest of the current line (monotonic seconds); nil
    /// when no partial line is pending. Noted only then, so a complete line costs no clock reading.
    private var lineStartedAt: Double?
    /// The receive timeout last set on the socket, to skip redundant system calls.
    private var appliedTimeout: Double?

    /// With `timeouts`, the reader manages the socket's receive timeout itself; without, the
    /// caller's (or none) applies.
    public init(fd: Int32, maxLineBytes: Int, chunkSize: Int = 64 * 1024, timeouts: LineTimeouts? = nil) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
        self.chunkSize = chunkSize
        self.timeouts = timeouts
        self.buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    /// True when a complete line is already buffered, so the next `next()` will not block.
    public var hasBufferedLine: Bool {
        buffer.withUnsafeBufferPointer { pointer in
            memchr(pointer.baseAddress! + start, 0x0A, end - start) != nil
        }
    }

    /// True when part of a line has been read but not its end.
    public var hasPartialLine: Bool { end > start && !hasBufferedLine }

    public func next() throws -> LineReadResult {
        while true {
            if let newline = findNewline() {
                guard newline - start <= maxLineBytes else { return .tooLong }
                let line = Array(buffer[start..<newline])
                start = newline + 1
                scanned = start
                lineStartedAt = nil
                return .line(line)
            }
            if end - start > maxLineBytes { return .tooLong }
            if sawEnd {
                if end > start {
                    let line = Array(buffer[start..<end])
                    start = end
                    return .line(line)
                }
                return .endOfStream
            }
            compactAndGrow()
            guard applyTimeout() else { return .timedOut }
            let count = buffer.withUnsafeMutableBufferPointer { pointer in
                read(fd, pointer.baseAddress! + end, pointer.count - end)
            }
            if count > 0 {
                end += count
            } else if count == 0 {
                sawEnd = true
            } else if errno == EINTR {
                continue
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                return .timedOut
            } else {
                throw SocketError("read")
            }
        }
    }

    /// Sets the receive timeout for the next read: the idle timeout between lines, what is left of
    /// the line's deadline within one. False when that deadline has already passed.
    private func applyTimeout() -> Bool {
        guard let timeouts else { return true }
        var timeout = timeouts.idle
        if end > start {
            let now = Self.now()
            let startedAt = lineStartedAt ?? now
            lineStartedAt = startedAt
            timeout = startedAt + timeouts.line - now
            guard timeout > 0 else { return false }
        }
        if timeout != appliedTimeout {
            UnixSocket.setTimeout(fd, option: SO_RCVTIMEO, seconds: timeout)
            appliedTimeout = timeout
        }
        return true
    }

    private static func now() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private func findNewline() -> Int? {
        guard scanned < end else { return nil }
        let found: Int? = buffer.withUnsafeBufferPointer { pointer in
            guard let hit = memchr(pointer.baseAddress! + scanned, 0x0A, end - scanned) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(pointer.baseAddress!)
        }
        scanned = found ?? end
        return found
    }

    /// Moves unread bytes to the front; doubles the buffer (up to `maxLineBytes` + 1) when it is full
    /// of one partial line, and gives a grown buffer back once it is empty, so an idle connection
    /// holds only `chunkSize`.
    private func compactAndGrow() {
        if start > 0 {
            let pending = end - start
            if pending > 0 {
                buffer.withUnsafeMutableBufferPointer { pointer in
                    _ = memmove(pointer.baseAddress!, pointer.baseAddress! + start, pending)
                }
            }
            scanned -= start
            end = pending
            start = 0
        }
        if end == 0, buffer.count > chunkSize {
            buffer = [UInt8](repeating: 0, count: chunkSize)
        }
        if end == buffer.count {
            // Never beyond the longest line plus its newline: a fuller buffer is already too long.
            buffer.append(contentsOf: repeatElement(0, count: max(1, min(buffer.count, maxLineBytes + 1 - buffer.count))))
        }
    }
}
