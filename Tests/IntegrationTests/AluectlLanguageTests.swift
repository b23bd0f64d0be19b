// AluectlLanguageTests.swift — the real aluectl against the real daemon in both languages
// (`--lang`, `$ALUE_LANG`): the daemon answers in the language asked for, the parts of a protocol 2
// answer each show their own grounds, a service not in force is refused with its statutes, a day
// past the plan period is warned of, and the exit codes hold.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite final class AluectlLanguageTests {
    let daemon: DaemonProcess

    init() throws {
        daemon = try DaemonProcess()
    }

    private func ctl(_ arguments: String..., environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.run(BuildProducts.aluectl, ["--socket", daemon.socketPath] + arguments, environment: environment)
    }

    /// The national condition on pay subsidy comes from the daemon in the language asked for, and
    /// the table around it is in that language too.
    @Test func anEnglishRouteIsEnglishFromTheDaemonToTheTable() throws {
        let finnish = try JSONParser.parse(try ctl("--json", "route", "Kempele", "palkkatuki", "--date", "1.3.2025").stdout)
        let english = try JSONParser.parse(try ctl("--json", "--lang", "en", "route", "Kempele", "palkkatuki", "--date", "1.3.2025").stdout)
        let condition = try #require(english["conditions"]?.arrayValue?.first?["text"]?.stringValue)
        #expect(condition != finnish["conditions"]?.arrayValue?.first?["text"]?.stringValue, "the daemon was asked for English")

        let table = try ctl("--lang", "en", "route", "Kempele", "palkkatuki", "--date", "1.3.2025")
        #expect(table.status == 0, "\(table.stderr)")
        for label in ["Municipality:", "Delivery:", "Status:", "Sources:", "\nCost:\n", "  Principle:", "  Payer:", "  Borne by:",
                      "National conditions:", "Decision id:"] {
            #expect(table.stdout.contains(label), "\(label)")
        }
        #expect(table.stdout.replacingOccurrences(of: "\n    ", with: " ").contains(condition))
        for finnishLabel in ["Kunta:", "Toteutustapa", "Varmuus", "Lähteet", "Kustannus", "Päätöksen tunnus"] {
            #expect(!table.stdout.contains(finnishLabel), "\(finnishLabel)")
        }
    }

    @Test func theEnvironmentChoosesEnglishAndLangOverridesIt() throws {
        let english = try ctl("resolve", "karkola", environment: ["ALUE_LANG": "en"])
        #expect(english.stdout.contains("Municipality:") && english.stdout.contains("Employment area:"), "\(english.stdout)")
        let finnish = try ctl("--lang", "fi", "resolve", "karkola", environment: ["ALUE_LANG": "en"])
        #expect(finnish.stdout.contains("Kunta:") && finnish.stdout.contains("Työllisyysalue:"))
    }

    @Test func anotherLanguageIsAUsageError() throws {
        let option = try ctl("--lang", "sv", "status")
        #expect(option.status == 2)
        #expect(option.stderr.contains("Virhe: --lang voi olla fi tai en, ei 'sv'"), "\(option.stderr)")
        let environment = try ctl("status", environment: ["ALUE_LANG": "sv"])
        #expect(environment.status == 2)
        #expect(environment.stderr.contains("ALUE_LANG"))
        let missing = try ctl("status", "--lang")
        #expect(missing.status == 2)
        #expect(try ctl("--lang", "en", "frobnicate").stderr.contains("Error: unknown command 'frobnicate'"))
    }

    /// A shared-pool cost is paid first by the responsible municipality and borne by the members by
    /// the key: the route's cost block says both.
    @Test func aSharedCostShowsItsPayerAndItsBearer() throws {
        let services = try JSONParser.parse(try ctl("--json", "services").stdout).arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        var found: (String, JSONValue)?
        for service in services where found == nil {
            let cost = try? JSONParser.parse(try ctl("--json", "cost", "Asikkala", service, "--date", "1.3.2025").stdout)
            if let cost, cost["bearer"]?["kind"] == .string("members_by_key") { found = (service, cost) }
        }
        let shared = try #require(found, "Päijät-Häme has a shared pool")
        let route = try ctl("route", "Asikkala", shared.0, "--date", "1.3.2025")
        #expect(route.status == 0, "\(route.stderr)")
        let bearer = "jäsenkunnat jakoavaimella (paijat-hame / \(shared.1["bearer"]?["pool"]?.stringValue ?? ""))"
        #expect(route.stdout.contains("  Lopullinen maksaja: \(bearer)"), "\(route.stdout)")
        #expect(route.stdout.contains("  Maksaja:            Hollola 098"))
        let cost = try ctl("cost", "Asikkala", shared.0, "--date", "1.3.2025")
        #expect(cost.stdout.contains("Lopullinen maksaja: \(bearer)"), "\(cost.stdout)")
    }

    /// The municipal employment obligation was repealed before it entered into force (398/2024):
    /// every region refuses it, and aluectl prints the statutes.
    @Test func aServiceNotInForceIsRefusedWithItsStatutes() throws {
        let refused = try ctl("route", "Hollola", "velvoitetyollistaminen", "--date", "1.3.2025")
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("Virhe: "), "\(refused.stderr)")
        for text in ["[not_offered]", "  Lain mukaan voimassa: ", "  Lakiperuste:\n    [1] ", "398/2024"] {
            #expect(refused.stderr.contains(text), "\(text)")
        }
        let english = try ctl("--lang", "en", "cost", "Kempele", "velvoitetyollistaminen", "--date", "1.3.2025")
        #expect(english.status == 1)
        #expect(english.stderr.contains("  In force by law: ") && english.stderr.contains("  Legal basis:\n    [1] "), "\(english.stderr)")
        let json = try ctl("--json", "route", "Hollola", "velvoitetyollistaminen", "--date", "1.3.2025")
        #expect(json.status == 1)
        #expect(try JSONParser.parse(json.stdout)["data"]?["reason"] == .string("not_in_force"))
    }

    @Test func servicesShowResponsibilityAndDaysInForceAndJSONGivesTheLegalBasis() throws {
        let table = try CommandRunner.run(BuildProducts.aluectl, ["--socket", daemon.socketPath, "--lang", "en", "services"],
                                          environment: ["COLUMNS": "100"])
        #expect(table.stdout.hasPrefix("Id "))
        #expect(table.stdout.contains("employment authority") && table.stdout.contains("from 2025-01-01"))
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 }, "\(table.stdout)")
        let services = try JSONParser.parse(try ctl("--json", "services").stdout).arrayValue ?? []
        #expect(services.count >= 35)
        #expect(services.allSatisfy { $0["legalBasis"] != nil && $0["responsibility"] != nil && $0["inForce"] != nil })
    }
}

