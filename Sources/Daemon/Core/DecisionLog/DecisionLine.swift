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
    /// intermediate strings, every field copied whole).
    static func append(counter: Int64, at: Int64, uid: UInt32?, method: String, answer: Int64, generation: Int, pluginSet: Int64,
                       subject: DecisionSubject, params: [UInt8]?, to text: inout JSONWriter) {
        var line: [UInt8] = []
        line.reserveCapacity(128 + (params?.count ?? 0))
        func field(_ value: String?) {
            if var value { value.withUTF8 { line.append(contentsOf: $0) } }
            line.append(0x09)
        }
        func number(_ value: Int64) {
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                         UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var magnitude = value.magnitude
            var count = 0
            withUnsafeMutableBytes(of: &digits) { buffer in
                repeat {
                    buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                    count += 1
                } while magnitude > 0
                if value < 0 { line.append(UInt8(ascii: "-")) }
                line.append(contentsOf: buffer[(20 - count)...])
            }
            line.append(0x09)
        }
        number(counter)
        number(at)
        field(uid.map { String($0) })
        field(method)
        number(answer)
        number(Int64(generation))
        number(pluginSet)
        field(subject.region)
        field(subject.municipality?.rawValue)
        field(subject.service)
        field(subject.date)
        if let params { line.append(contentsOf: params) }
        line.append(0x0A)
        text.raw(line)
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
