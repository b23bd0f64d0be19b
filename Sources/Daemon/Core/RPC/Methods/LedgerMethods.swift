// RPC/Methods/LedgerMethods.swift — ledger.record, ledger.statement, ledger.balance (recording and
// what members owe; listing, correcting and backing up are in LedgerCorrectionMethods.swift).

import AlueWire
import Foundation
import PluginAPI

enum LedgerMethods {
    static let all: [MethodSpec] = [record, statement, balance] + LedgerCorrectionMethods.all

    static let entryKeys = ["id", "date", "municipality", "service", "amount", "description", "kind"]

    static let record = MethodSpec(
        "ledger.record",
        summary: "Record costs (or advance bills) idempotently by entry id; a batch is atomic; answered only after commit.",
        role: .operator,
        params: [ParamSpec("entries", "array", required: true,
                           "[{id, date, municipality, service, amount, description?, kind?: cost|advance_bill}]")],
        result: "{recorded, duplicates}",
        mutating: true
    ) { context, params throws(RPCError) in
        guard let raw = params.value("entries") else { throw .invalidParams("missing parameter 'entries'") }
        guard let items = raw.arrayValue, !items.isEmpty else {
            throw .invalidParams("'entries' must be a non-empty array of entries")
        }
        let entries = try items.enumerated().map { index, item throws(RPCError) in
            try entry(item, index: index, context: context)
        }
        let ledger = try context.ledger()
        do throws(LedgerError) {
            let (recorded, duplicates) = try ledger.record(entries, uid: context.peer?.uid, pid: context.peer?.pid)
            return .value(.object([("recorded", .number(String(recorded))), ("duplicates", .number(String(duplicates)))]))
        } catch {
            throw rpcError(error, outcome: "nothing of this batch was recorded")
        }
    }

    static let statement = MethodSpec(
        "ledger.statement",
        summary: "Per member: causer-pays costs, share of the shared pool, totals, for a year or a month.",
        params: [
            ParamSpec("region", "string", required: true, "region id"),
            ParamSpec("period", "string", required: true, "YYYY or YYYY-MM"),
            ParamSpec("municipality", "string", "only this member's row"),
            ParamSpec("reversals", "boolean", "also list the period's reversals (they are always netted in the amounts)"),
        ],
        result: "{region, period, rows: [{municipality, causerPays, sharedShare, total}], totals, key?, entries, reversals?: [{id, reverses, date, municipality, service, amount, reason}], notes}"
    ) { context, params throws(RPCError) in
        let region = try context.region(params)
        let text = try params.string("period")
        guard let period = LedgerPeriod(text) else { throw .invalidParams("period '\(text)' must be YYYY or YYYY-MM") }
        var only: MunicipalityCode?
        if params.value("municipality") != nil {
            let record = try context.municipality(params)
            guard region.declaration.member(record.code) != nil else {
                throw .invalidParams("\(record.nameFi) is not a member of \(region.declaration.id)")
            }
            only = record.code
        }
        let listingReversals = try params.optionalBool("reversals") ?? false
        let entries = try context.entries(of: region, period)
        return try context.encoded(try context.statements(for: region).statement(period, entries: entries, municipality: only,
                                                                                  listingReversals: listingReversals))
    }

    static let balance = MethodSpec(
        "ledger.balance",
        summary: "Annual balancing: advance bills against actual use per member (positive = extra bill, negative = refund).",
        params: [
            ParamSpec("region", "string", required: true, "region id"),
            ParamSpec("year", "integer", required: true, "the year to balance"),
        ],
        result: "{region, year, rows: [{municipality, billed, actual, difference}], totals, notes}"
    ) { context, params throws(RPCError) in
        let region = try context.region(params)
        let year = try params.int("year", in: LedgerPeriod.years)
        let entries = try context.entries(of: region, LedgerPeriod(String(year))!)
        return try context.encoded(try context.statements(for: region).balance(year: year, entries: entries))
    }

