// LogFormatTests.swift — the log's line format: `<N>` alone when stderr is the journal (systemd's
// $JOURNAL_STREAM names that very stream), an ISO 8601 time first anywhere else.

@testable import AlueCore
import Foundation
import Testing

@Suite struct LogFormatTests {
    /// Logs `message` at `level` through a pipe with `format` and returns what was written.
    func written(_ format: LogFormat, _ level: LogLevel, _ message: String) throws -> String {
        let pipe = Pipe()
        Log(level: .debug, fd: pipe.fileHandleForWriting.fileDescriptor, format: format).log(level, message)
        try pipe.fileHandleForWriting.close()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// `device:inode` of the pipe, as systemd writes it into $JOURNAL_STREAM.
    func streamID(_ pipe: Pipe) -> String {
        var status = stat()
        #expect(fstat(pipe.fileHandleForWriting.fileDescriptor, &status) == 0)
        return "\(status.st_dev):\(status.st_ino)"
    }

    @Test func theJournalGetsThePriorityPrefixOnly() throws {
        #expect(try written(.journal, .error, "disk full") == "<3>disk full\n")
    }

    @Test func elsewhereALineStartsWithItsISO8601Time() throws {
        let text = try written(.timestamped, .notice, "ready")
        let match = try #require(text.wholeMatch(of: #/(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d) <5>ready\n/#))
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let stamped = try #require(formatter.date(from: String(match.1)), "\(match.1) is ISO 8601 with an offset")
        #expect(abs(stamped.timeIntervalSinceNow) < 3600, "the time is now, in local time with its offset")
    }

    @Test func theStreamSystemdNamesIsTheJournal() {
        let journal = Pipe()
        #expect(LogFormat.detect(fd: journal.fileHandleForWriting.fileDescriptor, journalStream: streamID(journal)) == .journal)
    }

    @Test func aRedirectedStderrIsNotTheJournal() {
        // $JOURNAL_STREAM still names the journal's stream, but stderr goes to another one.
        let journal = Pipe(), redirected = Pipe()
        let stderr = redirected.fileHandleForWriting.fileDescriptor
        #expect(LogFormat.detect(fd: stderr, journalStream: streamID(journal)) == .timestamped)
        #expect(LogFormat.detect(fd: stderr, journalStream: nil) == .timestamped)
        #expect(LogFormat.detect(fd: stderr, journalStream: "garbage") == .timestamped)
    }
}
