// DecisionLogTests.swift — the decision log through the real daemon: an answer kept byte for byte
// with its question, asker, generation and plugin digests, and printed again as it was; listing with
// filters and pages; kept across reloads and restarts; switched off; a full queue that drops and
// counts instead of slowing answers; and SIGKILL in the middle of logging.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct DecisionLogTests {
    static let question = #"{"municipality": "Asikkala", "service": "tyollistymissuunnitelma", "date": "2025-03-01"}"#

    /// Waits (at most `timeout` seconds) until `condition` holds; fails with `what` otherwise.
    static func waitUntil(_ what: String, timeout: Double = 60, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return }
            usleep(20_000)
        }
        throw DaemonError("waited \(timeout) s for \(what)")
    }

    static func logStats(_ connection: RPCConnection) throws -> JSONValue {
        try connection.call("system.stats")["decisionLog"] ?? .null
    }

    static func recorded(_ connection: RPCConnection) throws -> Int {
        try logStats(connection)["recorded"]?.intValue ?? -1
    }

    /// Sends `count` requests pipelined in chunks (so neither side's buffers fill) and returns the answer lines.
    static func pipeline(_ connection: RPCConnection, _ line: String, count: Int, chunk: Int = 50) throws -> [[UInt8]] {
        var answers: [[UInt8]] = []
        var sent = 0
        while sent < count {
            let size = min(chunk, count - sent)
            try connection.send(raw: Array(String(repeating: line + "\n", count: size).utf8))
            for _ in 0..<size {
                guard let answer = try connection.receiveLine() else { throw DaemonError("connection closed after \(answers.count) answers") }
                answers.append(answer)
            }
            sent += size
        }
        return answers
    }

    static func routeLine(id: Int = 1, lang: String? = nil) -> String {
        #"{"jsonrpc":"2.0","id":\#(id),"method":"route","params":{"municipality":"Asikkala","service":"tyollistymissuunnitelma","date":"2025-03-01"\#(lang.map { #","lang":"\#($0)""# } ?? "")}}"#
    }

    @Test func anAnswerIsKeptExactlyAsSentWithItsQuestionAskerAndPlugins() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        try connection.send(line: Self.routeLine())
        let sent = try #require(try connection.receiveLine())
        let id = try #require(try JSONParser.parse(sent)["result"]?["decisionId"]?.stringValue)
        try Self.waitUntil("the decision to be written") { try Self.recorded(connection) >= 1 }

        try connection.send(line: #"{"jsonrpc":"2.0","id":2,"method":"decisions.get","params":{"decisionId":"\#(id)"}}"#)
        let stored = try #require(try connection.receiveLine())
        // The route's result, byte for byte, is the log entry's result.
        let prefix = Array(#"{"jsonrpc":"2.0","id":1,"result":"#.utf8)
        let result = Array(sent.dropFirst(prefix.count).dropLast())
        #expect(Array(sent.prefix(prefix.count)) == prefix)
        #expect(String(decoding: stored, as: UTF8.self).contains(#""result":"# + String(decoding: result, as: UTF8.self) + #","generation":1"#),
                "the stored answer differs from the one sent")

        let entry = try #require(try JSONParser.parse(stored)["result"])
        #expect(entry["decisionId"] == .string(id))
        #expect(entry["method"] == .string("route"))
        #expect(entry["peer"]?["uid"]?.intValue == Int(getuid()))
        #expect(entry["params"] == (try JSONParser.parse(Array(Self.question.utf8))), "the question exactly as it was asked")
        #expect(entry["at"]?.stringValue?.hasSuffix("Z") == true)
        let plugins = entry["plugins"]?.arrayValue ?? []
        #expect(plugins.compactMap { $0["id"]?.stringValue } == ["oulu", "paijat-hame", "tyohame"])
        for plugin in plugins {
            let library = try #require(plugin["library"]?.stringValue)
            let digest = try #require(plugin["libraryDigest"]?.stringValue)
            #expect(digest.hasPrefix("sha256:") && digest.count == 71)
            if let sha256sum = HostTools.path("sha256sum") {
                #expect(try CommandRunner.run(sha256sum, [library]).stdout.hasPrefix(String(digest.dropFirst(7))), "\(library)")
            }
            #expect(plugin["dataDigest"]?.stringValue?.hasPrefix("sha256:") == true)
            #expect(plugin["version"]?.stringValue?.isEmpty == false)
        }
        withExtendedLifetime(daemon) {}
    }

    @Test func aluectlPrintsAPastAnswerAsItWasGivenInTheLanguageItWasAskedIn() throws {
        let daemon = try DaemonProcess()
        let asked = try CommandRunner.aluectl(["route", "Asikkala", "tyollistymissuunnitelma", "--date", "2025-03-01"], socket: daemon.socketPath)
        #expect(asked.status == 0, "\(asked.stderr)")
        let id = try #require(asked.stdout.split(separator: "\n").last { $0.hasPrefix("Päätöksen tunnus: ") }?.split(separator: " ").last.map(String.init))
        let connection = try daemon.connect()
        let english = try connection.call("route", json: #"{"municipality": "Asikkala", "service": "tyollistymissuunnitelma", "date": "2025-03-01", "lang": "en"}"#)
        let englishID = try #require(english["decisionId"]?.stringValue)
        try Self.waitUntil("both decisions to be written") { try Self.recorded(connection) >= 2 }

        let again = try CommandRunner.aluectl(["decision", id], socket: daemon.socketPath)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix(asked.stdout.trimmingCharacters(in: .newlines) + "\n"), "not the same table as then:\n\(again.stdout)")
        #expect(again.stdout.contains("Päätöslokista:") && again.stdout.contains("route {") && again.stdout.contains("sha256:"))

        let inEnglish = try CommandRunner.aluectl(["decision", englishID], socket: daemon.socketPath)
        let englishNote = try #require(english["notes"]?.arrayValue?.first?.stringValue)
        let squeezed = { (text: String) in text.filter { !$0.isWhitespace } }
        #expect(squeezed(inEnglish.stdout).contains(squeezed(englishNote)), "the notes in the language asked:\n\(inEnglish.stdout)")

        // The answer as it was given; where it came from in the run's language.
        let provenance = try CommandRunner.aluectl(["--lang", "en", "decision", id], socket: daemon.socketPath)
        #expect(provenance.stdout.hasPrefix(asked.stdout.trimmingCharacters(in: .newlines) + "\n"), "\(provenance.stdout)")
        #expect(provenance.stdout.contains("From the decision log:") && provenance.stdout.contains("Plugins:")
                && !provenance.stdout.contains("Päätöslokista:"), "\(provenance.stdout)")

        let missing = try CommandRunner.aluectl(["decision", "no-such-id"], socket: daemon.socketPath)
        #expect(missing.status == 1 && missing.stderr.contains("invalid_params"))
    }

    @Test func theLogIsListedByFiltersAndPages() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        for (municipality, service) in [("Hollola", "palkkatuki"), ("Hollola", "neuvonta"), ("Oulu", "palkkatuki"), ("Hollola", "palkkatuki")] {
            _ = try connection.call("route", json: #"{"municipality": "\#(municipality)", "service": "\#(service)", "date": "2025-03-01"}"#)
        }
        _ = try connection.call("costs.responsibility", json: #"{"municipality": "098", "service": "palkkatuki", "date": "2025-03-01"}"#)
        _ = try connection.call("procurement.get", json: #"{"region": "oulu", "service": "palkkatuki", "date": "2025-03-01"}"#)
        _ = try connection.error("route", json: #"{"municipality": "Lahti", "service": "palkkatuki"}"#)
        try Self.waitUntil("six decisions to be written") { try Self.recorded(connection) >= 6 }

        func ids(_ params: String) throws -> [String] {
            try connection.call("decisions.list", json: params)["decisions"]?.arrayValue?.compactMap { $0["decisionId"]?.stringValue } ?? []
        }
        #expect(try ids("{}").count == 6, "errors are not decisions")
        let hollola = try connection.call("decisions.list", json: #"{"municipality": "hollola", "service": "palkkatuki"}"#)["decisions"]?.arrayValue ?? []
        #expect(hollola.count == 3)
        #expect(hollola.first?["municipality"]?["name"] == .string("Hollola"))
        #expect(hollola.compactMap { $0["method"]?.stringValue } == ["route", "route", "costs.responsibility"])
        #expect(try ids(#"{"region": "oulu"}"#).count == 2)
        #expect(try ids(#"{"since": "2000-01-01", "until": "2000-12-31"}"#).isEmpty)

        let first = try connection.call("decisions.list", json: #"{"limit": 4}"#)
        let next = try #require(first["next"]?.stringValue)
        let rest = try ids(#"{"limit": 4, "after": "\#(next)"}"#)
        #expect(((first["decisions"]?.arrayValue ?? []).compactMap { $0["decisionId"]?.stringValue } + rest) == (try ids("{}")))

        let listed = try CommandRunner.aluectl(["decisions", "--municipality", "Hollola", "--limit", "2"], socket: daemon.socketPath)
        #expect(listed.status == 0 && listed.stdout.contains("Hollola 098") && listed.stdout.contains("aluectl decisions --after"), "\(listed.stdout)\(listed.stderr)")
        let english = try CommandRunner.aluectl(["--lang", "en", "decisions", "--municipality", "Hollola", "--limit", "2"], socket: daemon.socketPath)
        #expect(english.status == 0 && english.stdout.hasPrefix("Id ") && english.stdout.contains("More: aluectl decisions --after")
                && !english.stdout.contains("Lisää") && !english.stdout.contains("Tunnus"), "\(english.stdout)\(english.stderr)")
        #expect(try connection.error("decisions.list", json: #"{"since": "yesterday"}"#).errorKind == "invalid_date")
    }

    @Test func decisionsSurviveReloadsAndRestarts() throws {
        let first = try DaemonProcess()
        let state = "\(first.directory.path)/state"
        var connection = try first.connect()
        let before = try #require(try connection.call("route", json: Self.question)["decisionId"]?.stringValue)
        #expect(try connection.call("system.reload")["ok"] == .bool(true))
        let after = try #require(try connection.call("route", json: Self.question)["decisionId"]?.stringValue)
        try Self.waitUntil("both decisions to be written") { try Self.recorded(connection) >= 2 }
        #expect(try connection.call("decisions.get", json: #"{"decisionId": "\#(after)"}"#)["generation"]?.intValue == 2)
        #expect(first.stop() == 0)

        let second = try DaemonProcess(arguments: ["--state-dir", state])
        connection = try second.connect()
        let kept = try connection.call("decisions.get", json: #"{"decisionId": "\#(before)"}"#)
        #expect(kept["generation"]?.intValue == 1 && kept["result"]?["decisionId"] == .string(before))
        #expect(try connection.call("decisions.list")["decisions"]?.arrayValue?.count == 2)
        withExtendedLifetime(first) {}
    }

    @Test func theLogCanBeSwitchedOff() throws {
        let work = TemporaryDirectory("alue-nolog")
        let config = try TestConfig.write(in: work.path, extra: [("decisionLog", .object([("enabled", .bool(false))]))])
        for daemon in [try DaemonProcess(config: config), try DaemonProcess(arguments: ["--no-decision-log"])] {
            let connection = try daemon.connect()
            _ = try connection.call("route", json: Self.question)
            #expect(try Self.logStats(connection)["enabled"] == .bool(false))
            #expect(try connection.error("decisions.list").errorKind == "invalid_params")
            #expect(!FileManager.default.fileExists(atPath: "\(daemon.directory.path)/state/decisions.sqlite"), "nothing kept, not even an empty file")
        }
    }

    @Test(.timeLimit(.minutes(3))) func aFullQueueDropsAndCountsButEveryAnswerGoesOut() throws {
        let work = TemporaryDirectory("alue-fullqueue")
        let config = try TestConfig.write(in: work.path, extra: [("decisionLog", .object([("queueCapacity", .number("4"))]))])
        let daemon = try DaemonProcess(config: config)
        let connection = try daemon.connect()
        _ = try connection.call("route", json: Self.question)
        try Self.waitUntil("the first decision to be written") { try Self.recorded(connection) == 1 }

        // Someone else holds the file's write lock: the writer cannot commit, its queue fills.
        let file = try SQLiteFile(path: "\(daemon.directory.path)/state/decisions.sqlite")
        try file.holdWriteLock()
        let answers = try Self.pipeline(connection, Self.routeLine(), count: 300)
        #expect(answers.allSatisfy { (try? JSONParser.parse($0))?["result"]?["decisionId"] != nil }, "every request answered")
        let dropped = try Self.logStats(connection)["dropped"]?.intValue ?? 0
        #expect(dropped >= 300 - 8, "at most one group in hand and a full queue of 4 are kept")
        try file.releaseWriteLock()

        try Self.waitUntil("the writer to catch up") {
            let stats = try Self.logStats(connection)
            return stats["queued"]?.intValue == 0 && (stats["recorded"]?.intValue ?? 0) + (stats["dropped"]?.intValue ?? 0) == 301
        }
        try Self.waitUntil("the drops to be logged", timeout: 10) { daemon.log.contains("decisions dropped") }
        #expect(try connection.call("decisions.list", json: #"{"limit": 1000}"#)["decisions"]?.arrayValue?.count == 301 - dropped)
    }

    @Test(.timeLimit(.minutes(3))) func sigkillWhileLoggingLosesOnlyWhatWasNotYetCommitted() throws {
        let first = try DaemonProcess()
        let state = "\(first.directory.path)/state"
        let socket = first.socketPath
        // A client keeps asking until the daemon dies under it.
        let asking = DispatchSemaphore(value: 0)
        Thread {
            if let connection = try? RPCConnection(path: socket) {
                while (try? Self.pipeline(connection, Self.routeLine(), count: 50)) != nil {}
            }
            asking.signal()
        }.start()
        let observer = try first.connect()
        try Self.waitUntil("decisions to be written") { try Self.recorded(observer) >= 500 }
        let committed = try Self.recorded(observer)
        #expect(first.stop(signal: SIGKILL) == SIGKILL)
        #expect(asking.wait(timeout: .now() + 30) == .success)

        #expect(try SQLiteFile(path: "\(state)/decisions.sqlite").integrityCheck() == "ok")
        let second = try DaemonProcess(arguments: ["--state-dir", state])
        let connection = try second.connect()
        var count = 0
        var after: String?
        repeat {
            let page = try connection.call("decisions.list", json: #"{"limit": 1000\#(after.map { #", "after": "\#($0)""# } ?? "")}"#)
            count += page["decisions"]?.arrayValue?.count ?? 0
            after = page["next"]?.stringValue
        } while after != nil
        #expect(count >= committed, "every committed decision is still there")
        _ = try connection.call("route", json: Self.question)
        try Self.waitUntil("the restarted daemon to log again") { try Self.recorded(connection) == 1 }
        withExtendedLifetime(first) {}
    }
}
