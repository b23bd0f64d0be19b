// Bench/BenchReport.swift — the benchmark's figures, the targets they are held to, and their
// text, Markdown and JSON forms.

import AlueWire
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct BenchReport {
    struct Row {
        var target: String
        var mode: String
        var result: LoadResult
        /// The echo run of the same mode, for the ratios.
        var baseline: LoadResult?
    }

    struct LedgerFigures {
        var singleCommitsPerSecond: Double
        var batchedEntriesPerSecond: Double
    }

    struct LongRun {
        var requests: Int
        var residentBeforeKiB: Int
        var residentAfterKiB: Int
        var throughput: Double
        var errors: Int
    }

    var startupMilliseconds: Double
    var residentAfterStartKiB: Int
    var residentAtEndKiB = 0
    var rows: [Row] = []
    var ledger: LedgerFigures?
    /// statistics.import of a 308-municipality JSON-stat file: median milliseconds, municipalities imported.
    var statisticsImport: (milliseconds: Double, municipalities: Int)?
    var long: LongRun?
    var redis = ""
    var scale: ScaleBench.Figures?
    var decisionLog: DecisionLogBench.Figures?
    var batch: BatchBench.Figures?
    let machine = BenchReport.describeMachine()
    let date = ISO8601DateFormatter().string(from: Date())

    func row(_ target: String, _ mode: LoadMode) -> Row? {
        rows.first { $0.target == target && $0.mode == mode.description }
    }

    /// The targets of docs/architecture.md §9, each with the measured value and whether it holds.
    var targets: [(name: String, measured: String, target: String, met: Bool)] {
        var list: [(String, String, String, Bool)] = []
        // Protocol 2's bars (docs/architecture.md, "Quality bars"): each a ratio to the echo of the same load.
        if let route = row("route", .sequential), let echo = route.baseline {
            let latencyRatio = route.result.percentile(0.99) / echo.percentile(0.99)
            list.append(("route 1 conn p99 vs echo", String(format: "%.2fx", latencyRatio), "<= 1.3x", latencyRatio <= 1.3))
        }
        for (mode, share) in [(LoadMode.pipelined(depth: 64), 0.5), (.concurrent(connections: 32), 0.6)] {
            guard let route = row("route", mode), let echo = route.baseline else { continue }
            let ratio = route.result.throughput / echo.throughput
            list.append(("route \(mode) throughput vs echo", String(format: "%.2fx (%.0f/s vs %.0f/s)", ratio, route.result.throughput, echo.throughput),
                         String(format: ">= %.1fx", share), ratio >= share))
        }
        if let allocate = row("costs.allocate", .sequential) {
            let p99 = allocate.result.percentile(0.99)
            list.append(("costs.allocate p99 (1 conn)", String(format: "%.0f µs", p99), "< 1000 µs", p99 < 1000))
        }
        list.append(("start-up to first answer", String(format: "%.1f ms", startupMilliseconds), "< 200 ms", startupMilliseconds < 200))
        list.append(("RSS after start", String(format: "%.1f MB", Double(residentAfterStartKiB) / 1024), "< 40 MB", residentAfterStartKiB < 40 * 1024))
        if let ledger {
            list.append(("ledger.record single-entry commits", String(format: "%.0f/s", ledger.singleCommitsPerSecond), ">= 2000/s", ledger.singleCommitsPerSecond >= 2000))
            list.append(("ledger.record batches of 1000", String(format: "%.0f entries/s", ledger.batchedEntriesPerSecond), ">= 50000/s", ledger.batchedEntriesPerSecond >= 50_000))
        }
        if let statisticsImport {
            list.append(("statistics.import, JSON-stat of \(statisticsImport.municipalities) municipalities × 47 ages",
                         String(format: "%.0f ms", statisticsImport.milliseconds), "< 1000 ms", statisticsImport.milliseconds < 1000))
        }
        if let scale, let route = row("route", .sequential) {
            list.append(("scale: start-up with a 300-municipality region", String(format: "%.1f ms", scale.startupMilliseconds),
                         "< 200 ms", scale.startupMilliseconds < 200))
            let ratio = scale.lastMember.percentile(0.5) / route.result.percentile(0.5)
            list.append(("scale: route p50, last of 300 members vs the real regions",
                         String(format: "%.1f µs vs %.1f µs (%.2fx)", scale.lastMember.percentile(0.5), route.result.percentile(0.5), ratio),
                         "<= 1.5x", ratio <= 1.5 && scale.lastMember.errors == 0 && scale.firstMember.errors == 0))
        }
        if let decisionLog {
            let drop = (1 - decisionLog.ratio) * 100
            list.append(("route pipelined 64, decision log on vs off",
                         String(format: "%.0f/s vs %.0f/s (%.2fx, %.1f %% drop, %d dropped)", decisionLog.withLog, decisionLog.withoutLog,
                                decisionLog.ratio, drop, decisionLog.dropped),
                         "< 10 % drop", drop < 10))
        }
        if let batch {
            list.append(("route --batch \(batch.rows) rows vs \(batch.rows) pipelined route calls",
                         String(format: "%.2f s vs %.2f s (%.2fx, %d rows with an error)", batch.batchSeconds, batch.pipelinedSeconds, batch.ratio, batch.failedRows),
                         "<= 3x", batch.ratio <= 3))
        }
        if let long {
            let growth = long.residentAfterKiB - long.residentBeforeKiB
            list.append(("RSS growth over \(long.requests) route requests", "\(growth) KiB (\(long.residentBeforeKiB) → \(long.residentAfterKiB) KiB)",
                         "no growth (< 1 MiB)", growth < 1024))
        }
        return list
    }

    private static func fmt(_ value: Double) -> String { String(format: "%.0f", value) }

    private func tableRows() -> [[String]] {
        let scaleRows = scale.map { [Row(target: "route, 300-member region (first)", mode: LoadMode.sequential.description, result: $0.firstMember),
                                     Row(target: "route, 300-member region (last)", mode: LoadMode.sequential.description, result: $0.lastMember)] } ?? []
        return (rows + scaleRows).map { row in
            let r = row.result
            let ratio = row.baseline.map { String(format: "%.2fx / %.2fx", $0.throughput / r.throughput, r.percentile(0.99) / $0.percentile(0.99)) } ?? ""
            return [row.target, row.mode, Self.fmt(r.throughput), String(format: "%.1f", r.percentile(0.5)), String(format: "%.1f", r.percentile(0.99)),
                    String(format: "%.1f", r.percentile(0.999)), ratio, String(r.errors)]
        }
    }

    static let headers = ["target", "load", "req/s", "p50 µs", "p99 µs", "p99.9 µs", "vs echo (thr / p99)", "errors"]

    var text: String {
        var table = TextTable(Self.headers)
        tableRows().forEach { table.add($0) }
        var targetTable = TextTable(["target", "measured", "goal", "met"])
        targets.forEach { targetTable.add([$0.name, $0.measured, $0.target, $0.met ? "yes" : "NO"]) }
        return (["alued benchmark — \(machine), \(date)", "", table.render(), "", targetTable.render(),
                 "", "RSS at end: \(residentAtEndKiB) KiB", "redis-benchmark: \(redis)"]).joined(separator: "\n")
    }

    var markdown: String {
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var lines = ["# Benchmarks", "", "Last run: \(date) on \(machine), release build, by `aluectl bench --markdown`.",
                     "Ratios compare with the echo baseline measured in the same run (throughput: how many times slower; p99: how many times longer).", "",
                     line(Self.headers), line(Self.headers.map { _ in "---" })]
        lines += tableRows().map(line)
        lines += ["", line(["target", "measured", "goal", "met"]), line(["---", "---", "---", "---"])]
        lines += targets.map { line([$0.name, $0.measured, $0.target, $0.met ? "yes" : "**no**"]) }
        lines += ["", "RSS at the end of the run: \(residentAtEndKiB) KiB.", "", "redis-benchmark (PING over a Unix socket, same run):", "",
                  "```", redis, "```"]
        return lines.joined(separator: "\n")
    }

    var json: JSONValue {
        func number(_ value: Double) -> JSONValue { .number(String(format: "%.3f", value)) }
        return .object([
            ("machine", .string(machine)), ("date", .string(date)),
            ("startupMilliseconds", number(startupMilliseconds)),
            ("residentAfterStartKiB", .number(String(residentAfterStartKiB))), ("residentAtEndKiB", .number(String(residentAtEndKiB))),
            ("runs", .array(rows.map { row in
                .object([("target", .string(row.target)), ("load", .string(row.mode)), ("requestsPerSecond", number(row.result.throughput)),
                         ("p50Micros", number(row.result.percentile(0.5))), ("p99Micros", number(row.result.percentile(0.99))),
                         ("p999Micros", number(row.result.percentile(0.999))), ("errors", .number(String(row.result.errors)))]
                        + (row.baseline.map { [("throughputRatioToEcho", number($0.throughput / row.result.throughput)),
                                               ("p99RatioToEcho", number(row.result.percentile(0.99) / $0.percentile(0.99)))] } ?? []))
            })),
            ("targets", .array(targets.map { .object([("name", .string($0.name)), ("measured", .string($0.measured)),
                                                      ("goal", .string($0.target)), ("met", .bool($0.met))]) })),
            ("redis", .string(redis)),
        ])
    }

    static func describeMachine() -> String {
        var info = utsname()
        uname(&info)
        let release = withUnsafeBytes(of: &info.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let model = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last?
            .trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(ProcessInfo.processInfo.activeProcessorCount) × \(model), Linux \(release)"
    }
}
