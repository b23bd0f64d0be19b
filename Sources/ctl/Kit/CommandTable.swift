// CommandTable.swift — THE list of aluectl commands; help, dispatch and the shell completions all
// read it.

import AlueWire

enum CommandTable {
    static let all: [CommandSpec] = [
        StatusCommand.spec, PingCommand.spec, PingCommand.waitSpec, StatsCommand.spec, ReloadCommand.spec, LogLevelCommand.spec,
        RegionsCommand.listSpec, RegionsCommand.getSpec, ResolveCommand.spec, ServicesCommand.spec,
        RouteCommand.spec, ProcurementCommand.spec, CostCommand.spec, DecisionCommand.showSpec, DecisionCommand.listSpec,
        AllocateCommand.spec, StatisticsCommand.spec, BenefitShareCommand.spec, LedgerCommand.spec, StatementCommand.spec, StatementCommand.balanceSpec,
        PluginCommand.spec, BenchCommand.spec, CallCommand.spec, VersionCommand.spec, CompletionCommand.spec, HelpCommand.spec,
    ]

    static func command(_ name: String) -> CommandSpec? { all.first { $0.name == name } }

    /// The commands a mistyped `name` may have meant (`rout` → route).
    static func nearest(_ name: String) -> [String] {
        all.map(\.name).filter { $0.hasPrefix(name.prefix(3)) || name.hasPrefix($0) }
    }
}

enum VersionCommand {
    static let spec = CommandSpec("version", abstract: "Print aluectl's version (the same as alued --version).") { _, session in
        session.output.print("aluectl \(AlueVersion.version)")
        return .success
    }
}