    /// One entry of a `ledger.record` batch, fully validated; errors name the entry.
    static func entry(_ item: JSONValue, index: Int, context: CallContext) throws(RPCError) -> LedgerEntry {
        let label = "entries[\(index)]"
        do throws(RPCError) {
            guard case .object = item else { throw RPCError.invalidParams("must be an object, not \(item.typeName)") }
            let fields = try Params(item)
            try fields.rejectUnknown(allowed: entryKeys)
            let id = try entryID(fields, "id")
            let kindName = try fields.optionalString("kind") ?? LedgerEntry.Kind.cost.rawValue
            guard let kind = LedgerEntry.Kind(rawValue: kindName) else {
                throw RPCError.invalidParams("'kind' must be \(LedgerEntry.Kind.allCases.map(\.rawValue).joined(separator: " or "))")
            }
            let dateText = try fields.string("date")
            guard let date = EffectiveDate(iso: dateText) else {
                throw RPCError(.invalidDate, "'date' \(dateText) is not a date YYYY-MM-DD")
            }
            guard LedgerPeriod.years.contains(date.year) else {
                throw RPCError(.invalidDate, "'date' \(dateText) is outside \(LedgerPeriod.first.first)…\(LedgerPeriod.last.last), the dates statements cover")
            }
            let municipality = try context.municipality(fields)
            let region = try context.region(covering: municipality)
            let service: String
            if kind == .cost || fields.value("service") != nil {
                service = try context.service(fields).rawValue
            } else {
                service = ""
            }
            let amount = try signedAmount(fields)
            let description = try freeText(fields, "description")
            return LedgerEntry(id: id, kind: kind, date: date, region: region.declaration.id, municipality: municipality.code,
                               service: service, amountCents: NSDecimalNumber(decimal: amount * 100).int64Value,
                               description: description)
        } catch {
            var named = error
            named.message = LocalizedText(verbatim: "\(label): ") + error.message
            named.data.append(("index", .number(String(index))))
            throw named
        }
    }

    /// An entry id the caller chose (of an entry or a reversal): 1–200 characters.
    /// An entry id parameter as the ledger stores and compares it (LedgerText.canonicalID). Read
    /// with room for a decomposed (NFD) form: the limit applies to the stored NFC form.
    static func entryID(_ fields: Params, _ name: String) throws(RPCError) -> String {
        try LedgerText.canonicalID(try fields.string(name, maxBytes: 4 * LedgerText.maxIDBytes), name: name)
            .mapError { RPCError.invalidParams($0.message) }.get()
    }

    /// A free-text parameter (description, reason) as the ledger stores it (LedgerText.canonicalText).
    static func freeText(_ fields: Params, _ name: String) throws(RPCError) -> String? {
        try fields.optionalString(name, maxBytes: 4 * LedgerText.maxTextBytes).map { raw throws(RPCError) in
            try LedgerText.canonicalText(raw, name: name).mapError { RPCError.invalidParams($0.message) }.get()
        }
    }

    /// The wire error for a ledger failure; `outcome` says what was (not) done.
    static func rpcError(_ error: LedgerError, outcome: String) -> RPCError {
        switch error {
        case .conflict(let id, let existing):
            return RPCError(.ledgerConflict,
                            "entry '\(id)' was recorded before with different content (\(existing.date), \(existing.municipality), \(existing.service), \(Money(Decimal(existing.amountCents) / 100))); \(outcome)",
                            data: [("id", .string(id))])
        case .reversalConflict(let id, let message):
            return RPCError(.ledgerConflict, "\(message); \(outcome)", data: [("id", .string(id))])
        case .notFound(let id):
            return RPCError(.invalidParams, "no ledger entry has the id '\(id)'", data: [("id", .string(id))])
        case .storage, .unreadable:
            return .internalError("the ledger failed (\(outcome)): \(error)")
        }
    }

    /// A non-zero amount in euros (negative for credits) as a decimal string with at most two decimals.
    static func signedAmount(_ fields: Params) throws(RPCError) -> Decimal {
        guard let raw = fields.value("amount") else { throw .invalidParams("missing 'amount'") }
        guard let text = raw.stringValue, let money = Money(parsing: text) else {
            throw .invalidParams("'amount' must be a decimal string with at most two decimals, e.g. \"734.32\" or \"-50.00\"")
        }
        guard money.amount != 0 else { throw .invalidParams("'amount' must not be zero") }
        guard abs(money.amount) <= CostMethods.maximumAmount else {
            throw .invalidParams("'amount' \(text) is beyond the accepted maximum \(Money(CostMethods.maximumAmount))")
        }
        return money.amount
    }
}

extension CallContext {
    func ledger() throws(RPCError) -> LedgerStore {
        guard let ledger = daemon.ledger else { throw .internalError("the ledger is not open in this daemon") }
        return ledger
    }

    func entries(of region: LoadedRegion, _ period: LedgerPeriod) throws(RPCError) -> [LedgerEntry] {
        let ledger = try ledger()
        do {
            return try ledger.entries(region: region.declaration.id, from: period.first, through: period.last)
        } catch {
            throw .internalError("the ledger could not be read: \(error)")
        }
    }

    func statements(for region: LoadedRegion) -> StatementBuilder {
        StatementBuilder(region: region, statistics: snapshot.statistics, library: snapshot.keys)
    }
}
