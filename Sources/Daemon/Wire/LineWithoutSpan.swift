// Wire/LineWithoutSpan.swift — a line of bytes from some offset on, with one span cut out (a request
// id, a decision id), as a dictionary key: two lines that differ only inside their spans (or before
// their offsets) are the same key. The line is kept and compared in place; copying it to cut the
// span out cost more than the rest of a lookup.

#if canImport(Glibc)
import Glibc
#endif

public struct LineWithoutSpan: Hashable, Sendable {
    public let line: [UInt8]
    public let start: Int
    public let span: Range<Int>

    /// `line` from `start` on without `span` (which lies after `start`).
    public init(_ line: [UInt8], from start: Int = 0, cutting span: Range<Int>) {
        self.line = line
        self.start = start
        self.span = span
    }

    /// The bytes compared.
    public var count: Int { line.count - start - span.count }

    /// At most this many bytes on either side of the span are hashed: lines that differ elsewhere
    /// only share a bucket; equality compares everything.
    static let hashedBytes = 256

    public func hash(into hasher: inout Hasher) {
        withParts { before, after in
            hasher.combine(before.count)
            hasher.combine(after.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: before.suffix(Self.hashedBytes)))
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: after.prefix(Self.hashedBytes)))
        }
    }

    public static func == (left: LineWithoutSpan, right: LineWithoutSpan) -> Bool {
        left.withParts { leftBefore, leftAfter in
            right.withParts { rightBefore, rightAfter in same(leftBefore, rightBefore) && same(leftAfter, rightAfter) }
        }
    }

    private func withParts<T>(_ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> T) -> T {
        line.withUnsafeBytes { bytes in
            body(UnsafeRawBufferPointer(rebasing: bytes[start..<span.lowerBound]), UnsafeRawBufferPointer(rebasing: bytes[span.upperBound...]))
        }
    }

    private static func same(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Bool {
        guard left.count == right.count else { return false }
        guard let leftBytes = left.baseAddress, let rightBytes = right.baseAddress else { return true }
        return memcmp(leftBytes, rightBytes, left.count) == 0
    }
}
