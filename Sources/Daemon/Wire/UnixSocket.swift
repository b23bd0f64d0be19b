// UnixSocket.swift — the few Unix-domain stream socket calls the daemon and aluectl share.

#if canImport(Glibc)
import Glibc
#endif

/// A failed system call, with errno and its text.
public struct SocketError: Error, Equatable, Sendable, CustomStringConvertible {
    public let operation: String
    public let errno: Int32

    public init(_ operation: String, errno code: Int32 = Glibc.errno) {
        self.operation = operation
        self.errno = code
    }

    public var description: String { "\(operation): \(String(cString: strerror(errno)))" }
}

public enum UnixSocket {
    /// The longest path a `sockaddr_un` holds (108 bytes including the terminating NUL).
    public static let maxPathBytes = 107

    /// Calls `body` with a `sockaddr_un` for `path`.
    public static func withAddress<R>(_ path: String,
                                      _ body: (UnsafePointer<sockaddr>, socklen_t) throws -> R) throws -> R {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(path.utf8)
        guard !pathBytes.isEmpty, pathBytes.count <= maxPathBytes else {
            throw SocketError("socket path '\(path)' is empty or longer than \(maxPathBytes) bytes", errno: ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
            raw[pathBytes.count] = 0
        }
        return try withUnsafePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                try body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
    }

    /// A new close-on-exec stream socket.
    public static func makeStreamSocket() throws -> Int32 {
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError("socket") }
        return fd
    }

    /// Connects to the socket at `path`; returns the descriptor.
    public static func connect(to path: String) throws -> Int32 {
        let fd = try makeStreamSocket()
        do {
            try withAddress(path) { address, length in
                guard Glibc.connect(fd, address, length) == 0 else { throw SocketError("connect to \(path)") }
            }
            return fd
        } catch {
            close(fd)
            throw error
        }
    }

    /// Writes all of `bytes`, retrying short writes and EINTR. Never raises SIGPIPE.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = send(fd, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            if written < 0 {
                if errno == EINTR { continue }
                throw SocketError("write")
            }
            offset += written
        }
    }

    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try writeAll(fd, $0) }
    }

    /// Sets a receive (`SO_RCVTIMEO`) or send (`SO_SNDTIMEO`) timeout; 0 means none.
    public static func setTimeout(_ fd: Int32, option: Int32, seconds: Double) {
        var value = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1_000_000))
        _ = setsockopt(fd, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
    }
}
