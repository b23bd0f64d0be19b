// BatchRouteTests.swift — `aluectl route --batch` against the real daemon: one output row per input
// row in order (well past the pipelining window), bad rows answered in their error column without
// stopping the batch, the pinned columns, `,` or csv-fi's `;` with a byte-order mark, --output and
// stdin, the summary on stderr (no progress line when stderr is not a terminal), and usage errors.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct BatchRouteTests {
    static let outputColumns = "region,authority,delivery,provider,case_owner,cost_principle,bearer,status,cost_status,decision_id,error"

    /// Splits RFC 4180 output (no quoted line breaks in it) into rows of fields.
    static func rows(_ csv: String, separator: Character = ",") -> [[String]] {
        csv.split(separator: "\r\n").map { line in
            var fields: [String] = [], current = "", quoted = false
            var characters = Array(line)[...]
            while let character = characters.popFirst() {
                if character == "\"" {
                    if quoted, characters.first == "\"" { current.append("\""); characters.removeFirst() } else { quoted.toggle() }
                } else if character == separator && !quoted {
                    fields.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
            }
            return fields + [current]
        }
    }

    @Test func everyRowIsAnsweredInOrderAndBadRowsCarryTheirError() throws {
        let daemon = try DaemonProcess()
        let work = TemporaryDirectory("alue-batch")
        let input = """
            \u{FEFF}ref;municipality;service;date;age;employer_location
            1;Asikkala;tyollistymissuunnitelma;2025-03-01;;
            2;Lahti;palkkatuki;2025-03-01;;
            3;Atlantis;palkkatuki;2025-03-01;;
            4;Hollola;palkkatuki;2025-03-01;forty;
            5;;neuvonta;2025-03-01;;
            6;Oulu;palkkatuki;1.3.2025;;
            7;Orimattila;tyonantajapuhelin;2025-03-01;;Lahti
            8;Hollola;no_such_service;2025-03-01;;
            9;Hollola;palkkatuki;2025-03-01;;;extra
            10;Kempele;palkkatuki;2025-06-01;45;

            """
        try input.write(toFile: "\(work.path)/in.csv", atomically: true, encoding: .utf8)
        let result = try CommandRunner.aluectl(["route", "--batch", "\(work.path)/in.csv"], socket: daemon.socketPath)
        #expect(result.status == 1, "some rows failed: \(result.stderr)")
        let rows = Self.rows(result.stdout.trimmingCharacters(in: .newlines))
        #expect(rows.first == ["ref", "municipality", "service", "date", "age", "employer_location"] + Self.outputColumns.split(separator: ",").map(String.init))
        let body = Array(rows.dropFirst())
        #expect(body.map { $0[0] } == (1...10).map(String.init), "one row per input row, in order")
        #expect(body.allSatisfy { $0.count == 17 })
        func cell(_ row: Int, _ column: String) -> String {
            let index = rows[0].firstIndex(of: column)!
            return body[row - 1][index]
        }
        #expect(cell(1, "region") == "paijat-hame" && cell(1, "delivery") == "local" && cell(1, "error").isEmpty)
        #expect(cell(1, "cost_principle") == "shared_by_key" && cell(1, "bearer") == "members_by_key: shared_services")
        #expect(cell(1, "status") == "explicit" && !cell(1, "cost_status").isEmpty)
        #expect(cell(2, "error").hasPrefix("no_region: ") && cell(2, "region").isEmpty)
        #expect(cell(3, "error").hasPrefix("unknown_municipality: "))
        #expect(cell(4, "error").hasPrefix("invalid_row: ikä 'forty'"))
        #expect(cell(5, "error") == "invalid_row: 'municipality' on tyhjä", "aluectl's own row errors are in its language, as the daemon's are")
        #expect(cell(6, "region") == "oulu" && cell(6, "error").isEmpty, "a date as staff write it (1.3.2025) is read")
        #expect(cell(7, "delivery") == "other_authority", "employer_location is read")
        #expect(cell(8, "error").hasPrefix("unknown_service: "))
        #expect(cell(9, "error").hasPrefix("invalid_row: 7 kenttää"))
        #expect(cell(10, "bearer") == "municipality: Kempele 244" && cell(10, "age") == "45")
        #expect(result.stderr.contains("10 riviä: 4 vastattu, 6 virhettä"), "\(result.stderr)")
        #expect(!result.stderr.contains("\r"), "no progress line when stderr is not a terminal")

        // The decision ids are the decisions the log kept, with the same answer.
        let connection = try daemon.connect()
        let id = cell(10, "decision_id")
        try DecisionLogTests.waitUntil("the batch's decisions to be written") {
            (try? connection.call("decisions.get", json: #"{"decisionId": "\#(id)"}"#)) != nil
        }
        let kept = try connection.call("decisions.get", json: #"{"decisionId": "\#(id)"}"#)
        #expect(kept["params"]?["client"]?["age"]?.intValue == 45)
        #expect(kept["result"]?["cost"]?["principle"]?.stringValue == cell(10, "cost_principle"))
    }

    @Test func aLongBatchStaysInOrderAndCsvFiGoesToTheOutputFile() throws {
        let daemon = try DaemonProcess()
        let work = TemporaryDirectory("alue-batch-long")
        let members = ["Asikkala", "Hollola", "Oulu", "Kempele", "Forssa", "Hämeenlinna", "Lahti"]
        let lines = (0..<3000).map { "\($0),\(members[$0 % members.count]),palkkatuki,2025-03-01" }
        let output = "\(work.path)/out.csv"
        let result = try CommandRunner.aluectl(["route", "--batch", "-", "--output", output, "--format", "csv-fi"], socket: daemon.socketPath,
                                               stdin: "n,municipality,service,date\n" + lines.joined(separator: "\n") + "\n")
        #expect(result.status == 1, "the Lahti rows have no region: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lahti = (0..<3000).filter { members[$0 % members.count] == "Lahti" }.count
        #expect(result.stderr.contains("3000 riviä: \(3000 - lahti) vastattu, \(lahti) virhettä (no_region \(lahti)); vastaukset: \(output)"),
                "\(result.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: output))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte-order mark for Finnish Excel")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("n;municipality;service;date;region;"))
        let rows = Self.rows(text.trimmingCharacters(in: .newlines), separator: ";").dropFirst()
        #expect(rows.map { $0[0] } == (0..<3000).map(String.init))
        #expect(rows.allSatisfy { ($0[1] == "Lahti") == $0.last!.hasPrefix("no_region") })
        #expect(Set(rows.compactMap { $0[$0.count - 2].isEmpty ? nil : $0[$0.count - 2] }).count == 3000 - lahti, "every answer has its own decision id")

        let clean = try CommandRunner.aluectl(["route", "--batch", "-"], socket: daemon.socketPath,
                                              stdin: "municipality,service\nKärkölä,neuvonta\n")
        #expect(clean.status == 0 && clean.stderr.contains("1 riviä: 1 vastattu, 0 virhettä"), "\(clean.stderr)")
    }

    /// What the batch says on stderr, and its own row errors, follow `--lang` like the daemon's answers.
    @Test func theWarningSummaryAndRowErrorsFollowTheLanguage() throws {
        let daemon = try DaemonProcess()
        let input = "ref,municipality,service\n1,Kärkölä,neuvonta\n2,,neuvonta\n"
        let finnish = try CommandRunner.aluectl(["route", "--batch", "-"], socket: daemon.socketPath, stdin: input)
        let english = try CommandRunner.aluectl(["--lang", "en", "route", "--batch", "-"], socket: daemon.socketPath, stdin: input)
        #expect(finnish.status == 1 && english.status == 1, "\(finnish.stderr)\(english.stderr)")
        let finnishWords = ["aluectl: näitä sarakkeita ei lueta, ne kopioidaan vastauksiin sellaisinaan: ref", "2 riviä: 1 vastattu, 1 virhettä (invalid_row 1)"]
        let englishWords = ["aluectl: columns not read, carried over as they are: ref", "2 rows: 1 answered, 1 failed (invalid_row 1)"]
        for (words, other, result) in [(finnishWords, englishWords, finnish), (englishWords, finnishWords, english)] {
            #expect(words.allSatisfy(result.stderr.contains) && !other.contains(where: result.stderr.contains), "\(result.stderr)")
        }
        #expect(finnish.stdout.contains("invalid_row: 'municipality' on tyhjä") && english.stdout.contains("invalid_row: 'municipality' is empty"))
        #expect(Self.rows(english.stdout.trimmingCharacters(in: .newlines)).first == ["ref", "municipality", "service"]
            + Self.outputColumns.split(separator: ",").map(String.init), "the columns stay the pinned names")
    }

    @Test func usageErrorsAreExitTwo() throws {
        let work = TemporaryDirectory("alue-batch-usage")
        try "municipality,date\nHollola,2025-03-01\n".write(toFile: "\(work.path)/noservice.csv", atomically: true, encoding: .utf8)
        for arguments in [["route", "--batch", "\(work.path)/noservice.csv"], ["route", "Hollola", "neuvonta", "--batch", "x.csv"],
                          ["route", "--batch", "\(work.path)/absent.csv"], ["route", "--batch", "x.csv", "--date", "2025-03-01"],
                          ["route", "--batch", "x.csv", "--format", "xlsx"], ["route", "Hollola", "neuvonta", "--output", "x.csv"]] {
            let result = try CommandRunner.aluectl(arguments, socket: "\(work.path)/none.sock")
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
        }
    }
}
