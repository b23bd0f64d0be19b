// ProtocolTwoSweepTests.swift — issue 13's "done when", asked of the real alued for every member of
// every region × every catalog service × {2025-03-01, today}: the answers agree with the statutory
// layer (nothing offered that is not in force, refused exactly when it is not), every cost names
// its bearer and the bearer agrees with the principle, no part is explicit without quoting its
// passage, and a route's cost part is exactly the cost answer.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct ProtocolTwoSweepTests {
    static let dates = ["2025-03-01", EffectiveDay.today]

    /// The principle → bearer kinds a cost may pair (docs/status-rules.md).
    static let bearerKinds: [String: Set<String>] = [
        "shared_by_key": ["members_by_key"], "causer_pays": ["municipality"], "own_municipality": ["municipality"],
        "state_funded": ["state"], "funded_by_other_body": ["public_body"], "case_by_case": ["case_by_case", "municipality"],
        "billed_by_other_authority": ["municipality", "members_by_key"],
    ]

    static func isOverstated(_ part: JSONValue?) -> Bool {
        guard part?["status"] == .string("explicit") else { return false }
        return !(part?["basis"]?.arrayValue ?? []).contains { !($0["quote"]?.stringValue ?? "").isEmpty }
    }

    @Test func everyMemberServiceAndDateAgreesWithTheStatutoryLayer() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        let services = try connection.call("services.list").arrayValue ?? []
        let regions = try connection.call("regions.list").arrayValue ?? []
        var problems: [String] = []
        var asked = 0
        for date in Self.dates {
            guard let day = EffectiveDay(date) else { Issue.record("bad date \(date)"); return }
            for region in regions {
                for member in region["members"]?.arrayValue ?? [] {
                    let code = member["code"]?.stringValue ?? ""
                    for service in services {
                        let id = service["id"]?.stringValue ?? ""
                        let inForce = day.isIn(service["inForce"])
                        let params = #"{"municipality": "\#(code)", "service": "\#(id)", "date": "\#(date)"}"#
                        let label = "\(member["name"]?.stringValue ?? code) \(id) \(date)"
                        let route = try connection.request("route", try JSONParser.parse(Array(params.utf8)))
                        let cost = try connection.request("costs.responsibility", try JSONParser.parse(Array(params.utf8)))
                        asked += 2
                        guard let routed = route["result"], let costed = cost["result"] else {
                            let reason = route["error"]?["data"]?["reason"]
                            if !inForce && reason != .string("not_in_force") { problems.append("\(label): not in force but \(route.jsonText)") }
                            if inForce && reason == .string("not_in_force") { problems.append("\(label): in force but refused as not_in_force") }
                            if (route["result"] == nil) != (cost["result"] == nil) { problems.append("\(label): route and cost disagree on refusing") }
                            continue
                        }
                        if !inForce { problems.append("\(label): answered though not in force") }
                        for (name, part) in [("route", routed), ("route cost", routed["cost"]), ("cost", costed)] {
                            if Self.isOverstated(part) { problems.append("\(label) \(name): explicit without a quoted passage") }
                        }
                        let principle = costed["principle"]?.stringValue ?? ""
                        let bearer = costed["bearer"]?["kind"]?.stringValue ?? "(none)"
                        if !(Self.bearerKinds[principle]?.contains(bearer) ?? false) {
                            problems.append("\(label): principle \(principle) with bearer \(bearer)")
                        }
                        for field in ["principle", "payer", "bearer", "status", "basis", "notes"] where routed["cost"]?[field] != costed[field] {
                            problems.append("\(label): the route's cost \(field) differs from costs.responsibility")
                        }
                    }
                }
            }
        }
        #expect(asked > 3000, "asked \(asked)")
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))\n(\(problems.count) problems)")
    }
}

/// A calendar day as the wire writes it, compared with a statute's `inForce`.
struct EffectiveDay {
    let iso: String

    init?(_ iso: String) {
        guard iso.count == 10 else { return nil }
        self.iso = iso
    }

    /// Today in the local time zone, as alued's default date.
    static var today: String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
    }

    /// ISO dates compare as strings.
    func isIn(_ inForce: JSONValue?) -> Bool {
        guard let from = inForce?["from"]?.stringValue else { return true }
        return iso >= from && (inForce?["until"]?.stringValue.map { iso <= $0 } ?? true)
    }
}
