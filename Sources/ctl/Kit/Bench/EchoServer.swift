// Bench/EchoServer.swift — the baseline: the plainest Unix-socket server, answering each request line
// with a fixed line of the size alued's answer has. Whatever alued costs beyond this is ours.

import AlueWire
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class EchoServer: Sendable {
    let path: String
    private let listener: Int32
    private let answerSize: Int
    /// `answersPerWrite` answers back to back, so any number of them is one slice of this block.
    private let answers: [UInt8]

    /// Listens on `path`; every request line gets `answerSize` bytes back (newline included).
    init(path: String, answerSize: Int) throws {
        self.path = path
        unlink(path)
        let fd = try UnixSocket.makeStreamSocket()
        try UnixSocket.withAddress(path) { address, length in
            guard bind(fd, address, length) == 0, listen(fd, 512) == 0 else { throw SocketError("bind \(path)") }
        }
        listener = fd
        self.answerSize = max(2, answerSize)
        let answer = [UInt8](repeating: UInt8(ascii: "x"), count: self.answerSize - 1) + [0x0A]
        answers = Array([[UInt8]](repeating: answer, count: Self.answersPerWrite).joined())
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        unlink(path)
    }

    private func acceptLoop() {
        while true {
            let fd = accept(listener, nil, nil)
            guard fd >= 0 else { if errno == EINTR { continue } else { return } }
            let thread = Thread { [self] in serve(fd) }
            thread.stackSize = 256 * 1024
            thread.start()
        }
    }

    /// As a C echo does it: one `read`, the newlines in it counted with `memchr`, the answers to all
    /// of them in one `write` from a block built beforehand — no work per line beyond the count, so
    /// the baseline is what the socket allows and cannot flatter alued's ratios.
    private func serve(_ fd: Int32) {
        defer { close(fd) }
        let input = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 16)
        defer { input.deallocate() }
        while true {
            let count = read(fd, input.baseAddress, input.count)
            if count < 0, errno == EINTR { continue }
            guard count > 0, let start = input.baseAddress else { return }
            var lines = 0
            var cursor = UnsafeRawPointer(start)
            let end = cursor + count
            while let newline = memchr(cursor, 0x0A, end - cursor) {
                lines += 1
                cursor = UnsafeRawPointer(newline) + 1
            }
            while lines > 0 {
                let batch = min(lines, Self.answersPerWrite)
                guard writeAnswers(fd, count: batch) else { return }
                lines -= batch
            }
        }
    }

    /// Answers in the prebuilt block: more than a pipelined client ever has in flight.
    private static let answersPerWrite = 128

    private func writeAnswers(_ fd: Int32, count: Int) -> Bool {
        answers.withUnsafeBytes { block in
            var offset = 0
            let total = count * answerSize
            while offset < total {
                let written = write(fd, block.baseAddress! + offset, total - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }
}
