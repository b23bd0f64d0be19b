// Ledger/StatementBuilder.swift — what each member owes for a period: its causer-pays costs, its
// share of the shared pool (split by the region's key), and the annual balance of advance bills
// against actual use.

import Foundation
import PluginAPI

/// A statement or balance period: a year or a month.
public struct LedgerPeriod: Sendable, Equatable, CustomStringConvertible {
    public let year: Int
    public let month: Int?

    /// The years statements and balances cover; ledger entries must be dated within them.
    public static let years = 2000...2100
    public static let first = LedgerPeriod(String(years.lowerBound))!
    public static let last = LedgerPeriod(String(years.upperBound))!

    /// `YYYY` or `YYYY-MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts[0].count == 4, let year = Int(parts[0]), Self.years.contains(year) else { return nil }
        if parts.count == 2 {
            guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            self.month = month
        } else {
            self.month = nil
        }
        self.year = year
    }

    public var first: EffectiveDate { EffectiveDate(year: year, month: month ?? 1, day: 1)! }
    public var last: EffectiveDate {
        let lastMonth = month ?? 12
        return EffectiveDate(year: year, month: lastMonth, day: EffectiveDate.daysIn(month: lastMonth, year: year))!
    }

    public var description: String { month.map { String(format: "%04d-%02d", year, $0) } ?? String(year) }
}

/// `ledger.statement`'s answer (docs/architecture.md §6, pinned shape).
public struct Statement: Encodable, Sendable {
    public struct Row: Encodable, Sendable {
        public var municipality: MunicipalityRef
        public var causerPays: Money
        public var sharedShare: Money
        public var total: Money
    }

    public struct Totals: Encodable, Sendable {
        public var causerPays: Money
        public var sharedShare: Money
        public var total: Money
    }

    public var region: String
    public var period: String
    public var rows: [Row]
    public var totals: Totals
    /// The key that split the shared pool, when there was one.
    public var key: AllocationKeySummary?
    public var entries: Int
    /// The period's reversals, when asked for (they are always netted in the amounts above).
    public var reversals: [ReversalLine]?
    public var notes: [LocalizedText]
}

/// A correction as a statement lists it.
public struct ReversalLine: Encodable, Sendable {
    public var id: String
    public var reverses: String
    public var date: String
    public var municipality: MunicipalityRef
    public var service: String
    public var amount: Money
    public var reason: String
}

/// `ledger.balance`'s answer (docs/architecture.md §6, pinned shape).
public struct Balance: Encodable, Sendable {
    public struct Row: Encodable, Sendable {
        public var municipality: MunicipalityRef
        public var billed: Money
        public var actual: Money
        /// actual − billed: positive = extra bill, negative = refund.
        public var difference: Money
    }

    public struct Totals: Encodable, Sendable {
        public var billed: Money
        public var actual: Money
        public var difference: Money
    }

    public var region: String
    public var year: Int
    public var rows: [Row]
    public var totals: Totals
    public var notes: [LocalizedText]
}

public struct StatementBuilder {
    let region: LoadedRegion
    let statistics: StatisticsTable
    let library: KeyLibrary

    public init(region: LoadedRegion, statistics: StatisticsTable, library: KeyLibrary) {
        self.region = region
        self.statistics = statistics
        self.library = library
    }

