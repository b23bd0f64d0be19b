// PaijatHameDaemonTests.swift — the Päijät-Häme plugin behind the real alued on a temporary socket:
// the issue's integration questions asked over JSON-RPC exactly as aluectl asks them.

import PluginAPI
import Testing
import TestSupport

@Suite(.serialized) struct PaijatHameDaemonTests {
    // 001_ee65168c221e2ff3.txt:502 «Asikkala, Rusthollintie 2, 17200 Vääksy»
    @Test("PaijatHame daemon: route Asikkala tyollistymissuunnitelma shows Vääksy and its citation")
    func asikkalaRoute() throws {
        let daemon = try DaemonProcess()
        let result = try daemon.connect().call("route", json: #"{"municipality": "Asikkala", "service": "tyollistymissuunnitelma", "date": "2025-03-01"}"#)
        #expect(result["region"]?.stringValue == "paijat-hame")
        #expect(result["locations"]?.arrayValue?.first?["city"]?.stringValue == "Vääksy")
        #expect(result["basis"]?.arrayValue?.contains { $0["lines"]?.stringValue == "502" && $0["document"]?.stringValue == "001_ee65168c221e2ff3.txt" } == true)
        #expect(result["decisionId"]?.stringValue?.isEmpty == false)
    }

    // 000_11bdabc63440b9e6.txt:15 — the joint employer phone answered by Lahti, transferred to the area.
    @Test("PaijatHame daemon: route Orimattila tyonantajapuhelin, and a Lahti-located employer")
    func employerPhone() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        let member = try connection.call("route", json: #"{"municipality": "Orimattila", "service": "tyonantajapuhelin", "date": "2025-03-01"}"#)
        #expect(member["provider"]?["name"]?.stringValue == "Lahden kaupunki (Lahden työllisyyspalvelut)")
        #expect(member["authority"]?["id"]?.stringValue == "paijat-hame")
        #expect(member["cost"]?["principle"]?.stringValue == "billed_by_other_authority")
        let lahti = try connection.call("route", json: #"{"municipality": "Orimattila", "service": "tyonantajapuhelin", "date": "2025-03-01", "employer": {"locationMunicipality": "Lahti"}}"#)
        #expect(lahti["delivery"]?.stringValue == "other_authority" && lahti["authority"]?["id"]?.stringValue == "lahti")
    }

    // 001_ee65168c221e2ff3.txt:268 «… esimerkiksi palkkatuki ja starttiraha.»
    @Test("PaijatHame daemon: cost Heinola palkkatuki is paid by Heinola")
    func heinolaPaySubsidyCost() throws {
        let daemon = try DaemonProcess()
        let result = try daemon.connect().call("costs.responsibility", json: #"{"municipality": "Heinola", "service": "palkkatuki", "date": "2025-03-01"}"#)
        #expect(result["principle"]?.stringValue == "causer_pays")
        #expect(result["payer"]?["name"]?.stringValue == "Heinola" && result["payer"]?["code"]?.stringValue == "111")
    }

    // 000_11bdabc63440b9e6.txt:73 «Elintarvike	Logistiikka» — Logistiikka is a technical field, administered by Lahti.
    @Test("PaijatHame daemon: route Hollola vos_koulutus with field Logistiikka is selected by Lahti")
    func logisticsTraining() throws {
        let daemon = try DaemonProcess()
        let result = try daemon.connect().call("route", json: #"{"municipality": "Hollola", "service": "vos_koulutus", "date": "2025-03-01", "training": {"field": "Logistiikka"}}"#)
        #expect(result["delivery"]?.stringValue == "other_authority")
        #expect(result["provider"]?["name"]?.stringValue?.hasPrefix("Lahden kaupunki") == true)
        #expect(result["basis"]?.arrayValue?.contains { $0["lines"]?.stringValue == "73" } == true)
    }

    // 001_ee65168c221e2ff3.txt:49 «Lahden kaupunki toimisi järjestämisvastuullisena omalta osaltaan»
    @Test("PaijatHame daemon: Lahti is still no_region, naming the City of Lahti")
    func lahtiNoRegion() throws {
        let daemon = try DaemonProcess()
        let error = try daemon.connect().error("route", json: #"{"municipality": "Lahti", "service": "palkkatuki", "date": "2025-03-01"}"#)
        #expect(error.errorKind == "no_region")
        #expect(error["data"]?["authority"]?.stringValue?.contains("Lahden kaupunki") == true)
    }

    // 001_ee65168c221e2ff3.txt:114 — one seat per started 10 000 residents, via regions.get.
    @Test("PaijatHame daemon: regions.get lists the board seats")
    func regionFacts() throws {
        let daemon = try DaemonProcess()
        let result = try daemon.connect().call("regions.get", json: #"{"region": "paijat-hame", "date": "2025-03-01"}"#)
        let facts = try #require(result["facts"]?.arrayValue)
        let seats = try #require(facts.first { $0["name"]?.stringValue == "board_seats" })
        #expect(seats["value"]?["Hollola"]?.intValue == 3)
        #expect(result["responsibleMunicipality"]?["name"]?.stringValue == "Hollola")
    }
}
