// Batch/BatchOutput.swift — one output row per input row: the input's fields as they were, then what
// the daemon answered (ARCHITECTURE §10.6's columns), or the row's error.

import AlueWire

enum BatchOutput {
    static let columns = ["region", "authority", "delivery", "provider", "case_owner", "cost_principle", "bearer", "status",
                          "cost_status", "decision_id", "error"]

    /// The answer columns of a routing decision.
    static func cells(_ decision: JSONValue) -> [String] {
        let text = DecisionRenderer.text
        let cost = decision["cost"]
        return [text(decision["region"]), text(decision["authority"]?["name"]), text(decision["delivery"]),
                text(decision["provider"]?["name"]), text(decision["caseOwner"]), text(cost?["principle"]), bearer(cost?["bearer"]),
                text(decision["status"]), text(cost?["status"]), text(decision["decisionId"]), ""]
    }

    /// The columns of a row without an answer: empty, and the error.
    static func cells(_ error: BatchRowError) -> [String] {
        Array(repeating: "", count: columns.count - 1) + ["\(error.kind): \(error.message)"]
    }

    /// Who finally bears the cost, in one cell: `municipality: Hollola 098`, `members_by_key: shared_services`,
    /// `state: KEHA-keskus`, `public_body (kela): Kela`, `case_by_case: A + B`.
    static func bearer(_ bearer: JSONValue?) -> String {
        guard let bearer, let kind = bearer["kind"]?.stringValue else { return "" }
        let text = DecisionRenderer.text
        switch kind {
        case "municipality": return "municipality: \(DecisionRenderer.municipality(bearer["municipality"]))"
        case "members_by_key": return "members_by_key: \(text(bearer["pool"]))"
        case "state": return "state: \(text(bearer["body"]))"
        case "public_body": return "public_body (\(text(bearer["type"]))): \(text(bearer["body"]))"
        case "case_by_case": return "case_by_case: " + (bearer["parties"]?.arrayValue ?? []).map(text).joined(separator: " + ")
        default: return kind
        }
    }
}
