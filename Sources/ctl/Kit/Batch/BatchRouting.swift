// Batch/BatchRouting.swift — `aluectl route --batch`: every row of a CSV file asked over one
// connection, pipelined (a writer thread keeps a window of requests in flight while this thread reads
// the answers in order), each answer written out as soon as it arrives, a row's failure in its own
// `error` column, a progress line when stderr is a terminal, and a summary at the end.

import AlueWire
import Foundation
import PluginAPI
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

struct BatchRouting {
    /// Requests in flight: deep enough to keep the daemon busy, far below its per-connection limits.
    static let window = 256
    /// Answers read before the sender may send again: woken for every answer, it would write one
    /// request at a time and the two threads would take turns for each row.
    static let refill = 32

    let socketPath: String
    let timeout: Double
    let format: CSVFormat

    struct Summary {
        var rows = 0
        var answered = 0
        /// Rows with an error, by kind.
        var errors: [String: Int] = [:]

        var failed: Int { errors.values.reduce(0, +) }

        var message: LocalizedText {
            let kinds = errors.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return Messages.Batch.summary(rows: rows, answered: answered, failed: failed, kinds: kinds)
        }
    }

    /// Answers every row of `input` and writes the output CSV to `output`, calling `progress` now and then.
    func run(_ input: BatchInput, to output: FileHandle, progress: ((Int) -> Void)? = nil) throws -> Summary {
        let fd: Int32
        do {
            fd = try UnixSocket.connect(to: socketPath)
        } catch {
            throw UnreachableError(Messages.cannotReach(socketPath, "\(error)"))
        }
        defer { close(fd) }
        UnixSocket.setTimeout(fd, option: SO_RCVTIMEO, seconds: timeout)
        UnixSocket.setTimeout(fd, option: SO_SNDTIMEO, seconds: timeout)

        let requests = input.rows.enumerated().compactMap { index, row -> [UInt8]? in
            guard case .success(let params) = row.question else { return nil }
            return JSONWriter.encode(.object([("jsonrpc", .string("2.0")), ("id", .number(String(index))), ("method", .string("route")),
                                              ("params", params)])) + [0x0A]
        }
        let window = DispatchSemaphore(value: Self.window)
        let sender = Sender(fd: fd, requests: requests, window: window)
        sender.start()
        defer { sender.stop() }

        var writer = CSVWriter(format: format, output: output)
        writer.row(input.header + BatchOutput.columns)
        let reader = LineReader(fd: fd, maxLineBytes: 16 << 20)
        var summary = Summary()
        var answers = AnswerCells()
        var unreturned = 0
        for (index, row) in input.rows.enumerated() {
            let cells: [String]
            switch row.question {
            case .failure(let error):
                cells = BatchOutput.cells(error)
                summary.errors[error.kind, default: 0] += 1
            case .success:
                let line = try nextAnswer(reader, sender: sender, row: index)
                unreturned += 1
                if unreturned == Self.refill {
                    for _ in 0..<unreturned { window.signal() }
                    unreturned = 0
                }
                switch try answers.cells(line) {
                case .success(let answered):
                    cells = answered
                    summary.answered += 1
                case .failure(let error):
                    cells = BatchOutput.cells(error)
                    summary.errors[error.kind, default: 0] += 1
                }
            }
            // A row with more or fewer fields than the header (an error row) is cut or padded to the header.
            let fields = row.fields.prefix(input.header.count) + Array(repeating: "", count: max(0, input.header.count - row.fields.count))
            writer.row(fields + cells)
            summary.rows += 1
            if summary.rows % 1000 == 0 { progress?(summary.rows) }
        }
        writer.flush()
        return summary
    }

    private func nextAnswer(_ reader: LineReader, sender: Sender, row: Int) throws -> [UInt8] {
        switch try reader.next() {
        case .line(let bytes): return bytes
        case .timedOut: throw UnreachableError(Messages.noAnswerToRow(row + 2, within: timeout))
        case .endOfStream, .tooLong: throw UnreachableError(Messages.closedAtRow(row + 2, sending: sender.failure))
        }
    }
}

/// Writes the requests on a thread of its own, never more than the window ahead of the answers read.
private final class Sender: Sendable {
    private let fd: Int32
    private let requests: [[UInt8]]
    private let window: DispatchSemaphore
    private let stopping = Atomic<Bool>(false)
    private let done = DispatchSemaphore(value: 0)
    private let failed = Mutex<String?>(nil)

    init(fd: Int32, requests: [[UInt8]], window: DispatchSemaphore) {
        self.fd = fd
        self.requests = requests
        self.window = window
    }

    /// Why the requests could not all be sent (the system's words), if they could not.
    var failure: String? { failed.withLock { $0 } }

    func start() {
        Thread { [self] in
            var batch: [UInt8] = []
            for request in requests {
                window.wait()
                if stopping.load(ordering: .relaxed) { break }
                batch += request
                // Send what the window allows in one write, not one write per request.
                if batch.count >= 16 * 1024 || !windowHasRoom() {
                    guard send(&batch) else { break }
                }
            }
            _ = send(&batch)
            done.signal()
        }.start()
    }

    /// Releases the writer if it still waits and waits (bounded) for it to end.
    func stop() {
        stopping.store(true, ordering: .relaxed)
        for _ in 0..<BatchRouting.window { window.signal() }
        _ = done.wait(timeout: .now() + 5)
    }

    private func windowHasRoom() -> Bool {
        guard window.wait(timeout: .now()) == .success else { return false }
        window.signal()
        return true
    }

    private func send(_ batch: inout [UInt8]) -> Bool {
        guard !batch.isEmpty else { return true }
        defer { batch.removeAll(keepingCapacity: true) }
        do {
            try UnixSocket.writeAll(fd, batch)
            return true
        } catch {
            failed.withLock { $0 = "\(error)" }
            return false
        }
    }
}

/// CSV rows written as they come, in the chosen dialect, through a buffer.
struct CSVWriter {
    let format: CSVFormat
    let output: FileHandle
    private var buffer: [UInt8] = []
    private let separator: UInt8

    init(format: CSVFormat, output: FileHandle) {
        self.format = format
        self.output = output
        separator = format.separator.utf8.first!
        if format == .finnish { buffer += Array("\u{FEFF}".utf8) }
        buffer.reserveCapacity(128 * 1024)
    }

    /// One row; a field holding the separator, a quote or a line break is quoted (RFC 4180).
    mutating func row(_ cells: [String]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { buffer.append(separator) }
            var cell = cell
            cell.withUTF8 { bytes in
                guard bytes.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                    buffer.append(contentsOf: bytes)
                    return
                }
                buffer.append(0x22)
                for byte in bytes {
                    if byte == 0x22 { buffer.append(0x22) }
                    buffer.append(byte)
                }
                buffer.append(0x22)
            }
        }
        buffer += [0x0D, 0x0A]
        if buffer.count >= 64 * 1024 { flush() }
    }

    mutating func flush() {
        output.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
