// Commands/StatsCommand.swift — `aluectl stats`: requests, errors and latency per method.

import AlueWire

enum StatsCommand {
    static let spec = CommandSpec(
        "stats",
        abstract: "Requests, errors and latency percentiles per method; connections, reloads, uptime."
    ) { _, session in
        try session.show("system.stats") { stats in
            let text = DecisionRenderer.text
            var block = KeyValueBlock()
            block.add("Käynnissä", "\(text(stats["uptimeSeconds"])) s")
            block.add("Pyyntöjä", text(stats["requests"]))
            block.add("Virheitä", "\(text(stats["errors"])) (joista jäsennysvirheitä \(text(stats["parseErrors"])))")
            let connections = stats["connections"]
            block.add("Yhteydet", "auki \(text(connections?["open"])), hyväksytty \(text(connections?["accepted"])), torjuttu \(text(connections?["rejected"]))")
            block.add("Uudelleenlataukset", "onnistui \(text(stats["reloads"]?["ok"])), epäonnistui \(text(stats["reloads"]?["failed"]))")
            block.add("Sukupolvi", text(stats["generation"]))
            var table = TextTable(["Metodi", "Pyynnöt", "Virheet", "p50 µs", "p90 µs", "p99 µs", "p99.9 µs"])
            for (name, method) in stats["methods"]?.objectValue ?? [] {
                let latency = method["latencyMicros"]
                table.add([name, text(method["requests"]), text(method["errors"]), text(latency?["p50"]),
                           text(latency?["p90"]), text(latency?["p99"]), text(latency?["p999"])])
            }
            return block.render() + "\n\n" + table.render()
        }
    }
}
