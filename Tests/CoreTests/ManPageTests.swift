// ManPageTests.swift — the man pages in docs/man: not one warning from `groff -man -ww -z`;
// aluectl(1) describes every command of aluectl's command table, alued(8) every flag `alued --help`
// lists, and the EXAMPLE of alued.json(5) is a configuration alued accepts.

@testable import AlueCore
import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct ManPageTests {
    static let pages = ["aluectl.1", "alued.8", "alued.json.5"]

    func source(_ page: String) throws -> String {
        try String(contentsOfFile: "\(Repository.root)/docs/man/\(page)", encoding: .utf8)
    }

    /// roff as it reads: font escapes, `\-`, `\&`, `\(dq` and the macro name of a line resolved.
    func plain(_ line: Substring) -> String {
        var text = String(line)
        if text.hasPrefix("."), let space = text.firstIndex(of: " ") { text = String(text[space...]) }
        for (escape, replacement) in [("\\fB", ""), ("\\fI", ""), ("\\fR", ""), ("\\fP", ""), ("\\-", "-"), ("\\&", ""),
                                      ("\\(dq", "\u{22}"), ("\\(aq", "'")] {
            text = text.replacingOccurrences(of: escape, with: replacement)
        }
        return text
    }

    @Test(.enabled(if: HostTools.path("groff") != nil), arguments: pages)
    func groffHasNothingToWarnAbout(page: String) throws {
        let result = try CommandRunner.run(try HostTools.require("groff"), ["-man", "-ww", "-z", "\(Repository.root)/docs/man/\(page)"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    }

    @Test(arguments: pages)
    func theVersionIsFilledInOnInstall(page: String) throws {
        // One version constant: `make install` puts AlueVersion.version where the page says @VERSION@.
        #expect(try source(page).contains(#/\n\.TH [A-Z.]+ [158] "" "Alue @VERSION@"/#))
    }

    @Test func aluectlPageDescribesEveryCommandOfTheTable() throws {
        let lines = try source("aluectl.1").split(separator: "\n", omittingEmptySubsequences: false)
        // The tag of an entry is the line after .TP (or .TQ): "route MUNICIPALITY SERVICE", "ping, wait".
        let tags = zip(lines, lines.dropFirst()).filter { $0.0 == ".TP" || $0.0 == ".TQ" }.map { plain($0.1) }
        let described = Set(tags.flatMap { $0.split { !($0.isLetter || $0 == "-") }.map(String.init) })
        for command in try AluectlCommands.all() {
            #expect(described.contains(command.name), "aluectl(1) has no entry for '\(command.name)'")
        }
    }

    @Test func aluedPageDescribesEveryFlag() throws {
        let help = try CommandRunner.run(BuildProducts.alued, ["--help"])
        let flags = Set(help.stdout.matches(of: #/--[a-z-]+/#).map { String($0.output) })
        #expect(flags.count >= 10)
        let page = try source("alued.8").split(separator: "\n").map(plain).joined(separator: "\n")
        for flag in flags { #expect(page.contains(flag), "alued(8) does not mention \(flag)") }
    }

    @Test func theConfigExampleIsAConfigAluedAccepts() throws {
        let page = try source("alued.json.5")
        let start = try #require(page.range(of: "\n.EX\n")), end = try #require(page.range(of: "\n.EE\n"))
        let example = page[start.upperBound..<end.lowerBound].split(separator: "\n").map(plain).joined(separator: "\n")
        let config = try DaemonConfig(json: try JSONParser.parse(Array(example.utf8)))
        #expect(config.plugins.map(\.name) == ["PaijatHame", "TyoHame", "Oulu"])
        #expect(config.pluginDir == "/usr/lib/alue/plugins")
    }
}
