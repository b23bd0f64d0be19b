// ParameterReader.swift — a plugin-side kit for reading dated parameters: typed values that name
// the parameter they came from, precise errors for the self-check, and the settings over time.
// Shared so that every plugin reads its configurable defaults the same way (and none copies it).

import Foundation

/// One parameter's value in force on a day, with the dated entry it came from.
public struct DatedSetting<Value: Sendable & Hashable>: Sendable, Hashable {
    public let name: String
    public let value: Value
    public let entry: DatedValue

    public init(name: String, value: Value, entry: DatedValue) {
        self.name = name
        self.value = value
        self.entry = entry
    }

    public var status: DecisionStatus { entry.status }

    /// How a decision names the assumption it rests on, for its `notes`. The source text is the
    /// data file's own words.
    public var note: LocalizedText {
        LocalizedText(
            fi: "Parametri '\(name)' = \(entry.value.text) (\(entry.status.rawValue), voimassa \(entry.from.finnish) alkaen): \(entry.source.fi)",
            en: "Parameter '\(name)' = \(entry.value.text) (\(entry.status.rawValue), in force from \(entry.from)): \(entry.source.en)")
    }
}

/// How to read one parameter: its name, the shape it must have (in words, for the error) and the
/// parser, which returns nil for a value of the wrong shape. A plugin declares its parameters as
/// specs in one place and reads them with `ParameterReader.read(_:)`.
public struct ParameterSpec<Value: Sendable & Hashable>: Sendable {
    public let name: String
    public let expected: String
    public let parse: @Sendable (ParameterValue) -> Value?

    public init(name: String, expected: String, parse: @escaping @Sendable (ParameterValue) -> Value?) {
        self.name = name
        self.expected = expected
        self.parse = parse
    }
}

/// Reads the parameters in force on one day; every failure is `invalidData` naming the parameter,
/// the day its value starts and what was expected. It remembers the names it read, so the settings
/// timeline knows, without being told, which parameters' changes make a new version.
public final class ParameterReader {
    public let data: RegionData
    public let date: EffectiveDate
    /// Every parameter name read so far.
    public private(set) var namesRead: Set<String> = []

    public init(data: RegionData, date: EffectiveDate) {
        self.data = data
        self.date = date
    }

    /// The value in force, recorded as read.
    private func entry(_ name: String) throws(DecisionError) -> DatedValue {
        namesRead.insert(name)
        return try data.parameter(name, on: date)
    }

    /// A value turned into `Value` by `parse`, which returns nil for a value of the wrong shape
    /// (`expected` then says what the shape should be).
    public func setting<Value>(_ name: String, expected: String,
                               _ parse: (ParameterValue) -> Value?) throws(DecisionError) -> DatedSetting<Value> {
        let entry = try entry(name)
        guard let value = parse(entry.value) else { throw Self.malformed(name, entry, expected: expected) }
        return DatedSetting(name: name, value: value, entry: entry)
    }

    /// The parameter `spec` describes.
    public func read<Value>(_ spec: ParameterSpec<Value>) throws(DecisionError) -> DatedSetting<Value> {
        try setting(spec.name, expected: spec.expected, spec.parse)
    }

    /// One of an enumeration's raw values.
    public func choice<Value: RawRepresentable & CaseIterable & Sendable & Hashable>(_ name: String) throws(DecisionError) -> DatedSetting<Value>
    where Value.RawValue == String {
        try setting(name, expected: "one of " + Value.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")) {
            $0.string.flatMap(Value.init(rawValue:))
        }
    }

    public func flag(_ name: String) throws(DecisionError) -> DatedSetting<Bool> {
        try setting(name, expected: "true or false") { $0.bool }
    }

    /// A decimal given as a number or as a decimal string (strings keep values such as 0.3 exact).
    public func decimal(_ name: String) throws(DecisionError) -> DatedSetting<Decimal> {
        try setting(name, expected: "a number") { $0.decimal }
    }

    public func strings(_ name: String) throws(DecisionError) -> DatedSetting<[String]> {
        try setting(name, expected: "a list of strings") { value in
            value.list.flatMap { items in
                let strings = items.compactMap(\.string)
                return strings.count == items.count ? strings : nil
            }
        }
    }

    /// Municipality codes that must all be members (`members`).
    public func memberCodes(_ name: String, members: [MunicipalityRef]) throws(DecisionError) -> DatedSetting<Set<MunicipalityCode>> {
        try setting(name, expected: "a list of member codes (\(members.map(\.code.rawValue).joined(separator: ", ")))") { value in
            guard let items = value.list else { return nil }
            let codes = items.compactMap { $0.string.flatMap(MunicipalityCode.init(rawValue:)) }
                .filter { code in members.contains { $0.code == code } }
            return codes.count == items.count ? Set(codes) : nil
        }
    }

