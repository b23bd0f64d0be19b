// CommandRunner.swift — runs a binary (aluectl, alued --check) and collects its exit status and output.

import Foundation
import Synchronization

public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

public enum CommandRunner {
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                           stdin: String? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "ALUE_SOCKET")
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        // Read both pipes to the end before waiting, so a chatty child cannot block on a full pipe.
        let group = DispatchGroup()
        let errData = CollectedOutput()
        DispatchQueue.global().async(group: group) {
            errData.store(err.fileHandleForReading.readDataToEndOfFile())
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData.data, as: UTF8.self))
    }

    /// Runs the built aluectl against `socket`.
    public static func aluectl(_ arguments: [String], socket: String?, stdin: String? = nil) throws -> CommandResult {
        try run(BuildProducts.aluectl, (socket.map { ["--socket", $0] } ?? []) + arguments, stdin: stdin)
    }
}

/// What the reading thread collected, handed over under a lock.
private final class CollectedOutput: Sendable {
    private let collected = Mutex(Data())
    func store(_ data: Data) { collected.withLock { $0 = data } }
    var data: Data { collected.withLock { $0 } }
}
