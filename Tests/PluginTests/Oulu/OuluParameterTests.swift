// OuluParameterTests.swift — the plugin's self-check on its parameters, its dates, and the facts
// it reports for regions.get.

import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct OuluParameterTests {
    static let parameters = [
        "allocation_key_shared_services", "allocation_key_integration_training", "overhead_coefficient",
        "koulutuskokeilu_delivery", "tyoolosuhteiden_jarjestelytuki_cost", "merityonvalitys_recharge", "wellbeing_county_services_cost", "unemployment_security_advice",
        "businessasema_walk_in_for_all_members", "ohjaamo_municipalities", "psychologist_appointment_municipalities",
    ]

    @Test func theParametersFileHasExactlyTheseParametersAllMarkedDefault() throws {
        let data = try Oulu.data()
        #expect(Set(data.parameters.keys) == Set(Self.parameters))
        for (name, series) in data.parameters {
            #expect(series.values.allSatisfy { $0.status == .default && !$0.source.fi.isEmpty && !$0.source.en.isEmpty }, "\(name)")
        }
    }

    /// The self-check names the missing parameter, in Finnish and in English.
    @Test(arguments: parameters)
    func selfCheckNamesAMissingParameter(name: String) throws {
        var data = try Oulu.data()
        data.parameters[name] = nil
        let error = #expect(throws: DecisionError.self) { try Oulu.plugin().configured(with: data) }
        #expect(error?.message(in: .en) == "parameter '\(name)' has no value in force on 2025-01-01")
        #expect(error?.message(in: .fi) == "parametrilla '\(name)' ei ole arvoa, joka olisi voimassa 1.1.2025")
    }

    /// The rules cite the statutory layer's funding of the wellbeing county's services: a layer
    /// without it fails the self-check instead of a query.
    @Test func selfCheckNeedsTheStatutoryFundingOfTheCountysServices() throws {
        var data = try Oulu.data()
        data.statutes = StatutoryLayer(data.statutes.services.values.filter { $0.service != .kuntouttavaTyotoiminta })
        let error = #expect(throws: DecisionError.self) { try Oulu.plugin().configured(with: data) }
        #expect(error?.message(in: .en) == "the statutory layer (config/data/national) has no funding for kuntouttava_tyotoiminta")
    }

    @Test(arguments: [
        ("allocation_key_shared_services", ParameterValue.table(["broad_unemployment": .number(Decimal(string: "0.4")!),
                                                                 "population_18_64": .number(Decimal(string: "0.5")!)]),
         "weights add up to 0.9, not exactly 1"),
        ("allocation_key_shared_services", .table(["residents": .number(1)]), "unknown statistic 'residents'"),
        ("koulutuskokeilu_delivery", .string("sometimes"), "expected one of \"purchased\", \"local\""),
        ("ohjaamo_municipalities", .list([.string("305")]), "expected a list of member codes (072, 139, 244"),
        ("overhead_coefficient", .number(Decimal(string: "0.5")!), "a multiplier of at least 1"),
        ("businessasema_walk_in_for_all_members", .string("no"), "expected true or false"),
        ("wellbeing_county_services_cost", .string("state_funded"), "expected one of \"funded_by_other_body\", \"own_municipality\""),
    ])
    func selfCheckRejectsAMalformedValue(name: String, value: ParameterValue, message: String) throws {
        do {
            _ = try Oulu.plugin(with: name, value)
            Issue.record("\(name) = \(value) was accepted")
        } catch let error as DecisionError {
            guard case .invalidData(let text) = error else { Issue.record("\(error)"); return }
            #expect(text.contains(name) && text.contains(message), "\(text)")
        }
    }

    @Test func weightsWrittenAsShortDecimalsAddUpExactly() throws {
        let plugin = try Oulu.plugin(with: "allocation_key_shared_services",
                                     .table(["broad_unemployment": .number(Decimal(0.3)), "population_18_64": .number(Decimal(0.7))]))
        let key = try plugin.allocationKey(AllocationKeyQuery(year: 2025))
        #expect(key.factors.map(\.weight) == [Decimal(string: "0.3")!, Decimal(string: "0.7")!])
    }

    /// L54 «1.1.2025 alkaen»: nothing is in force the day before.
    @Test func theDayBeforeTheAreaStartedIsOutOfEffect() throws {
        let plugin = try Oulu.plugin()
        let before = PluginFixture.day("2024-12-31")
        let refusal = DecisionError.outOfEffect(date: before, effectiveFrom: PluginFixture.day("2025-01-01"))
        #expect(throws: refusal) { try Oulu.route(plugin, "Kempele", .palkkatuki, date: before) }
        #expect(throws: refusal) { try Oulu.cost(plugin, "Kempele", .palkkatuki, date: before) }
        #expect(throws: refusal) { try Oulu.procurement(plugin, .palkkatuki, date: before) }
        #expect(try Oulu.route(plugin, "Kempele", .palkkatuki, date: PluginFixture.day("2025-01-01")).delivery == .centralized)
    }

    /// The declaration: eleven members as in §1 (L56–66), Oulu responsible (L68), in force from 1.1.2025 (L54).
    @Test func declarationMatchesThePlan() throws {
        let declaration = try Oulu.plugin().declaration
        #expect(declaration.id == "oulu")
        #expect(declaration.members == Oulu.members)
        #expect(declaration.responsibleMunicipality == Oulu.oulu)
        #expect(declaration.effectiveFrom == PluginFixture.day("2025-01-01"))
        #expect(declaration.planPeriod == nil, "L54 gives only the start; the plan names no period, end or review date")
        #expect(declaration.basis.compactMap(Oulu.problem).isEmpty)
        let directory = try PluginFixture.directory()
        for member in declaration.members { #expect(directory.record(member.code)?.nameFi == member.name) }
        #expect(directory.record("305").flatMap { record in declaration.members.first { $0.code == record.code } } == nil,
                "Kuusamo is not listed (L7-17)")
    }

    /// L592 «noin 47 henkilötyövuotta», L594 «noin 24 henkilötyövuotta», L21 the plan's date.
    @Test func factsAreThePlansFiguresEachCited() throws {
        let facts = try Oulu.plugin().facts(on: Oulu.day)
        let byName = Dictionary(uniqueKeysWithValues: facts.map { ($0.name, $0) })
        #expect(byName["staff_central_statutory_services_fte"]?.value == .number(47))
        #expect(byName["staff_support_services_fte"]?.value == .number(24))
        #expect(byName["plan_date"]?.value == .string("2023-09-11"))
        #expect(byName["member_count"]?.value == .number(11))
        #expect(byName["overhead_coefficient"]?.value == .string("unset"))
        #expect(byName["overhead_coefficient"]?.status == .default)
        #expect(byName["allocation_key_shared_services"]?.status == .default)
        for fact in facts {
            #expect(!fact.basis.isEmpty, "\(fact.name)")
            #expect(fact.basis.compactMap(Oulu.problem).isEmpty, "\(fact.name): \(fact.basis.compactMap(Oulu.problem))")
        }
    }
}
