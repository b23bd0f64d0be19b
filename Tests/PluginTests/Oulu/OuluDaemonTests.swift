// OuluDaemonTests.swift — the Oulu plugin through the real daemon and aluectl, as staff use it.

import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite final class OuluDaemonTests {
    let daemon: DaemonProcess

    init() throws {
        daemon = try DaemonProcess()
    }

    private func ctl(_ arguments: String...) throws -> CommandResult {
        try CommandRunner.aluectl(arguments, socket: daemon.socketPath)
    }

    private func decode<Value: Decodable>(_ type: Value.Type, _ result: CommandResult) throws -> Value {
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONDecoder().decode(type, from: Data(result.stdout.utf8))
    }

    /// L367 pay subsidy decided and paid in Oulu; L645 paid for by the client's municipality.
    @Test func routeKempelePalkkatuki() throws {
        let decision = try decode(RoutingDecision.self, try ctl("--json", "route", "Kempele", "palkkatuki", "--date", "2025-03-03"))
        #expect(decision.region == "oulu")
        #expect(decision.delivery == .centralized)
        #expect(decision.cost.principle == .causerPays && decision.cost.payer == .municipality(Oulu.member("Kempele")))
        #expect(!decision.decisionId.isEmpty, "the daemon stamps every answer")
        let human = try ctl("route", "Kempele", "palkkatuki", "--date", "2025-03-03")
        #expect(human.status == 0)
        #expect(human.stdout.contains("004_cc00a80936f2630b.txt"))
    }

    /// L187 maritime job placement is bought from the Turku employment area.
    @Test func routeMuhosMerityonvalitys() throws {
        let decision = try decode(RoutingDecision.self, try ctl("--json", "route", "Muhos", "merityonvalitys", "--date", "2025-03-03"))
        #expect(decision.delivery == .otherAuthority)
        #expect(decision.provider.name == "Turun työllisyysalue")
        #expect(decision.cost.principle == .billedByOtherAuthority)
    }

    /// L137 work trial is local; L617 each municipality pays for its local services.
    @Test func costHailuotoTyokokeilu() throws {
        let decision = try decode(CostDecision.self, try ctl("--json", "cost", "Hailuoto", "tyokokeilu", "--date", "2025-03-03"))
        #expect(decision.principle == .ownMunicipality)
        #expect(decision.payer == .municipality(Oulu.member("Hailuoto")))
    }

    /// L54 the area starts on 1.1.2025.
    @Test func dayBeforeTheAreaIsOutOfEffectOnTheWire() throws {
        let result = try ctl("route", "Kempele", "palkkatuki", "--date", "2024-12-31")
        #expect(result.status == 1)
        #expect(result.stderr.contains("out_of_effect"))
    }

    /// Laki 398/2024 repealed the employment obligation the plan still lists (L133).
    @Test func notOfferedIsAReasonedError() throws {
        let result = try ctl("route", "Lumijoki", "velvoitetyollistaminen", "--date", "2025-03-03")
        #expect(result.status == 1)
        #expect(result.stderr.contains("not_offered"))
        #expect(result.stderr.contains("398/2024"))
    }
}
