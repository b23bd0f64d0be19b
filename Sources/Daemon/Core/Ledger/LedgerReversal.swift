// Ledger/LedgerReversal.swift — correcting the ledger the way accounting does: never by editing,
// by a reversal that cancels an entry (same date, municipality, service, the negated amount) and
// says why. Idempotent by the reversal's id, so a retried correction is recorded once.

extension LedgerStore {
    /// Records the reversal of entry `id` under `reversalID`. Asking again with the same reversal
    /// (same id, original and reason) is a no-op (`duplicate`); reversing an entry twice, reversing
    /// a reversal, or reusing an id for something else is a `reversalConflict`.
    public func reverse(id: String, reversalID: String, reason: String, uid: UInt32?, pid: Int32?)
        throws(LedgerError) -> (reversal: RecordedEntry, original: RecordedEntry, duplicate: Bool) {
        let recordedAt = ISO8601Time.now(.utc)
        return try withDatabase { database in
            try database.transaction { () throws -> (RecordedEntry, RecordedEntry, Bool) in
                guard let original = try Self.entry(id: id, in: database) else { throw LedgerError.notFound(id: id) }
                let reversal = original.reversal(id: reversalID, reason: reason)
                var duplicate = false
                if let existing = try Self.entry(id: reversalID, in: database) {
                    guard existing.sameContent(as: reversal) else {
                        throw LedgerError.reversalConflict(id: reversalID, message: existing.reverses == id
                            ? "the reversal '\(reversalID)' of '\(id)' was recorded before with another reason («\(existing.reason ?? "")»)"
                            : "the id '\(reversalID)' is already used by another ledger entry; choose a new reversal id")
                    }
                    duplicate = true
                } else if let reversed = original.reverses {
                    throw LedgerError.reversalConflict(id: id, message: "'\(id)' is itself the reversal of '\(reversed)'; a reversal is not reversed — record a new entry instead")
                } else if let earlier = try Self.recorded(where: "reverses = ?", [.text(id)], in: database).first {
                    throw LedgerError.reversalConflict(id: id, message: "'\(id)' is already reversed by '\(earlier.entry.id)' (\(earlier.recordedAt))")
                } else {
                    try Self.insert(reversal, at: recordedAt, uid: uid, pid: pid, into: database)
                }
                let both = try Self.recorded(where: "id IN (?, ?)", [.text(id), .text(reversalID)], in: database)
                guard let recordedOriginal = both.first(where: { $0.entry.id == id }),
                      let recordedReversal = both.first(where: { $0.entry.id == reversalID }) else {
                    throw LedgerError.storage("the reversal '\(reversalID)' was not found after recording it")
                }
                return (recordedReversal, recordedOriginal, duplicate)
            }
        }
    }
}
