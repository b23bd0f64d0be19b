// AluectlTests.swift — the real aluectl against the real daemon: exit codes, tables, --json.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite final class AluectlTests {
    let daemon: DaemonProcess

    init() throws {
        daemon = try DaemonProcess()
    }

    private func ctl(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.aluectl(arguments, socket: daemon.socketPath)
    }

    @Test func statusShowsThreePluginsLoaded() throws {
        let result = try ctl("status")
        #expect(result.status == 0)
        for id in ["paijat-hame", "tyohame", "oulu"] { #expect(result.stdout.contains(id)) }
        #expect(result.stdout.components(separatedBy: "ladattu (loaded)").count == 4)
    }

    @Test func resolveKarkolaWithoutUmlauts() throws {
        let result = try ctl("resolve", "karkola")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Kärkölä 316"))
        #expect(result.stdout.contains("paijat-hame"))
    }

    @Test func jsonPrintsExactlyTheResultObject() throws {
        let result = try ctl("--json", "resolve", "316")
        let json = try JSONParser.parse(result.stdout)
        #expect(json["code"] == .string("316"))
        #expect(json["region"] == .string("paijat-hame"))
    }

    @Test func daemonErrorExitsOneWithTheMessage() throws {
        let human = try ctl("route", "Helsinki", "palkkatuki")
        #expect(human.status == 1)
        #expect(human.stderr.contains("no_region"))
        let json = try ctl("--json", "route", "Helsinki", "palkkatuki")
        #expect(json.status == 1)
        #expect(try JSONParser.parse(json.stdout).errorCode == -32003)
    }

    @Test func usageErrorsExitTwoAndSayWhatIsMissing() throws {
        let missing = try ctl("route", "Hollola")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("route needs SERVICE"))
        #expect(missing.stderr.contains("Usage: aluectl route MUNICIPALITY SERVICE"))
        #expect(missing.stderr.contains("aluectl help route"))
        #expect(try ctl("frobnicate").status == 2)
        #expect(try ctl("route", "Hollola", "eures", "--colour", "red").status == 2)
    }

    @Test func unreachableDaemonExitsThree() throws {
        let result = try CommandRunner.aluectl(["status"], socket: "/nonexistent/alued.sock")
        #expect(result.status == 3)
        #expect(result.stderr.contains("not running"))
    }

    @Test func helpListsEveryCommand() throws {
        let result = try ctl("help")
        #expect(result.status == 0)
        for command in ["status", "ping", "stats", "regions", "region", "resolve", "services", "route", "procurement",
                        "cost", "call", "reload"] {
            #expect(result.stdout.contains("  \(command) "), "\(command)")
        }
        #expect(try ctl("help", "cost").stdout.contains("Usage: aluectl cost MUNICIPALITY SERVICE"))
    }

    @Test func tablesForRegionsServicesAndStats() throws {
        let regions = try ctl("regions")
        #expect(regions.stdout.contains("Hollola 098"))
        #expect(regions.stdout.contains("Hämeenlinna 109"))
        #expect(regions.stdout.contains("Oulu 564"))
        let services = try ctl("services")
        #expect(services.stdout.contains("palkkatuki"))
        #expect(services.stdout.split(separator: "\n").count == 37)
        #expect(try ctl("stats").stdout.contains("p99 µs"))
        #expect(try ctl("ping").stdout.contains("pong"))
    }

    @Test func regionShowsTheBasisOfMembership() throws {
        let result = try ctl("region", "oulu")
        #expect(result.status == 0)
        #expect(result.stdout.contains("004_cc00a80936f2630b.txt"))
        #expect(result.stdout.contains("Lähteet:"))
    }

    @Test func rawCallPassesParamsThrough() throws {
        let result = try ctl("--json", "call", "municipalities.resolve", #"{"municipality": "Uleåborg"}"#)
        #expect(try JSONParser.parse(result.stdout)["code"] == .string("564"))
        #expect(try ctl("call", "system.ping", "{nope").status == 2)
    }
}
