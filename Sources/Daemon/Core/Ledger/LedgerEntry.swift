// Ledger/LedgerEntry.swift — one recorded cost (or advance bill), as validated and as stored.

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

    public init(id: String, kind: Kind, date: EffectiveDate, region: String, municipality: MunicipalityCode,
                service: String, amountCents: Int64, description: String?) {
        self.id = id
        self.kind = kind
        self.date = date
        self.region = region
        self.municipality = municipality
        self.service = service
        self.amountCents = amountCents
        self.description = description
    }

    /// Whether `other` records the same fact (the idempotency rule: everything but who and when).
    public func sameContent(as other: LedgerEntry) -> Bool {
        self == other
    }
}