/// A day past the Template area's plan period (2025–2026, its plan's line 42), with the Template
/// plugin loaded beside the three regions.
@Suite final class AluectlPlanPeriodTests {
    let directory = TemporaryDirectory("alue-plan-period")
    let daemon: DaemonProcess

    init() throws {
        let config = try TestConfig.write(in: directory.path, plugins: ["PaijatHame", "TyoHame", "Oulu", "Template"].map(JSONValue.string))
        daemon = try DaemonProcess(config: config)
    }

    @Test func aDayPastThePlanPeriodIsWarnedOfFirst() throws {
        let finnish = try CommandRunner.aluectl(["route", "Kolari", "palkkatuki", "--date", "1.2.2027"], socket: daemon.socketPath)
        #expect(finnish.status == 0, "\(finnish.stderr)")
        #expect(finnish.stdout.hasPrefix("VAROITUS: Päivä 1.2.2027 on suunnitelmakauden 1.1.2025–31.12.2026 jälkeen."), "\(finnish.stdout)")
        #expect(finnish.stdout.contains("Suunnitelmakausi: template-plan.txt · 4 Hallinto · rivi 42"))
        let english = try CommandRunner.aluectl(["--lang", "en", "cost", "Kolari", "palkkatuki", "--date", "1.2.2027"], socket: daemon.socketPath)
        #expect(english.stdout.hasPrefix("WARNING: 2027-02-01 is after the plan period 2025-01-01–2026-12-31."), "\(english.stdout)")
        let within = try CommandRunner.aluectl(["route", "Kolari", "palkkatuki", "--date", "1.2.2026"], socket: daemon.socketPath)
        #expect(within.status == 0 && !within.stdout.contains("VAROITUS"), "\(within.stdout)")
    }
}
