// RPC/RepeatedRequestMemo.swift — one connection's memory of the decisions it was answered, keyed
// by the request line's own bytes, so a repeated question skips parsing and resolution.
//
// A line that differs from an answered one only in its request id asks the same question: the same
// method, params and language, on a connection whose peer (and so role) is fixed. While the
// generation that answered serves, the answer is the same decision; only the request id and the
// decision id differ, and both are written fresh. Everything else the general path does for a
// decision — per-method statistics, the decision log, a fresh decision id — the dispatcher does for
// a repeat too (Dispatcher.answerRepeat). Remembered are only lines that name their `date` (an
// answer for "today" changes at midnight) and whose id is a plain integer or a plain string token
// (written back byte for byte as the parser would). One connection's thread owns its memo: no lock.

import AlueWire

final class RepeatedRequestMemo {
    /// A remembered decision: what the general path answered and filed for it. The answer is held
    /// weakly: the generation's answer cache decides how long an answer lives, and a repeat of one
    /// it has let go takes the general path.
    struct Entry {
        var method: String
        weak var template: DecisionTemplate?
        var subject: DecisionSubject
        /// The request's params as the decision log files them.
        var params: [UInt8]?

        init(method: String, reply: DecisionReply, params: [UInt8]?) {
            self.method = method
            template = reply.template
            subject = reply.subject
            self.params = params
        }

        /// What a memo costs to keep this: the answer is not counted, the cache keeps it.
        var bytes: Int { method.utf8.count + subject.region.utf8.count + (subject.service?.utf8.count ?? 0) + subject.date.utf8.count + (params?.count ?? 0) }
    }

    /// A repeat: the entry's method, answer and params, and the new line's request id as written.
    struct Repeat {
        var method: String
        var reply: DecisionReply
        var params: [UInt8]?
        var id: ArraySlice<UInt8>
    }

    /// Bytes of keys, filed params and subjects kept before the memo starts over (a few hundred
    /// questions; the answers are the answer cache's).
    static let limitBytes = 64 * 1024
    /// Longer lines are not remembered (a typical decision request is 100–200 bytes).
    static let longestLine = 1024
    /// Longer request ids are not taken as plain tokens.
    static let longestID = 64

    /// Keyed by the line without its request id.
    private var entries: [LineWithoutSpan: Entry] = [:]
    private var bytes = 0
    private var generation: Int?

    /// The remembered decision `line` repeats under `generation`, if any.
    func lookup(_ line: [UInt8], generation: Int) -> Repeat? {
        guard !entries.isEmpty, generation == self.generation, line.count <= Self.longestLine,
              let key = Self.key(line), let entry = entries[key], let template = entry.template else { return nil }
        return Repeat(method: entry.method, reply: DecisionReply(template: template, subject: entry.subject), params: entry.params, id: line[key.span])
    }

    /// Remembers the decision answered to `line`; `id` is the request id the parser read from it,
    /// which must be the plain token `key(_:)` cuts out (it is not when, say, the key was written with
    /// an escape or the id is a fraction).
    func remember(_ line: [UInt8], id: JSONValue, entry: Entry, generation: Int) {
        guard line.count <= Self.longestLine, let key = Self.key(line), line[key.span].elementsEqual(JSONWriter.encode(id)) else { return }
        if generation != self.generation {
            entries.removeAll()
            bytes = 0
            self.generation = generation
        }
        let cost = key.count + entry.bytes + 64
        if bytes + cost > Self.limitBytes {
            entries.removeAll(keepingCapacity: true)
            bytes = 0
        }
        if entries.updateValue(entry, forKey: key) == nil { bytes += cost }
    }

    private static let idKey = Array("id".utf8)

    /// The line without its one top-level `id` member's value (the key's span); nil when the line
    /// has no such member, more than one, a key written with an escape (it may be another `id`), or
    /// an id that is not a plain token.
    private static func key(_ line: [UInt8]) -> LineWithoutSpan? {
        line.withUnsafeBufferPointer { buffer -> LineWithoutSpan? in
            let member = TopLevelMember(named: idKey, in: buffer)
            guard member.count == 1, member.keysWithEscapes == 0, let start = member.firstValueOffset, let end = plainTokenEnd(buffer, from: start) else { return nil }
            return LineWithoutSpan(line, cutting: start..<end)
        }
    }

    /// The end of the id starting at `start` when it is an integer as JSON writes one (`-?(0|[1-9][0-9]*)`)
    /// or a string of printable ASCII without quotes or backslashes — both read and written back
    /// unchanged; nil for anything else.
    private static func plainTokenEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        func isDigit(_ index: Int) -> Bool { index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") }
        if bytes[index] == UInt8(ascii: "\"") {
            index += 1
            while index < bytes.count, (0x21...0x7E).contains(bytes[index]), bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                index += 1
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            index += 1
        } else {
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard isDigit(index) else { return nil }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
            } else {
                while isDigit(index) { index += 1 }
            }
            // A fraction, an exponent or a leading zero's next digit follows: not a plain integer.
            if index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "0")...UInt8(ascii: "9"): return nil
                default: break
                }
            }
        }
        return index - start <= longestID ? index : nil
    }
}
