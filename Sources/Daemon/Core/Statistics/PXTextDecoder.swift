// Statistics/PXTextDecoder.swift — turns a PX file's bytes into text by its CODEPAGE keyword.
// Statistics Finland writes iso-8859-15 today and windows-1252 in older files; PxWeb can also
// write utf-8. The keyword itself is ASCII, so it is found before decoding. Without CODEPAGE
// the PX specification's default, iso-8859-1, applies.

import Foundation

enum PXTextDecoder {
    static func decode(_ bytes: [UInt8]) throws(StatisticsImportError) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(validating: bytes.dropFirst(3), as: UTF8.self) { return text }
        guard let text = decode(bytes, codepage: codepage(in: bytes)) else {
            let codepage = codepage(in: bytes) ?? ""
            throw StatisticsImportError(fi: "CODEPAGE '\(codepage)' ei kelpaa: tiedosto ei ole tässä merkistössä, tai se ei ole mikään merkistöistä "
                                            + "iso-8859-15, iso-8859-1, windows-1252, utf-8",
                                        en: "CODEPAGE '\(codepage)' cannot be read: the file is not in it, or it is none of iso-8859-15, iso-8859-1, windows-1252, utf-8",
                                        at: .line(lineNumber(of: "CODEPAGE", in: bytes)))
        }
        return text
    }

    /// `bytes` in the named code page; nil for a code page this reader does not know (or invalid UTF-8).
    static func decode(_ bytes: [UInt8], codepage: String?) -> String? {
        switch codepage?.lowercased().replacingOccurrences(of: "_", with: "-") {
        case nil, "iso-8859-1", "latin1", "latin-1":
            return singleByte(bytes, [:])
        case "iso-8859-15", "latin-9", "latin9":
            return singleByte(bytes, latin9)
        case "windows-1252", "cp1252", "ansi":
            return singleByte(bytes, windows1252)
        case "utf-8", "utf8":
            return String(validating: bytes, as: UTF8.self)
        default:
            return nil
        }
    }

    /// A single-byte code page: Latin-1 except where `overrides` says otherwise.
    private static func singleByte(_ bytes: [UInt8], _ overrides: [UInt8: UnicodeScalar]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: bytes.map { overrides[$0] ?? UnicodeScalar($0) })
        return String(scalars)
    }

    /// The value of `CODEPAGE="…";`, read from the raw bytes.
    private static func codepage(in bytes: [UInt8]) -> String? {
        guard let range = find(Array("CODEPAGE=".utf8), in: bytes) else { return nil }
        var index = range
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\"") { index += 1 }
        var value: [UInt8] = []
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: ";"), value.count < 40 {
            value.append(bytes[index])
            index += 1
        }
        return String(decoding: value, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    /// The index just after the first occurrence of `needle` at the start of a line.
    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        var index = 0
        while index + needle.count <= bytes.count {
            if (index == 0 || bytes[index - 1] == 10 || bytes[index - 1] == 13), bytes[index..<index + needle.count].elementsEqual(needle) {
                return index + needle.count
            }
            index += 1
        }
        return nil
    }

    private static func lineNumber(of keyword: String, in bytes: [UInt8]) -> Int {
        guard let end = find(Array(keyword.utf8), in: bytes) else { return 1 }
        return bytes[..<end].filter { $0 == 10 }.count + 1
    }

    /// ISO-8859-15 differs from ISO-8859-1 in eight positions (€, Š, š, Ž, ž, Œ, œ, Ÿ).
    private static let latin9: [UInt8: UnicodeScalar] = [
        0xA4: "\u{20AC}", 0xA6: "\u{0160}", 0xA8: "\u{0161}", 0xB4: "\u{017D}",
        0xB8: "\u{017E}", 0xBC: "\u{0152}", 0xBD: "\u{0153}", 0xBE: "\u{0178}",
    ]

    /// Windows-1252 uses 0x80–0x9F for printable characters (€, quotes, dashes, Š, Ž …).
    private static let windows1252: [UInt8: UnicodeScalar] = [
        0x80: "\u{20AC}", 0x82: "\u{201A}", 0x83: "\u{0192}", 0x84: "\u{201E}", 0x85: "\u{2026}", 0x86: "\u{2020}",
        0x87: "\u{2021}", 0x88: "\u{02C6}", 0x89: "\u{2030}", 0x8A: "\u{0160}", 0x8B: "\u{2039}", 0x8C: "\u{0152}",
        0x8E: "\u{017D}", 0x91: "\u{2018}", 0x92: "\u{2019}", 0x93: "\u{201C}", 0x94: "\u{201D}", 0x95: "\u{2022}",
        0x96: "\u{2013}", 0x97: "\u{2014}", 0x98: "\u{02DC}", 0x99: "\u{2122}", 0x9A: "\u{0161}", 0x9B: "\u{203A}",
        0x9C: "\u{0153}", 0x9E: "\u{017E}", 0x9F: "\u{0178}",
    ]
}
