// RPC/Methods/LedgerCorrectionMethods.swift — ledger.list, ledger.get, ledger.reverse, ledger.backup
// (ARCHITECTURE §10.5): finance looks entries up, corrects them by reversal, and backs the ledger
// up while alued serves.

import AlueWire
import Foundation
import PluginAPI

enum LedgerCorrectionMethods {
    static let all: [MethodSpec] = [list, get, reverse, backup]

    /// Entries per page when the caller does not say, and at most.
    static let defaultLimit = 100
    static let maximumLimit = 1000
    static let entryShape = "{id, kind, date, region, municipality: {code, name}, service, amount, description?, reverses?, reason?, reversedBy?, recordedAt, recordedBy: {uid}}"

    static let list = MethodSpec(
        "ledger.list",
        summary: "Ledger entries in date order, filtered, a page at a time (reversals included, each linked to its original).",
        params: [
            ParamSpec("region", "string", "region id or name"),
            ParamSpec("period", "string", "YYYY or YYYY-MM"),
            ParamSpec("municipality", "string", "name or code"),
            ParamSpec("service", "string", "catalog service"),
            ParamSpec("limit", "integer", "entries per page, 1–\(maximumLimit) (default \(defaultLimit))"),
            ParamSpec("after", "string", "continue after this entry id (the previous page's next)"),
        ],
        result: "{entries: [\(entryShape)], next?}"
    ) { context, params throws(RPCError) in
        var filter = LedgerFilter()
        if params.value("region") != nil { filter.region = try context.region(params).declaration.id }
        if let text = try params.optionalString("period") {
            guard let period = LedgerPeriod(text) else { throw .invalidParams("period '\(text)' must be YYYY or YYYY-MM") }
            (filter.from, filter.through) = (period.first, period.last)
        }
        if params.value("municipality") != nil { filter.municipality = try context.municipality(params).code }
        if params.value("service") != nil { filter.service = try context.service(params).rawValue }
        let limit = try params.optionalInt("limit", in: 1...maximumLimit) ?? defaultLimit
        let after = params.value("after") == nil ? nil : try LedgerMethods.entryID(params, "after")
        let ledger = try context.ledger()
        do throws(LedgerError) {
            let page = try ledger.list(filter, limit: limit, after: after)
            var result: [(key: String, value: JSONValue)] = [("entries", .array(page.entries.map { context.json($0) }))]
            if let next = page.next { result.append(("next", .string(next))) }
            return .value(.object(result))
        } catch {
            throw LedgerMethods.rpcError(error, outcome: "nothing was listed")
        }
    }

    static let get = MethodSpec(
        "ledger.get",
        summary: "One ledger entry by id, with who recorded it, when, and its reversal if any.",
        params: [ParamSpec("id", "string", required: true, "the entry id")],
        result: entryShape
    ) { context, params throws(RPCError) in
        let id = try LedgerMethods.entryID(params, "id")
        let ledger = try context.ledger()
        do throws(LedgerError) {
            guard let found = try ledger.entry(id: id) else { throw .notFound(id: id) }
            return .value(context.json(found))
        } catch {
            throw LedgerMethods.rpcError(error, outcome: "nothing was read")
        }
    }

    static let reverse = MethodSpec(
        "ledger.reverse",
        summary: "Correct an entry by recording its reversal (the negated amount, referring to it, with a reason); idempotent by reversalId.",
        role: .operator,
        params: [
            ParamSpec("id", "string", required: true, "the entry to reverse"),
            ParamSpec("reversalId", "string", required: true, "the reversal's own id (asking again with it records nothing new)"),
            ParamSpec("reason", "string", required: true, "why, for the audit trail"),
        ],
        result: "{recorded: 1|0, reversal: \(entryShape), original: \(entryShape)}",
        mutating: true
    ) { context, params throws(RPCError) in
        let id = try LedgerMethods.entryID(params, "id")
        let reversalID = try LedgerMethods.entryID(params, "reversalId")
        let reason = (try LedgerMethods.freeText(params, "reason") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .invalidParams("'reason' must say why the entry is reversed") }
        let ledger = try context.ledger()
        do throws(LedgerError) {
            let outcome = try ledger.reverse(id: id, reversalID: reversalID, reason: reason,
                                                       uid: context.peer?.uid, pid: context.peer?.pid)
            return .value(.object([("recorded", .number(outcome.duplicate ? "0" : "1")),
                                   ("reversal", context.json(outcome.reversal)), ("original", context.json(outcome.original))]))
        } catch {
            throw LedgerMethods.rpcError(error, outcome: "nothing was reversed")
        }
    }

    static let backup = MethodSpec(
        "ledger.backup",
        summary: "A consistent copy of the ledger in <state-dir>/backups/, taken while alued keeps serving (SQLite online backup).",
        role: .admin,
        result: "{path, bytes, entries, schemaVersion}",
        mutating: true
    ) { context, _ throws(RPCError) in
        let ledger = try context.ledger()
        do throws(LedgerError) {
            let backup = try ledger.backup()
            return .value(.object([("path", .string(backup.path)), ("bytes", .number(String(backup.bytes))),
                                   ("entries", .number(String(backup.entries))), ("schemaVersion", .number(String(backup.schemaVersion)))]))
        } catch {
            throw LedgerMethods.rpcError(error, outcome: "no backup was written")
        }
    }
}

extension CallContext {
    /// One entry as ledger.list, ledger.get and ledger.reverse show it.
    func json(_ recorded: RecordedEntry) -> JSONValue {
        let entry = recorded.entry
        let name = snapshot.directory.record(entry.municipality)?.nameFi ?? entry.municipality.rawValue
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(entry.id)), ("kind", .string(entry.kind.rawValue)), ("date", .string(entry.date.description)),
            ("region", .string(entry.region)),
            ("municipality", .object([("code", .string(entry.municipality.rawValue)), ("name", .string(name))])),
            ("service", .string(entry.service)), ("amount", .string(Money(Decimal(entry.amountCents) / 100).description)),
        ]
        if let description = entry.description { members.append(("description", .string(description))) }
        if let reverses = entry.reverses { members.append(("reverses", .string(reverses))) }
        if let reason = entry.reason { members.append(("reason", .string(reason))) }
        if let reversedBy = recorded.reversedBy { members.append(("reversedBy", .string(reversedBy))) }
        members.append(("recordedAt", .string(recorded.recordedAt)))
        members.append(("recordedBy", .object([("uid", recorded.recordedByUID.map { .number(String($0)) } ?? .null)])))
        return .object(members)
    }
}