    /// An allocation key `{statistic: weight}`: known `Statistic` names, positive weights (numbers
    /// or decimal strings) that add up to exactly 1, in the order `order` gives (the plan's order of
    /// its criteria; by name when nil). The factors name the parameter as their source.
    public func allocationFactors(_ name: String, sourceFile: String, order: [String]? = nil) throws(DecisionError) -> DatedSetting<[AllocationFactor]> {
        let entry = try entry(name)
        guard let table = entry.value.table, !table.isEmpty else {
            throw Self.malformed(name, entry, expected: "{statistic: weight}")
        }
        let statistics = order.map { order in table.keys.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) } }
            ?? table.keys.sorted()
        var factors: [AllocationFactor] = []
        for statistic in statistics {
            let weight = table[statistic]!
            guard Statistic.all.contains(statistic) else {
                throw .invalidData(LocalizedText(
                    fi: "parametri '\(name)' nimeää tuntemattoman tilaston '\(statistic)'; tunnetut: \(Statistic.all.joined(separator: ", "))",
                    en: "parameter '\(name)' names unknown statistic '\(statistic)'; known: \(Statistic.all.joined(separator: ", "))"))
            }
            guard let value = weight.decimal, value > 0 else {
                throw .invalidData(LocalizedText(
                    fi: "parametri '\(name)': tilaston '\(statistic)' paino on \(weight.text); odotettiin positiivista lukua kuten \"0.5\"",
                    en: "parameter '\(name)': the weight of '\(statistic)' is \(weight.text); expected a positive number such as \"0.5\""))
            }
            factors.append(AllocationFactor(name: statistic, weight: value,
                                            source: "\(sourceFile): \(name) (\(entry.status.rawValue), from \(entry.from))"))
        }
        let total = factors.reduce(Decimal(0)) { $0 + $1.weight }
        guard total == 1 else {
            throw .invalidData(LocalizedText(
                fi: "parametri '\(name)' (arvo \(entry.from.finnish) alkaen): painojen summa on \(total.plainText), ei tasan 1",
                en: "parameter '\(name)' (value from \(entry.from)): the weights add up to \(total.plainText), not exactly 1"))
        }
        return DatedSetting(name: name, value: factors, entry: entry)
    }

    public static func malformed(_ name: String, _ entry: DatedValue, expected: String) -> DecisionError {
        .invalidData(LocalizedText(
            fi: "parametri '\(name)' (arvo \(entry.from.finnish) alkaen) on \(entry.value.text); odotettiin: \(expected)",
            en: "parameter '\(name)' (value from \(entry.from)) is \(entry.value.text); expected \(expected)"))
    }
}

/// A plugin's typed settings over time: one version from the area's first day and one from each
/// later day on which a parameter it reads changes, all read (and so checked) when the plugin is
/// configured, so a malformed value fails the self-check instead of a request.
public struct SettingsTimeline<Settings: Sendable & Hashable>: Sendable, Hashable {
    private let versions: [EffectiveDate]
    private let settings: [Settings]

    /// `read` builds the settings in force on a day. The parameters it reads are recorded, and a
    /// version starts on every day one of them changes (repeated until no read names a new one, so
    /// a parameter read only under another's later value is followed too).
    public init(data: RegionData, effectiveFrom: EffectiveDate,
                read: (ParameterReader) throws(DecisionError) -> Settings) throws(DecisionError) {
        var names: Set<String> = []
        var versions: [EffectiveDate] = []
        var settings: [Settings] = []
        repeat {
            let known = names
            let days = [effectiveFrom] + Set(known.flatMap { data.parameters[$0]?.values.map(\.from) ?? [] })
                .filter { $0 > effectiveFrom }.sorted()
            versions = []
            settings = []
            for day in days {
                let reader = ParameterReader(data: data, date: day)
                settings.append(try read(reader))
                versions.append(day)
                names.formUnion(reader.namesRead)
            }
            if names == known { break }
        } while true
        self.versions = versions
        self.settings = settings
    }

    /// The settings in force on `date` (the first version for earlier days, which plugins refuse anyway).
    public func on(_ date: EffectiveDate) -> Settings {
        settings[versions.lastIndex { $0 <= date } ?? 0]
    }

    /// The days on which a new version of the settings starts.
    public var changeDays: [EffectiveDate] { versions }
}

extension ParameterValue {
    /// The value as a decimal, from a decimal string (exact) or a JSON number. A number may have
    /// passed through binary floating point on its way in (0.3 → 0.2999…), so it is rounded to 12
    /// decimals, far below any weight or amount a plan states.
    public var decimal: Decimal? {
        if var number {
            var rounded = Decimal()
            NSDecimalRound(&rounded, &number, 12, .plain)
            return rounded
        }
        return string.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) }
    }

    /// The value as JSON-like text, for messages and notes.
    public var text: String {
        switch self {
        case .number(let value): return value.plainText
        case .string(let value): return "\"\(value)\""
        case .bool(let value): return value ? "true" : "false"
        case .list(let values): return "[" + values.map(\.text).joined(separator: ", ") + "]"
        case .table(let values): return "{" + values.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.text)" }.joined(separator: ", ") + "}"
        }
    }
}

extension Decimal {
    /// Plain decimal notation (`0.5`, `1200`), as people and data files write it.
    public var plainText: String { NSDecimalNumber(decimal: self).stringValue }
}

extension Statistic {
    /// Every statistic name a key may use.
    public static let all = [population, population18to64, unemployed, broadUnemployment, foreignLanguageSpeakers,
                             stateShareEmploymentServices]
}
