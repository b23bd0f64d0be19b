// TextWrap.swift — long text broken between words to fit a terminal, so a region's facts and
// citations read in an 80–120 column window instead of as one 2 000-character line.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

public enum TextWrap {
    /// The width to wrap to: the terminal's when stdout is one, else `$COLUMNS`, else 100 —
    /// kept within 60…120 so that text stays readable on very wide screens.
    public static var width: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(max(Int(size.ws_col), 60), 120)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return min(max(columns, 60), 120)
        }
        return 100
    }

    /// `text` (one paragraph) in lines of at most `width` characters, broken at spaces; a word
    /// longer than the width (a URL) stands on a line of its own.
    public static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// Every line of `text` that is too long, wrapped; its continuations are indented like it
    /// plus `hanging` spaces.
    public static func wrap(_ text: String, width: Int, hanging: Int = 2) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard line.count > width else { return [String(line)] }
            let indent = String(repeating: " ", count: line.prefix { $0 == " " }.count)
            let continuation = indent + String(repeating: " ", count: hanging)
            let parts = lines(String(line.dropFirst(indent.count)), width: max(10, width - continuation.count))
            return parts.enumerated().map { index, part in (index == 0 ? indent : continuation) + part }
        }.joined(separator: "\n")
    }
}
