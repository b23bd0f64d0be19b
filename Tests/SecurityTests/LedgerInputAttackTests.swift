// LedgerInputAttackTests.swift — issue 14 items 4 and 8: ledger ids and descriptions that SQLite
// would store differently from what was acknowledged (NUL), ids that look the same but differ in
// bytes (NFC/NFD), and sizes and dates outside what the ledger can show.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite final class LedgerInputAttackTests {
    let daemon: DaemonProcess
    let connection: RPCConnection

    init() throws {
        daemon = try DaemonProcess()
        connection = try daemon.connect()
    }

    static func entry(id: String, date: String = "2025-03-01", amount: String = "100.00", description: String? = nil) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(id)), ("date", .string(date)), ("municipality", .string("Hollola")),
            ("service", .string("palkkatuki")), ("amount", .string(amount)),
        ]
        if let description { members.append(("description", .string(description))) }
        return .object([("entries", .array([.object(members)]))])
    }

    func record(_ entry: JSONValue) throws -> JSONValue { try connection.request("ledger.record", entry) }

    func marchTotal() throws -> String? {
        try connection.call("ledger.statement", json: #"{"region": "paijat-hame", "period": "2025-03"}"#)["totals"]?["total"]?.stringValue
    }

    @Test func aNULInAnIDIsRefusedNotTruncated() throws {
        let first = try record(Self.entry(id: "lasku\u{0}-1"))
        let retry = try record(Self.entry(id: "lasku\u{0}-1"))
        let bare = try record(Self.entry(id: "\u{0}"))
        print("attack 4 (NUL in an id): first \(first["result"]?.jsonText ?? first["error"]?.errorKind ?? "?"), "
              + "identical retry \(retry["result"]?.jsonText ?? retry["error"]?.errorKind ?? "?"), \"\\u0000\" \(bare["result"]?.jsonText ?? bare["error"]?.errorKind ?? "?")")
        for answer in [first, retry, bare] {
            #expect(answer["error"]?.errorKind == "invalid_params", "\(answer.jsonText)")
            #expect(answer["error"]?["message"]?.stringValue?.contains("control character") == true)
        }
        #expect(try marchTotal() == "0.00")
    }

    @Test func aNULInADescriptionIsRefusedNotTruncated() throws {
        let answer = try record(Self.entry(id: "kuvaus-1", description: "näkyvä\u{0}piilotettu"))
        #expect(answer["error"]?.errorKind == "invalid_params", "\(answer.jsonText)")
        #expect(answer["error"]?["message"]?.stringValue?.contains("description") == true)
    }

    @Test func idsThatLookTheSameAreOneEntry() throws {
        let composed = "lasku-\u{E9}-1"           // é as one code point (NFC)
        let decomposed = "lasku-e\u{301}-1"       // e + combining acute (NFD)
        #expect(Array(composed.utf8) != Array(decomposed.utf8))
        let first = try record(Self.entry(id: composed))
        let second = try record(Self.entry(id: decomposed))
        let total = try marchTotal()
        print("attack 8 (NFC and NFD ids): first \(first["result"]?.jsonText ?? "?"), second \(second["result"]?.jsonText ?? second.jsonText), statement \(total ?? "?")")
        #expect(first["result"]?["recorded"] == .number("1"))
        #expect(second["result"]?["duplicates"] == .number("1"), "\(second.jsonText)")
        #expect(total == "100.00")
    }

    @Test func idsAreLimitedInBytesAndDescriptionsInLength() throws {
        #expect(try record(Self.entry(id: String(repeating: "a", count: 200)))["result"]?["recorded"] == .number("1"))
        let wide = try record(Self.entry(id: String(repeating: "\u{E9}", count: 101)))  // 101 characters, 202 bytes
        #expect(wide["error"]?.errorKind == "invalid_params", "\(wide.jsonText)")
        #expect(wide["error"]?["message"]?.stringValue?.contains("200 bytes") == true)
        #expect(try record(Self.entry(id: "kuvaus-ok", description: String(repeating: "ä", count: 500)))["result"] != nil)
        let long = try record(Self.entry(id: "kuvaus-pitka", description: String(repeating: "ä", count: 501)))
        #expect(long["error"]?.errorKind == "invalid_params", "\(long.jsonText)")
        #expect(long["error"]?["message"]?.stringValue?.contains("1000 bytes") == true)
    }

    @Test(arguments: ["1999-12-31", "2101-01-01", "0001-01-01", "9999-12-31"])
    func entryDatesOutsideWhatStatementsShowAreRefused(date: String) throws {
        let answer = try record(Self.entry(id: "paiva-\(date)", date: date))
        #expect(answer["error"]?.errorKind == "invalid_date", "\(answer.jsonText)")
        #expect(answer["error"]?["message"]?.stringValue?.contains("2000-01-01") == true)
    }

    @Test func theEdgesOfTheRangeAreAccepted() throws {
        for date in ["2000-01-01", "2100-12-31"] {
            #expect(try record(Self.entry(id: "reuna-\(date)", date: date))["result"]?["recorded"] == .number("1"), "\(date)")
        }
    }
}
