// DecisionRendererTests.swift — protocol 2 answers rendered from canned JSON in Finnish and in
// English: the routing part and the cost part each with its own status, notes and citations, payer
// and bearer, national conditions with their statutes, the warning past the plan period, a
// not_in_force refusal with its statutes, and everything within the terminal's width.

import AlueWire
@testable import CtlKit
import PluginAPI
import Testing

@Suite struct DecisionRendererTests {
    static let width = 100

    /// A Päijät-Häme route past a plan period of 2025–2026: an explicit routing part, a default cost
    /// borne by the members by the key, a national condition.
    static let route = try! JSONParser.parse(#"""
        {"region": "paijat-hame", "municipality": {"code": "098", "name": "Hollola"}, "service": "palkkatuki",
         "date": "2027-03-01", "status": "inferred", "decisionId": "t-1",
         "basis": [{"document": "001_ee65168c221e2ff3.txt", "section": "4.1 Palvelut", "lines": "356", "quote": "Palkkatuki keskitetään"}],
         "notes": ["Routing note."],
         "authority": {"id": "paijat-hame", "name": "Päijät-Hämeen työllisyysalue", "responsibleMunicipality": {"code": "098", "name": "Hollola"}},
         "delivery": "centralized", "provider": {"name": "Hollolan kunta", "municipality": {"code": "098", "name": "Hollola"}},
         "caseOwner": "henkilöasiakasasiantuntija", "locations": [], "channels": ["in_person", "phone"],
         "cost": {"principle": "shared_by_key", "payer": {"code": "098", "name": "Hollola"},
                  "bearer": {"kind": "members_by_key", "region": "paijat-hame", "pool": "shared_services",
                             "key": {"factors": [{"name": "broad_unemployment", "weight": "0.34", "source": "parameter"},
                                                 {"name": "population_18_64", "weight": "0.66", "source": "parameter"}]}},
                  "status": "default", "notes": ["Cost note."],
                  "basis": [{"document": "001_ee65168c221e2ff3.txt", "section": "3.1 Taloudelliset voimavarat", "lines": "629-630",
                             "quote": "kuntien 1) laajan työttömyyden määrää"}]},
         "conditions": [{"from": "2025-01-01", "text": "Condition text.",
                         "basis": [{"document": "HE 120/2024 vp", "section": "Esityksen pääasiallinen sisältö", "quote": "palkkatukea kunnalle"}]}],
         "beyondPlanPeriod": {"from": "2025-01-01", "until": "2026-12-31",
                              "basis": [{"document": "001_ee65168c221e2ff3.txt", "section": "1 Johdanto", "lines": "12",
                                         "quote": "vuosille 2025–2026"}]}}
        """#)

    func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func aRouteShowsTheRoutingPartThenTheCostPartWithItsOwnGrounds() throws {
        let text = DecisionRenderer.routing(Self.route, .fi, width: Self.width)
        let all = lines(text)
        // The warning comes first, with the plan's own words for its period.
        #expect(all[0].hasPrefix("VAROITUS: Päivä 1.3.2027 on suunnitelmakauden 1.1.2025–31.12.2026 jälkeen."))
        #expect(text.contains("Suunnitelmakausi: 001_ee65168c221e2ff3.txt · 1 Johdanto · rivi 12 «vuosille 2025–2026»"))
        // The routing part: its status, its note, its citation — before the cost block.
        let costHeading = try #require(all.firstIndex(of: "Kustannus:"))
        let routing = all[..<costHeading].joined(separator: "\n"), cost = all[costHeading...].joined(separator: "\n")
        #expect(routing.contains("Varmuus:              päätelty (inferred)"))
        #expect(routing.contains("  - Routing note.") && !routing.contains("Cost note."))
        #expect(routing.contains("  [1] 001_ee65168c221e2ff3.txt · 4.1 Palvelut · rivi 356\n      «Palkkatuki keskitetään»"))
        #expect(routing.contains("Kanavat:              käynti (in_person), puhelin (phone)"))
        // The cost part: principle, payer, bearer, key, its own status, note and citation.
        #expect(cost.contains("  Periaate:           yhteinen, jakoavaimella (shared_by_key)"))
        #expect(cost.contains("  Maksaja:            Hollola 098"))
        #expect(cost.contains("  Lopullinen maksaja: jäsenkunnat jakoavaimella (paijat-hame / shared_services)"))
        #expect(cost.contains("  Jakoavain:          broad_unemployment 34\u{00A0}%, population_18_64 66\u{00A0}%"))
        #expect(cost.contains("  Varmuus:            oletus (muutettavissa) (default)"))
        #expect(cost.contains("  Huomiot:\n    - Cost note."))
        #expect(cost.contains("  Lähteet:\n    [1] 001_ee65168c221e2ff3.txt · 3.1 Taloudelliset voimavarat · rivit 629–630\n"
                              + "        «kuntien 1) laajan työttömyyden määrää»"))
        // The national conditions with their statute, then the decision's id.
        #expect(cost.contains("Valtakunnalliset ehdot:\n  - 1.1.2025 alkaen: Condition text.\n"
                              + "    [1] HE 120/2024 vp · Esityksen pääasiallinen sisältö\n        «palkkatukea kunnalle»"))
        #expect(all.last == "Päätöksen tunnus: t-1")
    }

    @Test func inEnglishEveryLabelAndTermIsEnglishAndTheQuotesStayVerbatim() {
        let text = DecisionRenderer.routing(Self.route, .en, width: Self.width)
        #expect(text.hasPrefix("WARNING: 2027-03-01 is after the plan period 2025-01-01–2026-12-31."))
        for line in ["Municipality:         Hollola 098", "Service:              Pay subsidy (decision and payment) (palkkatuki)",
                     "Delivery:             centralized", "Channels:             in person, phone", "Status:               inferred",
                     "Cost:", "  Principle:      shared, by allocation key (shared_by_key)",
                     "  Borne by:       the members by the key (paijat-hame / shared_services)",
                     "  Allocation key: broad_unemployment 34%, population_18_64 66%", "  Status:         default (configurable) (default)",
                     "National conditions:", "  - from 2025-01-01: Condition text.", "Decision id: t-1"] {
            #expect(text.contains(line + "\n") || text.hasSuffix(line), "\(line)")
        }
        #expect(text.contains("· 4.1 Palvelut · line 356\n      «Palkkatuki keskitetään»"))
        #expect(text.contains("· lines 629–630"))
        for finnish in ["Kunta:", "Varmuus", "Lähteet", "Huomiot", "Kustannus", "rivi", "päätelty", "jakoavaimella", "alkaen"] {
            #expect(!text.contains(finnish), "\(finnish)")
        }
    }

    @Test(arguments: Language.allCases)
    func everyLineFitsTheWidth(language: Language) {
        var long = Self.route
        if case .object(var members) = long {
            members = members.map { $0.key == "notes" ? ("notes", .array([.string(String(repeating: "pitkä huomio ", count: 40))])) : $0 }
            long = .object(members)
        }
        for text in [DecisionRenderer.routing(long, language, width: 80), DecisionRenderer.cost(long, language, width: 80)] {
            let widest = lines(text).map(\.count).max() ?? 0
            #expect(widest <= 80, "\(text)")
        }
    }

    @Test(arguments: [
        (#"{"kind": "municipality", "municipality": {"code": "244", "name": "Kempele"}}"#, "Kempele 244", "Kempele 244"),
        (#"{"kind": "members_by_key", "region": "oulu", "pool": "integration_training", "key": {"factors": []}}"#,
         "jäsenkunnat jakoavaimella (oulu / integration_training)", "the members by the key (oulu / integration_training)"),
        (#"{"kind": "state", "body": "KEHA-keskus"}"#, "valtio: KEHA-keskus", "state: KEHA-keskus"),
        (#"{"kind": "public_body", "body": "Kanta-Hämeen hyvinvointialue", "type": "wellbeing_county"}"#,
         "hyvinvointialue: Kanta-Hämeen hyvinvointialue", "wellbeing county: Kanta-Hämeen hyvinvointialue"),
        (#"{"kind": "case_by_case", "parties": ["Hämeenlinna", "Turun työllisyysalue"]}"#,
         "tapauskohtaisesti, osapuolet: Hämeenlinna, Turun työllisyysalue", "case by case, between Hämeenlinna, Turun työllisyysalue"),
    ])
    func everyKindOfBearer(json: String, finnish: String, english: String) throws {
        let bearer = try JSONParser.parse(json)
        #expect(DecisionRenderer.bearer(bearer, .fi) == finnish)
        #expect(DecisionRenderer.bearer(bearer, .en) == english)
    }

    @Test func aCostAnswerShowsPayerBearerKeyAndBilling() throws {
        let decision = try JSONParser.parse(#"""
            {"region": "tyohame", "municipality": {"code": "834", "name": "Tammela"}, "service": "kuntouttava_tyotoiminta",
             "date": "2025-03-01", "status": "inferred", "notes": [], "decisionId": "c-1",
             "basis": [{"document": "003_534daa39d3e418e0.txt", "section": "5 Palvelut", "lines": "481"}],
             "principle": "funded_by_other_body", "payer": {"authority": "Kanta-Hämeen hyvinvointialue"},
             "bearer": {"kind": "public_body", "body": "Kanta-Hämeen hyvinvointialue", "type": "wellbeing_county"},
             "billing": {"invoicer": "Hämeenlinna", "period": "monthly", "deadline": "15.1."}}
            """#)
        let finnish = DecisionRenderer.cost(decision, .fi, width: Self.width)
        #expect(finnish.contains("Periaate:           toinen julkinen toimija rahoittaa (funded_by_other_body)"))
        #expect(finnish.contains("Maksaja:            Kanta-Hämeen hyvinvointialue"))
        #expect(finnish.contains("Lopullinen maksaja: hyvinvointialue: Kanta-Hämeen hyvinvointialue"))
        #expect(finnish.contains("Laskutus:           Hämeenlinna, kuukausittain (monthly), viimeistään 15.1."))
        #expect(!finnish.contains("VAROITUS"), "within the plan period: no warning")
        let english = DecisionRenderer.cost(decision, .en, width: Self.width)
        #expect(english.contains("Principle:    funded by another public body (funded_by_other_body)"))
        #expect(english.contains("Borne by:     wellbeing county: Kanta-Hämeen hyvinvointialue"))
        #expect(english.contains("Billing:      Hämeenlinna, monthly, by 15.1."))
        #expect(english.contains("  [1] 003_534daa39d3e418e0.txt · 5 Palvelut · line 481"))
    }

    static let notInForce = try! JSONParser.parse(#"""
        {"code": -32004, "message": "daemon's message", "data": {"kind": "not_offered", "service": "velvoitetyollistaminen",
         "reason": "not_in_force", "inForce": {"from": "2013-01-01", "until": "2024-12-31"},
         "basis": [{"document": "Laki julkisesta työvoima- ja yrityspalvelusta 916/2012", "section": "11 luku"},
                   {"document": "Laki 398/2024", "section": "12 luvun kumoaminen", "quote": "kumotaan"}]}}
        """#)

    @Test func aRefusalNotInForceNamesItsDaysAndStatutes() {
        let error = DaemonReportedError(error: Self.notInForce)
        #expect(DecisionRenderer.refusal(error, .fi, width: Self.width) == """
            Virhe: daemon's message [not_offered]
              Lain mukaan voimassa: 1.1.2013–31.12.2024
              Lakiperuste:
                [1] Laki julkisesta työvoima- ja yrityspalvelusta 916/2012 · 11 luku
                [2] Laki 398/2024 · 12 luvun kumoaminen
                    «kumotaan»
            """)
        #expect(DecisionRenderer.refusal(error, .en, width: Self.width) == """
            Error: daemon's message [not_offered]
              In force by law: 2013-01-01–2024-12-31
              Legal basis:
                [1] Laki julkisesta työvoima- ja yrityspalvelusta 916/2012 · 11 luku
                [2] Laki 398/2024 · 12 luvun kumoaminen
                    «kumotaan»
            """)
    }

    @Test func otherErrorsKeepTheirHintAndNothingMore() throws {
        let error = DaemonReportedError(error: try JSONParser.parse(#"{"code": -32002, "message": "m", "data": {"kind": "unknown_service"}}"#))
        #expect(DecisionRenderer.refusal(error, .fi, width: Self.width) == "Virhe: m [unknown_service]\n  Palvelut ja niiden tunnukset: aluectl services")
        #expect(DecisionRenderer.refusal(error, .en, width: Self.width) == "Error: m [unknown_service]\n  Services and their ids: aluectl services")
    }

    @Test func servicesListResponsibilityDaysInForceAndTheLayersRemarks() throws {
        let services = try JSONParser.parse(#"""
            [{"id": "palkkatuki", "nameFi": "Palkkatuki (päätös ja maksatus)", "nameEn": "Pay subsidy (decision and payment)",
              "category": "subsidies_and_compensation", "responsibility": "employment_authority", "inForce": {"from": "2025-01-01"},
              "legalBasis": [{"document": "Laki 380/2023", "section": "9 luku"}], "verified": true},
             {"id": "velvoitetyollistaminen", "nameFi": "Velvoitetyöllistäminen", "nameEn": "Municipal employment obligation",
              "category": "jobseeker_services", "responsibility": "other", "inForce": {"from": "2013-01-01", "until": "2024-12-31"},
              "legalBasis": [], "verified": false, "note": "Kumottu lailla 398/2024."}]
            """#)
        #expect(ServicesCommand.render(services, .fi, width: Self.width) == """
            Tunnus                  Vastuu                Voimassa             Palvelu
            ----------------------  --------------------  -------------------  -------------------------------
            palkkatuki              työvoimaviranomainen  1.1.2025 alkaen      Palkkatuki (päätös ja maksatus)
            velvoitetyollistaminen  muu                   1.1.2013–31.12.2024  Velvoitetyöllistäminen [1]

            Huomautukset:
              [1] velvoitetyollistaminen: (lakiperuste tarkistamatta) Kumottu lailla 398/2024.
            """)
        let english = ServicesCommand.render(services, .en, width: 80)
        #expect(english.contains("palkkatuki              employment authority  from 2025-01-01        Pay subsidy\n"
                                  + "                                                                     (decision and\n"))
        #expect(english.hasSuffix("Remarks:\n  [1] velvoitetyollistaminen: (legal basis not verified) Kumottu lailla\n      398/2024."))
        #expect(lines(english).allSatisfy { $0.count <= 89 }, "the service column narrows to 20 characters, no further")
    }
}
