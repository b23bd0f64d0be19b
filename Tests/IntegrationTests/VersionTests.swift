// VersionTests.swift — one version: `alued --version` and `aluectl version` print AlueVersion.version,
// and CHANGELOG.md (keep-a-changelog) has an Unreleased section and a section for that version.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct VersionTests {
    @Test func aluedAndAluectlReportTheSameVersion() throws {
        let alued = try CommandRunner.run(BuildProducts.alued, ["--version"])
        let aluectl = try CommandRunner.aluectl(["version"], socket: nil)
        let aluectlFlag = try CommandRunner.aluectl(["--version"], socket: nil)
        #expect(alued.stdout.split(separator: " ").dropFirst().first.map(String.init) == AlueVersion.version)
        #expect(aluectl.stdout == "aluectl \(AlueVersion.version)\n")
        #expect(aluectlFlag.stdout == aluectl.stdout)
    }

    @Test func theChangelogHasTheVersion() throws {
        let changelog = try String(contentsOfFile: "\(Repository.root)/CHANGELOG.md", encoding: .utf8)
        #expect(changelog.contains("\n## [Unreleased]\n"))
        #expect(changelog.contains("\n## [\(AlueVersion.version)] - "),
                "CHANGELOG.md has no section for \(AlueVersion.version)")
    }
}
