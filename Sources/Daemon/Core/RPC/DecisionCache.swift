// RPC/DecisionCache.swift — encoded answers of one generation, reused for repeated questions.
//
// Plugins are pure and a generation never changes, so the same question gets the same decision;
// encoding it (JSONEncoder) costs far more than the socket round trip. The cache keeps the encoded
// bytes with an empty top-level `decisionId`; the dispatcher splices a fresh id into each answer it
// sends (DecisionReply), so every answer has its own id — and an answer without one is an error,
// never sent. It is bounded in bytes (keys
// and answers; cleared when full), its keys are bounded because every string parameter is, and it
// dies with its generation on reload.

import AlueWire
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

    /// What the question is about, as the decision log files it.
    var subject: DecisionSubject {
        switch self {
        case .route(let region, let query):
            return DecisionSubject(region: region, municipality: query.municipality.code, service: query.service.rawValue, date: query.date.description)
        case .procurement(let region, let query):
            return DecisionSubject(region: region, municipality: nil, service: query.service.rawValue, date: query.date.description)
        case .cost(let region, let query):
            return DecisionSubject(region: region, municipality: query.municipality.code, service: query.service.rawValue, date: query.date.description)
        case .allocation(let region, _, let year, _):
            return DecisionSubject(region: region, municipality: nil, service: nil, date: String(year))
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

    /// A question and the language its notes are in.
    private struct Key: Hashable {
        var question: DecisionCacheKey
        var language: Language
    }

    private let table = HotMutex<(entries: [Key: DecisionTemplate], bytes: Int)>(([:], 0))

    public init(limitBytes: Int) {
        self.limitBytes = limitBytes
    }

    public var usage: Usage {
        table.withLock { Usage(entries: $0.entries.count, bytes: $0.bytes, limitBytes: limitBytes) }
    }

    /// The encoded answer for `question` in `language` (its id still empty), encoding `make()` on the first ask.
    /// - Throws: an internal error rather than ever answering with an empty `decisionId`.
    func template(_ question: DecisionCacheKey, language: Language, make: () throws(RPCError) -> [UInt8]) throws(RPCError) -> DecisionTemplate {
        let key = Key(question: question, language: language)
        if let cached = table.withLock({ $0.entries[key] }) { return cached }
        let template = try DecisionTemplate(encoded: try make())
        let cost = template.bytes.count + question.approximateBytes
        // One answer may take at most 1/16 of the cache; a larger one is answered, not kept.
        if cost <= limitBytes / 16 {
            table.withLock { table in
                if table.bytes + cost > limitBytes {
                    table.entries.removeAll(keepingCapacity: true)
                    table.bytes = 0
                }
                if table.entries.updateValue(template, forKey: key) == nil { table.bytes += cost }
            }
        }
        return template
    }
}

/// An encoded decision whose top-level `decisionId` is empty, and where a fresh id goes. A class so
/// that a connection's memo can refer to it without keeping it alive (RepeatedRequestMemo).
public final class DecisionTemplate: Sendable {
    let bytes: [UInt8]
    /// Between the quotes of the top-level `"decisionId":""`.
    let idOffset: Int
    /// Unique in this process, across generations: the decision log stores each template once.
    let serial: UInt64

    private static let serials = Atomic<UInt64>(0)

    /// - Throws: when `encoded` has no empty top-level `decisionId` (a nested decision's own
    ///   `decisionId` does not count), so an answer without an id can never be produced.
    public init(encoded: [UInt8]) throws(RPCError) {
        guard let offset = Self.topLevelIDOffset(in: encoded) else {
            throw .internalError(fi: "koodatussa päätöksessä ei ole tyhjää ylimmän tason decisionId-kenttää täytettäväksi",
                                 en: "the encoded decision has no empty top-level decisionId to fill in")
        }
        bytes = encoded
        idOffset = offset
        serial = Self.serials.add(1, ordering: .relaxed).newValue
    }

    /// Appends the decision with `decisionID` spliced in straight to an answer being written (the
    /// answer path copies a cached decision once).
    public func write(filledWith decisionID: DecisionID, into writer: inout JSONWriter) {
        bytes.withUnsafeBufferPointer { template in
            writer.raw(UnsafeBufferPointer(rebasing: template[..<idOffset]))
            decisionID.write(into: &writer)
            writer.raw(UnsafeBufferPointer(rebasing: template[idOffset...]))
        }
    }

    private static let idKey = Array("decisionId".utf8)

    /// Between the quotes of the first top-level `decisionId` when its value is `""` (a nested
    /// decision's own `decisionId` does not count).
    static func topLevelIDOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let value = TopLevelMember(named: idKey, in: buffer).firstValueOffset, value + 1 < buffer.count,
                  buffer[value] == UInt8(ascii: "\""), buffer[value + 1] == UInt8(ascii: "\"") else { return nil }
            return value + 1
        }
    }
}
