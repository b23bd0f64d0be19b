// LineReaderTests.swift — newline framing over a real socket pair: split reads, limits, end of stream.

import AlueWire
import Foundation
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

    /// A line of exactly `length` bytes, then `\n`.
    private func line(_ length: Int) -> [UInt8] { [UInt8](repeating: 0x61, count: length) + [0x0A] }

    /// Writes `bytes` in pieces of `piece` bytes from another thread (a socket buffer holds less
    /// than a large line), then closes the writing end.
    private func write(_ bytes: [UInt8], to fd: Int32, inPiecesOf piece: Int) {
        Thread {
            var offset = 0
            while offset < bytes.count {
                let next = min(offset + piece, bytes.count)
                guard (try? UnixSocket.writeAll(fd, Array(bytes[offset..<next]))) != nil else { break }
                offset = next
            }
            close(fd)
        }.start()
    }

    /// A descriptor from which one read() returns all of `bytes`: a file, since a socket hands a
    /// large line over in pieces of its buffer size.
    private func oneRead(_ bytes: [UInt8]) throws -> Int32 {
        var template = Array("/tmp/alue-line-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        try #require(fd >= 0)
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }  // the open file outlives its name
        #expect(bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) } == bytes.count)
        lseek(fd, 0, SEEK_SET)
        return fd
    }

    @Test(arguments: [nil, 1, 7_919])
    func aLineOfExactlyTheLimitPassesAndOneByteMoreDoesNot(piece: Int?) throws {
        let limit = 1 << 20
        for (length, expected) in [(limit, LineReadResult.line([UInt8](repeating: 0x61, count: limit))), (limit + 1, .tooLong)] {
            let bytes = line(length) + Array("{}\n".utf8)
            let fd: Int32
            if let piece {
                let (readFD, writeFD) = socketPair()
                write(bytes, to: writeFD, inPiecesOf: piece == 1 ? 65_536 : piece)
                fd = readFD
            } else {
                fd = try oneRead(bytes)
            }
            defer { close(fd) }
            // piece 1: the smallest reads the reader makes (a 1-byte buffer to start with).
            let reader = LineReader(fd: fd, maxLineBytes: limit, chunkSize: piece == 1 ? 1 : 2 << 20)
            #expect(try reader.next() == expected, "a line of \(length) bytes, \(piece.map { "in pieces of \($0)" } ?? "in one read")")
            if expected != .tooLong { #expect(try reader.next() == .line(Array("{}".utf8))) }
        }
    }

    @Test func aLineFarOverTheLimitIsRefusedEvenWhenItsNewlineArrivesInTheSameRead() throws {
        // Issue 17: a 1 500 000-byte line passed a 1 MiB limit when its newline came in the same read.
        let fd = try oneRead(line(1_500_000) + Array("{}\n".utf8))
        defer { close(fd) }
        let reader = LineReader(fd: fd, maxLineBytes: 1 << 20, chunkSize: 4 << 20)
        #expect(try reader.next() == .tooLong)
    }

    @Test func aLineAfterALongOneIsMeasuredFromItsOwnStart() throws {
        let (readFD, writeFD) = socketPair()
        defer { close(readFD) }
        write(line(100) + line(100) + line(101), to: writeFD, inPiecesOf: 64)
        let reader = LineReader(fd: readFD, maxLineBytes: 100, chunkSize: 16)
        #expect(try reader.next() == .line([UInt8](repeating: 0x61, count: 100)))
        #expect(try reader.next() == .line([UInt8](repeating: 0x61, count: 100)))
        #expect(try reader.next() == .tooLong)
    }

    @Test func aPartialLineRunsIntoItsDeadlineWhileFurtherBytesArrive() throws {
        let (readFD, writeFD) = socketPair()
        defer { close(readFD) }
        // The writer drips a byte every 50 ms for at most 5 s, owning its end until the reader is gone.
        Thread {
            for _ in 0..<100 {
                guard (try? UnixSocket.writeAll(writeFD, [0x20])) != nil else { break }
                usleep(50_000)
            }
            close(writeFD)
        }.start()
        // Idle time is generous, so only the deadline of the whole line (0.3 s) can end the wait.
        let reader = LineReader(fd: readFD, maxLineBytes: 100, timeouts: LineTimeouts(idle: 30, line: 0.3))
        #expect(try reader.next() == .timedOut)
        #expect(reader.hasPartialLine)
    }

    @Test func anIdleConnectionTimesOutWithNothingPending() throws {
        let (readFD, writeFD) = socketPair()
        defer { close(readFD); close(writeFD) }
        let reader = LineReader(fd: readFD, maxLineBytes: 100, timeouts: LineTimeouts(idle: 0.1, line: 30))
        try UnixSocket.writeAll(writeFD, Array("{}\n".utf8))
        #expect(try reader.next() == .line(Array("{}".utf8)))
        #expect(try reader.next() == .timedOut)
        #expect(!reader.hasPartialLine)
    }
}
