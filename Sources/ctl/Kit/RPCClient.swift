// RPCClient.swift — one connection to alued: send a JSON-RPC request line, read the answer line.

import AlueWire
#if canImport(Glibc)
import Glibc
import PluginAPI
#endif

/// The daemon answered with a JSON-RPC error object; exit 1.
public struct DaemonReportedError: Error, Sendable {
    public let error: JSONValue

    public var message: String { error["message"]?.stringValue ?? error.jsonText }
    public var kind: String? { error["data"]?["kind"]?.stringValue }

    /// The aluectl command that shows the valid choices, for errors about a name staff typed.
    var hint: LocalizedText? {
        switch kind {
        case "unknown_service": return Messages.Hint.services
        case "unknown_municipality": return Messages.Hint.municipality
        case "invalid_params" where error["data"]?["loadedRegions"] != nil: return Messages.Hint.regions
        default: return nil
        }
    }
}

public final class RPCClient {
    public let socketPath: String
    private let fd: Int32
    private let reader: LineReader
    private var nextID = 1

    /// Connects to `socketPath`; `timeout` bounds each answer. With a `language`, every call asks
    /// for the answer in it (`lang`).
    public init(socketPath: String, timeout: Double, language: Language? = nil) throws(UnreachableError) {
        self.socketPath = socketPath
        self.language = language
        do {
            fd = try UnixSocket.connect(to: socketPath)
        } catch let error as SocketError {
            switch error.errno {
            case ENOENT: throw UnreachableError(Messages.noSocket(socketPath))
            case ECONNREFUSED: throw UnreachableError(Messages.refused(socketPath))
            case EACCES: throw UnreachableError(Messages.noPermission(socketPath))
            default: throw UnreachableError(Messages.cannotReach(socketPath, "\(error)"))
            }
        } catch {
            throw UnreachableError(Messages.cannotReach(socketPath, "\(error)"))
        }
        UnixSocket.setTimeout(fd, option: SO_RCVTIMEO, seconds: timeout)
        UnixSocket.setTimeout(fd, option: SO_SNDTIMEO, seconds: timeout)
        reader = LineReader(fd: fd, maxLineBytes: 256 << 20)
        self.timeout = timeout
    }

    private let timeout: Double
    private let language: Language?

    deinit { close(fd) }

    /// Calls `method` and returns its `result`.
    /// - Throws: `DaemonReportedError` for an error answer, `UnreachableError` for transport trouble.
    public func call(_ method: String, _ params: JSONValue? = nil) throws -> JSONValue {
        let id = nextID
        nextID += 1
        var request: [(key: String, value: JSONValue)] = [("jsonrpc", .string("2.0")), ("id", .number(String(id))),
                                                          ("method", .string(method))]
        if let params = Self.params(params, in: language) { request.append(("params", params)) }
        do {
            try UnixSocket.writeAll(fd, JSONWriter.encode(.object(request)) + [0x0A])
        } catch {
            throw UnreachableError(Messages.cannotSend(socketPath, "\(error)"))
        }
        let answer: JSONValue
        do {
            switch try reader.next() {
            case .line(let bytes): answer = try JSONParser.parse(bytes)
            case .endOfStream: throw UnreachableError(Messages.closedWithoutAnswer)
            case .timedOut: throw UnreachableError(Messages.noAnswerWithin(timeout))
            case .tooLong: throw UnreachableError(Messages.answerTooLong)
            }
        } catch let error as UnreachableError {
            throw error
        } catch {
            throw UnreachableError(Messages.unreadableAnswer("\(error)"))
        }
        if let error = answer["error"] { throw DaemonReportedError(error: error) }
        guard let result = answer["result"] else { throw UnreachableError(Messages.answerWithoutResult(answer.jsonText)) }
        return result
    }

    /// `params` asking for answers in `language` (`lang`): named params gain it unless they name a
    /// language themselves (`aluectl call` passes the user's JSON through); positional params stay
    /// as given.
    static func params(_ params: JSONValue?, in language: Language?) -> JSONValue? {
        guard let language else { return params }
        switch params {
        case nil: return .object([("lang", .string(language.rawValue))])
        case .object(let members)? where !members.contains(where: { $0.key == "lang" }):
            return .object(members + [("lang", .string(language.rawValue))])
        default: return params
        }
    }
}
