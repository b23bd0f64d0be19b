// DispatcherTests.swift — JSON-RPC framing and errors, in process: one line in, one line out.

import AlueCore
import AlueWire
import Foundation
import PluginAPI
import TestSupport
import Testing

/// The daemon services with a fixed generation and nothing else, for dispatching in process.
final class StubDaemon: DaemonServices {
    let log = Log(level: .emergency)
    let stats = RequestStats()
    let ledger: LedgerStore? = nil
    let snapshot: RuntimeSnapshot

    init() throws {
        let options = try DaemonOptions.parse(["--config", Repository.config])
        let settings = try DaemonSettings.resolve(options: options, environment: [:])
        snapshot = try RuntimeSnapshot.build(settings: settings, generation: 1, log: log)
    }

    func currentSnapshot() -> RuntimeSnapshot { snapshot }
    func statusInfo() -> DaemonStatusInfo {
        DaemonStatusInfo(pid: 1, uptimeSeconds: 0, ready: true, socket: "/test", openConnections: 0)
    }
    func reload(requestedBy: String) -> ReloadOutcome { ReloadOutcome(ok: true, generation: 2, messages: []) }
    func nextDecisionID() -> DecisionID { DecisionID(run: DecisionID.Run("test"), counter: 1) }
}

@Suite struct DispatcherTests {
    let dispatcher: Dispatcher
    let root = PeerCredentials(pid: 1, uid: 0, gid: 0)
    let stranger = PeerCredentials(pid: 2, uid: 4242, gid: 4242)

    init() throws {
        dispatcher = Dispatcher(daemon: try StubDaemon())
    }

    private func answer(_ line: String, peer: PeerCredentials? = nil) throws -> JSONValue? {
        try dispatcher.handle(line: Array(line.utf8), peer: peer ?? root, encoder: ResponseEncoder())
            .map { try JSONParser.parse($0) }
    }

    private func error(_ line: String, peer: PeerCredentials? = nil) throws -> JSONValue {
        try #require(try answer(line, peer: peer)?["error"])
    }

    @Test func answersWithTheRequestsID() throws {
        let reply = try #require(try answer(#"{"jsonrpc":"2.0","id":"abc","method":"system.ping"}"#))
        #expect(reply["id"] == .string("abc"))
        #expect(reply["result"]?["pong"] == .bool(true))
        #expect(reply["jsonrpc"] == .string("2.0"))
    }

    @Test func parseErrorHasANullID() throws {
        let reply = try #require(try answer("{not json"))
        #expect(reply["id"] == .null)
        #expect(reply["error"]?.errorCode == -32700)
        #expect(reply["error"]?.errorKind == "parse_error")
    }

