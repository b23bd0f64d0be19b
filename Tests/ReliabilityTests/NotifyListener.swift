// NotifyListener.swift — a stand-in for systemd's notification socket: receives the datagrams a
// daemon sends to $NOTIFY_SOCKET.

import AlueWire
import Foundation

final class NotifyListener {
    let fd: Int32
    /// The value for NOTIFY_SOCKET: a path, or `@name` for the abstract namespace.
    let address: String

    init(directory: String, abstract: Bool = false) throws {
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let name = abstract ? "alue-notify-\(getpid())-\(UInt32.random(in: 0...UInt32.max))" : "\(directory)/notify.sock"
        let bytes = (abstract ? [0] : []) + Array(name.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + (abstract ? 0 : 1))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { close(fd); throw SocketError("bind notify socket") }
        UnixSocket.setTimeout(fd, option: SO_RCVTIMEO, seconds: 15)
        self.fd = fd
        self.address = abstract ? "@" + name : name
    }

    deinit { close(fd) }

    /// The next datagram, or nil after the timeout.
    func next() -> String? {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : nil
    }

    /// Datagrams until one contains `marker` (which is returned), or nil.
    func waitFor(_ marker: String) -> String? {
        while let message = next() {
            if message.contains(marker) { return message }
        }
        return nil
    }
}
