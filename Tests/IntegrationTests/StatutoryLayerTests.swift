// StatutoryLayerTests.swift — national law in one place (protocol 2), through the real alued: a
// service not in force is refused the same way in every region before any plugin is asked, the
// catalog lists each service's statute, responsibility and dates, national conditions ride on the
// answers, the benefit shares quote the band applied, and `lang` chooses the language.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite(.serialized) final class StatutoryLayerTests {
    let daemon: DaemonProcess
    let connection: RPCConnection

    init() throws {
        daemon = try DaemonProcess()
        connection = try daemon.connect()
    }

    /// One member of each region.
    static let members = ["Asikkala", "Hämeenlinna", "Kempele"]

    // Laki 398/2024 repealed chapter 12 of Act 380/2023 (the municipal employment obligation) before
    // it entered into force: from 1.1.2025 no region offers it, for the same reason and statute.
    @Test(arguments: members)
    func theEmploymentObligationIsNotInForceInAnyRegion(member: String) throws {
        for method in ["route", "costs.responsibility"] {
            let error = try connection.error(method, json: #"{"municipality": "\#(member)", "service": "velvoitetyollistaminen", "date": "2025-03-01"}"#)
            #expect(error.errorCode == -32004 && error.errorKind == "not_offered")
            #expect(error["data"]?["reason"] == .string("not_in_force"))
            let statutes = error["data"]?["basis"]?.arrayValue?.compactMap { $0["document"]?.stringValue } ?? []
            #expect(statutes.contains { $0.contains("398/2024") } && statutes.contains { $0.contains("380/2023") })
            #expect(error["data"]?["inForce"]?["until"] == .string("2024-12-31"))
        }
    }

    @Test func procurementOfARepealedServiceIsRefusedToo() throws {
        let error = try connection.error("procurement.get", json: #"{"region": "oulu", "service": "velvoitetyollistaminen", "date": "2026-12-01"}"#)
        #expect(error["data"]?["reason"] == .string("not_in_force"))
    }

    // Before a region's first day the answer stays out_of_effect, whatever national law says.
    @Test func aDayBeforeTheAreasIsOutOfEffectNotNotInForce() throws {
        let error = try connection.error("route", json: #"{"municipality": "Kempele", "service": "velvoitetyollistaminen", "date": "2024-06-01"}"#)
        #expect(error.errorKind == "out_of_effect")
    }

    @Test func theCatalogListsEachServicesStatuteResponsibilityAndDates() throws {
        let services = try connection.call("services.list").arrayValue ?? []
        #expect(services.count == 35)
        for service in services {
            #expect((service["legalBasis"]?.arrayValue ?? []).isEmpty == false, "\(service["id"]?.jsonText ?? "")")
            #expect(["employment_authority", "state", "wellbeing_county", "kela", "other"].contains(service["responsibility"]?.stringValue ?? ""))
            #expect(service["inForce"]?["from"]?.stringValue != nil)
        }
        let health = try #require(services.first { $0["id"] == .string("tyottomien_terveystarkastus") })
        #expect(health["responsibility"] == .string("wellbeing_county"))
        let obligation = try #require(services.first { $0["id"] == .string("velvoitetyollistaminen") })
        #expect(obligation["inForce"]?["until"] == .string("2024-12-31"))
    }

    // HE 120/2024: from 1.1.2025 pay subsidy is granted to a municipality as employer only for persons
    // with reduced work ability or long-term unemployed aged 60+ — a national condition on every
    // region's pay-subsidy answers, with its source.
    @Test(arguments: members)
    func paySubsidyAnswersCarryTheMunicipalEmployerCondition(member: String) throws {
        let route = try connection.call("route", json: #"{"municipality": "\#(member)", "service": "palkkatuki", "date": "2025-03-01"}"#)
        let condition = try #require(route["conditions"]?.arrayValue?.first)
        #expect(condition["text"]?.stringValue?.contains("60 vuotta täyttäneen") == true)
        #expect(condition["basis"]?.arrayValue?.first?["document"]?.stringValue?.contains("HE 120/2024") == true)
        let english = try connection.call("route", json: #"{"municipality": "\#(member)", "service": "palkkatuki", "date": "2025-03-01", "lang": "en"}"#)
        #expect(english["conditions"]?.arrayValue?.first?["text"]?.stringValue?.contains("aged 60 or over") == true)
        let other = try connection.call("route", json: #"{"municipality": "\#(member)", "service": "tyollistymissuunnitelma", "date": "2025-03-01"}"#)
        #expect(other["conditions"] == nil, "no condition where the law sets none")
    }

    // 1290/2002 14:3 a § 2 mom: day 150 falls in the band «10 prosenttia siihen saakka, kunnes …
    // 200 päivältä» — the answer quotes that band, not the 50 % band.
    @Test func theBenefitShareQuotesTheBandApplied() throws {
        let day150 = try connection.call("costs.benefitShare", json: #"{"benefit": "tyomarkkinatuki", "days": 150, "amount": "40.00"}"#)
        #expect(day150["municipalShare"] == .string("0.1") && day150["municipalAmount"] == .string("4.00"))
        let quote = day150["basis"]?.arrayValue?.first?["quote"]?.stringValue ?? ""
        #expect(quote.hasPrefix("10 prosenttia") && !quote.contains("50 prosenttia"))
        let day800 = try connection.call("costs.benefitShare", json: #"{"benefit": "tyomarkkinatuki", "days": 800}"#)
        #expect(day800["basis"]?.arrayValue?.first?["quote"] == .string("50 prosenttia"))
        let capped = try connection.call("costs.benefitShare", json: #"{"benefit": "peruspaivaraha", "days": 800}"#)
        #expect(capped["municipalShare"] == .string("0.4"))
    }

    @Test func messagesAndNotesComeInTheAskedLanguage() throws {
        let finnish = try connection.error("route", json: #"{"municipality": "Kempele", "service": "velvoitetyollistaminen", "date": "2025-03-01"}"#)
        #expect(finnish["message"]?.stringValue?.contains("ei ole lain mukaan voimassa") == true)
        let english = try connection.error("route", json: #"{"municipality": "Kempele", "service": "velvoitetyollistaminen", "date": "2025-03-01", "lang": "en"}"#)
        #expect(english["message"]?.stringValue?.contains("is not in force by law") == true)
        // A plugin's own refusal gives its reason in the asked language too.
        let refusalFi = try connection.error("route", json: #"{"municipality": "Asikkala", "service": "merityonvalitys", "date": "2025-03-01"}"#)
        let refusalEn = try connection.error("route", json: #"{"municipality": "Asikkala", "service": "merityonvalitys", "date": "2025-03-01", "lang": "en"}"#)
        #expect(refusalFi.errorKind == "not_offered" && refusalEn.errorKind == "not_offered")
        #expect(refusalFi["data"]?["reason"] != refusalEn["data"]?["reason"], "reason follows lang")
        let bad = try connection.error("route", json: #"{"municipality": "Kempele", "service": "palkkatuki", "lang": "sv"}"#)
        #expect(bad.errorKind == "invalid_params")
        #expect(try connection.call("system.status")["protocolVersion"] == .number("2"))
    }
}
