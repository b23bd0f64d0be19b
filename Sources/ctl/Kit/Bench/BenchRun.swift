// Bench/BenchRun.swift — one benchmark run: the echo baseline and each alued method under the
// same three loads, the ledger's write rates, memory before and after, optionally redis.

import AlueWire
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct BenchRun {
    let daemon: BenchDaemon
    /// The alued and config the bench started, for the second daemon of the decision-log comparison.
    let executable: String
    let config: String?
    let requests: Int
    let long: Int?
    let compareRedis: Bool

    static let modes: [LoadMode] = [.sequential, .pipelined(depth: 64), .concurrent(connections: 32)]

    /// The measured calls, each one request line repeated.
    static let targets: [(name: String, line: String)] = [
        ("system.ping", #"{"jsonrpc":"2.0","id":1,"method":"system.ping"}"#),
        ("route", #"{"jsonrpc":"2.0","id":1,"method":"route","params":{"municipality":"Kempele","service":"palkkatuki","date":"2025-06-01"}}"#),
        // A pool that allocates on the shipped figures (the plan's own 2022 table), not on imports.
        ("costs.allocate", #"{"jsonrpc":"2.0","id":1,"method":"costs.allocate","params":{"region":"paijat-hame","amount":"1000000.00","year":2024,"pool":"preparation_2023_2024"}}"#),
        ("municipalities.resolve", #"{"jsonrpc":"2.0","id":1,"method":"municipalities.resolve","params":{"municipality":"Kärkölä"}}"#),
    ]

    static func isError(_ answer: [UInt8]) -> Bool {
        answer.prefix(40).starts(with: Array(#"{"jsonrpc":"2.0","id":1,"error""#.utf8))
    }

    func run() throws -> BenchReport {
        var report = BenchReport(startupMilliseconds: daemon.startupMilliseconds, residentAfterStartKiB: daemon.residentKiB)
        let route = Array((Self.targets[1].line + "\n").utf8)
        let routeAnswer = try Self.answerSize(of: route, at: daemon.socketPath)

        let echo = try EchoServer(path: "\(daemon.directory)/echo.sock", answerSize: routeAnswer)
        defer { echo.stop() }
        var baseline: [String: LoadResult] = [:]
        var compared: [String: LoadResult] = [:]
        for mode in Self.modes {
            (baseline[mode.description], compared[mode.description]) = try fastestRounds(echo: echo.path, route: route, mode: mode)
            report.rows.append(.init(target: "echo baseline (\(route.count) B in, \(routeAnswer) B out)", mode: mode.description,
                                     result: baseline[mode.description]!))
        }
        for target in Self.targets {
            let request = Array((target.line + "\n").utf8)
            for mode in Self.modes {
                let result = try (target.name == "route" ? compared[mode.description] : nil)
                    ?? LoadGenerator.run(path: daemon.socketPath, request: request, count: requests, mode: mode, isError: Self.isError)
                report.rows.append(.init(target: target.name, mode: mode.description, result: result,
                                         baseline: target.name == "route" ? baseline[mode.description] : nil))
            }
        }
        report.ledger = try LedgerBench(socketPath: daemon.socketPath).run()
        report.statisticsImport = try StatisticsImportBench(socketPath: daemon.socketPath).run()
        report.decisionLog = try DecisionLogBench.run(executable: executable, config: config, request: route, requests: requests)
        report.batch = try BatchBench.run(socketPath: daemon.socketPath, request: route)
        if let long {
            let before = daemon.residentKiB
            let result = try LoadGenerator.run(path: daemon.socketPath, request: route, count: long, mode: .pipelined(depth: 64))
            report.long = .init(requests: long, residentBeforeKiB: before, residentAfterKiB: daemon.residentKiB,
                                throughput: result.throughput, errors: result.errors)
        }
        report.residentAtEndKiB = daemon.residentKiB
        report.redis = compareRedis ? RedisComparison.run(directory: daemon.directory, requests: max(requests, 100_000))
                                    : "skipped (run with --compare-redis)"
        return report
    }

    /// Rounds of the echo and of route, alternating, for the ratios that are the bars.
    static let comparedRounds = 3

    /// The fastest of `comparedRounds` rounds of the echo and of route under `mode`, measured in
    /// turn: on a shared machine other work only ever slows a round down, and a burst that fell on
    /// one side alone would decide the ratio.
    private func fastestRounds(echo: String, route: [UInt8], mode: LoadMode) throws -> (echo: LoadResult, route: LoadResult) {
        var echoRounds: [LoadResult] = [], routeRounds: [LoadResult] = []
        for _ in 0..<Self.comparedRounds {
            echoRounds.append(try LoadGenerator.run(path: echo, request: route, count: requests, mode: mode))
            routeRounds.append(try LoadGenerator.run(path: daemon.socketPath, request: route, count: requests, mode: mode, isError: Self.isError))
        }
        /// The fastest round, with the errors of every round (none may go unreported).
        func fastest(_ rounds: [LoadResult]) -> LoadResult {
            var best = rounds.max { $0.throughput < $1.throughput }!
            best.errors = rounds.reduce(0) { $0 + $1.errors }
            return best
        }
        return (fastest(echoRounds), fastest(routeRounds))
    }

    static func answerSize(of request: [UInt8], at path: String) throws -> Int {
        let fd = try UnixSocket.connect(to: path)
        defer { close(fd) }
        try UnixSocket.writeAll(fd, request)
        guard case .line(let answer) = try LineReader(fd: fd, maxLineBytes: 1 << 20).next(), !isError(answer) else {
            throw BenchError("alued did not answer the route request (are the region plugins loaded?)")
        }
        return answer.count + 1
    }
}

/// ledger.record: single-entry commits one after another, then batches of 1 000.
struct LedgerBench {
    let socketPath: String

    func run() throws -> BenchReport.LedgerFigures {
        let client = try RPCClient(socketPath: socketPath, timeout: 60)
        let prefix = "bench-\(getpid())-\(Int(Date().timeIntervalSince1970))"
        func entries(_ range: Range<Int>) -> JSONValue {
            .object([("entries", .array(range.map { index in
                .object([("id", .string("\(prefix)-\(index)")), ("date", .string("2025-06-01")), ("municipality", .string("Kempele")),
                         ("service", .string("palkkatuki")), ("amount", .string("12.34"))])
            }))])
        }
        let singles = 2_000
        var started = LoadGenerator.now()
        for index in 0..<singles { _ = try client.call("ledger.record", entries(index..<index + 1)) }
        let singleRate = Double(singles) / (Double(LoadGenerator.now() - started) / 1e9)
        let batches = 50, size = 1_000
        let payloads = (0..<batches).map { entries(singles + $0 * size..<singles + ($0 + 1) * size) }
        started = LoadGenerator.now()
        for payload in payloads { _ = try client.call("ledger.record", payload) }
        let batchRate = Double(batches * size) / (Double(LoadGenerator.now() - started) / 1e9)
        return .init(singleCommitsPerSecond: singleRate, batchedEntriesPerSecond: batchRate)
    }
}

/// redis-benchmark PING over a Unix socket, as a second reference from the same machine and run.
enum RedisComparison {
    static func run(directory: String, requests: Int) -> String {
        guard let server = which("redis-server"), let benchmark = which("redis-benchmark") else {
            return "skipped: redis-server/redis-benchmark not installed (apt-get install redis-server)"
        }
        let socket = "\(directory)/redis.sock"
        let redis = Process()
        redis.executableURL = URL(fileURLWithPath: server)
        redis.arguments = ["--port", "0", "--unixsocket", socket, "--save", "", "--appendonly", "no"]
        redis.standardOutput = FileHandle.nullDevice
        guard (try? redis.run()) != nil else { return "skipped: redis-server did not start" }
        defer { redis.terminate(); redis.waitUntilExit() }
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: socket) { usleep(10_000) }
        var lines: [String] = []
        for (label, extra) in [("1 conn", ["-c", "1"]), ("1 conn, pipelined 64", ["-c", "1", "-P", "64"]), ("32 conns", ["-c", "32"])] {
            let output = Pipe()
            let tool = Process()
            tool.executableURL = URL(fileURLWithPath: benchmark)
            tool.arguments = ["-s", socket, "-t", "ping", "-n", String(requests), "-q"] + extra
            tool.standardOutput = output
            tool.standardError = FileHandle.nullDevice
            guard (try? tool.run()) != nil else { return "skipped: redis-benchmark did not run" }
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            tool.waitUntilExit()
            let summary = text.split(whereSeparator: { $0 == "\r" || $0 == "\n" })
                .filter { $0.contains("requests per second") }.map { $0.trimmingCharacters(in: .whitespaces) }
            lines.append("\(label): " + summary.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }

    static func which(_ name: String) -> String? {
        ["/usr/bin", "/usr/local/bin", "/bin", "/usr/sbin"].map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
