// RegionData.swift — the dated data (parameters and statistics) the daemon hands to a plugin.

import Foundation

/// A parameter value as it appears in the JSON data files.
public enum ParameterValue: Hashable, Sendable, Codable {
    case number(Decimal)
    case string(String)
    case bool(Bool)
    case list([ParameterValue])
    case table([String: ParameterValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode(Decimal.self) {
            self = .number(value)
        } else if let value = try? container.decode([ParameterValue].self) {
            self = .list(value)
        } else {
            self = .table(try container.decode([String: ParameterValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .list(let value): try container.encode(value)
        case .table(let value): try container.encode(value)
        }
    }

    public var string: String? { if case .string(let value) = self { return value } else { return nil } }
    public var number: Decimal? { if case .number(let value) = self { return value } else { return nil } }
    public var bool: Bool? { if case .bool(let value) = self { return value } else { return nil } }
    public var list: [ParameterValue]? { if case .list(let value) = self { return value } else { return nil } }
    public var table: [String: ParameterValue]? { if case .table(let value) = self { return value } else { return nil } }
}

/// One value of a parameter, in force from `from` until the next value's `from`.
public struct DatedValue: Hashable, Sendable, Codable {
    public var from: EffectiveDate
    public var value: ParameterValue
    /// Where the value comes from: a citation, or for a default the reason it was chosen — in the
    /// data file a string, or `{"fi": …, "en": …}` so that the notes naming it read in both languages.
    public var source: LocalizedText
    public var status: DecisionStatus

    public init(from: EffectiveDate, value: ParameterValue, source: LocalizedText, status: DecisionStatus) {
        self.from = from
        self.value = value
        self.source = source
        self.status = status
    }
}

/// A named, effective-dated parameter (OpenFisca style): `{description, values: [...]}`.
public struct ParameterSeries: Hashable, Sendable, Codable {
    public var description: String
    public var values: [DatedValue]

    public init(description: String, values: [DatedValue]) {
        self.description = description
        self.values = values.sorted { $0.from < $1.from }
    }

    /// The value in force on `date`, or nil before the first value.
    public func value(on date: EffectiveDate) -> DatedValue? {
        values.last { $0.from <= date }
    }
}

/// A statistic for one municipality, with its reference date and source.
public struct StatisticValue: Hashable, Sendable, Codable {
    public var value: Decimal
    public var referenceDate: EffectiveDate
    public var source: String

    public init(value: Decimal, referenceDate: EffectiveDate, source: String) {
        self.value = value
        self.referenceDate = referenceDate
        self.source = source
    }
}

/// The data one generation of the daemon gives a plugin: the region's parameters
/// (config/data/<region>/parameters.json), the statistics of its members and the statutory layer
/// (config/data/national), which the plugin cites instead of restating national law.
public struct RegionData: Sendable, Hashable {
    public var parameters: [String: ParameterSeries]
    /// statistic name → municipality → values (any order).
    public var statistics: [String: [MunicipalityCode: [StatisticValue]]]
    public var statutes: StatutoryLayer

    public init(parameters: [String: ParameterSeries] = [:],
                statistics: [String: [MunicipalityCode: [StatisticValue]]] = [:],
                statutes: StatutoryLayer = StatutoryLayer()) {
        self.parameters = parameters
        self.statistics = statistics
        self.statutes = statutes
    }

    /// The parameter's value in force on `date`.
    /// - Throws: `DecisionError.invalidData` naming the parameter when it is missing.
    public func parameter(_ name: String, on date: EffectiveDate) throws(DecisionError) -> DatedValue {
        guard let value = parameters[name]?.value(on: date) else {
            throw .invalidData(LocalizedText(fi: "parametrilla '\(name)' ei ole arvoa, joka olisi voimassa \(date.finnish)",
                                             en: "parameter '\(name)' has no value in force on \(date)"))
        }
        return value
    }

    /// The latest value of `statistic` for `municipality` whose reference date is on or before `date`.
    public func statistic(_ statistic: String, for municipality: MunicipalityCode,
                          on date: EffectiveDate) -> StatisticValue? {
        statistics[statistic]?[municipality]?
            .filter { $0.referenceDate <= date }
            .max { $0.referenceDate < $1.referenceDate }
    }
}
