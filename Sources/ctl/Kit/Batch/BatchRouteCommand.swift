// Batch/BatchRouteCommand.swift — `aluectl route --batch FILE.csv [--output FILE] [--format csv|csv-fi]`:
// reads the file, checks the options the batch cannot take, runs the batch, and reports on stderr.

import Foundation
import PluginAPI
#if canImport(Glibc)
import Glibc
#endif

enum BatchRouteCommand {
    static let singleQuestionOptions = ["--date", "--segment", "--age", "--employer-location", "--provider", "--field"]

    static func run(file: String, arguments: ParsedArguments, session: Session) throws -> ExitStatus {
        if let option = singleQuestionOptions.first(where: { arguments.option($0) != nil }) ?? arguments.flags.first {
            throw UsageError(LocalizedText(fi: "\(option) kuvaa yhden kysymyksen; --batch-ajossa anna se tiedoston sarakkeena", en: "\(option) describes one question; with --batch give it as a column of the file"), command: "route")
        }
        guard !session.json else { throw UsageError(LocalizedText(fi: "--batch kirjoittaa CSV:tä; --json ei käy siihen", en: "--batch writes CSV; --json does not apply"), command: "route") }
        let formatName = arguments.option("--format") ?? CSVFormat.standard.rawValue
        guard let format = CSVFormat(rawValue: formatName) else {
            throw UsageError(LocalizedText(fi: "--format on csv tai csv-fi, ei '\(formatName)'", en: "--format must be csv or csv-fi, not '\(formatName)'"), command: "route")
        }
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
        guard let data else { throw UsageError(LocalizedText(fi: "tiedostoa \(file) ei voi lukea", en: "cannot read \(file)"), command: "route") }
        let input = try BatchInput(text: String(decoding: data, as: UTF8.self), file: file, language: session.language)
        if !input.ignoredColumns.isEmpty {
            session.output.printError("aluectl: columns not read, carried over as they are: \(input.ignoredColumns.joined(separator: ", "))")
        }
        let output: FileHandle
        if let path = arguments.option("--output") {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw UsageError(LocalizedText(fi: "tiedostoon \(path) ei voi kirjoittaa", en: "cannot write \(path)"), command: "route")
            }
            output = handle
        } else {
            output = FileHandle.standardOutput
        }
        let interactive = isatty(2) == 1
        let total = input.rows.count
        let summary = try BatchRouting(socketPath: session.socketPath, timeout: session.timeout, format: format)
            .run(input, to: output, progress: interactive ? { done in
                FileHandle.standardError.write(Data("\r\(done)/\(total) riviä".utf8))
            } : nil)
        if interactive && total >= 1000 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        session.output.printError(summary.text + (arguments.option("--output").map { "; vastaukset: \($0)" } ?? ""))
        return summary.failed == 0 ? .success : .daemonError
    }
}
