// Bench/EchoServer.swift — the baseline: a minimal Unix-socket server that reads lines and answers
// each with a fixed line of the size alued's answer has. Whatever alued costs beyond this is ours.

import AlueWire
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class EchoServer: Sendable {
    let path: String
    private let listener: Int32
    private let answer: [UInt8]

    /// Listens on `path`; every request line gets `answerSize` bytes back (newline included).
    init(path: String, answerSize: Int) throws {
        self.path = path
        unlink(path)
        let fd = try UnixSocket.makeStreamSocket()
        try UnixSocket.withAddress(path) { address, length in
            guard bind(fd, address, length) == 0, listen(fd, 512) == 0 else { throw SocketError("bind \(path)") }
        }
        listener = fd
        answer = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, answerSize - 1)) + [0x0A]
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

    /// The same framing and batching alued's connections use: answers of pipelined requests go
    /// out in one write.
    private func serve(_ fd: Int32) {
        defer { close(fd) }
        let reader = LineReader(fd: fd, maxLineBytes: 1 << 20)
        var pending: [UInt8] = []
        while case .line = (try? reader.next()) ?? .endOfStream {
            pending.append(contentsOf: answer)
            if !reader.hasBufferedLine {
                guard (try? UnixSocket.writeAll(fd, pending)) != nil else { return }
                pending.removeAll(keepingCapacity: true)
            }
        }
    }
}
