// Statistics/JSONStatReader.swift — reads a JSON-stat 2.0 dataset, as PxWeb answers a query with
// `"response": {"format": "json-stat2"}` (https://json-stat.org/format/): `id` and `size` order
// the dimensions, each `category.index` (array or object) orders its categories, `value` is an
// array or a sparse object in row-major order, `status` (string, array or object) marks cells.

import AlueWire
import Foundation
import PluginAPI

public enum JSONStatReader {
    public static func read(_ content: String) throws(StatisticsImportError) -> StatisticsCube {
        let root: JSONValue
        do {
            root = try JSONParser.parse(content, maxDepth: 32)
        } catch {
            // The parser's own detail (where and what) is technical and stays as it is in both languages.
            throw StatisticsImportError(fi: "ei JSONia: \(error)", en: "not JSON: \(error)", at: .path("$"))
        }
        guard root.objectValue != nil else { throw StatisticsImportError(fi: "JSON-stat-aineiston on oltava objekti", en: "a JSON-stat dataset is an object", at: .path("$")) }
        if root["dataset"] != nil || (root["class"] == nil && root["version"] == nil && root["id"] == nil) {
            throw StatisticsImportError(fi: "tämä näyttää JSON-stat 1.0:lta (PxWebin format=json-stat) tai muulta JSONilta; lataa JSON-stat 2 (format=json-stat2)",
                                        en: "this looks like JSON-stat 1.0 (PxWeb's format=json-stat) or another JSON; download JSON-stat 2 (format=json-stat2)",
                                        at: .path("$"))
        }
        if let version = root["version"]?.stringValue, !version.hasPrefix("2") {
            throw StatisticsImportError(fi: "JSON-stat-versio \(version) ei ole 2.x", en: "JSON-stat version \(version) is not 2.x", at: .path("version"))
        }
        if let kind = root["class"]?.stringValue, kind != "dataset" {
            throw StatisticsImportError(fi: "class '\(kind)' ei ole dataset: vie yksi taulukko", en: "class '\(kind)' is not a dataset: export one table",
                                        at: .path("class"))
        }
        let ids = try strings(root["id"], "id")
        let sizes = try integers(root["size"], "size")
        guard !ids.isEmpty, ids.count == sizes.count else {
            throw StatisticsImportError(fi: "'id' (\(ids.count)) ja 'size' (\(sizes.count)) eivät nimeä samoja ulottuvuuksia",
                                        en: "'id' (\(ids.count)) and 'size' (\(sizes.count)) must name the same dimensions", at: .path("size"))
        }
        let time = Set((try? strings(root["role"]?["time"], "role.time")) ?? [])
        let metric = Set((try? strings(root["role"]?["metric"], "role.metric")) ?? [])
        var dimensions: [StatisticsCube.Dimension] = []
        for (id, size) in zip(ids, sizes) {
            let path = "dimension.\(id)"
            guard let dimension = root["dimension"]?[id] else {
                throw StatisticsImportError(fi: "ulottuvuus '\(id)' on mainittu kentässä 'id', mutta se puuttuu",
                                            en: "dimension '\(id)' is declared in 'id' but missing", at: .path(path))
            }
            let categories = try readCategories(dimension["category"], path: "\(path).category")
            guard categories.count == size else {
                throw StatisticsImportError(fi: "ulottuvuudessa '\(id)' on \(categories.count) luokkaa, mutta 'size' on \(size)",
                                            en: "dimension '\(id)' has \(categories.count) categories, but 'size' says \(size)", at: .path("\(path).category"))
            }
            dimensions.append(StatisticsCube.Dimension(code: id, label: dimension["label"]?.stringValue ?? id, categories: categories,
                                                       isTime: time.contains(id), isMeasure: metric.contains(id)))
        }
        let count = sizes.reduce(1, *)
        let cells = try readCells(root["value"], status: root["status"], count: count)
        let px = root["extension"]?["px"]
        let metadata = StatisticsCube.Metadata(title: root["label"]?.stringValue,
                                               tableID: px?["tableid"]?.stringValue ?? px?["matrix"]?.stringValue,
                                               source: root["source"]?.stringValue, updated: root["updated"]?.stringValue,
                                               url: root["href"]?.stringValue)
        return try StatisticsCube(dimensions: dimensions, cells: cells, metadata: metadata, location: .path("value"))
    }

