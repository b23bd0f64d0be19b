// LanguageTests.swift — how aluectl picks its language (`--lang` anywhere on the line, else
// $ALUE_LANG, else Finnish; anything else is a usage error said in the language asked for), that
// every call asks the daemon for it, and that every pinned wire value has its words in both.

import AlueWire
@testable import CtlKit
import PluginAPI
import Testing

@Suite struct LanguageTests {
    @Test(arguments: [
        ([], [:], Language.fi),
        ([], ["ALUE_LANG": "en"], .en),
        ([], ["ALUE_LANG": "EN "], .en),
        ([], ["ALUE_LANG": ""], .fi),
        (["--lang", "en"], [:], .en),
        (["--lang=en", "status"], [:], .en),
        (["route", "Hollola", "palkkatuki", "--lang", "en"], [:], .en),
        (["--lang", "fi"], ["ALUE_LANG": "en"], .fi),
        (["--lang", "en"], ["ALUE_LANG": "sv"], .en),
    ])
    func theLanguageIsLangElseTheEnvironmentElseFinnish(arguments: [String], environment: [String: String], language: Language) {
        let options = GlobalOptions(arguments, environment: environment)
        #expect(options.language == language)
        #expect(options.problem == nil)
        #expect(!options.rest.contains("--lang"))
    }

    @Test func anotherLanguageIsAUsageErrorSaidInTheLanguageAskedFor() throws {
        let unknown = GlobalOptions(["--lang", "sv", "status"], environment: [:])
        #expect(unknown.problem?.message == LocalizedText("--lang voi olla fi tai en, ei 'sv'", "--lang must be fi or en, not 'sv'"))
        let environment = GlobalOptions(["status"], environment: ["ALUE_LANG": "sv"])
        #expect(environment.problem?.message.en == "ALUE_LANG must be fi or en, not 'sv'")
        #expect(GlobalOptions(["status", "--lang"], environment: [:]).problem?.message.en == "--lang needs a value (fi|en)")
        // A mistake before --lang is still said in the language --lang asks for.
        let early = GlobalOptions(["--timeout", "x", "status", "--lang", "en"], environment: [:])
        #expect(early.language == .en)
        #expect(early.problem?.message == Messages.timeoutSeconds)
    }

    @Test func everyCallAsksForTheLanguageUnlessItsParamsNameOne() {
        #expect(RPCClient.params(nil, in: .en) == .object([("lang", .string("en"))]))
        #expect(RPCClient.params(.object([("municipality", .string("Hollola"))]), in: .fi)
                == .object([("municipality", .string("Hollola")), ("lang", .string("fi"))]))
        let named = JSONValue.object([("lang", .string("en"))])
        #expect(RPCClient.params(named, in: .fi) == named)
        #expect(RPCClient.params(.array([.string("x")]), in: .fi) == .array([.string("x")]))
        #expect(RPCClient.params(nil, in: nil) == nil, "the bench's clients measure the bare protocol")
    }

    /// Every pinned enum value has a Finnish and an English word, so no table shows a bare wire value.
    @Test func everyPinnedValueHasItsWordsInBothLanguages() {
        let tables: [(String, Terms.Table, [String])] = [
            ("delivery", Terms.delivery, Delivery.allCases.map(\.rawValue)),
            ("principle", Terms.principle, CostPrinciple.allCases.map(\.rawValue)),
            ("model", Terms.model, ProcurementModel.allCases.map(\.rawValue)),
            ("channel", Terms.channel, Channel.allCases.map(\.rawValue)),
            ("status", Terms.status, DecisionStatus.allCases.map(\.rawValue)),
            ("responsibility", Terms.responsibility, Responsibility.allCases.map(\.rawValue)),
            ("publicBody", Terms.publicBody, PublicBodyType.allCases.map(\.rawValue)),
            ("bearer", Terms.bearer, ["municipality", "members_by_key", "state", "public_body", "case_by_case"]),
        ]
        for (name, table, values) in tables {
            #expect(Set(table.keys) == Set(values), "\(name)")
            for (value, words) in table { #expect(!words.fi.isEmpty && !words.en.isEmpty, "\(name).\(value)") }
        }
    }

    @Test func termsShowTheWordAndTheWireValue() {
        #expect(Terms.term(Terms.delivery, "local", .fi) == "paikallinen (local)")
        #expect(Terms.term(Terms.delivery, "local", .en) == "local")
        #expect(Terms.term(Terms.delivery, "other_authority", .en) == "another employment authority (other_authority)")
        #expect(Terms.term(Terms.principle, "causer_pays", .en) == "causer pays")
        #expect(Terms.term(Terms.delivery, "teleport", .fi) == "teleport", "an unknown value as it is")
        #expect(Terms.serviceName("palkkatuki", .fi) == "Palkkatuki (päätös ja maksatus)")
        #expect(Terms.serviceName("palkkatuki", .en) == "Pay subsidy (decision and payment)")
    }
}
