// Bench/ProtocolTwoBench.swift — the protocol 2 bars measured in the same run (ARCHITECTURE §10.8):
// route throughput with the decision log against a second alued without it, and a 100 000-row
// `route --batch` against the same number of pipelined route calls.

import AlueWire
import Foundation

/// Route pipelined 64 on the bench's alued (decision log on) and on one started with
/// `--no-decision-log`, alternating so that both see the same machine; the medians are compared.
enum DecisionLogBench {
    struct Figures {
        var withLog: Double
        var withoutLog: Double
        /// Decisions the log dropped during the run (a full queue would flatter the figure).
        var dropped: Int
        var ratio: Double { withLog / withoutLog }
    }

    static let rounds = 3

    static func run(daemon: BenchDaemon, executable: String, config: String?, request: [UInt8], requests: Int) throws -> Figures {
        let unlogged = try BenchDaemon(executable: executable, config: config, extraArguments: ["--no-decision-log"], name: "nolog")
        defer { unlogged.stop() }
        var on: [Double] = [], off: [Double] = []
        for _ in 0..<rounds {
            off.append(try LoadGenerator.run(path: unlogged.socketPath, request: request, count: requests, mode: .pipelined(depth: 64)).throughput)
            on.append(try LoadGenerator.run(path: daemon.socketPath, request: request, count: requests, mode: .pipelined(depth: 64)).throughput)
        }
        let stats = try RPCClient(socketPath: daemon.socketPath, timeout: 30).call("system.stats")
        return Figures(withLog: median(on), withoutLog: median(off), dropped: stats["decisionLog"]?["dropped"]?.intValue ?? 0)
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}

/// `aluectl route --batch` of 100 000 varied rows (every member of the three areas × three services)
/// against 100 000 pipelined route calls of the bench's own request.
enum BatchBench {
    struct Figures {
        var rows: Int
        var batchSeconds: Double
        var pipelinedSeconds: Double
        /// Rows the daemon answered with an error (still timed: an error row is a row of the batch).
        var failedRows: Int
        var ratio: Double { batchSeconds / pipelinedSeconds }
    }

    static let rows = 100_000
    static let municipalities = ["Asikkala", "Hartola", "Heinola", "Hollola", "Iitti", "Kärkölä", "Orimattila", "Padasjoki", "Sysmä",
                                 "Forssa", "Hattula", "Humppila", "Hämeenlinna", "Jokioinen", "Tammela", "Ypäjä",
                                 "Hailuoto", "Kempele", "Liminka", "Lumijoki", "Muhos", "Oulu", "Tyrnävä", "Ii", "Utajärvi", "Vaala", "Pudasjärvi"]
    static let services = ["tyollistymissuunnitelma", "palkkatuki", "neuvonta"]

    static func run(socketPath: String, request: [UInt8]) throws -> Figures {
        let lines = (0..<rows).map { index in
            "\(municipalities[index % municipalities.count]),\(services[index / municipalities.count % services.count]),2025-06-01"
        }
        let input = try BatchInput(text: "municipality,service,date\n" + lines.joined(separator: "\n"), file: "bench")
        guard let sink = FileHandle(forWritingAtPath: "/dev/null") else { throw BenchError("cannot open /dev/null") }
        var started = LoadGenerator.now()
        let summary = try BatchRouting(socketPath: socketPath, timeout: 60, format: .standard).run(input, to: sink)
        let batch = Double(LoadGenerator.now() - started) / 1e9
        started = LoadGenerator.now()
        _ = try LoadGenerator.run(path: socketPath, request: request, count: rows, mode: .pipelined(depth: 64))
        return Figures(rows: rows, batchSeconds: batch, pipelinedSeconds: Double(LoadGenerator.now() - started) / 1e9,
                       failedRows: summary.failed)
    }
}
