// RPC/Dispatcher.swift — turns one request line into one answer line: parse, batch, look up the
// method, check the role, validate params, call the handler, time it, frame the answer.

import AlueWire
import Foundation
import PluginAPI

public struct Dispatcher: Sendable {
    public let table: MethodTable
    public let daemon: any DaemonServices

    public init(table: MethodTable = .standard, daemon: any DaemonServices) {
        self.table = table
        self.daemon = daemon
    }

    /// The answer to one line (without the trailing newline), or nil when nothing is to be sent
    /// (blank line, notification, batch of notifications).
    public func handle(line: [UInt8], peer: PeerCredentials?, encoder: ResponseEncoder) -> [UInt8]? {
        var writer = JSONWriter()
        var snapshot: RuntimeSnapshot?
        return handle(line: line, peer: peer, encoder: encoder, snapshot: &snapshot, into: &writer) ? writer.bytes : nil
    }

    /// Appends the answer to one line (without the trailing newline) to `writer`, the connection's
    /// outgoing buffer, so an answer is copied once on its way out; false when nothing is to be sent.
    /// With the connection's `memo`, a line repeating an answered decision is answered from it;
    /// `snapshot` is the generation the connection last used, replaced when it no longer serves.
    func handle(line: [UInt8], peer: PeerCredentials?, encoder: ResponseEncoder, memo: RepeatedRequestMemo? = nil,
                snapshot held: inout RuntimeSnapshot?, into writer: inout JSONWriter) -> Bool {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return false }
        let snapshot = daemon.currentSnapshot(reusing: held)
        held = snapshot
        if let memo, let repeated = memo.lookup(line, generation: snapshot.generation) {
            answerRepeat(repeated, peer: peer, snapshot: snapshot, into: &writer)
            return true
        }
        let json: JSONValue
        do {
            json = try JSONParser.parse(line)
        } catch {
            daemon.stats.recordParseError()
            // The parser's own detail (where and what) is technical and stays as it is in both languages.
            Self.frame(id: .null, error: RPCError(.parseError, LocalizedText(fi: "pyyntö ei ole kelvollista JSONia: ", en: "request is not valid JSON: ")
                                                             + LocalizedText(verbatim: "\(error)")), into: &writer)
            return true
        }
        let role = Role.of(peer, roles: snapshot.settings.roles)
        let context = CallContext(snapshot: snapshot, daemon: daemon, peer: peer, role: role, encoder: encoder)
        guard case .array(let batch) = json else {
            return respond(to: json, context: context, remembering: memo.map { ($0, line) }, into: &writer)
        }
        guard !batch.isEmpty else {
            Self.frame(id: .null, error: RPCError(.invalidRequest, LocalizedText(fi: "tyhjä erä (batch) ei ole pyyntö",
                                                                                en: "an empty batch is not a request")), into: &writer)
            return true
        }
        let limit = snapshot.settings.limits.maxBatchRequests
        guard batch.count <= limit else {
            Self.frame(id: .null, error: RPCError(.invalidRequest, LocalizedText(
                fi: "erässä (batch) saa olla enintään \(limit) pyyntöä, tässä on \(batch.count)",
                en: "a batch may hold at most \(limit) requests, this one has \(batch.count)")), into: &writer)
            return true
        }
        // The answers go straight into the buffer; once they hold maxAnswerBytes, the remaining
        // requests are answered `overloaded` without being run, so a batch cannot make the daemon
        // hold more than that (plus the answer that crossed it) for one connection.
        let maxAnswerBytes = snapshot.settings.limits.maxAnswerBytes
        let start = writer.count
        var answers = 0
        writer.raw("[")
        for element in batch {
            let beforeElement = writer.count
            if answers > 0 { writer.raw(",") }
            let answered = writer.count - start < maxAnswerBytes ? respond(to: element, context: context, into: &writer)
                                                                 : refuseOverLimit(element, maxAnswerBytes: maxAnswerBytes, context: context, into: &writer)
            if answered { answers += 1 } else { writer.truncate(to: beforeElement) }
        }
        guard answers > 0 else {
            writer.truncate(to: start)
            return false
        }
        writer.raw("]")
        return true
    }

    /// A batch element past the answer limit: a request is answered `overloaded` and not run; a
    /// notification is still run (it adds no answer) and an invalid element gets its usual error.
    private func refuseOverLimit(_ json: JSONValue, maxAnswerBytes: Int, context: CallContext, into writer: inout JSONWriter) -> Bool {
        guard case .success(let request) = RPCRequest.parse(json), let id = request.id else {
            return respond(to: json, context: context, into: &writer)
        }
        daemon.stats.record(method: request.method, known: table.method(request.method) != nil, microseconds: 0, failed: true)
        Self.frame(id: id, error: RPCError(.overloaded, LocalizedText(
            fi: "ei suoritettu: tämän erän vastaukset ovat jo \(maxAnswerBytes) tavua (limits.maxAnswerBytes); lähetä loput toisessa erässä",
            en: "not run: this batch's answers reached \(maxAnswerBytes) bytes (limits.maxAnswerBytes); send the rest in another batch"),
            data: [("limit", .string("maxAnswerBytes"))]), language: Self.language(of: request.params), into: &writer)
        return true
    }

    /// Answers one request (a line's or a batch element) into `writer`; false for a notification.
    /// A decision answered to a whole line is remembered in the connection's memo when its answer
    /// cannot change with the clock (the line names its `date`).
    private func respond(to json: JSONValue, context: CallContext, remembering line: (memo: RepeatedRequestMemo, bytes: [UInt8])? = nil,
                         into writer: inout JSONWriter) -> Bool {
        let started = DispatchTime.now().uptimeNanoseconds
        let request: RPCRequest
        switch RPCRequest.parse(json) {
        case .success(let parsed): request = parsed
        case .failure(let failure):
            daemon.stats.record(method: "", known: false, microseconds: elapsed(since: started), failed: true)
            Self.frame(id: failure.id, error: failure.error, language: Self.language(of: json["params"]), into: &writer)
            return true
        }
        let entry = table.entry(request.method)
        let method = entry?.spec
        let outcome = Result(catching: { () throws(RPCError) -> Reply in
            guard let entry else { throw unknownMethod(request.method) }
            let method = entry.spec
            guard context.role >= method.role else {
                let hidden = context.peer?.uid == Role.overflowUID
                let peer = context.peer?.description
                throw RPCError(.permissionDenied, LocalizedText(
                    fi: "\(request.method) vaatii roolin \(method.role); tämän asiakkaan (\(peer ?? "tuntematon")) rooli on \(context.role)"
                        + (hidden ? " (uid 65534 on ytimen ylivuoto-uid: alued näyttää toimivan käyttäjänimiavaruudessa, joka piilottaa asiakkaat, esim. PrivateUsers=)" : ""),
                    en: "\(request.method) needs the \(method.role) role; this peer (\(peer ?? "unknown")) is \(context.role)"
                        + (hidden ? " (uid 65534 is the kernel's overflow uid: alued seems to run in a user namespace that hides its clients, e.g. PrivateUsers=)" : "")))
            }
            let params = try Params(request.params)
            try params.rejectUnknown(allowed: entry.acceptedParamNames)
            var localized = context
            localized.language = try params.language()
            return try method.handler(localized, params)
        })
        daemon.stats.record(method: request.method, known: method != nil, microseconds: elapsed(since: started),
                            failed: (try? outcome.get()) == nil)
        if let method, method.mutating || context.role < method.role {
            audit(method: request.method, id: request.id, context: context, outcome: outcome)
        }
        guard let id = request.id else { return false }
        switch outcome {
        case .success(.decision(let decision)):
            // A line the memo keeps has its params encoded once, for the memo and the log alike.
            let kept = line != nil && request.params?["date"]?.stringValue != nil
                ? RepeatedRequestMemo.Entry(method: request.method, reply: decision, params: request.params.map(JSONWriter.encode)) : nil
            if let line, let kept { line.memo.remember(line.bytes, id: id, entry: kept, generation: context.snapshot.generation) }
            answer(decision, method: request.method, params: { kept.map(\.params) ?? request.params.map(JSONWriter.encode) }, peer: context.peer,
                   snapshot: context.snapshot, writingID: { $0.value(id) }, into: &writer)
        case .success(let reply): Self.frame(id: id, result: reply, into: &writer)
        case .failure(let error): Self.frame(id: id, error: error, language: Self.language(of: request.params), into: &writer)
        }
        return true
    }

    /// A line the connection's memo recognised: the bookkeeping of `respond` for a decision —
    /// statistics, the log, a fresh decision id — around the remembered answer and the line's own id.
    private func answerRepeat(_ repeated: RepeatedRequestMemo.Repeat, peer: PeerCredentials?, snapshot: RuntimeSnapshot,
                              into writer: inout JSONWriter) {
        let started = DispatchTime.now().uptimeNanoseconds
        daemon.stats.record(method: repeated.method, known: true, microseconds: elapsed(since: started), failed: false)
        daemon.stats.recordRepeatAnswered()
        answer(repeated.reply, method: repeated.method, params: { repeated.params }, peer: peer, snapshot: snapshot,
               writingID: { $0.raw(repeated.id) }, into: &writer)
    }

    /// Files a decision in the log, which hands out the id in its own order so that it files the
    /// answer exactly as it is sent, and writes the answer with that id.
    private func answer(_ decision: DecisionReply, method: String, params: () -> [UInt8]?, peer: PeerCredentials?, snapshot: RuntimeSnapshot,
                        writingID writeID: (inout JSONWriter) -> Void, into writer: inout JSONWriter) {
        let decisionID = daemon.decisionLog?.record(decision, method: method, params: params, peer: peer, snapshot: snapshot,
                                                    newID: daemon.nextDecisionID)
            ?? daemon.nextDecisionID()
        Self.frame(writingID: writeID, result: .decision(decision), decisionID: decisionID, into: &writer)
    }

    /// The language a request's `params.lang` asks for, Finnish when it asks for none (or cannot:
    /// the error may be about its params).
    private static func language(of params: JSONValue?) -> Language {
        (try? Params(params).language()) ?? .fi
    }

    /// One structured key=value line per mutating or refused call, with the peer, the request id
    /// and an audit id of its own (docs/architecture.md §8).
    private func audit(method: String, id: JSONValue?, context: CallContext, outcome: Result<Reply, RPCError>) {
        let peer = context.peer?.description ?? "uid=? gid=? pid=?"
        let result: String
        switch outcome {
        case .success: result = "result=ok"
        case .failure(let error): result = "result=error kind=\(error.kind.rawValue)"
        }
        daemon.log.notice("audit method=\(method) \(peer) role=\(context.role) \(result) request=\(id.map { $0.jsonText.excerpt() } ?? "notification") audit_id=\(daemon.nextDecisionID().text)")
    }

    /// `method_not_found`, suggesting close names; an input longer than any method name gets none
    /// (suggesting costs an edit distance per method, so its length must be bounded).
    private func unknownMethod(_ name: String) -> RPCError {
        let close = name.utf8.count > Self.longestSuggestible ? [] : table.methods.map(\.name)
            .filter { editDistance($0, name, atMost: 3) != nil || $0.hasPrefix(name) || name.hasPrefix($0) }
        let names = close.joined(separator: ", ")
        return RPCError(.methodNotFound, LocalizedText(
            fi: "metodia '\(name.excerpt())' ei ole" + (close.isEmpty ? "; rpc.discover luettelee metodit" : "; tarkoititko \(names)?"),
            en: "no method '\(name.excerpt())'" + (close.isEmpty ? "; rpc.discover lists the methods" : "; did you mean \(names)?")))
    }

    /// Longer than every method name (the longest is 22 bytes).
    static let longestSuggestible = 64

    private func elapsed(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    }

    static func frame(id: JSONValue, result: Reply, into writer: inout JSONWriter) {
        frame(writingID: { $0.value(id) }, result: result, decisionID: nil, into: &writer)
    }

    /// An answer whose request id `writeID` writes: the parsed id, or a repeated line's id as it was
    /// sent. A decision is answered only with its `decisionID`.
    private static func frame(writingID writeID: (inout JSONWriter) -> Void, result: Reply, decisionID: DecisionID?, into writer: inout JSONWriter) {
        if case .decision = result, decisionID == nil {
            return frame(writingID: writeID, error: .internalError(fi: "päätökselle ei annettu tunnusta", en: "a decision was not given its id"), into: &writer)
        }
        writer.raw("{\"jsonrpc\":\"2.0\",\"id\":")
        writeID(&writer)
        writer.raw(",\"result\":")
        switch result {
        case .value(let value): writer.value(value)
        case .encoded(let bytes): writer.raw(bytes)
        case .decision(let decision): decisionID.map { decision.template.write(filledWith: $0, into: &writer) }
        }
        writer.raw("}")
    }

    /// An error answer; also used by the transport for errors outside any request (overload, too large).
    public static func frame(id: JSONValue, error: RPCError, language: Language = .fi) -> [UInt8] {
        var writer = JSONWriter()
        frame(id: id, error: error, language: language, into: &writer)
        return writer.bytes
    }

    static func frame(id: JSONValue, error: RPCError, language: Language = .fi, into writer: inout JSONWriter) {
        frame(writingID: { $0.value(id) }, error: error, language: language, into: &writer)
    }

    private static func frame(writingID writeID: (inout JSONWriter) -> Void, error: RPCError, language: Language = .fi, into writer: inout JSONWriter) {
        writer.raw("{\"jsonrpc\":\"2.0\",\"id\":")
        writeID(&writer)
        writer.raw(",\"error\":")
        writer.value(error.json(in: language))
        writer.raw("}")
    }
}
