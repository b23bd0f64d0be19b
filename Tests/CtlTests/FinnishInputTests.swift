// FinnishInputTests.swift — amounts, dates and periods as Finnish staff type them become the wire
// forms; anything else is refused with a message that shows how to write it.

import CtlKit
import PluginAPI
import Testing

@Suite struct FinnishInputTests {
    @Test(arguments: [
        ("1 000,50", "1000.50"), ("1\u{00A0}000,50", "1000.50"), ("1\u{202F}000,50", "1000.50"), ("1000.50", "1000.50"),
        ("1000", "1000"), ("-50,00", "-50.00"), ("−50,5", "-50.5"), ("+12", "12"), ("1 234 567,89 €", "1234567.89"),
        (" 734,32 ", "734.32"), ("0,05", "0.05"), ("12 000", "12000"),
    ])
    func amounts(typed: String, wire: String) throws {
        #expect(try FinnishInput.amount(typed) == wire)
    }

    @Test(arguments: ["", "1.000,50", "1,2,3", "1.234", "12 00", "1000 000", "1 0000", "abc", "1e6", ",5", "1,", "--5", "1 000.5.0"])
    func notAmounts(typed: String) {
        #expect(throws: InputError.self) { try FinnishInput.amount(typed) }
    }

    @Test(arguments: [("1.3.2025", "2025-03-01"), ("01.03.2025", "2025-03-01"), ("2025-03-01", "2025-03-01"),
                      ("29.2.2024", "2024-02-29"), ("31.12.2025", "2025-12-31")])
    func dates(typed: String, wire: String) throws {
        #expect(try FinnishInput.date(typed) == wire)
    }

    @Test(arguments: ["31.2.2025", "29.2.2025", "1.3.25", "2025-3-1", "1/3/2025", "1.13.2025", "tomorrow", "", "2025-02-30"])
    func notDates(typed: String) {
        #expect(throws: InputError.self) { try FinnishInput.date(typed) }
    }

    @Test(arguments: [("3/2025", "2025-03"), ("03/2025", "2025-03"), ("3.2025", "2025-03"), ("2025-03", "2025-03"),
                      ("12/2025", "2025-12"), ("2025", "2025")])
    func periods(typed: String, wire: String) throws {
        #expect(try FinnishInput.period(typed) == wire)
    }

    @Test(arguments: ["13/2025", "0/2025", "2025-3", "3/25", "maaliskuu", "20255"])
    func notPeriods(typed: String) {
        #expect(throws: InputError.self) { try FinnishInput.period(typed) }
    }

    @Test func aBadDateIsAUsageErrorOfItsCommand() throws {
        let spec = CommandSpec("route", abstract: "", arguments: ["M"], options: [OptionSpec("--date", "DATE", "")]) { _, _ in .success }
        let parsed = try spec.parse(["Hollola", "--date", "31.2.2025"])
        do {
            _ = try parsed.date("--date")
            Issue.record("accepted 31.2.2025")
        } catch {
            #expect(error.command == "route")
            #expect(error.message == LocalizedText(fi: "--date: '31.2.2025' ei ole päivämäärä; kirjoita esimerkiksi 1.3.2025 tai 2025-03-01",
                                                   en: "--date: '31.2.2025' is not a date; write it like 1.3.2025 or 2025-03-01"))
        }
        #expect(try spec.parse(["Hollola", "--date=1.3.2025"]).date("--date") == "2025-03-01")
    }
}
