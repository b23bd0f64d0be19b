// RuleModelTests.swift — PluginAPI 2's one rule model, unit by unit: each part of an answer keeps its
// own grounds, the bearer is resolved for the client, a day past the plan period caps every part,
// the settings timeline finds the parameters it reads by itself, and national law is refused or
// funded from the statutory layer, not from a plugin's copy.

import Foundation
import PluginAPI
import Testing

@Suite struct RuleModelTests {
    static let kolari = MunicipalityRef(code: "273", name: "Kolari")
    static let muonio = MunicipalityRef(code: "498", name: "Muonio")
    static let day = EffectiveDate(year: 2025, month: 3, day: 1)!

    static func cite(_ lines: String) -> Citation {
        Citation(document: "plan.txt", section: "1", lines: lines, quote: "rivi \(lines)")
    }

    static let declaration = RegionDeclaration(
        id: "testi", name: "Testialue", version: "1.0.0", members: [kolari, muonio], responsibleMunicipality: kolari,
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!, basis: [cite("1")],
        planPeriod: PlanPeriod(from: EffectiveDate(year: 2025, month: 1, day: 1)!, until: EffectiveDate(year: 2026, month: 12, day: 31)!,
                               basis: [cite("2")]))

    static let pool = PoolKey(pool: "shared", key: AllocationKeySummary(factors: [AllocationFactor(name: "population", weight: 1, source: "p")]),
                              grounds: Grounds([cite("9")], .default, notes: [LocalizedText(fi: "painot oletus", en: "weights a default")]))

    static let rule = ServiceRule(
        route: RouteFacts(delivery: .centralized, provider: Party(name: "Kolarin kunta"), grounds: Grounds([cite("5")])),
        procurement: ProcurementTerms(ProcurementOutcome(model: .ownProduction, procuringAuthority: Party(name: "Kolarin kunta")),
                                      grounds: Grounds([cite("6")], .inferred, notes: [LocalizedText(fi: "päätelty", en: "inferred")])),
        cost: CostTerms(principle: .sharedByKey, payer: .responsibleMunicipality, bearer: .membersByKey(pool),
                        grounds: Grounds([cite("8")])))

    @Test func eachAnswerCitesOnlyItsOwnPart() {
        let route = Self.declaration.routingDecision(RouteQuery(municipality: Self.muonio, service: .palkkatuki, date: Self.day), Self.rule)
        #expect(route.basis == [Self.cite("5")] && route.status == .explicit)
        #expect(route.cost.status == .default, "the cost part carries the key's default weights, not the route's explicit")
        #expect(route.cost.basis == [Self.cite("8"), Self.cite("9")])
        let procurement = Self.declaration.procurementDecision(ProcurementQuery(service: .palkkatuki, date: Self.day), Self.rule)
        #expect(procurement.basis == [Self.cite("6")] && procurement.status == .inferred)
        let cost = Self.declaration.costDecision(CostQuery(municipality: Self.muonio, service: .palkkatuki, date: Self.day), Self.rule)
        #expect(cost.summary == route.cost, "route and cost answer from the same cost part")
        #expect(cost.key == Self.pool.key)
    }

    @Test func payerAndBearerAreResolvedForTheClient() {
        let cost = Self.declaration.costDecision(CostQuery(municipality: Self.muonio, service: .palkkatuki, date: Self.day), Self.rule)
        #expect(cost.payer == .municipality(Self.kolari), "the responsible municipality pays the pool first")
        #expect(cost.bearer == .membersByKey(region: "testi", pool: "shared", key: Self.pool.key))
        var own = Self.rule
        own.cost = CostTerms(principle: .ownMunicipality, payer: .member(Self.kolari), bearer: .member(Self.kolari), grounds: Grounds([Self.cite("8")]))
        let other = Self.declaration.costDecision(CostQuery(municipality: Self.muonio, service: .palkkatuki, date: Self.day), own)
        #expect(other.payer == .municipality(Self.kolari) && other.bearer == .municipality(Self.kolari), "another member pays and bears it")
    }

    @Test func pastThePlanPeriodEveryPartIsAtMostInferredAndSaysSo() {
        let later = EffectiveDate(year: 2027, month: 1, day: 1)!
        let route = Self.declaration.routingDecision(RouteQuery(municipality: Self.muonio, service: .palkkatuki, date: later), Self.rule)
        #expect(route.beyondPlanPeriod == Self.declaration.planPeriod)
        #expect(route.status == .inferred && route.cost.status == .default, "explicit falls to inferred; a default stays a default")
        #expect(route.basis.contains(Self.cite("2")) && route.notes.contains { $0.fi.contains("1.1.2027") && $0.en.contains("2027-01-01") })
        let inside = Self.declaration.routingDecision(RouteQuery(municipality: Self.muonio, service: .palkkatuki,
                                                                 date: EffectiveDate(year: 2026, month: 12, day: 31)!), Self.rule)
        #expect(inside.beyondPlanPeriod == nil && inside.status == .explicit)
    }

    @Test func groundsTakeTheWeakerStatusAndNeverRepeatACitation() {
        let grounds = Grounds([Self.cite("1")]).adding([Self.cite("1"), Self.cite("2")], .inferred, notes: [LocalizedText(verbatim: "n")])
        #expect(grounds.basis == [Self.cite("1"), Self.cite("2")] && grounds.status == .inferred)
        #expect(grounds.adding([], .default).status == .default)
        #expect(grounds.adding([], .explicit).status == .inferred)
    }

