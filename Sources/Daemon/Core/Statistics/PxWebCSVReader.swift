// Statistics/PxWebCSVReader.swift — reads PxWeb's CSV exports («Comma/Semicolon delimited with
// heading», and the API's format=csv): an optional quoted title line, a header row whose first
// columns are the stub variables (e.g. «Alue») and whose other columns join the heading
// variables' texts (e.g. «2023 Väestö 31.12.»), then one row per stub combination. Fields may be
// quoted ("" inside quotes is a quote); `;` files may write a decimal comma.

import Foundation

public enum PxWebCSVReader {
    /// Reads the file's bytes: UTF-8 when valid, else ISO-8859-15.
    public static func read(_ bytes: [UInt8]) throws(StatisticsImportError) -> StatisticsCube {
        try read(text: decode(bytes))
    }

    public static func read(text: String) throws(StatisticsImportError) -> StatisticsCube {
        let (delimiter, records) = try split(text)
        guard let headerIndex = records.firstIndex(where: { $0.fields.count >= 2 }) else {
            throw StatisticsImportError(fi: "otsikkoriviä, jossa on vähintään kaksi saraketta, ei löydy (erotin ';', ',' tai sarkain)",
                                        en: "no header row with at least two columns (delimiter ';', ',' or tab)")
        }
        let header = records[headerIndex]
        let title = records[..<headerIndex].first { !$0.fields.joined().isEmpty }?.fields.first
        let rows = records[(headerIndex + 1)...].filter { !$0.fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
        guard !rows.isEmpty else { throw StatisticsImportError(fi: "otsikkorivin alla ei ole rivejä", en: "the header has no rows under it", at: .line(header.line)) }
        for row in rows where row.fields.count != header.fields.count {
            throw StatisticsImportError(fi: "rivillä on \(row.fields.count) saraketta, otsikkorivillä \(header.fields.count)",
                                        en: "the row has \(row.fields.count) columns, the header \(header.fields.count)", at: .line(row.line))
        }
        let decimalComma = delimiter == ";"
        let stubCount = stubColumns(header.fields, rows, decimalComma: decimalComma)
        guard stubCount >= 1, stubCount < header.fields.count else {
            throw StatisticsImportError(fi: "rivien nimikkeitä (esimerkiksi «Alue») ei voi erottaa lukusarakkeista",
                                        en: "cannot tell the row labels (e.g. «Alue») from the figure columns", at: .line(header.line))
        }
        // The stub columns become dimensions with their values in order of appearance.
        var dimensions: [StatisticsCube.Dimension] = (0..<stubCount).map { column in
            var seen = Set<String>()
            var categories: [StatisticsCube.Category] = []
            for row in rows where seen.insert(row.fields[column]).inserted {
                categories.append(StatisticsCube.Category(code: row.fields[column], label: row.fields[column], location: .line(row.line)))
            }
            return StatisticsCube.Dimension(code: header.fields[column], label: header.fields[column], categories: categories)
        }
        dimensions.append(try columnDimension(Array(header.fields[stubCount...]), line: header.line))
        let columns = header.fields.count - stubCount
        let rowCount = dimensions.dropLast().reduce(1) { $0 * $1.categories.count }
        var cells = [StatisticsCube.Cell](repeating: .missing(symbol: "no row"), count: rowCount * columns)
        let positions = dimensions.dropLast().map { dimension in
            Dictionary(dimension.categories.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        }
        var seenRows = Set<Int>()
        for row in rows {
            var offset = 0
            for (column, dimension) in dimensions.dropLast().enumerated() {
                offset = offset * dimension.categories.count + positions[column][row.fields[column]]!
            }
            guard seenRows.insert(offset).inserted else { throw StatisticsImportError(fi: "samat rivien nimikkeet ovat tiedostossa kahdesti", en: "the same row labels appear twice", at: .line(row.line)) }
            for column in 0..<columns {
                cells[offset * columns + column] = try cell(row.fields[stubCount + column], decimalComma: decimalComma, line: row.line)
            }
        }
        return try StatisticsCube(dimensions: dimensions, cells: cells, metadata: StatisticsCube.Metadata(title: title))
    }

    /// The figure columns as one dimension: the time dimension when every header starts with a
    /// period (`2023`, `2023M12`) followed by the same text, otherwise the measure dimension.
    private static func columnDimension(_ headers: [String], line: Int) throws(StatisticsImportError) -> StatisticsCube.Dimension {
        let split = headers.map { header -> (period: String?, rest: String) in
            let parts = header.split(separator: " ", maxSplits: 1).map(String.init)
            guard let first = parts.first, TimePeriod(first) != nil else { return (nil, header) }
            return (first, parts.count > 1 ? parts[1] : "")
        }
        if split.allSatisfy({ $0.period != nil }) {
            guard Set(split.map(\.rest)).count == 1 || headers.count == 1 else {
                let figures = Set(split.map(\.rest)).sorted().joined(separator: ", ")
                throw StatisticsImportError(fi: "sarakkeissa on useita eri lukuja (\(figures)); vie yksi luku (Tiedot)",
                                            en: "the columns mix several figures (\(figures)); export one figure (Tiedot)",
                                            at: .line(line))
            }
            return StatisticsCube.Dimension(code: "column", label: "column",
                                            categories: split.map { StatisticsCube.Category(code: $0.period!, label: $0.period!, location: .line(line)) },
                                            isTime: true)
        }
        return StatisticsCube.Dimension(code: "column", label: "column",
                                        categories: headers.map { StatisticsCube.Category(code: $0, label: $0, location: .line(line)) },
                                        isMeasure: true)
    }

    /// Leading columns until the first figure column: one whose header starts with a period
    /// (`2023 Väestö`) or whose values are all figures, unless its header names a variable (Vuosi).
    private static func stubColumns(_ header: [String], _ rows: [Record], decimalComma: Bool) -> Int {
        var count = 0
        for (column, name) in header.enumerated() where !DimensionNames.isStubHeader(name) {
            let startsWithPeriod = name.split(separator: " ").first.map { TimePeriod(String($0)) != nil } ?? false
            let allFigures = rows.allSatisfy { row in
                let field = row.fields[column].trimmingCharacters(in: .whitespaces)
                return parseFigure(field, decimalComma: decimalComma) != nil || MissingSymbol.isDots(field) || MissingSymbol.isNil(field)
            }
            if startsWithPeriod || allFigures { return column }
            count = column + 1
        }
        return count
    }

    private static func cell(_ field: String, decimalComma: Bool, line: Int) throws(StatisticsImportError) -> StatisticsCube.Cell {
        let text = field.trimmingCharacters(in: .whitespaces)
        if MissingSymbol.isDots(text) { return .missing(symbol: text) }
        if MissingSymbol.isNil(text) { return .value(0) }
        guard let figure = parseFigure(text, decimalComma: decimalComma) else {
            throw StatisticsImportError(fi: "'\(field)' ei ole luku eikä puuttuvan arvon merkki", en: "'\(field)' is neither a figure nor a missing-value symbol", at: .line(line))
        }
        return .value(figure)
    }

    struct Record {
        var fields: [String]
        var line: Int
    }

    /// UTF-8 (with or without BOM) when valid, else ISO-8859-15 as StatFin writes its files.
    private static func decode(_ bytes: [UInt8]) -> String {
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let text = String(validating: body, as: UTF8.self) { return text }
        return PXTextDecoder.decode(body, codepage: "iso-8859-15") ?? String(decoding: body, as: UTF8.self)
    }

    /// Splits into records with the delimiter that gives the header row the most columns.
    private static func split(_ text: String) throws(StatisticsImportError) -> (Character, [Record]) {
        var best: (Character, [Record])?
        for delimiter: Character in [";", ",", "\t"] {
            let records = try records(text, delimiter: delimiter)
            let width = records.map(\.fields.count).max() ?? 0
            if width > (best?.1.map(\.fields.count).max() ?? 1) { best = (delimiter, records) }
        }
        guard let best else { throw StatisticsImportError(fi: "sarakkeita ei löydy: erottimen on oltava ';', ',' tai sarkain",
                                                           en: "no columns found: the delimiter must be ';', ',' or a tab", at: .line(1)) }
        return best
    }

    private static func records(_ text: String, delimiter: Character) throws(StatisticsImportError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var start = 1
        var characters = text.makeIterator()
        var pending: Character? = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" { field.append("\""); pending = characters.next() } else { quoted = false }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case delimiter: fields.append(field); field = ""
            case "\n", "\r\n", "\r":
                fields.append(field)
                records.append(Record(fields: fields, line: start))
                fields = []
                field = ""
                line += 1
                start = line
            default: field.append(character)
            }
        }
        guard !quoted else { throw StatisticsImportError(fi: "lainausmerkeissä oleva kenttä jää sulkematta", en: "a quoted field is not closed", at: .line(start)) }
        if !field.isEmpty || !fields.isEmpty { fields.append(field); records.append(Record(fields: fields, line: start)) }
        return records
    }
}
