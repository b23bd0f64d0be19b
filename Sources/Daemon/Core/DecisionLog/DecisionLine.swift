// DecisionLog/DecisionLine.swift — one logged decision as a line of its group: tab-separated
// fields, the question's JSON last (JSON text never holds a raw tab or line break). A decision that
// repeats an earlier one of its group — the same question from the same uid, answered the same way —
// is written as `counter\tat\t@k`: everything but its counter and time is that of the group's line k
// (0-based). Schema version 2 of the file; version 1 has full lines only.

import AlueWire
import PluginAPI

struct DecisionLine: Equatable {
    /// The daemon run that answered: the decision id without its counter.
    var run: String
    var counter: Int64
    var atMilliseconds: Int64
    var body: Body

    /// The id as the answer carried it (the run stored is already a token).
    var decisionID: String { DecisionID(run: DecisionID.Run(run), counter: counter).text }

    /// Everything of a line but its counter and time: what a repeated decision shares with the
    /// line it repeats.
    struct Body: Hashable {
        var uid: UInt32?
        var method: String
        /// Rows of the answer template and of the generation's plugin list.
        var answer: Int64
        var generation: Int
        var pluginSet: Int64
        var subject: DecisionSubject
        /// The request's params as JSON.
        var params: [UInt8]?

        /// The numbers and the params' bytes: equal bodies almost always differ from others there.
        func hash(into hasher: inout Hasher) {
            hasher.combine(answer)
            hasher.combine(generation)
            hasher.combine(pluginSet)
            hasher.combine(uid)
            params?.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Appends the full line of a decision to `text`, straight from its parts (the writer's path: no
    /// intermediate strings, every field copied whole).
    static func append(counter: Int64, at: Int64, _ body: Body, to text: inout JSONWriter) {
        text.field(counter)
        text.field(at)
        text.field(body.uid.map(Int64.init))
        text.field(body.method)
        text.field(body.answer)
        text.field(Int64(body.generation))
        text.field(body.pluginSet)
        text.field(body.subject.region)
        text.field(body.subject.municipality?.rawValue)
        text.field(body.subject.service)
        text.field(body.subject.date)
        if let params = body.params { text.raw(params) }
        text.raw("\n")
    }

    /// Appends the line of a decision that repeats the group's line `position`.
    static func appendRepeat(counter: Int64, at: Int64, of position: Int, to text: inout JSONWriter) {
        text.field(counter)
        text.field(at)
        text.raw("@")
        text.integer(Int64(position))
        text.raw("\n")
    }

    /// The lines of a group of `run`; a damaged line (or a repeat of one) is skipped rather than
    /// failing the others.
    static func decodeAll(_ text: String, run: String) -> [DecisionLine] {
        var byPosition: [DecisionLine?] = []
        for line in text.split(separator: "\n") {
            byPosition.append(decode(line, run: run, earlier: byPosition))
        }
        return byPosition.compactMap { $0 }
    }

    private static func decode(_ line: Substring, run: String, earlier: [DecisionLine?]) -> DecisionLine? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 3, let counter = Int64(fields[0]), let at = Int64(fields[1]) else { return nil }
        if fields.count == 3, fields[2].first == "@" {
            guard let position = Int(fields[2].dropFirst()), earlier.indices.contains(position), var repeated = earlier[position] else { return nil }
            repeated.counter = counter
            repeated.atMilliseconds = at
            return repeated
        }
        guard fields.count == 12, let answer = Int64(fields[4]), let generation = Int(fields[5]), let pluginSet = Int64(fields[6]) else { return nil }
        func optional(_ field: Substring) -> String? { field.isEmpty ? nil : String(field) }
        let subject = DecisionSubject(region: String(fields[7]), municipality: optional(fields[8]).flatMap(MunicipalityCode.init(rawValue:)),
                                      service: optional(fields[9]), date: String(fields[10]))
        return DecisionLine(run: run, counter: counter, atMilliseconds: at,
                            body: Body(uid: UInt32(fields[2]), method: String(fields[3]), answer: answer, generation: generation, pluginSet: pluginSet,
                                       subject: subject, params: fields[11].isEmpty ? nil : Array(fields[11].utf8)))
    }
}

extension JSONWriter {
    /// A field of a decision line and the tab that ends it; nothing for an absent value.
    fileprivate mutating func field(_ value: String?) {
        if let value { raw(value.utf8) }
        raw("\t")
    }

    fileprivate mutating func field(_ value: Int64?) {
        if let value { integer(value) }
        raw("\t")
    }
}
