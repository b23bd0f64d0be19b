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
        #expect(missing.stderr.contains("Virhe: route: argumentti SERVICE puuttuu"), "\(missing.stderr)")
        #expect(missing.stderr.contains("Käyttö: aluectl route MUNICIPALITY SERVICE"))
        #expect(missing.stderr.contains("Katso 'aluectl help route'"))
        let english = try ctl("--lang", "en", "route", "Hollola")
        #expect(english.status == 2)
        #expect(english.stderr.contains("Error: route needs SERVICE (missing argument)"))
        #expect(english.stderr.contains("Usage: aluectl route MUNICIPALITY SERVICE"))
        #expect(try ctl("frobnicate").status == 2)
        #expect(try ctl("route", "Hollola", "eures", "--colour", "red").status == 2)
    }

    @Test func unreachableDaemonExitsThree() throws {
        let result = try CommandRunner.aluectl(["status"], socket: "/nonexistent/alued.sock")
        #expect(result.status == 3)
        #expect(result.stderr.contains("alued ei ole käynnissä"), "\(result.stderr)")
        let english = try CommandRunner.aluectl(["--lang", "en", "status"], socket: "/nonexistent/alued.sock")
        #expect(english.status == 3)
        #expect(english.stderr.contains("alued is not running"))
    }

    /// aluectl(1) documents every global option of `aluectl help` (ManPageTests check the commands).
    @Test func theManPageDocumentsEveryGlobalOption() throws {
        let page = try String(contentsOfFile: "\(Repository.root)/docs/man/aluectl.1", encoding: .utf8)
            .replacingOccurrences(of: "\\-", with: "-")
        let options = try AluectlCommands.globalOptions()
        #expect(options.contains("--lang"))
        for option in options { #expect(page.contains(option), "aluectl(1) does not describe \(option)") }
        #expect(page.contains("ALUE_LANG"))
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
        let rows = services.stdout.split(separator: "\n")
        #expect(rows.first?.split(separator: " ", omittingEmptySubsequences: true) == ["Tunnus", "Vastuu", "Voimassa", "Palvelu"])
        let ids = Set(rows.compactMap { $0.split(separator: " ").first.map(String.init) })
        #expect(ids.isSuperset(of: ["tyollistymissuunnitelma", "palkkatuki", "velvoitetyollistaminen", "neuvonta"]))
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

    @Test func statsFormatJSONPrintsJSON() throws {
        let result = try ctl("stats", "--format", "json")
        #expect(result.status == 0)
        #expect(try JSONParser.parse(result.stdout)["requests"] != nil, "\(result.stdout)")
    }

    @Test(arguments: [["route", "Hollola", "palkkatuki", "--date", "31.2.2025"], ["cost", "Hollola", "palkkatuki", "--date", "2025-13-01"],
                      ["region", "oulu", "--date", "huomenna"], ["allocate", "oulu", "1.000,00", "--year", "2025"],
                      ["ledger", "record", "--id", "x", "--date", "1.3.2025", "--municipality", "Hollola", "--service", "palkkatuki", "--amount", "12,345"],
                      ["statement", "oulu", "--period", "13/2025"]])
    func malformedDatesAndAmountsAreUsageErrors(arguments: [String]) throws {
        let result = try CommandRunner.aluectl(arguments, socket: daemon.socketPath)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("kirjoita esimerkiksi"), "\(result.stderr)")
    }

    @Test func finnishDatesAndNamesAreUnderstood() throws {
        let decision = try JSONParser.parse(try ctl("--json", "route", "hollola", "Palkkatuki", "--date", "1.3.2025").stdout)
        #expect(decision["date"] == .string("2025-03-01"))
        #expect(decision["service"] == .string("palkkatuki"))
        #expect(try JSONParser.parse(try ctl("--json", "cost", "Kärkölä", "työkokeilu", "--date", "1.3.2025").stdout)["service"] == .string("tyokokeilu"))
        #expect(try JSONParser.parse(try ctl("--json", "region", "Päijät-Häme").stdout)["id"] == .string("paijat-hame"))
        #expect(try JSONParser.parse(try ctl("--json", "region", "TyöHäme").stdout)["id"] == .string("tyohame"))
        #expect(try JSONParser.parse(try ctl("--json", "procurement", "Oulun seudun työllisyysalue", "Työkokeilu").stdout)["region"] == .string("oulu"))
        let share = try ctl("benefit-share", "Työmarkkinatuki", "450", "--amount", "37,21")
        #expect(share.status == 0, "\(share.stderr)")
        #expect(share.stdout.contains("Kunnan osuus: 40\u{00A0}%"))
        #expect(share.stdout.contains("Kunta maksaa: 14,88"))
    }

    @Test func hintsNameTheAluectlCommand() throws {
        let service = try ctl("route", "Hollola", "palkkatuk")
        #expect(service.status == 1)
        #expect(service.stderr.contains("aluectl services"))
        #expect(!service.stderr.contains("services.list"))
        let region = try ctl("procurement", "lappi", "palkkatuki")
        #expect(region.stderr.contains("aluectl regions"), "\(region.stderr)")
    }

    @Test func citationsSayRiviForOneLineAndRivitForARange() throws {
        let route = try ctl("route", "Asikkala", "tyollistymissuunnitelma", "--date", "1.3.2025")
        #expect(route.stdout.contains(" · rivi "))
        #expect(!route.stdout.contains("rivit 356"))
        let region = try ctl("region", "oulu")
        #expect(region.stdout.contains("rivit 54–66"))
    }

    @Test(arguments: ["oulu", "paijat-hame", "tyohame"])
    func aRegionFitsATerminal(region: String) throws {
        let result = try CommandRunner.run(BuildProducts.aluectl, ["--socket", daemon.socketPath, "region", region], environment: ["COLUMNS": "100"])
        #expect(result.status == 0)
        let widest = result.stdout.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= 120, "a line of \(widest) characters")
        #expect(result.stdout.contains("Suunnitelman tiedot:"))
        #expect(result.stdout.contains("\n[1] "))
        #expect(result.stdout.contains("    Varmuus:"))
    }
}
