// DecisionLog/DecisionLine.swift — one logged decision as a line of its group: tab-separated
// fields, the question's JSON last (JSON text never holds a raw tab or line break).

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
        guard let dash = id.lastIndex(of: "-"), let counter = Int64(id[id.index(after: dash)...]) else { return nil }
        return (String(id[..<dash]), counter)
    }

    func encode(into text: inout [UInt8]) {
        let fields = [String(counter), String(atMilliseconds), uid.map { String($0) } ?? "", method, String(answer), String(generation),
                      String(pluginSet), subject.region, subject.municipality?.rawValue ?? "", subject.service ?? "", subject.date,
                      params ?? ""]
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(0x09) }
            text.append(contentsOf: field.utf8)
        }
        text.append(0x0A)
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
