// LineReaderTests.swift — newline framing over a real socket pair: split reads, limits, end of stream.

import AlueWire
import Glibc
import Testing

@Suite struct LineReaderTests {
    /// A connected pair of stream sockets; the test writes to `writer` and reads from `reader`.
    private func socketPair() -> (reader: Int32, writer: Int32) {
        var fds: [Int32] = [0, 0]
        precondition(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0)
        return (fds[0], fds[1])
    }

    @Test func readsLinesAcrossWritesAndKeepsOrder() throws {
        let (readFD, writeFD) = socketPair()
        defer { close(readFD) }
        try UnixSocket.writeAll(writeFD, Array("one\ntw".utf8))
        try UnixSocket.writeAll(writeFD, Array("o\nthree".utf8))
        close(writeFD)
        let reader = LineReader(fd: readFD, maxLineBytes: 100, chunkSize: 4)
        #expect(try reader.next() == .line(Array("one".utf8)))
        #expect(try reader.next() == .line(Array("two".utf8)))
        // The unterminated tail before end of stream is still a request.
        #expect(try reader.next() == .line(Array("three".utf8)))
        #expect(try reader.next() == .endOfStream)
    }

    @Test func reportsALineOverTheLimit() throws {
        let (readFD, writeFD) = socketPair()
        defer { close(readFD); close(writeFD) }
        try UnixSocket.writeAll(writeFD, [UInt8](repeating: 0x61, count: 300))
        let reader = LineReader(fd: readFD, maxLineBytes: 100, chunkSize: 64)
        #expect(try reader.next() == .tooLong)
    }

    @Test func knowsWhenAnotherLineIsBuffered() throws {
        let (readFD, writeFD) = socketPair()
        defer { close(readFD); close(writeFD) }
        try UnixSocket.writeAll(writeFD, Array("a\nb\n".utf8))
        let reader = LineReader(fd: readFD, maxLineBytes: 100)
        _ = try reader.next()
        #expect(reader.hasBufferedLine)
        _ = try reader.next()
        #expect(!reader.hasBufferedLine)
    }
}
