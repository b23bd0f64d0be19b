// Batch/AnswerCells.swift — a batch's answer lines turned into output cells. A list repeats the same
// questions, and the daemon's answers to them differ only in their decision id: an answer is parsed
// once, and a repeat (the same bytes but for the id) reuses its cells with its own id filled in.

import AlueWire
import PluginAPI

struct AnswerCells {
    /// The cells of each distinct answer, keyed by the answer without its id; bounded.
    private var known: [LineWithoutSpan: [String]] = [:]
    static let capacity = 4096

    /// The output cells of one answer line, or the row's error.
    mutating func cells(_ line: [UInt8]) throws -> Result<[String], BatchRowError> {
        if let (key, id) = AnswerKey.split(line) {
            if var cells = known[key] {
                cells[BatchOutput.columns.firstIndex(of: "decision_id")!] = id
                return .success(cells)
            }
            let parsed = try parse(line)
            if case .success(let cells) = parsed {
                if known.count >= Self.capacity { known.removeAll(keepingCapacity: true) }
                known[key] = cells
            }
            return parsed
        }
        return try parse(line)
    }

    private func parse(_ line: [UInt8]) throws -> Result<[String], BatchRowError> {
        let answer: JSONValue
        do {
            answer = try JSONParser.parse(line)
        } catch {
            throw UnreachableError(Messages.unreadableAnswer("\(error)"))
        }
        if let result = answer["result"] { return .success(BatchOutput.cells(result)) }
        let kind = answer["error"]?["data"]?["kind"]?.stringValue ?? "error"
        return .failure(BatchRowError(kind, answer["error"]?["message"]?.stringValue ?? answer.jsonText))
    }
}

/// A result line with its decision id cut out: equal for every answer to the same question.
private enum AnswerKey {
    private static let result = Array(#","result":"#.utf8)
    private static let decisionID = Array(#""decisionId":""#.utf8)

    /// The key and the id of a result line (`{"jsonrpc":"2.0","id":N,"result":{…}}`); nil for an error.
    /// The id is the first `decisionId` that is not empty (a nested decision may carry an empty one);
    /// the key starts at the result, so the request id does not count.
    static func split(_ line: [UInt8]) -> (LineWithoutSpan, String)? {
        guard let result = line.firstIndex(of: Self.result).map({ $0 + Self.result.count }) else { return nil }
        var from = result
        while let marker = line.firstIndex(of: Self.decisionID, from: from).map({ $0 + Self.decisionID.count }),
              let end = line[marker...].firstIndex(of: UInt8(ascii: "\"")) {
            if end > marker {
                return (LineWithoutSpan(line, from: result, cutting: marker..<end), String(decoding: line[marker..<end], as: UTF8.self))
            }
            from = end
        }
        return nil
    }
}
