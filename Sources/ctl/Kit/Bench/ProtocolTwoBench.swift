// Bench/ProtocolTwoBench.swift — the protocol 2 bars measured in the same run (ARCHITECTURE §10.8):
// route throughput with the decision log against a second alued without it, and a 100 000-row
// `route --batch` against the same number of pipelined route calls.

import AlueWire
import Foundation

/// Route pipelined 64 on two fresh alued of the same config, one with the decision log (the
/// default) and one with `--no-decision-log`, in alternating order; the best round of each is
/// compared, since on a shared machine other work only ever slows a round down.
enum DecisionLogBench {
    struct Figures {
        var withLog: Double
        var withoutLog: Double
        /// Decisions the log dropped during the run (a full queue would flatter the figure).
        var dropped: Int
        var ratio: Double { withLog / withoutLog }
    }

    static let rounds = 5

    static func run(executable: String, config: String?, request: [UInt8], requests: Int) throws -> Figures {
        let logged = try BenchDaemon(executable: executable, config: config, name: "log")
        defer { logged.stop() }
        let unlogged = try BenchDaemon(executable: executable, config: config, extraArguments: ["--no-decision-log"], name: "nolog")
        defer { unlogged.stop() }
        var on: [Double] = [], off: [Double] = []
        for round in 0..<rounds {
            for daemon in round % 2 == 0 ? [logged, unlogged] : [unlogged, logged] {
                let throughput = try LoadGenerator.run(path: daemon.socketPath, request: request, count: requests, mode: .pipelined(depth: 64)).throughput
                if daemon === logged { on.append(throughput) } else { off.append(throughput) }
            }
        }
        let stats = try RPCClient(socketPath: logged.socketPath, timeout: 30).call("system.stats")
        return Figures(withLog: on.max() ?? 0, withoutLog: off.max() ?? 0, dropped: stats["decisionLog"]?["dropped"]?.intValue ?? 0)
    }
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
        let input = try BatchInput(text: "municipality,service,date\n" + lines.joined(separator: "\n"), file: "bench", language: .fi)
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
