// ByteSearch.swift — finding a byte string in a buffer with the C library's memchr and memcmp: the
// generic Collection.firstRange(of:) walks a 3 kB answer a hundred times slower, and these searches
// sit on the answer path (the decision id in a cached answer, a batch's answers).

#if canImport(Glibc)
import Glibc
#endif

extension Array where Element == UInt8 {
    /// The index of the first occurrence of `needle` at or after `start`, nil if there is none.
    public func firstIndex(of needle: [UInt8], from start: Int = 0) -> Int? {
        guard start >= 0, start <= count, !needle.isEmpty else { return nil }
        return withUnsafeBytes { haystack in
            needle.withUnsafeBytes { pattern -> Int? in
                guard let base = haystack.baseAddress, let pattern = pattern.baseAddress else { return nil }
                var position = start
                while position + needle.count <= haystack.count {
                    guard let hit = memchr(base + position, Int32(needle[0]), haystack.count - position - needle.count + 1) else { return nil }
                    let index = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(hit, pattern, needle.count) == 0 { return index }
                    position = index + 1
                }
                return nil
            }
        }
    }
}
