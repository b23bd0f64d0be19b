// Ops/Excerpt.swift — untrusted text quoted in an error message or a log line, cut short.

extension String {
    /// At most `limit` characters of this text, with `…` when cut: an error or a log line names what
    /// a client sent without repeating a megabyte of it back (or into the journal).
    func excerpt(_ limit: Int = 64) -> String {
        utf8.count <= limit ? self : String(prefix(limit)) + "…"
    }
}
