// Session.swift — one aluectl invocation: where the daemon is, how and in which language to print,
// and the client.

import AlueWire
import Foundation
import PluginAPI

/// Where aluectl writes: results to stdout, diagnostics to stderr.
public struct Output: Sendable {
    public init() {}

    public func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    public func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// Created and used by one aluectl run on one thread.
public final class Session {
    public let socketPath: String
    public let json: Bool
    public let timeout: Double
    /// The language of aluectl's own words and of the daemon's answers (sent as `lang`).
    public let language: Language
    public let output: Output
    private var client: RPCClient?

    public init(socketPath: String, json: Bool, timeout: Double, language: Language, output: Output) {
        self.socketPath = socketPath
        self.json = json
        self.timeout = timeout
        self.language = language
        self.output = output
    }

    /// Calls `method` on the daemon (connecting on first use) in the session's language and returns the `result`.
    public func call(_ method: String, _ params: JSONValue? = nil) throws -> JSONValue {
        if client == nil { client = try RPCClient(socketPath: socketPath, timeout: timeout, language: language) }
        return try client!.call(method, params)
    }

    /// The width to wrap tables and text to (the terminal's).
    public var width: Int { TextWrap.width }

    /// Calls `method` and prints its result: the JSON itself with `--json`, else `render(result)`.
    public func show(_ method: String, _ params: JSONValue? = nil, render: (JSONValue) -> String) throws -> ExitStatus {
        let result = try call(method, params)
        output.print(json ? result.jsonText : render(result))
        return .success
    }
}
