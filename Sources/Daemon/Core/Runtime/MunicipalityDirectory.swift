// Runtime/MunicipalityDirectory.swift — every Finnish municipality, found by code or by Finnish or
// Swedish name (any case, with or without ä/ö/å), plus the known employment authorities of those
// no plugin covers.

import Foundation
import PluginAPI

/// One municipality of the classification.
public struct MunicipalityRecord: Hashable, Sendable {
    public var code: MunicipalityCode
    public var nameFi: String
    public var nameSv: String
    /// The region (maakunta).
    public var province: String

    public var ref: MunicipalityRef { MunicipalityRef(code: code, name: nameFi) }
}

/// An employment authority outside the loaded plugins, as a source document names it.
public struct KnownAuthority: Hashable, Sendable {
    public var municipality: MunicipalityCode
    public var name: String
    public var note: LocalizedText
    public var basis: Citation
}

/// The municipality classification and the known authorities, loaded from `config/data`.
public struct MunicipalityDirectory: Sendable {
    public let all: [MunicipalityRecord]
    private let byCode: [MunicipalityCode: MunicipalityRecord]
    private let byName: [String: MunicipalityCode]
    /// The names exactly as the classification writes them (`Kempele`, `Karleby`), where they mean
    /// what their normalized key means: most callers send a name as written, and normalizing it
    /// (Unicode case and diacritic folding) is the dearest step of a cached answer.
    private let byExactName: [String: MunicipalityCode]
    private let authorities: [MunicipalityCode: KnownAuthority]

    public init(records: [MunicipalityRecord], authorities: [KnownAuthority] = []) {
        self.all = records.sorted { $0.code < $1.code }
        self.byCode = Dictionary(records.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        var names: [String: MunicipalityCode] = [:]
        // Finnish names first: where a Swedish name equals another municipality's Finnish name,
        // the Finnish reading wins.
        for record in records { names[Self.normalize(record.nameFi)] = record.code }
        for record in records where names[Self.normalize(record.nameSv)] == nil {
            names[Self.normalize(record.nameSv)] = record.code
        }
        self.byName = names
        var exact: [String: MunicipalityCode] = [:]
        for record in records {
            for name in [record.nameFi, record.nameSv] where names[Self.normalize(name)] == record.code && exact[name] == nil {
                exact[name] = record.code
            }
        }
        self.byExactName = exact
        self.authorities = Dictionary(authorities.map { ($0.municipality, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Loads `municipalities.csv` and `authorities.json` from `dataDir`.
    public static func load(dataDir: String) throws -> MunicipalityDirectory {
        let csvPath = "\(dataDir)/municipalities.csv"
        guard let data = FileManager.default.contents(atPath: csvPath),
              let text = String(data: data, encoding: .utf8) else {
            throw DataError("cannot read \(csvPath)")
        }
        var records: [MunicipalityRecord] = []
        var sawHeader = false
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if !sawHeader { sawHeader = true; continue }
            let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let code = MunicipalityCode(rawValue: fields[0]) else {
                throw DataError("\(csvPath):\(offset + 1): expected code,name_fi,name_sv,maakunta")
            }
            records.append(MunicipalityRecord(code: code, nameFi: fields[1], nameSv: fields[2], province: fields[3]))
        }
        guard !records.isEmpty else { throw DataError("\(csvPath) lists no municipalities") }
        return MunicipalityDirectory(records: records, authorities: try loadAuthorities(dataDir: dataDir))
    }

    private static func loadAuthorities(dataDir: String) throws -> [KnownAuthority] {
        let path = "\(dataDir)/authorities.json"
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        struct File: Decodable {
            struct Entry: Decodable {
                var municipality: MunicipalityCode
                var authority: String
                var note: LocalizedText
                var basis: Citation
            }
            var authorities: [Entry]
        }
        do {
            return try JSONDecoder().decode(File.self, from: data).authorities.map {
                KnownAuthority(municipality: $0.municipality, name: $0.authority, note: $0.note, basis: $0.basis)
            }
        } catch {
            throw DataError("\(path): \(error)")
        }
    }

    public func record(_ code: MunicipalityCode) -> MunicipalityRecord? { byCode[code] }

    /// Resolves a code (`316`) or a name (`Kärkölä`, `karkola`, `KÄRKÖLÄ`, Swedish `Karlö`).
    public func resolve(_ input: String) -> MunicipalityRecord? {
        if let code = byExactName[input] { return byCode[code] }
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        if let code = MunicipalityCode(rawValue: trimmed) { return byCode[code] }
        return byName[Self.normalize(trimmed)].flatMap { byCode[$0] }
    }

    /// Up to `limit` names close to a misspelt input, for "did you mean …" messages. An input
    /// longer than any municipality name (`longestSuggestible` characters) gets none: it cannot be
    /// a misspelling, and comparing it with 308 names would cost time in proportion to its length.
    public func suggestions(for input: String, limit: Int = 3) -> [MunicipalityRecord] {
        guard input.utf8.count <= Self.longestSuggestible * 4 else { return [] }
        let target = Self.normalize(input)
        guard !target.isEmpty, target.count <= Self.longestSuggestible else { return [] }
        let tolerance = max(2, target.count / 3)
        return all
            .compactMap { record in editDistance(target, Self.normalize(record.nameFi), atMost: tolerance).map { (record, $0) } }
            .sorted { ($0.1, $0.0.nameFi) < ($1.1, $1.0.nameFi) }
            .prefix(limit)
            .map(\.0)
    }

    /// Characters of the longest input suggestions are made for: every municipality name is shorter
    /// (the longest, `Maarianhamina - Mariehamn`, has 25).
    public static let longestSuggestible = 40

    /// The authority a source names for a municipality no plugin covers (e.g. Lahti).
    public func knownAuthority(_ code: MunicipalityCode) -> KnownAuthority? { authorities[code] }

    /// Lowercase, without diacritics, spaces or hyphens: `Mänttä-Vilppula` → `manttavilppula`.
    static func normalize(_ name: String) -> String { NameKey.of(name) }
}

/// A data file is missing or malformed; the message names the file.
public struct DataError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
