// LineReader.swift — newline-delimited framing over a stream socket, with a line-length limit.

#if canImport(Glibc)
import Glibc
#endif

/// What the next read from a connection produced.
public enum LineReadResult: Equatable, Sendable {
    /// One line, without its `\n` (a trailing `\r` is kept; JSON treats it as whitespace).
    case line([UInt8])
    /// The peer sent more than the limit without a newline. The stream cannot be resynchronised.
    case tooLong
    /// The peer closed its side; any unterminated bytes are returned as a last line first.
    case endOfStream
    /// The receive timeout expired with no complete line.
    case timedOut
}

/// Reads `\n`-terminated lines from a descriptor. Not thread-safe: one reader per connection.
public final class LineReader {
    public let fd: Int32
    public let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var scanned = 0
    private var sawEnd = false

    public init(fd: Int32, maxLineBytes: Int, chunkSize: Int = 64 * 1024) {
        self.fd = fd
        self.maxLineBytes = maxLineBytes
        self.buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    /// True when a complete line is already buffered, so the next `next()` will not block.
    public var hasBufferedLine: Bool {
        buffer.withUnsafeBufferPointer { pointer in
            memchr(pointer.baseAddress! + start, 0x0A, end - start) != nil
        }
    }

    public func next() throws -> LineReadResult {
        while true {
            if let newline = findNewline() {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                scanned = start
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

    private func findNewline() -> Int? {
        guard scanned < end else { return nil }
        let found: Int? = buffer.withUnsafeBufferPointer { pointer in
            guard let hit = memchr(pointer.baseAddress! + scanned, 0x0A, end - scanned) else { return nil }
            return UnsafeRawPointer(hit) - UnsafeRawPointer(pointer.baseAddress!)
        }
        scanned = found ?? end
        return found
    }

    /// Moves unread bytes to the front; doubles the buffer when it is full of one partial line.
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
        if end == buffer.count {
            buffer.append(contentsOf: repeatElement(0, count: min(buffer.count, maxLineBytes + 1)))
        }
    }
}
