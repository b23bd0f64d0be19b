// Bench/BenchCommand.swift — `aluectl bench`: in one run, on this machine, the echo baseline (the
// socket path's physical limit) and alued under the same load, with ratios, memory, start-up
// time and the ledger's write rates.

import AlueWire
import Foundation
#if canImport(Glibc)
import Glibc
#endif

enum BenchCommand {
    static let spec = CommandSpec(
        "bench",
        abstract: "Measure alued against a Unix-socket echo baseline in the same run; report throughput, latency, ratios, RSS.",
        options: [
            OptionSpec("--requests", "N", "requests per measurement (default 20000)"),
            OptionSpec("--long", "N", "also send N route requests and report RSS growth (e.g. 1000000)"),
            OptionSpec("--alued", "PATH", "the alued to start (default: the one beside aluectl)"),
            OptionSpec("--config", "PATH", "config for that alued (default: alued's own default)"),
            OptionSpec("--markdown", nil, "print the report as a Markdown table (for BENCHMARKS.md)"),
            OptionSpec("--compare-redis", nil, "also run redis-benchmark PING over a Unix socket, if installed"),
            OptionSpec("--scale", nil, "also start alued with only the synthetic 300-municipality region (libScaleRegion.so beside aluectl) and compare"),
        ],
        discussion: """
            The benchmark starts its own alued on a temporary socket and a plain echo server (one read, newlines found with memchr,
            all answers of a read in one write) answering with alued's answer size; the echo and route take three rounds in turn
            under each load and the fastest of each is compared. Targets (docs/architecture.md, "Quality bars"):
            route pipelined 64 >= 0.5x the echo's throughput, 32 connections >= 0.6x, 1-connection p99 within 1.3x of the echo's;
            start-up < 200 ms; RSS < 40 MB; no RSS growth over --long 1000000; route with the decision log within 10 % of a second
            alued without it (--no-decision-log); route --batch of 100 000 rows within 3x of 100 000 pipelined route calls.
            """
    ) { arguments, session in
        let requests = try intOption(arguments, "--requests", default: 20_000)
        let long = try arguments.option("--long").map { _ in try intOption(arguments, "--long", default: 0) }
        let executable = arguments.option("--alued") ?? CompanionDaemon.path
        let daemon = try BenchDaemon(executable: executable, config: arguments.option("--config"))
        defer { daemon.stop() }
        var report = try BenchRun(daemon: daemon, executable: executable, config: arguments.option("--config"), requests: requests, long: long,
                                  compareRedis: arguments.has("--compare-redis")).run()
        if arguments.has("--scale") {
            report.scale = try ScaleBench.run(alued: arguments.option("--alued") ?? CompanionDaemon.path,
                                              pluginDirectory: CompanionDaemon.aluectlDirectory,
                                              requests: requests, config: arguments.option("--config"))
        }
        if session.json {
            session.output.print(report.json.jsonText)
        } else {
            session.output.print(arguments.has("--markdown") ? report.markdown : report.text)
        }
        return .success
    }

    static func intOption(_ arguments: ParsedArguments, _ name: String, default value: Int) throws -> Int {
        guard let text = arguments.option(name) else { return value }
        guard let number = Int(text), number > 0 else { throw UsageError(Messages.wholeNumber(name, got: text, positive: true), command: "bench") }
        return number
    }
}
