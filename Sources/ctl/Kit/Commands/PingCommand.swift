// Commands/PingCommand.swift — `aluectl ping` and `aluectl wait`: liveness, and waiting for it.

import AlueWire
import Foundation
import PluginAPI

enum PingCommand {
    static let spec = CommandSpec("ping", abstract: "Check that alued answers.") { _, session in
        let started = Date()
        let result = try session.call("system.ping")
        let micros = Int(Date().timeIntervalSince(started) * 1_000_000)
        session.output.print(session.json ? result.jsonText : Labels.Daemon.pong(session.socketPath, micros: micros)[session.language])
        return .success
    }

    static let waitSpec = CommandSpec(
        "wait",
        abstract: "Wait until alued answers (for scripts); exit 3 if it does not within --timeout (default 30 s).",
        discussion: "Example: alued & aluectl wait && aluectl status"
    ) { _, session in
        let deadline = Date().addingTimeInterval(session.timeout)
        while true {
            do {
                _ = try RPCClient(socketPath: session.socketPath, timeout: session.timeout, language: session.language).call("system.ping")
                if !session.json { session.output.print(Labels.Daemon.ready(session.socketPath)[session.language]) }
                return .success
            } catch let error as UnreachableError {
                if Date() >= deadline { throw UnreachableError(error.message + Messages.waited(session.timeout)) }
                usleep(20_000)
            }
        }
    }
}
