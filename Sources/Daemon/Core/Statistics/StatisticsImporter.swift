// Statistics/StatisticsImporter.swift — from a downloaded file to one statistic's figures: picks
// the reader by format (given, or guessed from the file name and content) and extracts.

import Foundation

public enum StatisticsFormat: String, CaseIterable, Sendable {
    case jsonStat2 = "json-stat2"
    case px
    case csv

    /// The format by file extension, else by content: `{` is JSON-stat, a PX file starts with keywords
    /// such as `CHARSET=` or `AXIS-VERSION=`, anything else is read as CSV.
    public static func guess(fileName: String?, content: [UInt8]) -> StatisticsFormat {
        let lowered = fileName?.lowercased() ?? ""
        if lowered.hasSuffix(".px") { return .px }
        if lowered.hasSuffix(".json") { return .jsonStat2 }
        if lowered.hasSuffix(".csv") { return .csv }
        let start = String(decoding: content.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{FEFF}"]))
        if start.hasPrefix("{") { return .jsonStat2 }
        if ["CHARSET=", "AXIS-VERSION=", "CODEPAGE=", "LANGUAGE="].contains(where: start.hasPrefix) { return .px }
        return .csv
    }
}

/// A file's content: bytes read from disk, or text that arrived as a JSON string.
public enum StatisticsContent: Sendable {
    case bytes([UInt8])
    case text(String)
}

public enum StatisticsImporter {
    public static func read(_ content: StatisticsContent, format: StatisticsFormat, statistic: ImportableStatistic,
                            directory: MunicipalityDirectory) throws(StatisticsImportError) -> ExtractedFigures {
        let cube: StatisticsCube
        switch (format, content) {
        case (.jsonStat2, .bytes(let bytes)):
            // JSON-stat is UTF-8; a byte-order mark some tools add is not part of the JSON.
            cube = try JSONStatReader.read(String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self))
        case (.jsonStat2, .text(let text)): cube = try JSONStatReader.read(text)
        case (.px, .bytes(let bytes)): cube = try PXReader.read(bytes)
        case (.px, .text(let text)): cube = try PXReader.read(text: text)
        case (.csv, .bytes(let bytes)): cube = try PxWebCSVReader.read(bytes)
        case (.csv, .text(let text)): cube = try PxWebCSVReader.read(text: text)
        }
        return try FigureExtractor.extract(cube, statistic: statistic, directory: directory)
    }
}
