// Ledger/LedgerEntry.swift — one recorded cost (or advance bill, or the reversal of one), as
// validated and as stored.

import PluginAPI

public struct LedgerEntry: Sendable, Equatable {
    /// What the amount is: a cost caused by a service, or an advance bill sent to a member
    /// (TyöHäme-style monthly billing, compared with actual use by `ledger.balance`).
    public enum Kind: String, Sendable, CaseIterable {
        case cost
        case advanceBill = "advance_bill"
    }

    /// The caller's id; recording the same id again with the same content is a no-op.
    public var id: String
    public var kind: Kind
    public var date: EffectiveDate
    /// The region covering the municipality when the entry was recorded.
    public var region: String
    public var municipality: MunicipalityCode
    /// A catalog service id; empty for advance bills.
    public var service: String
    /// Euros in cents: exact, and cheap to sum in SQLite.
    public var amountCents: Int64
    public var description: String?
    /// For a reversal: the id of the entry it cancels (same date, municipality, service and kind,
    /// the negated amount), and why. Entries are never edited; mistakes are corrected this way.
    public var reverses: String?
    public var reason: String?

    public init(id: String, kind: Kind, date: EffectiveDate, region: String, municipality: MunicipalityCode,
                service: String, amountCents: Int64, description: String?, reverses: String? = nil, reason: String? = nil) {
        self.id = id
        self.kind = kind
        self.date = date
        self.region = region
        self.municipality = municipality
        self.service = service
        self.amountCents = amountCents
        self.description = description
        self.reverses = reverses
        self.reason = reason
    }

    /// The entry that cancels this one, recorded under `id`.
    public func reversal(id: String, reason: String) -> LedgerEntry {
        LedgerEntry(id: id, kind: kind, date: date, region: region, municipality: municipality, service: service,
                    amountCents: -amountCents, description: description, reverses: self.id, reason: reason)
    }

    /// Whether `other` records the same fact (the idempotency rule: everything but who and when).
    public func sameContent(as other: LedgerEntry) -> Bool {
        self == other
    }
}
