// Statistics/PXReader.swift — reads a PX (PC-Axis) file as the StatFin database downloads it,
// following Statistics Sweden's «PX-file format specification» (AXIS-VERSION 2013):
// `KEYWORD[lang]("subkey")=value;` entries, values quoted and comma-separated, a long text split
// into several quoted parts on consecutive lines, the default language's keywords only (those
// without `[lang]`), and DATA last: the cells in STUB-then-HEADING order (the last variable varies
// fastest), separated by spaces, tabs, commas or semicolons, missing figures as one to six dots,
// a dash for a true zero; or, with KEYS, one row per stub combination starting with its keys,
// where rows left out are zeros.

import Foundation

public enum PXReader {
    /// Reads the file's bytes, decoded by its CODEPAGE.
    public static func read(_ bytes: [UInt8]) throws(StatisticsImportError) -> StatisticsCube {
        try read(text: try PXTextDecoder.decode(bytes))
    }

    /// Reads a file whose text is already decoded (sent as a JSON string).
    public static func read(text: String) throws(StatisticsImportError) -> StatisticsCube {
        var scanner = PXScanner(Array(text.unicodeScalars))
        let entries = try scanner.entries()
        let file = PXFile(entries: entries.keywords)
        let stub = try file.list("STUB", required: false)
        let heading = try file.list("HEADING", required: false)
        let variables = stub + heading
        guard !variables.isEmpty else { throw StatisticsImportError(fi: "PX-tiedostossa on oltava STUB tai HEADING", en: "a PX file needs STUB or HEADING") }
        guard let data = entries.data else { throw StatisticsImportError(fi: "tiedostosta puuttuu avainsana DATA (sen on oltava viimeinen)",
                                                                                en: "the file has no DATA keyword (it must be the last one)") }
        let measure = try? file.single("CONTVARIABLE")
        var dimensions: [StatisticsCube.Dimension] = []
        for variable in variables {
            guard let values = file.entry("VALUES", variable) else {
                throw StatisticsImportError(fi: "VALUES(\"\(variable)\") puuttuu", en: "VALUES(\"\(variable)\") is missing", at: .line(file.line(of: "STUB") ?? 1))
            }
            let labels = values.items
            let codes = file.entry("CODES", variable)?.items ?? labels
            guard codes.count == labels.count else {
                throw StatisticsImportError(fi: "CODES(\"\(variable)\"): \(codes.count) koodia mutta \(labels.count) arvoa (VALUES)",
                                            en: "CODES(\"\(variable)\") has \(codes.count) codes for \(labels.count) VALUES", at: .line(file.entry("CODES", variable)!.line))
            }
            let code = (try? file.single("VARIABLECODE", variable)) ?? variable
            dimensions.append(StatisticsCube.Dimension(
                code: code, label: variable,
                categories: zip(codes, labels).map { StatisticsCube.Category(code: $0, label: $1, location: .line(values.line)) },
                isTime: file.entry("TIMEVAL", variable) != nil, isMeasure: measure == variable))
        }
        let stubDimensions = Array(dimensions.prefix(stub.count))
        let rowLength = dimensions.dropFirst(stub.count).reduce(1) { $0 * $1.categories.count }
        let cells: [StatisticsCube.Cell]
        if file.entries.contains(where: { $0.keyword == "KEYS" && $0.language == nil }) {
            let keyKinds = try stub.map { variable throws(StatisticsImportError) -> Bool in
                guard let kind = try? file.single("KEYS", variable) else {
                    throw StatisticsImportError(fi: "KEYS(\"\(variable)\") puuttuu: jokaisella STUB-muuttujalla on oltava KEYS",
                                                en: "KEYS(\"\(variable)\") is missing: every stub variable needs its KEYS", at: .line(data.line))
                }
                return kind.uppercased() == "CODES"
            }
            cells = try keyedCells(data.tokens, stub: stubDimensions, byCode: keyKinds, rowLength: rowLength)
        } else {
            cells = try data.tokens.map { token throws(StatisticsImportError) in try cell(token) }
        }
        let metadata = StatisticsCube.Metadata(
            title: (try? file.single("TITLE")) ?? (try? file.single("DESCRIPTION")) ?? (try? file.single("CONTENTS")),
            tableID: (try? file.single("TABLEID")) ?? (try? file.single("MATRIX")),
            source: try? file.single("SOURCE"), updated: try? file.single("LAST-UPDATED"), url: nil)
        return try StatisticsCube(dimensions: dimensions, cells: cells, metadata: metadata, location: .line(data.line))
    }

