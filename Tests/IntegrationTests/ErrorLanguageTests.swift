// ErrorLanguageTests.swift — the daemon's error messages follow `lang` (ARCHITECTURE §10.3 for
// messages): a representative error of every family from the real alued (the decision log, a
// reload and its impact preview included), Finnish by default and English with `"lang": "en"`, the
// same kind either way; errors outside any request are Finnish.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct ErrorLanguageTests {
    /// One call that fails (its params as JSON text), and words each language's message must hold.
    struct Case: CustomStringConvertible {
        var method: String
        var params: String
        var kind: String
        var finnish: String
        var english: String

        var description: String { "\(method) → \(kind)" }
    }

    static let cases: [Case] = [
        Case(method: "route", params: #"{"municipality": "Hollolaa", "service": "palkkatuki"}"#, kind: "unknown_municipality",
             finnish: "ei ole alued:n tuntema Suomen kunta; tarkoititko Hollola (098)?", english: "did you mean Hollola (098)?"),
        Case(method: "route", params: #"{"municipality": "Oulu", "service": "palkka"}"#, kind: "unknown_service",
             finnish: "ei ole palveluluettelon palvelu; lähimmät: palkkatuki", english: "is not a service of the catalog; nearest: palkkatuki"),
        Case(method: "route", params: #"{"municipality": "Oulu", "service": "neuvonta", "date": "2025-02-30"}"#, kind: "invalid_date",
             finnish: "'2025-02-30' ei ole päivämäärä", english: "'2025-02-30' is not a date"),
        Case(method: "route", params: #"{"municipality": "Oulu"}"#, kind: "invalid_params",
             finnish: "parametri 'service' puuttuu", english: "missing parameter 'service'"),
        Case(method: "costs.allocate", params: #"{"region": "oulu", "amount": 1000, "year": 2025}"#, kind: "invalid_params",
             finnish: "'amount' on oltava desimaaliluku merkkijonona", english: "'amount' must be a decimal string"),
        Case(method: "route", params: #"{"municipality": "Lahti", "service": "palkkatuki"}"#, kind: "no_region",
             finnish: "ei kuulu mihinkään ladattuun alueeseen", english: "is not covered by any loaded region"),
        Case(method: "route", params: #"{"municipality": "Oulu", "service": "neuvonta", "date": "2024-12-31"}"#, kind: "out_of_effect",
             finnish: "ei ole voimassa sääntöä", english: "no rule is in force"),
        Case(method: "route", params: #"{"municipality": "Kempele", "service": "velvoitetyollistaminen", "date": "2025-03-01"}"#,
             kind: "not_offered", finnish: "ei ole lain mukaan voimassa", english: "is not in force by law"),
        Case(method: "ledger.record",
             params: #"{"entries": [{"id": "kieli-1", "date": "2025-03-01", "municipality": "Hollola", "service": "palkkatuki", "amount": "99.00"}]}"#,
             kind: "ledger_conflict", finnish: "on kirjattu aiemmin eri sisällöllä", english: "was recorded before with different content"),
        Case(method: "ledger.reverse", params: #"{"id": "ei-ole", "reversalId": "ei-ole-oikaisu", "reason": "väärä kunta"}"#,
             kind: "invalid_params", finnish: "kirjausta tunnuksella 'ei-ole' ei ole", english: "no ledger entry has the id 'ei-ole'"),
        Case(method: "costs.allocate", params: #"{"region": "oulu", "amount": "1000.00", "year": 2025, "pool": "integration_training"}"#,
             kind: "missing_statistics", finnish: "ei voi laskea: puuttuu foreign_language_speakers",
             english: "cannot allocate oulu/integration_training for 2025: missing foreign_language_speakers"),
        Case(method: "statistics.import", params: #"{"statistic": "population_18_64", "format": "csv", "content": "\"Alue\"\n"}"#,
             kind: "invalid_statistics", finnish: "tiedostoa ei voi tuoda: ", english: "the file cannot be imported: "),
        Case(method: "decisions.get", params: #"{"decisionId": "ei-ole-1"}"#, kind: "invalid_params",
             finnish: "päätöslokissa ei ole päätöstä tunnuksella 'ei-ole-1'", english: "the decision log has no decision 'ei-ole-1'"),
        Case(method: "decisions.list", params: #"{"after": "ei-ole-2"}"#, kind: "invalid_params",
             finnish: "päätöslokissa ei ole päätöstä tunnuksella 'ei-ole-2'", english: "the decision log has no decision 'ei-ole-2'"),
        Case(method: "decisions.list", params: #"{"since": "1.3.2025"}"#, kind: "invalid_date",
             finnish: "ei ole päivä muodossa VVVV-KK-PP", english: "is neither a day YYYY-MM-DD"),
    ]

    @Test func everyErrorFamilyIsFinnishByDefaultAndEnglishOnRequest() throws {
        let directory = TemporaryDirectory("alue-lang")
        // Batches may not grow an answer at all: every request of a batch is answered `overloaded`.
        let daemon = try DaemonProcess(config: try TestConfig.write(in: directory.path, limits: [("maxAnswerBytes", .number("1"))]))
        let connection = try daemon.connect()
        _ = try connection.call("ledger.record", .object([("entries", .array([LedgerIntegrationTests.entry("kieli-1")]))]))
        for known in Self.cases {
            let params = try #require(try JSONParser.parse(known.params).objectValue)
            let finnish = try #require(try connection.request(known.method, .object(params))["error"], "\(known)")
            let english = try #require(try connection.request(known.method, .object(params + [("lang", .string("en"))]))["error"], "\(known)")
            try expect(finnish, english, kind: known.kind, known.finnish, known.english, "\(known)")
        }

        let batch = { (lang: String) in #"[{"jsonrpc":"2.0","id":1,"method":"system.ping","params":{"lang":"\#(lang)"}}]"# }
        try connection.send(line: batch("fi"))
        let finnishBatch = try #require(try connection.receive()?.arrayValue?.first?["error"])
        try connection.send(line: batch("en"))
        let englishBatch = try #require(try connection.receive()?.arrayValue?.first?["error"])
        try expect(finnishBatch, englishBatch, kind: "overloaded", "ei suoritettu", "not run", "overloaded batch")

        // A line that is no request has no `lang` to read: Finnish, staff's language.
        try connection.send(line: "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ")
        let parse = try #require(try connection.receive()?["error"])
        #expect(parse.errorKind == "parse_error")
        #expect(parse["message"]?.stringValue?.hasPrefix("pyyntö ei ole kelvollista JSONia") == true, "\(parse.jsonText)")

        // A config naming a plugin that does not exist (not marked optional): the impact preview (its
        // candidate built in a child, as a reload builds it) and the reload itself fail with the same
        // words, and so does each of their `data.messages`.
        try TestConfig.write(in: directory.path, plugins: [.string("PaijatHame"), .string("Oulux")],
                             limits: [("maxAnswerBytes", .number("1"))])
        let dryRun: [(key: String, value: JSONValue)] = [("dryRun", .bool(true))]
        let finnishPreview = try #require(try connection.request("system.reload", .object(dryRun))["error"])
        let englishPreview = try #require(try connection.request("system.reload", .object(dryRun + [("lang", .string("en"))]))["error"])
        try expect(finnishPreview, englishPreview, kind: "reload_failed", "ehdokasta ei voi ladata, uudelleenlataus epäonnistuisi",
                   "the candidate cannot be loaded, a reload would fail", "system.reload dryRun")
        try expectMessages(finnishPreview, englishPreview, "laajennus Oulux ei latautunut", "plugin Oulux failed")
        let finnishReload = try #require(try connection.request("system.reload")["error"])
        let englishReload = try #require(try connection.request("system.reload", .object([("lang", .string("en"))]))["error"])
        try expect(finnishReload, englishReload, kind: "reload_failed", "uudelleenlataus epäonnistui, sukupolvi 1 pysyy käytössä",
                   "reload failed, generation 1 stays active", "system.reload")
        try expectMessages(finnishReload, englishReload, "laajennus Oulux ei latautunut", "plugin Oulux failed")

        if OtherUser.available {
            try daemon.openSocketToEveryone()
            let peers = try OtherUser()
            let reader = PeerIdentity.user(4001)
            let finnish = try peers.aluectl(["--json", "reload"], as: reader, daemon: daemon)
            let english = try peers.aluectl(["--json", "--lang", "en", "reload"], as: reader, daemon: daemon)
            try expect(JSONParser.parse(finnish.stdout), JSONParser.parse(english.stdout), kind: "permission_denied",
                       "system.reload vaatii roolin admin", "system.reload needs the admin role", "permission denied")
        }
    }

    private func expect(_ finnish: JSONValue, _ english: JSONValue, kind: String, _ finnishWords: String, _ englishWords: String,
                        _ label: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(finnish.errorKind == kind && english.errorKind == kind, "\(label): \(finnish.jsonText)", sourceLocation: sourceLocation)
        #expect(finnish.errorCode == english.errorCode, "\(label)", sourceLocation: sourceLocation)
        let fi = try #require(finnish["message"]?.stringValue, sourceLocation: sourceLocation)
        let en = try #require(english["message"]?.stringValue, sourceLocation: sourceLocation)
        #expect(fi.contains(finnishWords), "\(label): \(fi)", sourceLocation: sourceLocation)
        #expect(en.contains(englishWords), "\(label): \(en)", sourceLocation: sourceLocation)
        #expect(fi != en, "\(label): the same message in both languages: \(fi)", sourceLocation: sourceLocation)
    }

    /// `data.messages` (a reload's problems, one a line) in each language.
    private func expectMessages(_ finnish: JSONValue, _ english: JSONValue, _ finnishWords: String, _ englishWords: String,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fi = try #require(finnish["data"]?["messages"]?.arrayValue, sourceLocation: sourceLocation).compactMap(\.stringValue)
        let en = try #require(english["data"]?["messages"]?.arrayValue, sourceLocation: sourceLocation).compactMap(\.stringValue)
        #expect(fi.contains { $0.contains(finnishWords) } && !fi.contains { $0.contains(englishWords) }, "\(fi)", sourceLocation: sourceLocation)
        #expect(en.contains { $0.contains(englishWords) } && !en.contains { $0.contains(finnishWords) }, "\(en)", sourceLocation: sourceLocation)
    }
}
