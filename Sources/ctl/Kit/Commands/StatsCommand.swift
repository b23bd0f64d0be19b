// Commands/StatsCommand.swift — `aluectl stats`: requests, errors and latency per method.

import AlueWire

enum StatsCommand {
    static let spec = CommandSpec(
        "stats",
        abstract: "Requests, errors and latency percentiles per method; connections, reloads, uptime.",
        options: [OptionSpec("--format", "F", "table (default), json, or prometheus (text exposition for node_exporter's textfile collector)")]
    ) { arguments, session in
        let format = arguments.option("--format") ?? (session.json ? "json" : "table")
        guard ["table", "json", "prometheus"].contains(format) else {
            throw UsageError(Messages.oneOf("--format", ["table", "json", "prometheus"], got: format), command: "stats")
        }
        switch format {
        case "prometheus":
            session.output.print(prometheus(try session.call("system.stats")))
            return .success
        case "json":
            session.output.print(try session.call("system.stats").jsonText)
            return .success
        default:
            break
        }
        return try session.show("system.stats") { stats in
            let text = DecisionRenderer.text
            let (language, labels) = (session.language, Labels.Daemon.self)
            var block = KeyValueBlock()
            block.add(Labels.Common.uptime[language], "\(text(stats["uptimeSeconds"])) s")
            block.add(labels.requests[language], text(stats["requests"]))
            block.add(labels.errors[language], "\(text(stats["errors"])) (\(labels.ofWhichParseErrors(text(stats["parseErrors"]))[language]))")
            let connections = stats["connections"]
            block.add(labels.connections[language], labels.connectionFigures(open: text(connections?["open"]), accepted: text(connections?["accepted"]),
                                                                             rejected: text(connections?["rejected"]))[language])
            block.add(labels.reloads[language], labels.reloadFigures(ok: text(stats["reloads"]?["ok"]), failed: text(stats["reloads"]?["failed"]))[language])
            block.add(Labels.Common.generation[language], text(stats["generation"]))
            var table = TextTable([labels.method[language], labels.requestsColumn[language], labels.errorsColumn[language],
                                   "p50 µs", "p90 µs", "p99 µs", "p99.9 µs"])
            for (name, method) in stats["methods"]?.objectValue ?? [] {
                let latency = method["latencyMicros"]
                table.add([name, text(method["requests"]), text(method["errors"]), text(latency?["p50"]),
                           text(latency?["p90"]), text(latency?["p99"]), text(latency?["p999"])])
            }
            return block.render() + "\n\n" + table.render()
        }
    }

    /// The Prometheus text exposition format (version 0.0.4).
    static func prometheus(_ stats: JSONValue) -> String {
        let text = DecisionRenderer.text
        var lines = [
            "# HELP alued_uptime_seconds Seconds since alued started.", "# TYPE alued_uptime_seconds gauge",
            "alued_uptime_seconds \(text(stats["uptimeSeconds"]))",
            "# HELP alued_generation Configuration generation being served.", "# TYPE alued_generation gauge",
            "alued_generation \(text(stats["generation"]))",
            "# HELP alued_connections_open Open client connections.", "# TYPE alued_connections_open gauge",
            "alued_connections_open \(text(stats["connections"]?["open"]))",
            "# HELP alued_connections_total Connections accepted or rejected.", "# TYPE alued_connections_total counter",
            "alued_connections_total{result=\"accepted\"} \(text(stats["connections"]?["accepted"]))",
            "alued_connections_total{result=\"rejected\"} \(text(stats["connections"]?["rejected"]))",
            "# HELP alued_parse_errors_total Request lines that were not JSON.", "# TYPE alued_parse_errors_total counter",
            "alued_parse_errors_total \(text(stats["parseErrors"]))",
            "# HELP alued_reloads_total Reloads by result.", "# TYPE alued_reloads_total counter",
            "alued_reloads_total{result=\"ok\"} \(text(stats["reloads"]?["ok"]))",
            "alued_reloads_total{result=\"failed\"} \(text(stats["reloads"]?["failed"]))",
            "# HELP alued_requests_total Requests by method.", "# TYPE alued_requests_total counter",
        ]
        let methods = stats["methods"]?.objectValue ?? []
        lines += methods.map { "alued_requests_total{method=\"\($0.key)\"} \(text($0.value["requests"]))" }
        lines += ["# HELP alued_request_errors_total Error answers by method.", "# TYPE alued_request_errors_total counter"]
        lines += methods.map { "alued_request_errors_total{method=\"\($0.key)\"} \(text($0.value["errors"]))" }
        lines += ["# HELP alued_request_latency_microseconds Latency quantiles by method.", "# TYPE alued_request_latency_microseconds gauge"]
        for (method, values) in methods {
            for (key, quantile) in [("p50", "0.5"), ("p90", "0.9"), ("p99", "0.99"), ("p999", "0.999")] {
                lines.append("alued_request_latency_microseconds{method=\"\(method)\",quantile=\"\(quantile)\"} \(text(values["latencyMicros"]?[key]))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
