// TyoHameDaemonTests.swift — the TyöHäme plugin through the real alued and aluectl, as staff use it.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite final class TyoHameDaemonTests {
    let daemon: DaemonProcess

    init() throws { daemon = try DaemonProcess() }

    private func ctl(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.aluectl(arguments, socket: daemon.socketPath)
    }

    // L499 + L228: Jokioinen belongs to the Forssa sub-area; the office mapping is inferred.
    @Test func aluectlRoutesJokioinenToTheForssaOfficeInferred() throws {
        let result = try ctl("--json", "route", "Jokioinen", "tyollistymissuunnitelma")
        #expect(result.status == 0, "\(result.stderr)")
        let decision = try JSONParser.parse(result.stdout)
        #expect(decision["region"] == .string("tyohame"))
        #expect(decision["status"] == .string("inferred"))
        #expect(decision["locations"]?.arrayValue?.first?["city"] == .string("Forssa"))
        #expect(decision["authority"]?["responsibleMunicipality"]?["name"] == .string("Hämeenlinna"))
        let human = try ctl("route", "Jokioinen", "tyollistymissuunnitelma")
        #expect(human.status == 0 && human.stdout.contains("Forssa"))
    }

    // L481: rehabilitative work activity is arranged by the Kanta-Häme wellbeing services county.
    @Test func aluectlRoutesTammelaRehabilitativeWorkToTheCounty() throws {
        let result = try ctl("--json", "route", "Tammela", "kuntouttava_tyotoiminta")
        #expect(result.status == 0, "\(result.stderr)")
        let decision = try JSONParser.parse(result.stdout)
        #expect(decision["delivery"] == .string("wellbeing_county"))
        #expect(decision["provider"]?["name"] == .string("Kanta-Hämeen hyvinvointialue"))
        #expect(try ctl("route", "Tammela", "kuntouttava_tyotoiminta").stdout.contains("Kanta-Hämeen hyvinvointialue"))
    }

    // L171: the service budget total is listed by regions.get with its citation.
    @Test func regionsGetListsThePlansFigures() throws {
        let region = try daemon.connect().call("regions.get", json: #"{"region": "tyohame", "date": "2025-06-01"}"#)
        let facts = region["facts"]?.arrayValue ?? []
        let total = facts.first { $0["name"] == .string("service_budget_total_eur") }
        #expect(total?["value"]?.intValue == 6_764_453)
        #expect(total?["basis"]?.arrayValue?.first?["lines"] == .string("171"))
        #expect(region["responsibleMunicipality"]?["name"] == .string("Hämeenlinna"))
    }

    @Test func aDateBefore2025IsOutOfEffect() throws {
        let error = try daemon.connect().error("route", json: #"{"municipality": "Forssa", "service": "palkkatuki", "date": "2024-12-31"}"#)
        #expect(error.errorKind == "out_of_effect")
    }
}
