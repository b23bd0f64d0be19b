// main.swift — hostile-peer: a client that hogs connections on purpose, for the security tests,
// which run it as an unprivileged user (setpriv) to play the attacker of issue 14 item 2.
//
//   hostile-peer hold SOCKET COUNT
//
// opens COUNT connections to SOCKET and pings on each; prints `served S refused R` (refused: the
// daemon answered an error such as `overloaded`, or closed, or the connect failed); then keeps the
// served connections open and idle until it is killed (at most 10 minutes). Glibc only, so
// that it runs as any user without reaching into the build directory for other libraries.

#if canImport(Glibc)
import Glibc
#endif

func connectUnix(_ path: String) -> Int32? {
    let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { return nil }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    let bytes = Array(path.utf8)
    guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { close(fd); return nil }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
        raw.copyBytes(from: bytes)
        raw[bytes.count] = 0
    }
    let connected = withUnsafePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
        }
    }
    guard connected == 0 else { close(fd); return nil }
    return fd
}

/// Sends a ping and reads one answer line (10 s bound); true when the answer is a pong.
func pingServed(_ fd: Int32) -> Bool {
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let request = Array(#"{"jsonrpc":"2.0","id":1,"method":"system.ping"}"#.utf8) + [0x0A]
    guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }) == request.count else { return false }
    var answer: [UInt8] = []
    var byte: UInt8 = 0
    while answer.count < 4096, read(fd, &byte, 1) == 1, byte != 0x0A { answer.append(byte) }
    return String(decoding: answer, as: UTF8.self).contains(#""pong":true"#)
}

/// One line, written at once to descriptor 1 or 2 (unbuffered: the test reads it while we wait).
func say(_ line: String, to fd: Int32) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
}

let arguments = CommandLine.arguments
guard arguments.count == 4, arguments[1] == "hold", let count = Int(arguments[3]) else {
    say("usage: hostile-peer hold SOCKET COUNT", to: 2)
    exit(2)
}
var limit = rlimit()
getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
limit.rlim_cur = limit.rlim_max
setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)

var held: [Int32] = []
var refused = 0
for _ in 0..<count {
    guard let fd = connectUnix(arguments[2]) else { refused += 1; continue }
    if pingServed(fd) {
        held.append(fd)
    } else {
        refused += 1
        close(fd)
    }
}
say("served \(held.count) refused \(refused)", to: 1)
// Held until the test kills this peer, never by waiting on a pipe: a test runner that spawns
// processes from many threads can leak a pipe's other end into another child, and then the end of
// input would never come. Ten minutes at most, whatever happens to the test.
sleep(600)
