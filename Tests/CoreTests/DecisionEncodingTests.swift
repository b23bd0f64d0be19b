// DecisionEncodingTests.swift — decisions on the wire: pinned field names, flat shape, money as strings.

import AlueWire
import Foundation
import PluginAPI
import Testing

@Suite struct DecisionEncodingTests {
    private func encode<T: Encodable>(_ value: T, language: Language = .fi) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.userInfo[.alueLanguage] = language
        return try JSONParser.parse(Array(try encoder.encode(value)))
    }

    private let hollola = MunicipalityRef(code: "098", name: "Hollola")

    private var routing: RoutingDecision {
        RoutingDecision(
            region: "paijat-hame", municipality: hollola, service: .palkkatuki,
            date: EffectiveDate(year: 2025, month: 3, day: 1)!,
            basis: [Citation(document: "001_ee65168c221e2ff3.txt", section: "3.1", lines: "268")], status: .explicit,
            notes: [LocalizedText(fi: "huomautus", en: "note")],
            outcome: RoutingOutcome(
                authority: Authority(id: "paijat-hame", name: "Päijät-Hämeen työllisyysalue", responsibleMunicipality: hollola),
                delivery: .otherAuthority, provider: Party(name: "Lahden kaupunki"), caseOwner: "oma",
                locations: [Location(name: "Hollola", address: "Virastotie 3")], channels: [.inPerson, .video],
                cost: CostSummary(principle: .causerPays, payer: .municipality(hollola), bearer: .municipality(hollola),
                                  status: .default, basis: [Citation(document: "001_ee65168c221e2ff3.txt", section: "3.1", lines: "270")])))
    }

    @Test func routingDecisionIsOneFlatObjectWithThePinnedNames() throws {
        let json = try encode(routing)
        for key in ["region", "municipality", "service", "date", "basis", "status", "notes", "decisionId",
                    "authority", "delivery", "provider", "caseOwner", "locations", "channels", "cost"] {
            #expect(json[key] != nil, "missing \(key)")
        }
        #expect(json["delivery"] == .string("other_authority"))
        #expect(json["channels"] == .array([.string("in_person"), .string("video")]))
        #expect(json["date"] == .string("2025-03-01"))
        #expect(json["cost"]?["payer"] == .object([("code", .string("098")), ("name", .string("Hollola"))]))
        #expect(json["cost"]?["bearer"]?["kind"] == .string("municipality"))
        #expect(json["cost"]?["status"] == .string("default"), "the cost part carries its own status, weaker than the route's")
        #expect(json["cost"]?["basis"]?.arrayValue?.first?["lines"] == .string("270"))
        #expect(json["beyondPlanPeriod"] == nil && json["conditions"] == nil, "absent unless they apply")
        #expect(json["authority"]?["responsibleMunicipality"]?["code"] == .string("098"))
    }

    @Test func notesComeInTheAskedLanguage() throws {
        #expect(try encode(routing)["notes"] == .array([.string("huomautus")]), "Finnish by default")
        #expect(try encode(routing, language: .en)["notes"] == .array([.string("note")]))
    }

    @Test func decisionsDecodeBackToTheSameValue() throws {
        var english = routing
        english.notes = [LocalizedText(verbatim: "note")]
        let encoder = JSONEncoder()
        encoder.userInfo[.alueLanguage] = Language.en
        #expect(try JSONDecoder().decode(RoutingDecision.self, from: try encoder.encode(english)) == english)
    }

    @Test func payerCanBeAnAuthority() throws {
        let json = try encode(CostSummary(principle: .billedByOtherAuthority, payer: .authority("Päijät-Hämeen työllisyysalue"),
                                          bearer: .caseByCase(parties: ["Päijät-Hämeen työllisyysalue", "Lahden kaupunki"]),
                                          status: .inferred, basis: []))
        #expect(json["payer"] == .object([("authority", .string("Päijät-Hämeen työllisyysalue"))]))
    }

    /// Protocol 2's `bearer` in each pinned shape (who finally bears the cost).
    @Test func bearerHasThePinnedShapes() throws {
        let key = AllocationKeySummary(factors: [AllocationFactor(name: "population", weight: 1, source: "s")])
        #expect(try encode(Bearer.municipality(hollola)) == .object([("kind", .string("municipality")),
                                                                     ("municipality", .object([("code", .string("098")), ("name", .string("Hollola"))]))]))
        let byKey = try encode(Bearer.membersByKey(region: "paijat-hame", pool: "shared_services", key: key))
        #expect(byKey["kind"] == .string("members_by_key") && byKey["region"] == .string("paijat-hame")
                && byKey["pool"] == .string("shared_services") && byKey["key"]?["factors"]?.arrayValue?.first?["name"] == .string("population"))
        #expect(try encode(Bearer.state(body: "KEHA-keskus")) == .object([("body", .string("KEHA-keskus")), ("kind", .string("state"))]))
        let county = try encode(Bearer.publicBody(body: "Pohteen hyvinvointialue", type: .wellbeingCounty))
        #expect(county["kind"] == .string("public_body") && county["type"] == .string("wellbeing_county"))
        #expect(try encode(Bearer.caseByCase(parties: ["A", "B"]))["parties"] == .array([.string("A"), .string("B")]))
        for bearer in [Bearer.municipality(hollola), .membersByKey(region: "r", pool: "p", key: key), .state(body: "s"),
                       .publicBody(body: "b", type: .kela), .caseByCase(parties: ["x"])] {
            #expect(try JSONDecoder().decode(Bearer.self, from: JSONEncoder().encode(bearer)) == bearer)
        }
        #expect(CostPrinciple(rawValue: "funded_by_other_body") == .fundedByOtherBody)
    }

    @Test(arguments: [("734.32", "734.32"), ("1000000", "1000000.00"), ("0.5", "0.50"), ("-12.3", "-12.30"), ("0", "0.00")])
    func moneyIsADecimalStringWithTwoDecimals(input: String, wire: String) throws {
        let money = try #require(Money(parsing: input))
        #expect(money.description == wire)
        #expect(try encode([money]) == .array([.string(wire)]))
    }

    @Test(arguments: ["1e3", "NaN", "1.234", "12,50", " 1", "", "-", "1.", ".5", "1234567890123456"])
    func moneyRejectsAnythingButPlainDecimals(input: String) {
        #expect(Money(parsing: input) == nil)
    }

    @Test func moneyRoundsHalfCentsAwayFromZero() {
        #expect(Money.format(Decimal(string: "0.005")!) == "0.01")
        #expect(Money.format(Decimal(string: "-0.005")!) == "-0.01")
    }

    @Test(arguments: ["2025-02-29", "2025-13-01", "2025-1-1", "25-01-01", "2025-01-01T00:00", "2025/01/01"])
    func datesMustExistAndBeISO(input: String) {
        #expect(EffectiveDate(iso: input) == nil)
    }

    @Test func catalogHasTheThirtyFivePinnedIDs() {
        #expect(ServiceCatalog.entries.count == 35)
        #expect(Set(ServiceCatalog.ids).count == 35)
        #expect(ServiceCatalog.ids.allSatisfy { $0.rawValue.allSatisfy { $0.isASCII && ($0.isLowercase || $0 == "_") } })
    }

    @Test func errorKindsCarryThePinnedCodes() {
        let pinned: [ErrorKind: Int] = [.unknownMunicipality: -32001, .unknownService: -32002, .noRegion: -32003,
                                        .notOffered: -32004, .invalidDate: -32005, .outOfEffect: -32005,
                                        .permissionDenied: -32010, .overloaded: -32011, .ledgerConflict: -32020,
                                        .reloadFailed: -32030, .parseError: -32700, .requestTooLarge: -32600]
        for (kind, code) in pinned { #expect(kind.code == code, "\(kind)") }
    }
}
