// Costs/UnitPrices.swift — the statutory unit prices (perushinnat) of the state share for
// employment services, as dated national data (config/data/national/unit-prices.json): what one
// resident aged 18–64 and one unemployed person (in services included) count for in a
// municipality's calculated costs.

import Foundation
import PluginAPI

public struct UnitPrice: Sendable, Equatable, Decodable, Encodable {
    public var statistic: String
    /// Euros per person, as a decimal string in the file.
    public var price: Decimal
    /// The criterion's name in the statute.
    public var criterion: String

    private enum CodingKeys: String, CodingKey { case statistic, price, criterion }

    public init(statistic: String, price: Decimal, criterion: String) {
        self.statistic = statistic
        self.price = price
        self.criterion = criterion
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        statistic = try container.decode(String.self, forKey: .statistic)
        criterion = try container.decode(String.self, forKey: .criterion)
        let text = try container.decode(String.self, forKey: .price)
        guard let money = Money(parsing: text) else {
            throw DecodingError.dataCorruptedError(forKey: .price, in: container, debugDescription: "'\(text)' is not a price in euros")
        }
        price = money.amount
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(statistic, forKey: .statistic)
        try container.encode(Money(price), forKey: .price)
        try container.encode(criterion, forKey: .criterion)
    }
}

/// The prices in force from a date, with their statute.
public struct UnitPriceVersion: Sendable, Equatable, Decodable {
    public var from: EffectiveDate
    public var prices: [UnitPrice]
    public var basis: [Citation]

    public init(from: EffectiveDate, prices: [UnitPrice], basis: [Citation]) {
        self.from = from
        self.prices = prices
        self.basis = basis
    }
}

public struct UnitPriceTable: Sendable, Equatable {
    public var versions: [UnitPriceVersion]

    public init(versions: [UnitPriceVersion] = []) {
        self.versions = versions.sorted { $0.from < $1.from }
    }

    /// The prices in force on 1 January of `year` (the state share of a year uses that year's prices).
    public func prices(year: Int) -> UnitPriceVersion? {
        let start = EffectiveDate(year: year, month: 1, day: 1)!
        return versions.last { $0.from <= start }
    }

    static func load(dataDir: String) throws -> UnitPriceTable {
        struct File: Decodable { var values: [UnitPriceVersion] }
        let file: File? = try decodeIfPresent("\(dataDir)/national/unit-prices.json")
        return UnitPriceTable(versions: file?.values ?? [])
    }
}
