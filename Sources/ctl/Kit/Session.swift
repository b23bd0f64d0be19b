// Session.swift — one aluectl invocation: where the daemon is, how to print, and the client.

import AlueWire
import Foundation

/// Output goes through here so tests can capture it.
public final class Output: @unchecked Sendable {
    // @unchecked: an aluectl run is single-threaded; the buffers are only written from it.
    public private(set) var stdout = ""
    public private(set) var stderr = ""
    private let passthrough: Bool

    /// `passthrough`: write to the process's stdout/stderr as well (the real binary).
    public init(passthrough: Bool) {
        self.passthrough = passthrough
    }

    public func print(_ text: String) {
        if passthrough { FileHandle.standardOutput.write(Data((text + "\n").utf8)) } else { stdout += text + "\n" }
    }

    public func printError(_ text: String) {
        if passthrough { FileHandle.standardError.write(Data((text + "\n").utf8)) } else { stderr += text + "\n" }
    }
}

public final class Session: @unchecked Sendable {
    // @unchecked: created and used by one aluectl run on one thread.
    public let socketPath: String
    public let json: Bool
    public let timeout: Double
    public let output: Output
    private var client: RPCClient?

    public init(socketPath: String, json: Bool, timeout: Double, output: Output) {
        self.socketPath = socketPath
        self.json = json
        self.timeout = timeout
        self.output = output
    }

    /// Calls `method` on the daemon (connecting on first use) and returns the `result`.
    public func call(_ method: String, _ params: JSONValue? = nil) throws -> JSONValue {
        if client == nil { client = try RPCClient(socketPath: socketPath, timeout: timeout) }
        return try client!.call(method, params)
    }

    /// Calls `method` and prints its result: the JSON itself with `--json`, else `render(result)`.
    public func show(_ method: String, _ params: JSONValue? = nil, render: (JSONValue) -> String) throws -> ExitStatus {
        let result = try call(method, params)
        output.print(json ? result.jsonText : render(result))
        return .success
    }
}
