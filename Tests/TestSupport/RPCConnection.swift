// RPCConnection.swift — a blocking JSON-RPC client over the Unix socket, for tests.

import AlueWire
import Foundation

public final class RPCConnection {
    public let fd: Int32
    private let reader: LineReader
    private var nextID = 1

    public init(path: String, timeout: Double = 30) throws {
        fd = try UnixSocket.connect(to: path)
        UnixSocket.setTimeout(fd, option: SO_RCVTIMEO, seconds: timeout)
        reader = LineReader(fd: fd, maxLineBytes: 64 << 20)
    }

    deinit { close(fd) }

    /// Sends raw bytes (a newline is NOT added).
    public func send(raw: [UInt8]) throws { try UnixSocket.writeAll(fd, raw) }

    public func send(line: String) throws { try send(raw: Array((line + "\n").utf8)) }

    /// The next answer line, parsed; nil at end of stream.
    public func receive() throws -> JSONValue? {
        try receiveLine().map { try JSONParser.parse($0) }
    }

    /// The next answer line as the daemon wrote it (without the newline); nil at end of stream.
    public func receiveLine() throws -> [UInt8]? {
        switch try reader.next() {
        case .line(let bytes): return bytes
        case .endOfStream: return nil
        case .timedOut: throw DaemonError("no answer within the timeout")
        case .tooLong: throw DaemonError("answer too long")
        }
    }

    /// The whole answer envelope of a call.
    public func request(_ method: String, _ params: JSONValue? = nil) throws -> JSONValue {
        let id = nextID
        nextID += 1
        var members: [(key: String, value: JSONValue)] = [("jsonrpc", .string("2.0")), ("id", .number(String(id))),
                                                          ("method", .string(method))]
        if let params { members.append(("params", params)) }
        try send(line: JSONValue.object(members).jsonText)
        guard let answer = try receive() else { throw DaemonError("connection closed before the answer to \(method)") }
        return answer
    }

    /// The `result` of a call; throws when the daemon answered an error.
    public func call(_ method: String, _ params: JSONValue? = nil) throws -> JSONValue {
        let answer = try request(method, params)
        guard let result = answer["result"] else { throw DaemonError("\(method) failed: \(answer.jsonText)") }
        return result
    }

    /// `params` written as a JSON text, for brevity in tests.
    public func call(_ method: String, json params: String) throws -> JSONValue {
        try call(method, try JSONParser.parse(params))
    }

    /// The `error` object of a call that must fail.
    public func error(_ method: String, json params: String? = nil) throws -> JSONValue {
        let answer = try request(method, try params.map { try JSONParser.parse($0) })
        guard let error = answer["error"] else { throw DaemonError("\(method) should have failed: \(answer.jsonText)") }
        return error
    }
}

extension JSONValue {
    /// `error.data.kind` of an error object.
    public var errorKind: String? { self["data"]?["kind"]?.stringValue }
    /// `error.code` of an error object.
    public var errorCode: Int? { self["code"]?.intValue }
}
