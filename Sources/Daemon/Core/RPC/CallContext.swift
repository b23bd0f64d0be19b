// RPC/CallContext.swift — what a method handler may use: the generation it runs on, the daemon's
// services (status, stats, reload), the peer and its role, and a per-connection encoder.

import AlueWire
import Foundation
import PluginAPI

/// The daemon-wide services handlers call; implemented by `Daemon`, stubbed in unit tests.
public protocol DaemonServices: AnyObject, Sendable {
    var log: Log { get }
    var stats: RequestStats { get }
    /// The ledger; nil where none is open (e.g. a test double).
    var ledger: LedgerStore? { get }
    /// The decision log (DecisionLog/); nil where none is open.
    var decisionLog: DecisionLog? { get }
    func currentSnapshot() -> RuntimeSnapshot
    /// `held` while it is still the serving generation, else the current one: a connection keeps
    /// the snapshot it last used and takes the lock all connections share only after a reload.
    func currentSnapshot(reusing held: RuntimeSnapshot?) -> RuntimeSnapshot
    func statusInfo() -> DaemonStatusInfo
    /// Re-reads config, data and plugins; swaps only if everything is valid.
    func reload(requestedBy: String) -> ReloadOutcome
    /// What a reload would change (`system.reload {dryRun: true}`): the candidate is built and
    /// asked in a child process; nothing is swapped.
    func previewReload() throws(RPCError) -> JSONValue
    /// A fresh id for a decision, unique within this daemon's lifetime and across restarts.
    func nextDecisionID() -> DecisionID
    /// Stores imported figures in the state directory and serves them from a new generation;
    /// returns that generation. Nothing changes when it throws.
    func importStatistics(_ batches: [ImportedBatch]) throws(RPCError) -> Int
}

extension DaemonServices {
    public var decisionLog: DecisionLog? { nil }

    public func currentSnapshot(reusing held: RuntimeSnapshot?) -> RuntimeSnapshot { currentSnapshot() }

    public func previewReload() throws(RPCError) -> JSONValue {
        throw .internalError(fi: "tämä alued-prosessi ei voi esikatsella uudelleenlatausta", en: "this daemon cannot preview a reload")
    }

    public func importStatistics(_ batches: [ImportedBatch]) throws(RPCError) -> Int {
        throw .internalError(fi: "tällä alued-prosessilla ei ole tilahakemistoa tuoduille tilastoille",
                             en: "this daemon keeps no state directory for imported statistics")
    }
}

/// Facts about the running daemon for system.status.
public struct DaemonStatusInfo: Sendable {
    public var pid: Int32
    public var uptimeSeconds: Double
    public var ready: Bool
    public var socket: String
    public var openConnections: Int

    public init(pid: Int32, uptimeSeconds: Double, ready: Bool, socket: String, openConnections: Int) {
        self.pid = pid
        self.uptimeSeconds = uptimeSeconds
        self.ready = ready
        self.socket = socket
        self.openConnections = openConnections
    }
}

/// The result of a reload: the generation now serving and what happened.
public struct ReloadOutcome: Sendable {
    public var ok: Bool
    public var generation: Int
    public var messages: [LocalizedText]

    public init(ok: Bool, generation: Int, messages: [LocalizedText]) {
        self.ok = ok
        self.generation = generation
        self.messages = messages
    }
}

/// Encodes Codable answers. One per connection: JSONEncoder is a mutable class and not shared.
public final class ResponseEncoder {
    private let encoder: JSONEncoder

    public init() {
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// `value` as JSON, its localized texts in `language`.
    public func encode<Value: Encodable>(_ value: Value, language: Language = .fi) throws(RPCError) -> [UInt8] {
        encoder.userInfo[.alueLanguage] = language
        do {
            return Array(try encoder.encode(value))
        } catch {
            // The encoder's own detail is technical and stays as it is in both languages.
            throw .internalError(fi: "vastausta ei voitu koodata: \(error)", en: "could not encode the answer: \(error)")
        }
    }
}

/// Everything one call may read.
public struct CallContext {
    public let snapshot: RuntimeSnapshot
    public let daemon: any DaemonServices
    public let peer: PeerCredentials?
    public let role: Role
    public let encoder: ResponseEncoder
    /// The default `date` of a decision: today in the daemon's local time zone, read from the clock
    /// only by a call that gives no date (most give one).
    public var today: EffectiveDate { fixedToday ?? .today() }
    private let fixedToday: EffectiveDate?
    /// The language of notes, messages and labels (the call's `lang`, Finnish by default).
    public var language: Language

    public init(snapshot: RuntimeSnapshot, daemon: any DaemonServices, peer: PeerCredentials?, role: Role,
                encoder: ResponseEncoder, today: EffectiveDate? = nil, language: Language = .fi) {
        self.snapshot = snapshot
        self.daemon = daemon
        self.peer = peer
        self.role = role
        self.encoder = encoder
        self.fixedToday = today
        self.language = language
    }

    public func encoded<Value: Encodable>(_ value: Value) throws(RPCError) -> Reply {
        .encoded(try encoder.encode(value, language: language))
    }
}

extension EffectiveDate {
    /// Today in the local time zone (the daemon's; the rules' dates are Finnish calendar days).
    public static func today() -> EffectiveDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return EffectiveDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
    }
}
