// LedgerCSVTests.swift — the import file: both dialects, Finnish amounts and dates, quotes, and
// every bad row reported with its line (up to a limit), never just the first.

import AlueWire
import CtlKit
import PluginAPI
import Testing

@Suite struct LedgerCSVTests {
    @Test func readsTheFinnishSpreadsheetDialect() throws {
        let rows = try LedgerCSV.parse("\u{FEFF}" + #"""
            ID;Date;Municipality;Service;Amount;Description
            k-1;1.4.2025;Kärkölä;palkkatuki;1 200,50;"palkkatuki; huhtikuu"
            k-2;2025-04-02;Heinola;starttiraha;-50,00;"sanoi ""hyvitys"""

            """#)
        #expect(rows.map(\.line) == [2, 3])
        #expect(rows[0].entry == .object([("id", "k-1"), ("date", "2025-04-01"), ("municipality", "Kärkölä"), ("service", "palkkatuki"),
                                          ("amount", "1200.50"), ("description", "palkkatuki; huhtikuu")].map { ($0.0, JSONValue.string($0.1)) }))
        #expect(rows[1].entry["amount"] == .string("-50.00"))
        #expect(rows[1].entry["description"] == .string(#"sanoi "hyvitys""#))
    }

    @Test func readsTheCommaDialectWithAnAdvanceBillWithoutService() throws {
        let rows = try LedgerCSV.parse("id,date,municipality,service,amount,kind\r\nb-1,2025-01-31,Forssa,,5000.00,advance_bill\r\n")
        #expect(rows.count == 1)
        #expect(rows[0].entry["service"] == nil)
        #expect(rows[0].entry["kind"] == .string("advance_bill"))
    }

    @Test func reportsEveryBadRowWithItsLine() {
        let text = """
            id,date,municipality,service,amount,kind
            a,2025-04-01,Hollola,palkkatuki,10.00,cost
            b,31.2.2025,Hollola,palkkatuki,10.00,cost
            c,2025-04-01,Hollola,palkkatuki,1.234,cost
            a,2025-04-01,Hollola,palkkatuki,10.00,cost
            d,2025-04-01,,palkkatuki,10.00,cost
            e,2025-04-01,Hollola,palkkatuki,10.00
            f,2025-04-01,Hollola,palkkatuki,10.00,refund
            "g,2025-04-01,Hollola,palkkatuki,10.00,cost
            """
        do {
            _ = try LedgerCSV.parse(text)
            Issue.record("accepted a file with bad rows")
        } catch {
            #expect(error.total == 7)
            #expect(error.problems.map(\.line) == [3, 4, 5, 6, 7, 8, 9])
            #expect(error.problems[0].message.en == "date: '31.2.2025' is not a date; write it like 1.3.2025 or 2025-03-01")
            #expect(error.problems[0].message.fi == "date: '31.2.2025' ei ole päivämäärä; kirjoita esimerkiksi 1.3.2025 tai 2025-03-01")
            #expect(error.problems[1].message.en.hasPrefix("amount: '1.234' is not a sum in euros"))
            #expect(error.problems[2].message == LocalizedText(fi: "tunnus 'a' on jo käytössä rivillä 2", en: "id 'a' is already used on line 2"))
            #expect(error.problems[3].message == LocalizedText(fi: "'municipality' on tyhjä", en: "'municipality' is empty"))
            #expect(error.problems[4].message.en == "5 fields, but the header has 6")
            #expect(error.problems[5].message.en == "kind: kind must be cost or advance_bill, not 'refund'")
            #expect(error.problems[6].message == LocalizedText(fi: "lainausmerkki jää sulkematta", en: "unterminated quote"))
        }
    }

    @Test func reportsAtMostTheLimitButCountsThemAll() {
        let rows = (1...50).map { "x\($0),not-a-date,Hollola,palkkatuki,1.00" }
        do {
            _ = try LedgerCSV.parse((["id,date,municipality,service,amount"] + rows).joined(separator: "\n"))
            Issue.record("accepted")
        } catch {
            #expect(error.problems.count == LedgerCSV.problemLimit)
            #expect(error.total == 50)
            #expect(error.problems.first?.line == 2)
        }
    }

    @Test(arguments: [
        ("", "the file is empty"),
        ("id,date,municipality,amount\n", "the header lacks the column 'service'"),
        ("id,date,municipality,service,amount,colour\n", "unknown column 'colour'"),
        ("id,date,municipality,service,amount\n\n", "the file has a header but no entries"),
    ])
    func fileLevelProblems(text: String, message: String) {
        do {
            _ = try LedgerCSV.parse(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.problems.first?.message.en.hasPrefix(message) == true, "\(error.problems)")
        }
    }
}
