// DaemonLogTests.swift — the real alued's log lines under journald and elsewhere: with
// $JOURNAL_STREAM naming its stderr, `<N>` and the message (journald stamps the time); with stderr
// anywhere else, the ISO 8601 time first. A start with a missing config logs one error and exits 1.

import Foundation
import TestSupport
import Testing

@Suite struct DaemonLogTests {
    /// alued started on a config that does not exist, stderr into a file; `journal`: $JOURNAL_STREAM
    /// names that file (as systemd names the journal's stream), else another stream. Returns the log.
    func failedStartLog(stderrIsTheJournal journal: Bool) throws -> String {
        let directory = TemporaryDirectory("alued-log")
        let logPath = "\(directory.path)/stderr.log"
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try #require(FileHandle(forWritingAtPath: logPath))
        var status = stat()
        #expect((journal ? fstat(log.fileDescriptor, &status) : stat(directory.path, &status)) == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuildProducts.alued)
        process.arguments = ["--config", "\(directory.path)/missing.json"]
        process.environment = ProcessInfo.processInfo.environment.merging(["JOURNAL_STREAM": "\(status.st_dev):\(status.st_ino)"]) { $1 }
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        return try String(contentsOfFile: logPath, encoding: .utf8)
    }

    @Test func underJournaldALineIsThePriorityAndTheMessage() throws {
        let log = try failedStartLog(stderrIsTheJournal: true)
        #expect(log.hasPrefix("<3>cannot start: "), "\(log)")
    }

    @Test func elsewhereALineStartsWithItsISO8601Time() throws {
        let log = try failedStartLog(stderrIsTheJournal: false)
        #expect(log.contains(#/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d <3>cannot start: /#), "\(log)")
    }
}
