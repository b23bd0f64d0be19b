// BindRace.swift — an LD_PRELOAD shim for the socket test: it plays the attacker of issue 14 item 6
// who wins the race right after alued's bind(). When ALUE_RACE_VICTIM is set, the socket file that
// bind() just created is replaced by a symlink to that path, as another user could do in a
// world-writable socket directory. Whatever alued then does to the socket *by path* hits the victim.

#if canImport(Glibc)
import Glibc
#endif

private typealias BindFunction = @convention(c) (Int32, UnsafePointer<sockaddr>?, socklen_t) -> Int32

@_cdecl("bind")
public func bindThenSwapInSymlink(_ fd: Int32, _ address: UnsafePointer<sockaddr>?, _ length: socklen_t) -> Int32 {
    // RTLD_NEXT, a C macro Swift does not import: the next definition of the symbol, i.e. libc's.
    guard let real = dlsym(UnsafeMutableRawPointer(bitPattern: -1), "bind") else { return -1 }
    let result = unsafeBitCast(real, to: BindFunction.self)(fd, address, length)
    guard result == 0, let victim = getenv("ALUE_RACE_VICTIM"), let address,
          address.pointee.sa_family == sa_family_t(AF_UNIX) else { return result }
    address.withMemoryRebound(to: sockaddr_un.self, capacity: 1) { unixAddress in
        var path = unixAddress.pointee.sun_path
        let capacity = MemoryLayout.size(ofValue: path)
        withUnsafePointer(to: &path) { raw in
            raw.withMemoryRebound(to: CChar.self, capacity: capacity) { socketPath in
                unlink(socketPath)
                symlink(victim, socketPath)
            }
        }
    }
    return result
}
