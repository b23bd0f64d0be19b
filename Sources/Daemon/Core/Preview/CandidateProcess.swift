// Preview/CandidateProcess.swift — the parent's handle on a preview child: started from this very
// alued binary with the daemon's own options, talked to over a socket pair (so every read has a
// timeout), and reported with its exit and its last words when it fails or dies.

import AlueWire
import Foundation
import PluginAPI
import Synchronization

final class CandidateProcess {
    private let process = Process()
    private let fd: Int32
    private let reader: LineReader
    private let errors = StandardError()
    /// Requests sent before their answers are read: small enough that they never fill a buffer.
    static let window = 64

    /// Starts `alued <arguments> --preview-child`; `timeout` bounds each wait for an answer.
    init(arguments: [String], timeout: Double) throws(RPCError) {
        var pair: [Int32] = [0, 0]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0 else {
            let problem = String(cString: strerror(errno))
            throw .internalError(fi: "esikatselun socket-paria ei voitu luoda: \(problem)", en: "cannot create a socket pair for the preview: \(problem)")
        }
        fd = pair[0]
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        UnixSocket.setTimeout(fd, option: SO_RCVTIMEO, seconds: timeout)
        UnixSocket.setTimeout(fd, option: SO_SNDTIMEO, seconds: timeout)
        reader = LineReader(fd: fd, maxLineBytes: 64 << 20)
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments + ["--preview-child"]
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        for name in ["NOTIFY_SOCKET", "LISTEN_FDS", "LISTEN_PID"] { environment.removeValue(forKey: name) }
        process.environment = environment
        let childEnd = FileHandle(fileDescriptor: pair[1], closeOnDealloc: true)
        process.standardInput = childEnd
        process.standardOutput = childEnd
        let errorPipe = Pipe()
        process.standardError = errorPipe
        do {
            try process.run()
        } catch {
            close(fd)
            throw .internalError(fi: "esikatseluprosessia ei voitu käynnistää: \(error)", en: "cannot start the preview process: \(error)")
        }
        try? childEnd.close()
        DispatchQueue.global().async { [errors] in
            errors.text.withLock { $0 = String(decoding: errorPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
            errors.drained.signal()
        }
    }

    deinit {
        close(fd)
        if process.isRunning { process.terminate() }
    }

    /// The child's first line: what the candidate serves, or why it cannot be built.
    func header() throws(RPCError) -> JSONValue {
        guard let line = try nextLine(), let header = try? JSONParser.parse(line) else {
            throw failure(LocalizedText(fi: "ehdokas ei käynnistynyt", en: "the candidate did not start"))
        }
        return header
    }

    /// The candidate's answer lines to `lines`, in order.
    func answers(_ lines: [[UInt8]]) throws(RPCError) -> [[UInt8]] {
        var answers: [[UInt8]] = []
        answers.reserveCapacity(lines.count)
        var start = 0
        while start < lines.count {
            let chunk = lines[start..<min(lines.count, start + Self.window)]
            var bytes: [UInt8] = []
            for line in chunk { bytes += line; bytes.append(0x0A) }
            do {
                try UnixSocket.writeAll(fd, bytes)
            } catch {
                throw failure(LocalizedText(fi: "ehdokas lakkasi lukemasta kysymyksiä", en: "the candidate stopped reading questions"))
            }
            for _ in chunk {
                guard let answer = try nextLine() else {
                    throw failure(LocalizedText(fi: "ehdokas lakkasi vastaamasta", en: "the candidate stopped answering"))
                }
                answers.append(answer)
            }
            start += chunk.count
        }
        return answers
    }

    /// Ends the conversation and waits (bounded) for the child to exit.
    func finish() {
        _ = shutdown(fd, Int32(SHUT_RDWR))
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning { process.terminate() }
    }

    private func nextLine() throws(RPCError) -> [UInt8]? {
        switch try? reader.next() {
        case .line(let bytes)?: return bytes
        case .timedOut?: throw failure(LocalizedText(fi: "ehdokas ei vastannut ajoissa", en: "the candidate did not answer in time"))
        default: return nil
        }
    }

    /// `reload_failed` naming what went wrong with the child, with the end of what it wrote on stderr
    /// (the child's own words, quoted as they are).
    func failure(_ what: LocalizedText) -> RPCError {
        finish()
        let exit: LocalizedText
        if process.isRunning {
            exit = LocalizedText(fi: "käynnissä yhä", en: "still running")
        } else if process.terminationReason == .uncaughtSignal {
            exit = LocalizedText(fi: "päättyi signaaliin \(process.terminationStatus)", en: "killed by signal \(process.terminationStatus)")
        } else {
            exit = LocalizedText(fi: "päättyi koodilla \(process.terminationStatus)", en: "exited with \(process.terminationStatus)")
        }
        _ = errors.drained.wait(timeout: .now() + 5)
        let lastWords = errors.text.withLock { $0 }.split(separator: "\n").suffix(5).joined(separator: "\n")
        let words = lastWords.isEmpty ? "" : ": \(lastWords)"
        let message = LocalizedText(fi: "\(what.fi) (\(exit.fi)); käynnissä oleva sukupolvi on ennallaan\(words)",
                                    en: "\(what.en) (\(exit.en)); the running generation is unharmed\(words)")
        return RPCError(.reloadFailed, message, data: [("dryRun", .bool(true))], localizedData: [("messages", .texts([message]))])
    }
}

/// What the child writes on stderr, read to its end by a thread of its own.
private final class StandardError: Sendable {
    let text = Mutex("")
    let drained = DispatchSemaphore(value: 0)
}
