// StagedInstall.swift — `make install PREFIX=/usr DESTDIR=<temp>` as a package build runs it, with
// the products this `swift test` built (BUILD_DIR: `make install` alone would build a release
// first), and the installed config made usable inside the staging tree the only way a staged
// install allows: its two paths, pluginDir and dataDir, prefixed with DESTDIR.

import AlueWire
import Foundation
import TestSupport
import Testing

final class StagedInstall: Sendable {
    static let prefix = "/usr"
    private let directory = TemporaryDirectory("alue-install")
    /// DESTDIR: the root of the staged tree.
    var root: String { URL(fileURLWithPath: "\(directory.path)/root").standardizedFileURL.path }

    init() throws {
        let result = try Self.make(["install", "PREFIX=\(Self.prefix)", "DESTDIR=\(root)"])
        try #require(result.status == 0, "make install failed:\n\(result.stdout)\n\(result.stderr)")
    }

    /// Runs make in the repository with the build products of this test run.
    static func make(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.run(try HostTools.require("make"),
                              ["-C", Repository.root, "--no-print-directory", "BUILD_DIR=\(BuildProducts.binDirectory)"] + arguments)
    }

    /// `path` (absolute on the target system) inside the staged tree.
    func staged(_ path: String) -> String { root + path }

    /// The installed config with pluginDir and dataDir moved into the staged tree, written beside it.
    func stagedConfig() throws -> String {
        try Self.relocatedConfig(root: root, to: "\(directory.path)/alued.json")
    }

    /// The config installed under `root` with its pluginDir and dataDir prefixed by `root`, written
    /// to `path` (everything else as installed).
    static func relocatedConfig(root: String, to path: String) throws -> String {
        let installed = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: "\(root)/etc/alue/alued.json"))))
        let members = try #require(installed.objectValue)
        let moved = members.map { member -> (key: String, value: JSONValue) in
            guard ["pluginDir", "dataDir"].contains(member.key), let value = member.value.stringValue else { return member }
            return (member.key, .string(root + value))
        }
        try JSONValue.object(moved).prettyText().write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Every file below `directory` (relative paths, sorted).
    static func files(under directory: String) throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: directory))
        return enumerator.compactMap { $0 as? String }
            .filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: "\(directory)/\(path)", isDirectory: &isDirectory) && !isDirectory.boolValue
            }
            .sorted()
    }
}
