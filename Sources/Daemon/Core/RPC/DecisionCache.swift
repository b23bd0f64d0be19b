// RPC/DecisionCache.swift — encoded answers of one generation, reused for repeated questions.
//
// Plugins are pure and a generation never changes, so the same question gets the same decision;
// encoding it (JSONEncoder) costs far more than the socket round trip. The cache keeps the encoded
// bytes with an empty `decisionId` and splices a fresh id into each copy, so every answer still
// has its own id. It is bounded (cleared when full) and dies with its generation on reload.

import Foundation
import PluginAPI
import Synchronization

/// One cached question.
enum DecisionCacheKey: Hashable, Sendable {
    case route(region: String, RouteQuery)
    case procurement(region: String, ProcurementQuery)
    case cost(region: String, CostQuery)
    case allocation(region: String, amount: Decimal, year: Int, pool: String?)
}

public final class DecisionCache: Sendable {
    /// Entries kept before the cache starts over: a few MB at most, reached only by many distinct questions.
    static let capacity = 1024

    /// Encoded answer and the offset inside it where the decision id belongs (between the quotes
    /// of `"decisionId":""`).
    private struct Entry {
        var bytes: [UInt8]
        var idOffset: Int
    }

    /// A question and the language its notes are in.
    private struct Key: Hashable {
        var question: DecisionCacheKey
        var language: Language
    }

    private let entries = Mutex<[Key: Entry]>([:])

    public init() {}

    /// The answer for `question` in `language` with `decisionID` in it, encoding `make()` on the first ask.
    func answer(_ question: DecisionCacheKey, language: Language, decisionID: String,
                make: () throws(RPCError) -> [UInt8]) throws(RPCError) -> [UInt8] {
        let key = Key(question: question, language: language)
        let cached = entries.withLock { $0[key] }
        let entry: Entry
        if let cached {
            entry = cached
        } else {
            let bytes = try make()
            guard let offset = Self.idOffset(in: bytes) else { return bytes }
            entry = Entry(bytes: bytes, idOffset: offset)
            entries.withLock { table in
                if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
                table[key] = entry
            }
        }
        var answer = [UInt8]()
        answer.reserveCapacity(entry.bytes.count + decisionID.utf8.count)
        answer.append(contentsOf: entry.bytes[..<entry.idOffset])
        answer.append(contentsOf: decisionID.utf8)
        answer.append(contentsOf: entry.bytes[entry.idOffset...])
        return answer
    }

    /// JSON escaping turns any quote inside a string into `\"`, so the unescaped sequence can only be
    /// the top-level member itself.
    private static let marker = Array(#""decisionId":""#.utf8)

    private static func idOffset(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= marker.count else { return nil }
        for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
            if bytes[start..<start + marker.count].elementsEqual(marker) { return start + marker.count }
        }
        return nil
    }
}
