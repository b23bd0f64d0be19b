// RPCClient.swift — one connection to alued: send a JSON-RPC request line, read the answer line.

import AlueWire
#if canImport(Glibc)
import Glibc
#endif

/// The daemon answered with a JSON-RPC error object; exit 1.
public struct DaemonReportedError: Error, Sendable {
    public let error: JSONValue

    public var message: String { error["message"]?.stringValue ?? error.jsonText }
    public var kind: String? { error["data"]?["kind"]?.stringValue }

    /// The aluectl command that shows the valid choices, for errors about a name staff typed.
    var hint: String? {
        switch kind {
        case "unknown_service": return Labels.Hint.services
        case "unknown_municipality": return Labels.Hint.municipality
        case "invalid_params" where error["data"]?["loadedRegions"] != nil: return Labels.Hint.regions
        default: return nil
        }
    }
}

public final class RPCClient {
    public let socketPath: String
    private let fd: Int32
    private let reader: LineReader
    private var nextID = 1

    /// Connects to `socketPath`; `timeout` bounds each answer.
    public init(socketPath: String, timeout: Double) throws(UnreachableError) {
        self.socketPath = socketPath
        do {
            fd = try UnixSocket.connect(to: socketPath)
        } catch let error as SocketError {
            switch error.errno {
            case ENOENT: throw UnreachableError("alued is not running: no socket at \(socketPath)")
            case ECONNREFUSED: throw UnreachableError("alued is not running: \(socketPath) refuses connections")
            case EACCES: throw UnreachableError("no permission to connect to \(socketPath) (are you in the alue group?)")
            default: throw UnreachableError("cannot reach alued at \(socketPath): \(error)")
            }
        } catch {
            throw UnreachableError("cannot reach alued at \(socketPath): \(error)")
        }
        UnixSocket.setTimeout(fd, option: SO_RCVTIMEO, seconds: timeout)
        UnixSocket.setTimeout(fd, option: SO_SNDTIMEO, seconds: timeout)
        reader = LineReader(fd: fd, maxLineBytes: 256 << 20)
        self.timeout = timeout
    }

    private let timeout: Double

    deinit { close(fd) }

    /// Calls `method` and returns its `result`.
    /// - Throws: `DaemonReportedError` for an error answer, `UnreachableError` for transport trouble.
    public func call(_ method: String, _ params: JSONValue? = nil) throws -> JSONValue {
        let id = nextID
        nextID += 1
        var request: [(key: String, value: JSONValue)] = [("jsonrpc", .string("2.0")), ("id", .number(String(id))),
                                                          ("method", .string(method))]
        if let params { request.append(("params", params)) }
        do {
            try UnixSocket.writeAll(fd, JSONWriter.encode(.object(request)) + [0x0A])
        } catch {
            throw UnreachableError("cannot send to alued at \(socketPath): \(error)")
        }
        let answer: JSONValue
        do {
            switch try reader.next() {
            case .line(let bytes): answer = try JSONParser.parse(bytes)
            case .endOfStream: throw UnreachableError("alued closed the connection without answering")
            case .timedOut: throw UnreachableError("alued did not answer within \(timeout) s")
            case .tooLong: throw UnreachableError("alued's answer is too long")
            }
        } catch let error as UnreachableError {
            throw error
        } catch {
            throw UnreachableError("unreadable answer from alued: \(error)")
        }
        if let error = answer["error"] { throw DaemonReportedError(error: error) }
        guard let result = answer["result"] else { throw UnreachableError("answer without result: \(answer.jsonText)") }
        return result
    }
}
