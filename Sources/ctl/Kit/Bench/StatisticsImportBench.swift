// Bench/StatisticsImportBench.swift — how long statistics.import takes for a JSON-stat 2.0 file of
// every municipality the daemon knows, shaped like Statistics Finland's table 11re (ages 18–64 as
// single years, plus the whole country), from sending the file to the new generation serving.

import AlueWire
import Foundation

struct StatisticsImportBench {
    let socketPath: String
    static let runs = 5

    /// The median of `runs` imports in milliseconds, and the municipalities each imported.
    func run() throws -> (milliseconds: Double, municipalities: Int) {
        let client = try RPCClient(socketPath: socketPath, timeout: 60)
        let codes = (0..<1000).map { String(format: "%03d", $0) }.filter { code in
            (try? client.call("municipalities.resolve", .object([("municipality", .string(code))]))) != nil
        }
        let document = Self.table11re(codes: codes)
        let params = JSONValue.object([("statistic", .string("population_18_64")), ("format", .string("json-stat2")),
                                       ("content", .string(document))])
        var times: [Double] = []
        var imported = 0
        for _ in 0..<Self.runs {
            let started = LoadGenerator.now()
            let result = try client.call("statistics.import", params)
            times.append(Double(LoadGenerator.now() - started) / 1e6)
            imported = result["imported"]?.intValue ?? 0
        }
        return (times.sorted()[times.count / 2], imported)
    }

    /// A JSON-stat 2.0 dataset: Alue (SSS and `KU` codes) × Ikä (18…64) × Vuosi (2023), synthetic figures.
    static func table11re(codes: [String]) -> String {
        let regions = ["SSS"] + codes.map { "KU\($0)" }
        let ages = (18...64).map { String(format: "%03d", $0) }
        func index(_ items: [String]) -> String {
            "{" + items.enumerated().map { "\"\($1)\":\($0)" }.joined(separator: ",") + "}"
        }
        let values = regions.indices.flatMap { region in ages.indices.map { age in String((region * 31 + age * 17) % 400 + 20) } }
        return """
            {"version":"2.0","class":"dataset","label":"Väestö 31.12. muuttujina Alue, Ikä, Vuosi ja Tiedot","source":"Tilastokeskus",\
            "id":["Alue","Ikä","Vuosi","Tiedot"],"size":[\(regions.count),\(ages.count),1,1],"role":{"time":["Vuosi"],"metric":["Tiedot"]},\
            "dimension":{"Alue":{"label":"Alue","category":{"index":\(index(regions))}},"Ikä":{"label":"Ikä","category":{"index":\(index(ages))}},\
            "Vuosi":{"label":"Vuosi","category":{"index":["2023"]}},"Tiedot":{"label":"Tiedot","category":{"index":["vaesto"],"label":{"vaesto":"Väestö 31.12."}}}},\
            "value":[\(values.joined(separator: ","))],"extension":{"px":{"tableid":"bench"}}}
            """
    }
}