    @Test(arguments: [#"{"jsonrpc":"1.0","id":1,"method":"system.ping"}"#, #"{"jsonrpc":"2.0","id":1}"#,
                      #"{"jsonrpc":"2.0","id":{},"method":"system.ping"}"#, "42", "[]",
                      #"{"jsonrpc":"2.0","id":1,"method":"system.ping","params":7}"#])
    func invalidRequests(line: String) throws {
        let error = try error(line)
        #expect(error.errorCode == -32600)
        #expect(error.errorKind == "invalid_request")
    }

    @Test func unknownMethodSuggestsTheNearestOne() throws {
        let error = try error(#"{"jsonrpc":"2.0","id":1,"method":"system.pong"}"#)
        #expect(error.errorCode == -32601)
        #expect(error["message"]?.stringValue?.contains("system.ping") == true)
    }

    @Test func unknownAndMistypedParamsAreInvalidParams() throws {
        let unknown = try error(#"{"jsonrpc":"2.0","id":1,"method":"route","params":{"municipality":"Oulu","service":"eures","dat":"x"}}"#)
        #expect(unknown.errorCode == -32602)
        #expect(unknown["message"]?.stringValue?.contains("'dat'") == true)
        let mistyped = try error(#"{"jsonrpc":"2.0","id":1,"method":"route","params":{"municipality":564,"service":"eures"}}"#)
        #expect(mistyped.errorCode == -32602)
        let positional = try error(#"{"jsonrpc":"2.0","id":1,"method":"route","params":["Oulu","eures"]}"#)
        #expect(positional.errorCode == -32602)
    }

    @Test func notificationsAreExecutedButNotAnswered() throws {
        #expect(try answer(#"{"jsonrpc":"2.0","method":"system.ping"}"#) == nil)
        #expect(try answer("   ") == nil)
    }

    @Test func batchesAnswerEveryRequestButNotNotifications() throws {
        let reply = try #require(try answer(#"[{"jsonrpc":"2.0","id":1,"method":"system.ping"},{"jsonrpc":"2.0","method":"system.ping"},{"jsonrpc":"2.0","id":2,"method":"nope"},5]"#))
        let answers = try #require(reply.arrayValue)
        #expect(answers.count == 3)
        #expect(answers[0]["id"] == .number("1"))
        #expect(answers[1]["error"]?.errorCode == -32601)
        #expect(answers[2]["error"]?.errorCode == -32600)
    }

    @Test func reloadNeedsTheAdminRole() throws {
        let denied = try error(#"{"jsonrpc":"2.0","id":1,"method":"system.reload"}"#, peer: stranger)
        #expect(denied.errorCode == -32010)
        #expect(denied.errorKind == "permission_denied")
        #expect(try answer(#"{"jsonrpc":"2.0","id":1,"method":"system.reload"}"#, peer: root)?["result"]?["ok"] == .bool(true))
    }

    @Test func discoverDescribesEveryMethodOfTheTable() throws {
        let document = try #require(try answer(#"{"jsonrpc":"2.0","id":1,"method":"rpc.discover"}"#)?["result"])
        let names = document["methods"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(names == MethodTable.standard.methods.map(\.name))
        for pinned in ["system.ping", "system.status", "system.stats", "system.reload", "rpc.discover", "regions.list",
                       "regions.get", "municipalities.resolve", "services.list", "route", "procurement.get",
                       "costs.responsibility"] {
            #expect(names.contains(pinned), "\(pinned)")
        }
    }

    @Test func unknownServiceSuggestsNearestIDs() throws {
        let error = try error(#"{"jsonrpc":"2.0","id":1,"method":"route","params":{"municipality":"Oulu","service":"palkkatuk"}}"#)
        #expect(error.errorCode == -32002)
        #expect(error["data"]?["suggestions"]?.arrayValue?.first == .string("palkkatuki"))
    }

    @Test(arguments: ["2025-02-30", "tomorrow", "1.1.2025"])
    func malformedDatesAreInvalidDate(date: String) throws {
        let error = try error(#"{"jsonrpc":"2.0","id":1,"method":"route","params":{"municipality":"Oulu","service":"eures","date":"\#(date)"}}"#)
        #expect(error.errorCode == -32005)
        #expect(error.errorKind == "invalid_date")
    }

    @Test func statsCountRequestsAndBoundUnknownMethodNames() throws {
        for index in 0..<50 { _ = try answer(#"{"jsonrpc":"2.0","id":1,"method":"random.\#(index)"}"#) }
        let stats = try #require(try answer(#"{"jsonrpc":"2.0","id":1,"method":"system.stats"}"#)?["result"])
        #expect(stats["methods"]?[RequestStats.otherMethods]?["requests"] == .number("50"))
        #expect((stats["methods"]?.objectValue?.count ?? 0) < 10)
    }

    @Test func aBatchStopsRunningRequestsOnceItsAnswersReachTheLimit() throws {
        let batch = "[" + (0..<1000).map { #"{"jsonrpc":"2.0","id":\#($0),"method":"regions.get","params":{"region":"oulu"}}"# }
            .joined(separator: ",") + "]"
        let answers = try #require(try answer(batch)?.arrayValue)
        let served = answers.prefix { $0["result"] != nil }.count
        #expect(served > 0 && served < 1000)
        // In order: every request after the cut is answered, by its own id, and not run.
        #expect(answers.map(\.["id"]) == (0..<1000).map { .number(String($0)) })
        for refused in answers[served...] {
            #expect(refused["error"]?.errorKind == "overloaded")
            #expect(refused["error"]?["data"]?["limit"] == .string("maxAnswerBytes"))
        }
    }

    @Test func stringParametersAreBoundedInBytes() throws {
        let long = String(repeating: "ö", count: 129)  // 258 bytes
        let error = try error(#"{"jsonrpc":"2.0","id":1,"method":"municipalities.resolve","params":{"municipality":"\#(long)","lang":"en"}}"#)
        #expect(error.errorKind == "invalid_params")
        #expect(error["message"]?.stringValue == "parameter 'municipality' is 258 bytes long; at most 256 are accepted")
        let provider = String(repeating: "x", count: 201)
        let nested = try self.error(#"{"jsonrpc":"2.0","id":1,"method":"route","params":{"municipality":"Oulu","service":"tyovoimakoulutus","training":{"provider":"\#(provider)"},"lang":"en"}}"#)
        #expect(nested["message"]?.stringValue == "parameter 'training.provider' is 201 bytes long; at most 200 are accepted")
    }

    @Test func aHugeMethodNameIsNeitherComparedNorRepeated() throws {
        let name = String(repeating: "m", count: 100_000)
        let error = try error(#"{"jsonrpc":"2.0","id":1,"method":"\#(name)"}"#)
        #expect(error.errorKind == "method_not_found")
        #expect((error["message"]?.stringValue?.utf8.count ?? .max) < 200)
    }
}
