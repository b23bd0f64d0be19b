// RPC/Methods/StatisticsMethods.swift — statistics.list (what figures there are, from where, of
// which date, and which members lack them) and statistics.import (take in a Statistics Finland
// PxWeb file and serve its figures from the next answer on).

import AlueWire
import Foundation
import PluginAPI

enum StatisticsMethods {
    static let all: [MethodSpec] = [list, importFile]

    static let list = MethodSpec(
        "statistics.list",
        summary: "The figures the daemon holds per statistic and reference date, with their source and quality; with a region, also the members that lack them.",
        params: [
            ParamSpec("region", "string", "only this region's members (and list the members without figures)"),
            ParamSpec("statistic", "string", "only this statistic"),
        ],
        result: "[{statistic, referenceDate, municipalities: [{code, name, value}], missing?: [{code, name}], source: {publisher, table?, url?, retrieved?, updated?}, quality: official|plan|secondary, imported}]"
    ) { context, params throws(RPCError) in
        try params.rejectUnknown(allowed: ["region", "statistic", "lang"])
        let region = try params.optionalString("region").map { _ throws(RPCError) in try context.region(params) }
        let statistic = try params.optionalString("statistic")
        if let statistic, ImportableStatistic(rawValue: statistic) == nil, context.snapshot.statistics.values[statistic] == nil {
            throw .invalidParams("unknown statistic '\(statistic)'; expected one of \(ImportableStatistic.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return .value(.array(StatisticsListing.entries(context.snapshot, members: region?.declaration.members, statistic: statistic)))
    }

    static let importFile = MethodSpec(
        "statistics.import",
        summary: "Import one statistic from a Statistics Finland PxWeb file (JSON-stat 2.0, PX or CSV); it applies from the next answer on.",
        role: .admin,
        params: [
            ParamSpec("statistic", "string", required: true, ImportableStatistic.allCases.map(\.rawValue).joined(separator: ", ")),
            ParamSpec("format", "string", "json-stat2, px or csv (guessed from fileName and content when absent)"),
            ParamSpec("content", "string", required: true, "the file: its text, or its bytes in base64 with contentEncoding \"base64\""),
            ParamSpec("contentEncoding", "string", "\"base64\" when content holds the file's bytes (keeps a PX file's code page intact)"),
            ParamSpec("fileName", "string", "the downloaded file's name, for guessing the format"),
            ParamSpec("source", "object", "{publisher?, table?, url?, retrieved?}: overrides what the file says about itself"),
        ],
        result: "{statistic, referenceDate, referenceDates, imported, replaced, missing: [{municipality, referenceDate, symbol}], skipped: {totals, areas, unknownMunicipalities}, selections, source, quality, generation}",
        mutating: true
    ) { context, params throws(RPCError) in
        try params.rejectUnknown(allowed: ["statistic", "format", "content", "contentEncoding", "fileName", "source", "lang"])
        let name = try params.string("statistic")
        guard let statistic = ImportableStatistic(rawValue: name) else {
            throw .invalidParams("unknown statistic '\(name)'; expected one of \(ImportableStatistic.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let content = try fileContent(params)
        let fileName = try params.optionalString("fileName")
        let format: StatisticsFormat
        if let given = try params.optionalString("format") {
            guard let known = StatisticsFormat(rawValue: given) else {
                throw .invalidParams("unknown format '\(given)'; expected json-stat2, px or csv")
            }
            format = known
        } else {
            switch content {
            case .bytes(let bytes): format = StatisticsFormat.guess(fileName: fileName, content: bytes)
            case .text(let text): format = StatisticsFormat.guess(fileName: fileName, content: Array(text.utf8.prefix(200)))
            }
        }
        let extracted: ExtractedFigures
        do throws(StatisticsImportError) {
            extracted = try StatisticsImporter.read(content, format: format, statistic: statistic, directory: context.snapshot.directory)
        } catch {
            throw RPCError.from(error)
        }
        let source = try provenance(params.object("source", allowed: ["publisher", "table", "url", "retrieved"]), extracted.metadata)
        let quality = ImportQuality.of(source)
        let importedAt = ISO8601DateFormatter().string(from: Date())
        let batches = extracted.referenceDates.map { date in
            ImportedBatch(statistic: statistic.rawValue, referenceDate: date, importedAt: importedAt, format: format.rawValue,
                          source: source, quality: quality,
                          values: Dictionary(uniqueKeysWithValues: extracted.figures.filter { $0.referenceDate == date }
                              .map { ($0.municipality.rawValue, $0.value.plainText) }),
                          selections: extracted.selections, title: extracted.metadata.title)
        }
        let replaced = extracted.figures.filter { context.snapshot.statistics.figure(statistic.rawValue, $0.municipality, on: $0.referenceDate) != nil }.count
        guard !batches.isEmpty else {
            throw RPCError(.invalidStatistics, "the file has no figures to import: every cell of the municipalities is missing ("
                           + Set(extracted.missing.map(\.symbol)).sorted().joined(separator: " ") + ")")
        }
        let generation = try context.daemon.importStatistics(batches)
        return .value(answer(extracted, replaced: replaced, format: format, source: source, quality: quality,
                             generation: generation, directory: context.snapshot.directory))
    }

    private static func answer(_ extracted: ExtractedFigures, replaced: Int, format: StatisticsFormat,
                               source: StatisticSource, quality: DataQuality, generation: Int, directory: MunicipalityDirectory) -> JSONValue {
        let missing: [JSONValue] = extracted.missing.map { item in
            .object([("municipality", directory.json(item.municipality)), ("referenceDate", .string(item.referenceDate.description)),
                     ("symbol", .string(item.symbol))])
        }
        let skipped: JSONValue = .object([("totals", .array(extracted.skippedTotals.map { .string($0) })),
                                          ("areas", .array(extracted.skippedAreas.map { .string($0) })),
                                          ("unknownMunicipalities", .array(extracted.unknownMunicipalities.map { .string($0) }))])
        let dates: [JSONValue] = extracted.referenceDates.map { .string($0.description) }
        var members: [(key: String, value: JSONValue)] = [("statistic", .string(extracted.statistic.rawValue))]
        members.append(("referenceDate", .string(extracted.referenceDates.last!.description)))
        members.append(("referenceDates", .array(dates)))
        members.append(("imported", .number(String(extracted.figures.count))))
        members.append(("replaced", .number(String(replaced))))
        members.append(("missing", .array(missing)))
        members.append(("skipped", skipped))
        members.append(("selections", .array(extracted.selections.map { .string($0) })))
        members.append(("format", .string(format.rawValue)))
        members.append(("source", StatisticsListing.json(source)))
        members.append(("quality", .string(quality.rawValue)))
        members.append(("generation", .number(String(generation))))
        return .object(members)
    }

    private static func fileContent(_ params: Params) throws(RPCError) -> StatisticsContent {
        // A whole statistics file: bounded by the request line limit, not by the short-string one.
        let content = try params.string("content", maxBytes: .max)
        switch try params.optionalString("contentEncoding") {
        case nil: return .text(content)
        case "base64"?:
            guard let data = Data(base64Encoded: content, options: .ignoreUnknownCharacters) else {
                throw .invalidParams("'content' is not valid base64")
            }
            return .bytes(Array(data))
        case let other?: throw .invalidParams("unknown contentEncoding '\(other)'; expected base64 or none")
        }
    }

    /// The caller's `source` over what the file says (JSON-stat `source`, PX `SOURCE`, table id).
    private static func provenance(_ given: Params?, _ metadata: StatisticsCube.Metadata) throws(RPCError) -> StatisticSource {
        StatisticSource(publisher: try given?.optionalString("publisher") ?? metadata.source ?? "unknown",
                        table: try given?.optionalString("table") ?? metadata.tableID,
                        url: try given?.optionalString("url", maxBytes: Params.maxURLBytes) ?? metadata.url,
                        retrieved: try given?.optionalString("retrieved") ?? String(ISO8601DateFormatter().string(from: Date()).prefix(10)),
                        updated: metadata.updated)
    }
}

/// `official` for the publishers of the figures the law names (Statistics Finland, the Ministry
/// of Economic Affairs and Employment); `secondary` for anything else.
enum ImportQuality {
    private static let official = ["tilastokeskus", "statisticsfinland", "statistikcentralen", "tyojaelinkeinoministerio",
                                   "arbetsochnaringsministeriet", "ministryofeconomicaffairsandemployment", "tem"]

    static func of(_ source: StatisticSource) -> DataQuality {
        let publisher = DimensionNames.normalized(source.publisher)
        return official.contains { publisher.hasPrefix($0) } ? .official : .secondary
    }
}

/// The listing: one entry per statistic, reference date and source.
enum StatisticsListing {
    static func entries(_ snapshot: RuntimeSnapshot, members: [MunicipalityRef]?, statistic: String?) -> [JSONValue] {
        let table = snapshot.statistics
        let names = statistic.map { [$0] } ?? Array(Set(table.values.keys).union(ImportableStatistic.allCases.map(\.rawValue))).sorted()
        let wanted = members.map { Set($0.map(\.code)) }
        var result: [JSONValue] = []
        for name in names {
            struct Group: Hashable { var date: EffectiveDate; var source: StatisticSource; var quality: DataQuality; var imported: Bool }
            var groups: [Group: [(MunicipalityCode, Decimal)]] = [:]
            for (code, figures) in table.values[name] ?? [:] where wanted?.contains(code) ?? true {
                for figure in figures {
                    groups[Group(date: figure.referenceDate, source: figure.source, quality: figure.quality, imported: figure.imported),
                           default: []].append((code, figure.value))
                }
            }
            if groups.isEmpty, let members {
                result.append(.object([("statistic", .string(name)), ("referenceDate", .null), ("municipalities", .array([])),
                                       ("missing", .array(members.map(\.json))), ("source", .null), ("quality", .null)]))
            }
            for group in groups.keys.sorted(by: { ($0.date, $0.quality) > ($1.date, $1.quality) }) {
                let rows = groups[group]!.sorted { $0.0 < $1.0 }
                var entry: [(key: String, value: JSONValue)] = [
                    ("statistic", .string(name)), ("referenceDate", .string(group.date.description)),
                    ("municipalities", .array(rows.map { code, value in
                        .object((snapshot.directory.json(code).objectValue ?? []) + [("value", .string(value.plainText))])
                    })),
                ]
                if let members {
                    let have = Set(rows.map(\.0))
                    entry.append(("missing", .array(members.filter { !have.contains($0.code) }.map(\.json))))
                }
                entry += [("source", json(group.source)), ("quality", .string(group.quality.rawValue)), ("imported", .bool(group.imported))]
                result.append(.object(entry))
            }
        }
        return result
    }

    static func json(_ source: StatisticSource) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("publisher", .string(source.publisher))]
        for (key, value) in [("table", source.table), ("url", source.url), ("retrieved", source.retrieved), ("updated", source.updated)] {
            if let value { members.append((key, .string(value))) }
        }
        return .object(members)
    }
}
