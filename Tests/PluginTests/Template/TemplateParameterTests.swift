// TemplateParameterTests.swift — dates and parameters: nothing answers before the plan's first day
// (L6 «1.1.2025 alkaen»), the self-check names a missing or malformed parameter, and a later dated
// value takes over on its own day.

import Foundation
import PluginAPI
import TestSupport
import Testing

@Suite struct TemplateParameterTests {
    static let parameters = ["allocation_key_shared_services", "neuvonta_cost"]

    @Test func theParametersFileHoldsExactlyTheseEachWithASourceAndStatus() throws {
        let data = try TemplateArea.data()
        #expect(Set(data.parameters.keys) == Set(Self.parameters))
        for (name, series) in data.parameters {
            #expect(!series.description.isEmpty, "\(name)")
            #expect(series.values.allSatisfy { !$0.source.fi.isEmpty && !$0.source.en.isEmpty && $0.status == .default },
                    "\(name): the plan is silent on each, so each is a default with its reasoning")
        }
    }

    // L6 «1.1.2025 alkaen»: the day before, every question is out_of_effect.
    @Test func theDayBeforeThePlanIsOutOfEffect() throws {
        let plugin = try TemplateArea.plugin()
        let before = PluginFixture.day("2024-12-31")
        let refusal = DecisionError.outOfEffect(date: before, effectiveFrom: PluginFixture.day("2025-01-01"))
        #expect(throws: refusal) { try TemplateArea.route(plugin, TemplateArea.kolari, .palkkatuki, on: before) }
        #expect(throws: refusal) { try TemplateArea.cost(plugin, TemplateArea.kolari, .palkkatuki, on: before) }
        #expect(throws: refusal) { try TemplateArea.procurement(plugin, .palkkatuki, on: before) }
        #expect(throws: DecisionError.self) { try plugin.allocationKey(AllocationKeyQuery(year: 2024)) }
        #expect(try TemplateArea.route(plugin, TemplateArea.kolari, .palkkatuki, on: PluginFixture.day("2025-01-01"))
            .delivery == .centralized)
    }

    @Test(arguments: parameters)
    func theSelfCheckNamesAMissingParameter(name: String) throws {
        #expect(throws: DecisionError.invalidData(LocalizedText(fi: "parametrilla '\(name)' ei ole arvoa, joka olisi voimassa 1.1.2025",
                                                               en: "parameter '\(name)' has no value in force on 2025-01-01"))) {
            try TemplateArea.plugin { $0[name] = nil }
        }
    }

    @Test(arguments: [
        ("allocation_key_shared_services", ParameterValue.table(["unemployed": .string("0.4"), "population_18_64": .string("0.5")]),
         "add up to 0.9, not exactly 1"),
        ("allocation_key_shared_services", .table(["residents": .string("1")]), "unknown statistic 'residents'"),
        ("allocation_key_shared_services", .table(["unemployed": .number(1)]), "positive decimal string"),
        ("neuvonta_cost", .string("sometimes"), "expected one of \"shared_by_key\", \"causer_pays\""),
    ])
    func theSelfCheckRejectsAMalformedValue(name: String, value: ParameterValue, message: String) throws {
        do {
            _ = try TemplateArea.plugin { $0[name]?.values = [TemplateArea.series(value)] }
            Issue.record("\(name) = \(value) was accepted")
        } catch let error as DecisionError {
            guard case .invalidData(let text) = error else { Issue.record("\(error)"); return }
            #expect(text.contains(name) && text.contains(message), "\(text)")
        }
    }

    // Values are dated: a later entry applies from its own day, and the older answers stay as they were.
    @Test func aLaterValueTakesOverOnItsDay() throws {
        let plugin = try TemplateArea.plugin {
            $0["neuvonta_cost"]?.values.append(TemplateArea.series(.string("causer_pays"), from: "2026-01-01"))
        }
        #expect(try TemplateArea.cost(plugin, TemplateArea.muonio, .neuvonta, on: PluginFixture.day("2025-12-31"))
            .principle == .sharedByKey)
        #expect(try TemplateArea.cost(plugin, TemplateArea.muonio, .neuvonta, on: PluginFixture.day("2026-01-01"))
            .principle == .causerPays)
    }

    // Every version is checked at configuration time, so a bad future value fails now, not next year.
    @Test func aMalformedLaterValueFailsTheSelfCheckToday() throws {
        #expect(throws: DecisionError.self) {
            try TemplateArea.plugin {
                $0["neuvonta_cost"]?.values.append(TemplateArea.series(.string("free"), from: "2027-01-01"))
            }
        }
    }
}
