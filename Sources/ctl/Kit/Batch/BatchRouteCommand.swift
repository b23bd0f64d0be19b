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
            throw UsageError(Messages.Batch.singleQuestionOption(option), command: "route")
        }
        guard !session.json else { throw UsageError(Messages.Batch.writesCSV, command: "route") }
        let formatName = arguments.option("--format") ?? CSVFormat.standard.rawValue
        guard let format = CSVFormat(rawValue: formatName) else {
            throw UsageError(Messages.oneOf("--format", [CSVFormat.standard.rawValue, CSVFormat.finnish.rawValue], got: formatName), command: "route")
        }
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
        guard let data else { throw UsageError(Messages.cannotRead(file), command: "route") }
        let input = try BatchInput(text: String(decoding: data, as: UTF8.self), file: file, language: session.language)
        if !input.ignoredColumns.isEmpty {
            session.output.printError(Messages.Batch.ignoredColumns(input.ignoredColumns)[session.language])
        }
        let output: FileHandle
        if let path = arguments.option("--output") {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw UsageError(Messages.cannotWrite(path), command: "route")
            }
            output = handle
        } else {
            output = FileHandle.standardOutput
        }
        let interactive = isatty(2) == 1
        let total = input.rows.count
        let summary = try BatchRouting(socketPath: session.socketPath, timeout: session.timeout, format: format)
            .run(input, to: output, progress: interactive ? { done in
                FileHandle.standardError.write(Data("\r\(Messages.Batch.progress(done, of: total)[session.language])".utf8))
            } : nil)
        if interactive && total >= 1000 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        session.output.printError(summary.message[session.language]
                                  + (arguments.option("--output").map { Messages.Batch.answersIn($0)[session.language] } ?? ""))
        return summary.failed == 0 ? .success : .daemonError
    }
}