    /// Rows of `"key1","key2" cell cell …`; rows that are not there hold only zeros.
    private static func keyedCells(_ tokens: [PXToken], stub: [StatisticsCube.Dimension], byCode: [Bool],
                                   rowLength: Int) throws(StatisticsImportError) -> [StatisticsCube.Cell] {
        let rows = stub.reduce(1) { $0 * $1.categories.count }
        var cells = [StatisticsCube.Cell](repeating: .value(0), count: rows * rowLength)
        var seen = Set<Int>()
        var index = 0
        while index < tokens.count {
            let line = tokens[index].line
            var row = 0
            for (position, dimension) in stub.enumerated() {
                guard index < tokens.count, tokens[index].quoted else {
                    throw StatisticsImportError(fi: "KEYS-rivin alussa on oltava sen STUB-muuttujien \(stub.count) avainta lainausmerkeissä",
                                                en: "a KEYS row must start with the \(stub.count) quoted keys of its stub variables", at: .line(line))
                }
                let key = tokens[index].text
                guard let category = dimension.categories.firstIndex(where: { (byCode[position] ? $0.code : $0.label) == key }) else {
                    throw StatisticsImportError(fi: "'\(key)' ei ole ulottuvuuden \(dimension.label) \(byCode[position] ? "koodi" : "arvo")",
                                                en: "'\(key)' is not a \(byCode[position] ? "code" : "value") of \(dimension.label)", at: .line(tokens[index].line))
                }
                row = row * dimension.categories.count + category
                index += 1
            }
            guard seen.insert(row).inserted else { throw StatisticsImportError(fi: "sama KEYS-rivi on tiedostossa kahdesti", en: "the same KEYS row appears twice", at: .line(line)) }
            for column in 0..<rowLength {
                guard index < tokens.count else { throw StatisticsImportError(fi: "rivillä on alle \(rowLength) lukua", en: "the row has fewer than \(rowLength) figures", at: .line(line)) }
                cells[row * rowLength + column] = try cell(tokens[index])
                index += 1
            }
        }
        return cells
    }

    private static func cell(_ token: PXToken) throws(StatisticsImportError) -> StatisticsCube.Cell {
        if MissingSymbol.isDots(token.text) { return .missing(symbol: token.text) }
        if MissingSymbol.isNil(token.text) { return .value(0) }
        guard let figure = parseFigure(token.text) else {
            throw StatisticsImportError(fi: "'\(token.text)' DATA-osassa ei ole luku eikä puuttuvan arvon merkki",
                                        en: "'\(token.text)' in DATA is neither a figure nor a missing-value symbol", at: .line(token.line))
        }
        return .value(figure)
    }
}

/// One keyword entry: `KEYWORD[language]("subkey")=items;`.
struct PXEntry {
    var keyword: String
    var language: String?
    var subkey: String?
    /// The comma-separated values; adjacent quoted parts are joined into one.
    var items: [String]
    var line: Int
}

/// A DATA cell or KEYS key as written, with its line.
struct PXToken {
    var text: String
    var quoted: Bool
    var line: Int
}

/// The keywords of the file's default language.
struct PXFile {
    let entries: [PXEntry]

    init(entries: [PXEntry]) { self.entries = entries.filter { $0.language == nil } }

    func entry(_ keyword: String, _ subkey: String? = nil) -> PXEntry? {
        entries.first { $0.keyword == keyword && $0.subkey == subkey }
    }

    func line(of keyword: String) -> Int? { entry(keyword)?.line }

    func list(_ keyword: String, required: Bool) throws(StatisticsImportError) -> [String] {
        guard let entry = entry(keyword) else {
            if required { throw StatisticsImportError(fi: "\(keyword) puuttuu", en: "\(keyword) is missing") }
            return []
        }
        return entry.items
    }

    func single(_ keyword: String, _ subkey: String? = nil) throws(StatisticsImportError) -> String {
        guard let entry = entry(keyword, subkey), let first = entry.items.first else { throw StatisticsImportError(fi: "\(keyword) puuttuu", en: "\(keyword) is missing") }
        return entry.items.count == 1 ? first : entry.items.joined(separator: ", ")
    }
}

/// Splits the decoded text into keyword entries and the DATA tokens.
struct PXScanner {
    private let scalars: [UnicodeScalar]
    private var index = 0
    private var line = 1

    init(_ scalars: [UnicodeScalar]) { self.scalars = scalars }

    mutating func entries() throws(StatisticsImportError) -> (keywords: [PXEntry], data: (tokens: [PXToken], line: Int)?) {
        var keywords: [PXEntry] = []
        while true {
            skipWhitespace()
            guard index < scalars.count else { return (keywords, nil) }
            let start = line
            let keyword = readWhile { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }
            guard !keyword.isEmpty else { throw StatisticsImportError(fi: "odotettiin avainsanaa, löytyi '\(Character(scalars[index]))'",
                                                                    en: "expected a keyword, found '\(Character(scalars[index]))'", at: .line(line)) }
            var language: String?
            if peek == "[" {
                index += 1
                language = readWhile { $0 != "]" && $0 != "\n" }
                guard peek == "]" else { throw StatisticsImportError(fi: "avainsanan \(keyword) '[' jää sulkematta", en: "'[' of \(keyword) is not closed", at: .line(line)) }
                index += 1
            }
            var subkey: String?
            if peek == "(" {
                index += 1
                subkey = try readItems(until: ")", entryLine: start).joined(separator: ",")
                index += 1
            }
            skipWhitespace()
            guard peek == "=" else { throw StatisticsImportError(fi: "avainsanan \(keyword) jälkeen odotettiin '='", en: "expected '=' after \(keyword)", at: .line(line)) }
            index += 1
            if keyword == "DATA" && language == nil { return (keywords, (try dataTokens(), start)) }
            let items = try readItems(until: ";", entryLine: start)
            guard peek == ";" else { throw StatisticsImportError(fi: "avainsanan \(keyword) arvo ei pääty merkkiin ';'", en: "\(keyword) is not ended by ';'", at: .line(start)) }
            index += 1
            keywords.append(PXEntry(keyword: keyword, language: language, subkey: subkey, items: items, line: start))
        }
    }