    static func series(_ values: [(String, ParameterValue)]) -> ParameterSeries {
        ParameterSeries(description: "", values: values.map {
            DatedValue(from: EffectiveDate(iso: $0.0)!, value: $0.1, source: LocalizedText(verbatim: "s"), status: .default)
        })
    }

    struct Choice: Hashable, Sendable {
        var mode: String
        var detail: String?
    }

    // A parameter read only when another one says so is still followed: the reader records the names
    // it reads, so no list of names can go stale.
    @Test func theTimelineFollowsEveryParameterItReadsByItself() throws {
        let data = RegionData(parameters: [
            "mode": Self.series([("2025-01-01", .string("simple")), ("2026-01-01", .string("detailed"))]),
            "detail": Self.series([("2025-01-01", .string("a")), ("2026-06-01", .string("b"))]),
        ])
        let timeline = try SettingsTimeline(data: data, effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!) { reader throws(DecisionError) in
            Choice(mode: try reader.setting("mode", expected: "a string") { $0.string }.value, detail: nil)
        }
        #expect(timeline.changeDays.map(\.description) == ["2025-01-01", "2026-01-01"], "only the parameters read make versions")
        let followed = try SettingsTimeline(data: data, effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!) { reader throws(DecisionError) in
            let mode = try reader.setting("mode", expected: "a string") { $0.string }.value
            return Choice(mode: mode, detail: mode == "detailed" ? try reader.setting("detail", expected: "a string") { $0.string }.value : nil)
        }
        #expect(followed.changeDays.map(\.description) == ["2025-01-01", "2026-01-01", "2026-06-01"])
        #expect(followed.on(EffectiveDate(year: 2026, month: 7, day: 1)!) == Choice(mode: "detailed", detail: "b"))
    }

    @Test func aParameterSpecReadsAndNamesItsShape() {
        let spec = ParameterSpec<Int>(name: "limit", expected: "a whole number") { $0.number.map { NSDecimalNumber(decimal: $0).intValue } }
        let reader = ParameterReader(data: RegionData(parameters: ["limit": Self.series([("2025-01-01", .string("x"))])]), date: Self.day)
        #expect(throws: DecisionError.self) { try reader.read(spec) }
        #expect(reader.namesRead == ["limit"])
    }

    static let statutes = StatutoryLayer([
        StatutoryService(service: .velvoitetyollistaminen, legalBasis: [Citation(document: "Laki 398/2024", section: "12 luvun kumoaminen")],
                         responsibility: .other, inForce: InForce(from: EffectiveDate(year: 2013, month: 1, day: 1)!,
                                                                  until: EffectiveDate(year: 2024, month: 12, day: 31)!)),
        StatutoryService(service: .tyottomienTerveystarkastus, legalBasis: [Citation(document: "Terveydenhuoltolaki 1326/2010", section: "13 §")],
                         responsibility: .wellbeingCounty, inForce: InForce(from: EffectiveDate(year: 2025, month: 1, day: 1)!),
                         funding: StatutoryFunding(principle: .fundedByOtherBody, payer: .authority("hyvinvointialue"),
                                                   bearer: .publicBody(body: "hyvinvointialue", type: .wellbeingCounty),
                                                   basis: [Citation(document: "Terveydenhuoltolaki 1326/2010", section: "13 §")], status: .inferred)),
    ])

    @Test func aRepealedServiceIsRefusedWithItsStatute() {
        #expect(throws: DecisionError.notOffered(service: .velvoitetyollistaminen,
                                                 reason: LocalizedText(fi: "palvelu ei ole lain mukaan voimassa 1.3.2025",
                                                                       en: "the service is not in force by law on 2025-03-01"),
                                                 basis: [Citation(document: "Laki 398/2024", section: "12 luvun kumoaminen")])) {
            try Self.statutes.requireInForce(.velvoitetyollistaminen, on: Self.day)
        }
        #expect(throws: Never.self) { try Self.statutes.requireInForce(.tyottomienTerveystarkastus, on: Self.day) }
    }

    @Test func aStatutoryFundingIsACostPartCitingTheStatute() throws {
        let terms = CostTerms(statutory: try Self.statutes.funding(.tyottomienTerveystarkastus))
        #expect(terms.principle == .fundedByOtherBody && terms.grounds.status == .inferred)
        #expect(terms.grounds.basis.first?.document == "Terveydenhuoltolaki 1326/2010")
        #expect(throws: DecisionError.self) { try Self.statutes.funding(.palkkatuki) }
    }

    @Test func theStatutoryFundingDecodesOnlyBodies() throws {
        let good = #"{"principle": "state_funded", "payer": {"authority": "Kela"}, "bearer": {"kind": "state", "body": "valtio"}, "basis": [], "status": "inferred"}"#
        #expect(try JSONDecoder().decode(StatutoryFunding.self, from: Data(good.utf8)).bearer == .state(body: "valtio"))
        let municipal = #"{"principle": "causer_pays", "payer": {"code": "273", "name": "Kolari"}, "bearer": {"kind": "state", "body": "v"}, "basis": [], "status": "inferred"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(StatutoryFunding.self, from: Data(municipal.utf8)) }
    }

    @Test func localizedTextReadsBothLanguagesFromDataAndOneFromTheWire() throws {
        let data = try JSONDecoder().decode(LocalizedText.self, from: Data(#"{"fi": "kunta", "en": "municipality"}"#.utf8))
        #expect(data.text(in: .fi) == "kunta" && data.text(in: .en) == "municipality")
        let wire = try JSONDecoder().decode(LocalizedText.self, from: Data(#""kunta""#.utf8))
        #expect(wire.fi == "kunta" && wire.en == "kunta")
    }
}
