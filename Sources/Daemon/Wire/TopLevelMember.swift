// TopLevelMember.swift — where the value of a named member of the outermost JSON object starts,
// found by one pass over the bytes that tracks nesting and skips strings, without parsing: the
// answer path uses it to splice a decision id into a cached answer and to find a request's id.

/// The members named `key` (its raw bytes, as written between the quotes) of the outermost object.
public struct TopLevelMember {
    /// Where the value of the first such member starts (after the colon and any white space).
    public var firstValueOffset: Int?
    /// How many such members there are (a duplicate makes a request ambiguous to anything but the parser).
    public var count = 0
    /// How many keys of the outermost object are written with an escape: one of them may be
    /// `key` too once decoded, which a byte comparison cannot see.
    public var keysWithEscapes = 0

    /// Scans `bytes`, which should be JSON text; on text that is not, the offsets are still within `bytes`.
    public init(named key: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) {
        var depth = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            case UInt8(ascii: "\""):
                let start = index + 1
                var escaped = false
                index = start
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") {
                        escaped = true
                        index += 1
                    }
                    index += 1
                }
                guard depth == 1, index < bytes.count, let colon = Self.skippingSpace(bytes, from: index + 1),
                      bytes[colon] == UInt8(ascii: ":"), let value = Self.skippingSpace(bytes, from: colon + 1) else { break }
                if escaped { keysWithEscapes += 1 }
                if index - start == key.count, key.withUnsafeBufferPointer({ $0.elementsEqual(UnsafeBufferPointer(rebasing: bytes[start..<index])) }) {
                    if count == 0 { firstValueOffset = value }
                    count += 1
                }
                index = value - 1
            default: break
            }
            index += 1
        }
    }

    /// The first index at or after `start` that is not JSON white space; nil at the end.
    private static func skippingSpace(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return index
            }
        }
        return nil
    }
}