    /// Items up to `terminator` (not consumed): quoted parts, joined when adjacent, or bare tokens
    /// such as `YES`, `8` or `TLIST(A1)`.
    private mutating func readItems(until terminator: UnicodeScalar, entryLine: Int) throws(StatisticsImportError) -> [String] {
        var items: [String] = []
        var current: String?
        while true {
            let lineBefore = line
            skipWhitespace()
            if line > lineBefore, startsKeyword() {
                throw StatisticsImportError(fi: "avainsanan arvo ei pääty merkkiin ';' ennen seuraavaa avainsanaa",
                                            en: "the keyword's value is not ended by ';' before the next keyword", at: .line(entryLine))
            }
            guard let scalar = peek else { throw StatisticsImportError(fi: "tiedosto loppuu kesken avainsanan arvon", en: "the file ends inside a keyword's value", at: .line(line)) }
            if scalar == terminator {
                if let current { items.append(current) }
                return items
            }
            if scalar == "," {
                items.append(current ?? "")
                current = nil
                index += 1
            } else if scalar == "\"" {
                current = (current ?? "") + (try quoted())
            } else {
                var depth = 0
                var bare = ""
                while let next = peek, depth > 0 || (next != "," && next != terminator && next != "\n" && next != "\r") {
                    if next == "(" { depth += 1 }
                    if next == ")" { depth -= 1 }
                    if next == "\"" { bare += "\"" + (try quoted()) + "\""; continue }
                    bare.unicodeScalars.append(next)
                    index += 1
                }
                current = (current ?? "") + bare.trimmingCharacters(in: .whitespaces)
            }
        }
    }

    private mutating func quoted() throws(StatisticsImportError) -> String {
        let start = line
        index += 1
        var text = String.UnicodeScalarView()
        while let scalar = peek, scalar != "\"" {
            // A quoted part must end on its own line; a longer text continues in a new part.
            guard scalar != "\n" else { throw StatisticsImportError(fi: "lainausmerkeissä oleva teksti jää rivillään sulkematta", en: "a quoted text is not closed on its line", at: .line(start)) }
            text.append(scalar)
            index += 1
        }
        guard peek == "\"" else { throw StatisticsImportError(fi: "lainausmerkeissä oleva teksti jää sulkematta", en: "a quoted text is not closed", at: .line(start)) }
        index += 1
        return String(text)
    }

    /// Everything after `DATA=`: cells separated by spaces, tabs, commas or semicolons, up to the end.
    private mutating func dataTokens() throws(StatisticsImportError) -> [PXToken] {
        var tokens: [PXToken] = []
        while true {
            while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "," || scalar == ";" || scalar == "\r" || scalar == "\n" {
                if scalar == "\n" { line += 1 }
                index += 1
            }
            guard let scalar = peek else { return tokens }
            if scalar == "\"" {
                let at = line
                tokens.append(PXToken(text: try quoted(), quoted: true, line: at))
            } else {
                let text = readWhile { !" \t,;\r\n\"".unicodeScalars.contains($0) }
                tokens.append(PXToken(text: text, quoted: false, line: line))
            }
        }
    }

    private var peek: UnicodeScalar? { index < scalars.count ? scalars[index] : nil }

    /// Whether a new keyword starts here (`NAME=`, `NAME(`, `NAME[` with NAME in capitals).
    private func startsKeyword() -> Bool {
        var position = index
        while position < scalars.count, ("A"..."Z").contains(scalars[position]) || scalars[position] == "-" { position += 1 }
        return position > index && position < scalars.count && "=([".unicodeScalars.contains(scalars[position])
    }

    private mutating func skipWhitespace() {
        while let scalar = peek, scalar.properties.isWhitespace {
            if scalar == "\n" { line += 1 }
            index += 1
        }
    }

    private mutating func readWhile(_ accept: (UnicodeScalar) -> Bool) -> String {
        var text = String.UnicodeScalarView()
        while let scalar = peek, accept(scalar) {
            text.append(scalar)
            index += 1
        }
        return String(text)
    }
}
