// RPC/Methods/CostMethods.swift — costs.allocate and costs.benefitShare.

import AlueWire
import Foundation
import PluginAPI

enum CostMethods {
    static let all: [MethodSpec] = [allocate, benefitShare]

    /// The largest amount accepted: above it a figure is a typing mistake, not a municipal budget.
    static let maximumAmount = Decimal(string: "999999999999.99")!

    static let allocate = MethodSpec(
        "costs.allocate",
        summary: "Split an amount between a region's members by its allocation key; shares add up to the cent.",
        params: [
            ParamSpec("region", "string", required: true, "region id"),
            ParamSpec("amount", "string", required: true, "euros as a decimal string with at most two decimals, e.g. \"1000000.00\""),
            ParamSpec("year", "integer", required: true, "the year whose key and statistics apply"),
            ParamSpec("pool", "string", "the region's pool (default: its shared pool) or a reusable key such as state_share"),
        ],
        result: "Allocation (docs/architecture.md §4, §10.2): {region, year, pool, amount, key, shares: [{municipality, fraction, amount, inputs, calculatedCost?}], dataDates, substitutions, dataYear, unitPrices?, basis, status, notes}; missing_statistics when figures are absent"
    ) { context, params throws(RPCError) in
        let region = try context.region(params)
        let amount = try positiveAmount(params, "amount")
        let year = try params.int("year", in: 2000...2100)
        let pool = try params.optionalString("pool")
        return try context.cachedAnswer(.allocation(region: region.declaration.id, amount: amount, year: year, pool: pool)) { () throws(RPCError) in
            try allocation(region: region, amount: amount, year: year, pool: pool, context: context)
        }
    }

    /// The allocation of `amount` by `pool`'s key (a reusable key of config/data/keys, or the region's own).
    static func allocation(region: LoadedRegion, amount: Decimal, year: Int, pool: String?, context: CallContext) throws(RPCError) -> Allocation {
        let key: AllocationKey
        var rule = DataYearRule.newestUpToYear
        if let pool, let definition = context.snapshot.keys.keys[pool] {
            guard let factors = definition.factors(year: year) else {
                throw .invalidParams("key '\(pool)' has no version in force in \(year)")
            }
            key = AllocationKey(region: region.declaration.id, pool: pool, year: year, factors: factors,
                                basis: definition.basis, status: .explicit, notes: [LocalizedText(verbatim: definition.description)])
            rule = definition.dataYear ?? .newestUpToYear
        } else {
            key = try DecisionMethods.ask { () throws(DecisionError) in
                try region.plugin.allocationKey(AllocationKeyQuery(year: year, pool: pool))
            }
        }
        do {
            return try AllocationEngine.allocate(amount: amount, key: key, members: region.declaration.members,
                                                 statistics: context.snapshot.statistics, library: context.snapshot.keys,
                                                 rule: rule, year: year)
        } catch {
            throw RPCError.from(error)
        }
    }

    static let benefitShare = MethodSpec(
        "costs.benefitShare",
        summary: "The municipality's share of an unemployment benefit for a cumulative payment day (from 1.1.2025).",
        params: [
            ParamSpec("benefit", "string", required: true, "tyomarkkinatuki, peruspaivaraha or ansiopaivaraha"),
            ParamSpec("days", "integer", required: true, "the cumulative payment day (1 = first day paid)"),
            ParamSpec("amount", "string", "optional: the benefit paid for the day(s), to compute the municipal amount"),
        ],
        result: "{benefit, day, band, municipalShare, base, amount?, municipalAmount?, basis, status, notes}"
    ) { context, params throws(RPCError) in
        let input = try params.string("benefit")
        let table = context.snapshot.law.benefitShares
        // Matched like municipalities: any case, with or without ä/ö (`Työmarkkinatuki`).
        let name = table.benefits.first { NameKey.of($0.benefit) == NameKey.of(input) }?.benefit ?? input
        let day = try params.int("days", in: 1...100_000)
        let amount = params.value("amount") == nil ? nil : try positiveAmount(params, "amount")
        guard let share = table.share(name, day: day, amount: amount) else {
            let known = table.benefits.map(\.benefit).joined(separator: ", ")
            throw .invalidParams(fi: "tuntematon etuus '\(input)'; tunnetut: \(known)", en: "unknown benefit '\(input)'; expected one of \(known)")
        }
        return try context.encoded(share)
    }

    /// A positive euro amount given as a decimal string with at most two decimals.
    static func positiveAmount(_ params: Params, _ name: String) throws(RPCError) -> Decimal {
        guard let raw = params.value(name) else { throw .invalidParams("missing parameter '\(name)'") }
        guard let text = raw.stringValue else {
            throw .invalidParams("'\(name)' must be a decimal string like \"1000000.00\", not \(raw.typeName) (JSON numbers lose cents)")
        }
        guard let money = Money(parsing: text) else {
            throw .invalidParams("'\(name)' \"\(text)\" is not an amount in euros: digits, an optional '.' and at most two decimals")
        }
        guard money.amount > 0 else { throw .invalidParams("'\(name)' must be positive, not \(text)") }
        guard money.amount <= maximumAmount else {
            throw .invalidParams("'\(name)' \(text) is larger than the accepted maximum \(Money(maximumAmount))")
        }
        return money.amount
    }
}
