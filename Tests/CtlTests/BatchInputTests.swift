// BatchInputTests.swift — a batch file's fields are trimmed of the spaces a spreadsheet leaves
// around them (tabs and no-break spaces too), and nothing inside a field is touched.

@testable import CtlKit
import PluginAPI
import Testing

@Suite struct BatchInputTests {
    @Test func fieldsAreTrimmedOfSpacesTabsAndNoBreakSpacesAtTheirEndsOnly() throws {
        let text = "\u{FEFF} municipality ;service\t; date\n\u{00A0}Asikkala\u{202F};\tneuvonta ; 1.6.2025 \r\n  \n\"Kärkölä \";palkka tuki;2025-06-01\n"
        let input = try BatchInput(text: text, file: "t.csv", language: .fi)
        #expect(input.header == ["municipality", "service", "date"])
        #expect(input.rows.count == 2, "a line of spaces is no row")
        guard case .success(let first) = input.rows[0].question, case .success(let second) = input.rows[1].question else {
            Issue.record("both rows are questions")
            return
        }
        #expect(first["municipality"]?.stringValue == "Asikkala" && first["service"]?.stringValue == "neuvonta")
        #expect(first["date"]?.stringValue == "2025-06-01")
        #expect(second["municipality"]?.stringValue == "Kärkölä" && second["service"]?.stringValue == "palkka tuki")
    }

    @Test func trimmingKeepsLineBreaksOnlyWhereAsked() {
        #expect(" \t\u{00A0}a b\u{3000}\n".trimmingSpaces == "a b\u{3000}\n")
        #expect(" \t\u{00A0}a b\u{3000}\n".trimmingWhitespace == "a b")
        #expect(" \t ".trimmingSpaces.isEmpty && "".trimmingWhitespace.isEmpty)
    }
}