    /// `index` as an array of codes or an object code → position; `label` code → text.
    private static func readCategories(_ category: JSONValue?, path: String) throws(StatisticsImportError) -> [StatisticsCube.Category] {
        guard let category, category.objectValue != nil else { throw StatisticsImportError(fi: "'category' puuttuu", en: "missing 'category'", at: .path(path)) }
        let labels = Dictionary(category["label"]?.objectValue?.compactMap { member in member.value.stringValue.map { (member.key, $0) } } ?? [],
                                uniquingKeysWith: { first, _ in first })
        var codes: [String]
        switch category["index"] {
        case .array(let items)?:
            codes = try items.enumerated().map { (offset, item) throws(StatisticsImportError) -> String in
                guard let code = item.stringValue else {
                    throw StatisticsImportError(fi: "luokan koodin on oltava merkkijono", en: "a category code must be a string",
                                                at: .path("\(path).index[\(offset)]"))
                }
                return code
            }
        case .object(let members)?:
            codes = Array(repeating: "", count: members.count)
            for member in members {
                guard let position = member.value.intValue, codes.indices.contains(position), codes[position].isEmpty else {
                    throw StatisticsImportError(fi: "luokan '\(member.key)' sijainti \(member.value.jsonText) ei ole vapaa indeksi, joka on pienempi kuin \(members.count)",
                                                en: "position \(member.value.jsonText) of category '\(member.key)' is not a free index below \(members.count)",
                                                at: .path("\(path).index.\(member.key)"))
                }
                codes[position] = member.key
            }
        case nil:
            // The specification allows a lone category to be given by its label only.
            guard labels.count == 1, let only = category["label"]?.objectValue?.first?.key else {
                throw StatisticsImportError(fi: "'index' tarvitaan, ellei ulottuvuudessa ole täsmälleen yhtä luokkaa",
                                            en: "'index' is required unless the dimension has exactly one category", at: .path("\(path).index"))
            }
            codes = [only]
        case let other?:
            throw StatisticsImportError(fi: "'index' on oltava taulukko tai objekti, ei \(other.typeText.fi)",
                                        en: "'index' must be an array or an object, not \(other.typeText.en)", at: .path("\(path).index"))
        }
        guard Set(codes).count == codes.count else { throw StatisticsImportError(fi: "luokkien koodeissa on toistoa", en: "category codes repeat", at: .path("\(path).index")) }
        return codes.map { StatisticsCube.Category(code: $0, label: labels[$0] ?? $0, location: .path("\(path).index.\($0)")) }
    }

    private static func readCells(_ value: JSONValue?, status: JSONValue?, count: Int) throws(StatisticsImportError) -> [StatisticsCube.Cell] {
        var raw = [JSONValue?](repeating: nil, count: count)
        switch value {
        case .array(let items)?:
            guard items.count == count else {
                throw StatisticsImportError(fi: "kentässä 'value' on \(items.count) lukua, mutta ulottuvuuksien koot vaativat \(count)",
                                            en: "'value' has \(items.count) figures, but the dimension sizes need \(count)", at: .path("value"))
            }
            raw = items
        case .object(let members)?:
            for member in members {
                guard let index = Int(member.key), raw.indices.contains(index) else {
                    throw StatisticsImportError(fi: "'\(member.key)' ei ole solun indeksi, joka on pienempi kuin \(count)",
                                                en: "'\(member.key)' is not a cell index below \(count)", at: .path("value.\(member.key)"))
                }
                raw[index] = member.value
            }
        default:
            throw StatisticsImportError(fi: "'value' on oltava taulukko tai objekti", en: "'value' must be an array or an object", at: .path("value"))
        }
        var cells: [StatisticsCube.Cell] = []
        cells.reserveCapacity(count)
        for (index, item) in raw.enumerated() {
            switch item {
            case .number(let text)?:
                guard let figure = parseFigure(text) else {
                    throw StatisticsImportError(fi: "'\(text)' ei ole luku", en: "'\(text)' is not a figure", at: .path("value[\(index)]"))
                }
                cells.append(.value(figure))
            case .null?, nil:
                cells.append(.missing(symbol: symbol(status, index) ?? "null"))
            case .string(let text)?:
                // Not in the specification, but some producers write figures as strings.
                if let figure = parseFigure(text) { cells.append(.value(figure)) } else if MissingSymbol.isNil(text) { cells.append(.value(0)) } else {
                    cells.append(.missing(symbol: text))
                }
            case let other?:
                throw StatisticsImportError(fi: "luvun on oltava numero tai null, ei \(other.typeText.fi)",
                                            en: "a figure must be a number or null, not \(other.typeText.en)", at: .path("value[\(index)]"))
            }
        }
        return cells
    }

    /// The status of cell `index`: one string for all, an array, or an object keyed by index.
    private static func symbol(_ status: JSONValue?, _ index: Int) -> String? {
        switch status {
        case .string(let text)?: return text
        case .array(let items)?: return items.indices.contains(index) ? items[index].stringValue : nil
        case .object?: return status?[String(index)]?.stringValue
        default: return nil
        }
    }

    private static func strings(_ value: JSONValue?, _ path: String) throws(StatisticsImportError) -> [String] {
        guard let items = value?.arrayValue else {
            throw StatisticsImportError(fi: "'\(path)' on oltava merkkijonojen taulukko", en: "'\(path)' must be an array of strings", at: .path(path))
        }
        var result: [String] = []
        for (offset, item) in items.enumerated() {
            guard let text = item.stringValue else {
                throw StatisticsImportError(fi: "on oltava merkkijono", en: "must be a string", at: .path("\(path)[\(offset)]"))
            }
            result.append(text)
        }
        return result
    }

    private static func integers(_ value: JSONValue?, _ path: String) throws(StatisticsImportError) -> [Int] {
        guard let items = value?.arrayValue else {
            throw StatisticsImportError(fi: "'\(path)' on oltava kokonaislukujen taulukko", en: "'\(path)' must be an array of integers", at: .path(path))
        }
        var result: [Int] = []
        for (offset, item) in items.enumerated() {
            guard let number = item.intValue, number > 0 else {
                throw StatisticsImportError(fi: "on oltava positiivinen kokonaisluku", en: "must be a positive integer", at: .path("\(path)[\(offset)]"))
            }
            result.append(number)
        }
        return result
    }
}
