// RPC/DecisionCache.swift — encoded answers of one generation, reused for repeated questions.
//
// Plugins are pure and a generation never changes, so the same question gets the same decision;
// encoding it (JSONEncoder) costs far more than the socket round trip. The cache keeps the encoded
// bytes with an empty `decisionId`; the dispatcher splices a fresh id into each answer it sends, so
// every answer still has its own id (DecisionReply). It is bounded (cleared when full) and dies with
// its generation on reload.

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
    /// Entries kept before the cache starts over: a few MB at most, reached only by many distinct questions.
    static let capacity = 1024

    /// Encoded answer, the offset inside it where the decision id belongs (between the quotes of
    /// `"decisionId":""`; nil for an answer without one) and a serial unique in this process.
    struct Template {
        var bytes: [UInt8]
        var idOffset: Int?
        var serial: UInt64
    }

    /// Serials of templates, across generations: the decision log stores each template once.
    private static let serials = Atomic<UInt64>(0)

    /// A question and the language its notes are in.
    private struct Key: Hashable {
        var question: DecisionCacheKey
        var language: Language
    }

    private let entries = Mutex<[Key: Template]>([:])

    public init() {}

    /// The encoded answer for `question` in `language`, encoding `make()` on the first ask.
    func template(_ question: DecisionCacheKey, language: Language,
                  make: () throws(RPCError) -> [UInt8]) throws(RPCError) -> Template {
        let key = Key(question: question, language: language)
        if let cached = entries.withLock({ $0[key] }) { return cached }
        let bytes = try make()
        let template = Template(bytes: bytes, idOffset: Self.idOffset(in: bytes),
                                serial: Self.serials.add(1, ordering: .relaxed).newValue)
        guard template.idOffset != nil else { return template }
        entries.withLock { table in
            if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
            table[key] = template
        }
        return template
    }

    /// JSON escaping turns any quote inside a string into `\"`, so the unescaped sequence can only be
    /// the top-level member itself.
    private static let marker = Array(#""decisionId":""#.utf8)

    private static func idOffset(in bytes: [UInt8]) -> Int? {
        bytes.firstIndex(of: marker).map { $0 + marker.count }
    }
}
