// Batch/AnswerCells.swift — a batch's answer lines turned into output cells. A list repeats the same
// questions, and the daemon's answers to them differ only in their decision id: an answer is parsed
// once, and a repeat (the same bytes but for the id) reuses its cells with its own id filled in.

import AlueWire
import PluginAPI
#if canImport(Glibc)
import Glibc
#endif

struct AnswerCells {
    /// The cells of each distinct answer, keyed by the answer without its id; bounded.
    private var known: [AnswerKey: [String]] = [:]
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

/// A result's bytes with its decision id cut out: equal for every answer to the same question. The
/// line itself is kept and compared in place (answers are kilobytes; copying each to compare costs
/// more than parsing it did).
private struct AnswerKey: Hashable {
    let line: [UInt8]
    /// From the result to the id's opening quote, and from its closing quote to the end.
    let beforeID: Range<Int>
    let afterID: Range<Int>

    private static let result = Array(#","result":"#.utf8)
    private static let decisionID = Array(#""decisionId":""#.utf8)

    /// The key and the id of a result line (`{"jsonrpc":"2.0","id":N,"result":{…}}`); nil for an error.
    /// The id is the first `decisionId` that is not empty (a nested decision may carry an empty one).
    static func split(_ line: [UInt8]) -> (AnswerKey, String)? {
        guard let result = line.firstIndex(of: Self.result).map({ $0 + Self.result.count }) else { return nil }
        var from = result
        while let marker = line.firstIndex(of: Self.decisionID, from: from).map({ $0 + Self.decisionID.count }),
              let end = line[marker...].firstIndex(of: UInt8(ascii: "\"")) {
            if end > marker {
                let id = String(decoding: line[marker..<end], as: UTF8.self)
                return (AnswerKey(line: line, beforeID: result..<marker, afterID: end..<line.count), id)
            }
            from = end
        }
        return nil
    }

    private func withParts<T>(_ body: (UnsafeRawBufferPointer, UnsafeRawBufferPointer) -> T) -> T {
        line.withUnsafeBytes { bytes in body(UnsafeRawBufferPointer(rebasing: bytes[beforeID]), UnsafeRawBufferPointer(rebasing: bytes[afterID])) }
    }

    /// The lengths and the bytes around the id: answers to different questions differ there almost
    /// always (the subject's fields sort next to `decisionId`), and hashing all of every kilobyte
    /// answer cost more than the rest of the lookup. Equality compares everything.
    func hash(into hasher: inout Hasher) {
        withParts { before, after in
            hasher.combine(before.count)
            hasher.combine(after.count)
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: before.suffix(Self.hashedBytes)))
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: after.prefix(Self.hashedBytes)))
        }
    }

    private static let hashedBytes = 256

    static func == (left: AnswerKey, right: AnswerKey) -> Bool {
        left.withParts { leftBefore, leftAfter in
            right.withParts { rightBefore, rightAfter in same(leftBefore, rightBefore) && same(leftAfter, rightAfter) }
        }
    }

    private static func same(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Bool {
        guard left.count == right.count else { return false }
        guard let leftBytes = left.baseAddress, let rightBytes = right.baseAddress else { return true }
        return memcmp(leftBytes, rightBytes, left.count) == 0
    }
}
