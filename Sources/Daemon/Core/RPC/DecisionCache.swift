// RPC/DecisionCache.swift — encoded answers of one generation, reused for repeated questions.
//
// Plugins are pure and a generation never changes, so the same question gets the same decision;
// encoding it (JSONEncoder) costs far more than the socket round trip. The cache keeps the encoded
// bytes with an empty `decisionId` and splices a fresh id into each copy, so every answer still
// has its own id. It is bounded in bytes (keys and answers; cleared when full), its keys are
// bounded because every string parameter is, and it dies with its generation on reload.

import Foundation
import PluginAPI
import Synchronization

/// One cached question.
enum DecisionCacheKey: Hashable, Sendable {
    case route(region: String, RouteQuery)
    case procurement(region: String, ProcurementQuery)
    case cost(region: String, CostQuery)
    case allocation(region: String, amount: Decimal, year: Int, pool: String?)

    /// What the key costs in memory, roughly: its fixed parts plus the free text a client chose.
    var approximateBytes: Int {
        let fixed = 256
        switch self {
        case .route(_, let query):
            return fixed + (query.training?.provider?.utf8.count ?? 0) + (query.training?.field?.utf8.count ?? 0)
        case .allocation(_, _, _, let pool):
            return fixed + (pool?.utf8.count ?? 0)
        case .procurement, .cost:
            return fixed
        }
    }
}

public final class DecisionCache: Sendable {
    /// How full the cache is, for `system.stats`.
    public struct Usage: Sendable {
        public var entries: Int
        public var bytes: Int
        public var limitBytes: Int
    }

    /// The bytes of keys and answers kept before the cache starts over.
    public let limitBytes: Int

    /// Encoded answer and the offset inside it where the decision id belongs (between the quotes
    /// of `"decisionId":""`).
    private struct Entry {
        var bytes: [UInt8]
        var idOffset: Int
    }

    private let table = Mutex<(entries: [DecisionCacheKey: Entry], bytes: Int)>(([:], 0))

    public init(limitBytes: Int) {
        self.limitBytes = limitBytes
    }

    public var usage: Usage {
        table.withLock { Usage(entries: $0.entries.count, bytes: $0.bytes, limitBytes: limitBytes) }
    }

    /// The answer for `key` with `decisionID` in it, encoding `make()` on the first ask.
    func answer(_ key: DecisionCacheKey, decisionID: String, make: () throws(RPCError) -> [UInt8]) throws(RPCError) -> [UInt8] {
        let cached = table.withLock { $0.entries[key] }
        let entry: Entry
        if let cached {
            entry = cached
        } else {
            let bytes = try make()
            guard let offset = Self.idOffset(in: bytes) else { return bytes }
            entry = Entry(bytes: bytes, idOffset: offset)
            let cost = bytes.count + key.approximateBytes
            // One answer may take at most 1/16 of the cache; a larger one is answered, not kept.
            if cost <= limitBytes / 16 {
                table.withLock { table in
                    if table.bytes + cost > limitBytes {
                        table.entries.removeAll(keepingCapacity: true)
                        table.bytes = 0
                    }
                    if table.entries.updateValue(entry, forKey: key) == nil { table.bytes += cost }
                }
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
