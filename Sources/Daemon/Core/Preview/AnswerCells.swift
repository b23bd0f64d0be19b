// Preview/AnswerCells.swift — an answer line taken apart into the cells the impact preview compares:
// every member of the result as a dotted path (`cost.payer.code`), lists as whole values, an
// allocation's shares per municipality, and an error as its kind (and reason).

import AlueWire

struct AnswerCells {
    /// A compared cell: a field, for an allocation share also the municipality it belongs to.
    struct Key: Hashable, Comparable {
        var municipality: String?
        var field: String

        static func < (lhs: Key, rhs: Key) -> Bool { (lhs.municipality ?? "", lhs.field) < (rhs.municipality ?? "", rhs.field) }
    }

    private(set) var cells: [Key: JSONValue] = [:]
    /// The answer's region and pool, when it names them.
    private(set) var region: String?
    private(set) var pool: String?

    init(answerLine: [UInt8]) {
        guard let answer = try? JSONParser.parse(answerLine) else {
            cells[Key(field: "error")] = .string("unreadable answer")
            return
        }
        if let error = answer["error"] {
            cells[Key(field: "error")] = error["data"]?["kind"] ?? .string("error")
            if let reason = error["data"]?["reason"] { cells[Key(field: "error.reason")] = reason }
            return
        }
        let result = answer["result"] ?? .null
        region = result["region"]?.stringValue
        pool = result["pool"]?.stringValue
        for (key, value) in result.objectValue ?? [] where key != "decisionId" {
            if key == "shares", let shares = value.arrayValue {
                for share in shares {
                    let municipality = share["municipality"]?["code"]?.stringValue
                    for (field, cell) in share.objectValue ?? [] where field != "municipality" {
                        add(cell, at: "share.\(field)", municipality: municipality)
                    }
                }
            } else {
                add(value, at: key, municipality: nil)
            }
        }
    }

    private mutating func add(_ value: JSONValue, at path: String, municipality: String?) {
        if let members = value.objectValue {
            for (key, member) in members { add(member, at: "\(path).\(key)", municipality: municipality) }
        } else {
            cells[Key(municipality: municipality, field: path)] = value
        }
    }

    /// The pools a cost answer's bearer names (`members_by_key`), found without parsing the answer:
    /// with sorted keys the bearer reads `"kind":"members_by_key","pool":"…"`.
    static func sharedPools(in answerLine: [UInt8]) -> [RegionPool] {
        let marker = Array(#""kind":"members_by_key","pool":""#.utf8)
        var pools: [RegionPool] = []
        var index = 0
        while let found = answerLine.firstIndex(of: marker, from: index) {
            let start = found + marker.count
            guard let end = answerLine[start...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let pool = String(decoding: answerLine[start..<end], as: UTF8.self)
            let regionMarker = Array(#","region":""#.utf8)
            if answerLine[end...].starts(with: [UInt8(ascii: "\"")] + regionMarker) {
                let regionStart = end + 1 + regionMarker.count
                if let regionEnd = answerLine[regionStart...].firstIndex(of: UInt8(ascii: "\"")) {
                    pools.append(RegionPool(region: String(decoding: answerLine[regionStart..<regionEnd], as: UTF8.self), pool: pool))
                }
            }
            index = end
        }
        return pools
    }
}
