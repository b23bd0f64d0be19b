// DecisionLog/DecisionLine.swift — one logged decision as a line of its group: tab-separated
// fields, the question's JSON last (JSON text never holds a raw tab or line break).

import AlueWire
import PluginAPI

struct DecisionLine: Equatable {
    /// The daemon run that answered: the decision id without its counter.
    var run: String
    var counter: Int64
    var atMilliseconds: Int64
    var uid: UInt32?
    var method: String
    /// Rows of the answer template and of the generation's plugin list.
    var answer: Int64
    var generation: Int
    var pluginSet: Int64
    var subject: DecisionSubject
    /// The request's params as JSON text.
    var params: String?

    var decisionID: String { "\(run)-\(counter)" }

    /// `<run>-<counter>` taken apart; nil for an id the log cannot have handed out.
    static func split(_ id: String) -> (run: String, counter: Int64)? {
        let bytes = id.utf8
        guard let dash = bytes.lastIndex(of: UInt8(ascii: "-")), let counter = Int64(Substring(bytes[bytes.index(after: dash)...])) else { return nil }
        return (String(Substring(bytes[..<dash])), counter)
    }

    /// Appends the line of a decision to `text`, straight from its parts (the writer's path: no
    /// intermediate strings).
    static func append(counter: Int64, at: Int64, uid: UInt32?, method: String, answer: Int64, generation: Int, pluginSet: Int64,
                       subject: DecisionSubject, params: [UInt8]?, to text: inout JSONWriter) {
        text.raw(String(counter).utf8)
        text.raw("\t")
        text.raw(String(at).utf8)
        text.raw("\t")
        if let uid { text.raw(String(uid).utf8) }
        text.raw("\t")
        text.raw(method.utf8)
        text.raw("\t")
        text.raw(String(answer).utf8)
        text.raw("\t")
        text.raw(String(generation).utf8)
        text.raw("\t")
        text.raw(String(pluginSet).utf8)
        text.raw("\t")
        text.raw(subject.region.utf8)
        text.raw("\t")
        if let municipality = subject.municipality { text.raw(municipality.rawValue.utf8) }
        text.raw("\t")
        if let service = subject.service { text.raw(service.utf8) }
        text.raw("\t")
        text.raw(subject.date.utf8)
        text.raw("\t")
        if let params { text.raw(params) }
        text.raw("\n")
    }

    /// The lines of a group of `run`; a damaged line is skipped rather than failing the others.
    static func decodeAll(_ text: String, run: String) -> [DecisionLine] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 12, let counter = Int64(fields[0]), let at = Int64(fields[1]), let answer = Int64(fields[4]),
                  let generation = Int(fields[5]), let pluginSet = Int64(fields[6]) else { return nil }
            func optional(_ field: Substring) -> String? { field.isEmpty ? nil : String(field) }
            return DecisionLine(run: run, counter: counter, atMilliseconds: at, uid: UInt32(fields[2]), method: String(fields[3]),
                                answer: answer, generation: generation, pluginSet: pluginSet,
                                subject: DecisionSubject(region: String(fields[7]), municipality: optional(fields[8]).flatMap(MunicipalityCode.init(rawValue:)),
                                                         service: optional(fields[9]), date: String(fields[10])),
                                params: optional(fields[11]))
        }
    }
}
