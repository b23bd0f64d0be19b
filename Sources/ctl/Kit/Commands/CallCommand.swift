// Commands/CallCommand.swift — `aluectl call`: any JSON-RPC method with raw JSON params.

import AlueWire

enum CallCommand {
    static let spec = CommandSpec(
        "call",
        abstract: "Call any JSON-RPC method with JSON params and print the result (rpc.discover lists methods).",
        arguments: ["METHOD", "[JSON-PARAMS]"],
        discussion: "Example: aluectl call route '{\"municipality\":\"Kempele\",\"service\":\"palkkatuki\"}'"
    ) { arguments, session in
        var params: JSONValue?
        if arguments.positionals.count > 1 {
            do {
                params = try JSONParser.parse(arguments.positionals[1])
            } catch {
                throw UsageError(Messages.invalidJSON("JSON-PARAMS", "\(error)"), command: "call")
            }
        }
        return try session.show(arguments.positionals[0], params) { $0.prettyText() }
    }
}