    /// The statement of `period` from `entries` (the region's entries of that period).
    public func statement(_ period: LedgerPeriod, entries: [LedgerEntry], municipality: MunicipalityCode? = nil,
                          listingReversals: Bool = false) throws(RPCError) -> Statement {
        let members = region.declaration.members
        var causerPays: [MunicipalityCode: Decimal] = [:]
        var pool: Decimal = 0
        var unclassified = 0
        var costEntries = 0
        for entry in entries where entry.kind == .cost {
            costEntries += 1
            let amount = Decimal(entry.amountCents) / 100
            let member = region.declaration.member(entry.municipality) ?? MunicipalityRef(code: entry.municipality, name: entry.municipality.rawValue)
            do {
                let cost = try region.plugin.costResponsibility(CostQuery(municipality: member, service: ServiceID(rawValue: entry.service), date: entry.date))
                // Who finally bears the cost decides where it goes: the pool split by the key, or the
                // member that bears it (the client's own municipality or another member).
                switch cost.bearer {
                case .membersByKey:
                    pool += amount
                case .municipality(let bearer) where region.declaration.member(bearer.code) != nil:
                    causerPays[bearer.code, default: 0] += amount
                default:
                    causerPays[entry.municipality, default: 0] += amount
                }
            } catch {
                unclassified += 1
                causerPays[entry.municipality, default: 0] += amount
            }
        }
        var notes: [LocalizedText] = []
        var shared: [MunicipalityCode: Decimal] = [:]
        var key: AllocationKeySummary?
        if pool != 0 {
            let definition = try DecisionMethods.ask { () throws(DecisionError) in
                try region.plugin.allocationKey(AllocationKeyQuery(year: period.year))
            }
            let allocation: Allocation
            do {
                allocation = try AllocationEngine.allocate(amount: pool, key: definition, members: members, statistics: statistics,
                                                           library: library, rule: .newestUpToYear, year: period.year)
            } catch {
                throw RPCError.from(error)
            }
            for share in allocation.shares { shared[share.municipality.code] = share.amount.amount }
            key = allocation.key
            notes.append(LocalizedText(
                fi: "yhteinen kustannuspooli \(Money(pool)) jaettu vuoden \(period.year) jakoavaimella \(definition.pool) (\(allocation.status.rawValue))",
                en: "shared pool \(Money(pool)) split by the \(definition.pool) key of \(period.year) (\(allocation.status.rawValue))"))
            notes += allocation.notes
        }
        let reversals = entries.filter { $0.reverses != nil && (municipality == nil || $0.municipality == municipality) }
        if !reversals.isEmpty {
            notes.append(reversals.count == 1
                ? LocalizedText(fi: "1 oikaisu (vastakirjaus) on vähennetty näistä summista",
                                en: "1 reversal (correction) is netted in these amounts")
                : LocalizedText(fi: "\(reversals.count) oikaisua (vastakirjausta) on vähennetty näistä summista",
                                en: "\(reversals.count) reversals (corrections) are netted in these amounts"))
        }
        if unclassified > 0 {
            notes.append(LocalizedText(
                fi: "\(unclassified) kirjausta koskee palveluja, joille alueella ei ole kustannussääntöä; kukin on kirjattu omalle kunnalleen",
                en: "\(unclassified) entries are for services the region answers no cost rule for; each is charged to its own municipality"))
        }
        let rows = members.sorted { $0.name < $1.name }
            .filter { municipality == nil || $0.code == municipality }
            .map { member -> Statement.Row in
                let own = causerPays[member.code] ?? 0, share = shared[member.code] ?? 0
                return Statement.Row(municipality: member, causerPays: Money(own), sharedShare: Money(share), total: Money(own + share))
            }
        return Statement(region: region.declaration.id, period: period.description, rows: rows,
                         totals: Statement.Totals(causerPays: rows.reduce(.zero) { $0 + $1.causerPays },
                                                  sharedShare: rows.reduce(.zero) { $0 + $1.sharedShare },
                                                  total: rows.reduce(.zero) { $0 + $1.total }),
                         key: key, entries: costEntries,
                         reversals: listingReversals ? reversals.map { entry in
                             ReversalLine(id: entry.id, reverses: entry.reverses ?? "", date: entry.date.description,
                                          municipality: region.declaration.member(entry.municipality)
                                              ?? MunicipalityRef(code: entry.municipality, name: entry.municipality.rawValue),
                                          service: entry.service, amount: Money(Decimal(entry.amountCents) / 100), reason: entry.reason ?? "")
                         } : nil,
                         notes: notes)
    }

    /// Advance bills of `year` against the year's actual statement, per member.
    public func balance(year: Int, entries: [LedgerEntry]) throws(RPCError) -> Balance {
        let statement = try statement(LedgerPeriod(String(year))!, entries: entries)
        var billed: [MunicipalityCode: Decimal] = [:]
        for entry in entries where entry.kind == .advanceBill {
            billed[entry.municipality, default: 0] += Decimal(entry.amountCents) / 100
        }
        let rows = statement.rows.map { row -> Balance.Row in
            let advance = Money(billed[row.municipality.code] ?? 0)
            return Balance.Row(municipality: row.municipality, billed: advance, actual: row.total, difference: row.total - advance)
        }
        return Balance(region: statement.region, year: year, rows: rows,
                       totals: Balance.Totals(billed: rows.reduce(.zero) { $0 + $1.billed },
                                              actual: rows.reduce(.zero) { $0 + $1.actual },
                                              difference: rows.reduce(.zero) { $0 + $1.difference }),
                       notes: [LocalizedText(fi: "positiivinen erotus = lisälasku, negatiivinen = palautus",
                                             en: "positive difference = extra bill, negative = refund")] + statement.notes)
    }
}
