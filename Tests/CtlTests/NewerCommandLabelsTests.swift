// NewerCommandLabelsTests.swift — what `aluectl decision`, `decisions`, `reload --dry-run` and
// `route --batch` print in text mode, in Finnish and in English: each view's words in the run's
// language and none of the other's; wire values, ids and the daemon's quoted diagnostics as they are.

import AlueWire
@testable import CtlKit
import Foundation
import PluginAPI
import Testing

@Suite struct NewerCommandLabelsTests {
    /// Every Finnish word in the Finnish text and no English one, and the other way round.
    private func expectLanguages(_ render: (Language) -> String, finnish: [String], english: [String],
                                 sourceLocation: SourceLocation = #_sourceLocation) {
        let (fi, en) = (render(.fi), render(.en))
        for word in finnish {
            #expect(fi.contains(word), "Finnish lacks '\(word)':\n\(fi)", sourceLocation: sourceLocation)
            #expect(!en.contains(word), "English holds '\(word)':\n\(en)", sourceLocation: sourceLocation)
        }
        for word in english {
            #expect(en.contains(word), "English lacks '\(word)':\n\(en)", sourceLocation: sourceLocation)
            #expect(!fi.contains(word), "Finnish holds '\(word)':\n\(fi)", sourceLocation: sourceLocation)
        }
    }

    private func json(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

    @Test func theDecisionLogPageIsInTheRunsLanguage() throws {
        let page = try json("""
            {"decisions": [{"decisionId": "abc-1", "at": "2025-03-01T08:00:00.000Z", "method": "route", "region": "paijat-hame",
              "municipality": {"code": "098", "name": "Hollola"}, "service": "palkkatuki", "date": "2025-03-01", "generation": 1}],
             "next": "abc-1"}
            """)
        expectLanguages({ DecisionCommand.list(page, $0) },
                        finnish: ["Tunnus", "Aika", "Kysymys", "Alue", "Kunta", "Palvelu", "Päivä", "Lisää: aluectl decisions --after abc-1 (samoin rajauksin)"],
                        english: ["Id", "Time", "Question", "Region", "Municipality", "Service", "Date",
                                  "More: aluectl decisions --after abc-1 (with the same filters)"])
        #expect(DecisionCommand.list(page, .en).contains("Hollola 098") && DecisionCommand.list(page, .en).contains("palkkatuki"))
    }

    @Test func aPastAnswersProvenanceIsInTheRunsLanguage() throws {
        let entry = try json("""
            {"decisionId": "abc-1", "at": "2025-03-01T08:00:00.000Z", "peer": {"uid": 1000}, "method": "route",
             "params": {"municipality": "Hollola", "service": "palkkatuki"}, "generation": 2,
             "plugins": [{"id": "paijat-hame", "version": "2.0.0", "libraryDigest": "", "dataDigest": "sha256:ab"}]}
            """)
        expectLanguages({ DecisionCommand.provenance(entry, $0) },
                        finnish: ["Päätöslokista:", "Annettu:", "Kysyjä:", "Kysymys:", "Sukupolvi:", "Laajennukset:",
                                  "paijat-hame 2.0.0: kirjasto (vaihdettu latauksen jälkeen), tiedot sha256:ab"],
                        english: ["From the decision log:", "Given:", "Asked by:", "Question:", "Generation:", "Plugins:",
                                  "paijat-hame 2.0.0: library (replaced after it was loaded), data sha256:ab"])
        #expect(DecisionCommand.provenance(entry, .en).contains(#"route {"municipality":"Hollola","service":"palkkatuki"}"#),
                "the question is quoted as it was asked")
    }

    @Test func theImpactPreviewTableIsInTheRunsLanguage() throws {
        let summary = #""summary": {"questions": 40, "changedQuestions": 1, "changes": 2, "dates": ["2025-03-01"], "messages": ["lappi: failed (no such file)"]}"#
        let changed = try json("""
            {"ok": true, \(summary), "changes": [{"region": "oulu", "municipality": {"code": "564", "name": "Oulu"}, "service": "palkkatuki",
              "date": "2025-03-01", "field": "delivery", "before": "local", "after": "purchased", "kind": "route"}]}
            """)
        expectLanguages({ ReloadCommand.table(changed, $0) },
                        finnish: ["Esikatselu: 2 muuttuvaa kohtaa 1 vastauksessa (40 kysymystä; päivät 2025-03-01). Mitään ei vaihdettu.",
                                  "Kunta", "Palvelu", "Kenttä", "Ennen", "Jälkeen", "Koko arvot: aluectl reload --dry-run --format csv tai --json"],
                        english: ["Preview: 2 changed cells in 1 answers (40 questions; days 2025-03-01). Nothing was swapped.",
                                  "Municipality", "Service", "Field", "Before", "After", "Whole values: aluectl reload --dry-run --format csv or --json"])
        for language in Language.allCases {
            let table = ReloadCommand.table(changed, language)
            #expect(table.contains("  lappi: failed (no such file)"), "the daemon's diagnostic is quoted as it is")
            #expect(table.contains("delivery") && table.contains("purchased"), "wire values stay as they are")
        }
        let unchanged = try json(#"{"ok": true, "summary": {"questions": 40, "changedQuestions": 0, "changes": 0, "dates": []}, "changes": []}"#)
        expectLanguages({ ReloadCommand.table(unchanged, $0) }, finnish: ["Ei muutoksia."], english: ["No changes."])
        let csv = ReloadCommand.csv(changed["changes"]?.arrayValue ?? [], .standard)
        #expect(csv.hasPrefix(ReloadCommand.columns.joined(separator: ",")), "the CSV columns stay the pinned wire names")
    }

    @Test func theBatchSaysOnStderrInTheRunsLanguage() {
        let summary = BatchRouting.Summary(rows: 10, answered: 4, errors: ["no_region": 2, "invalid_row": 4])
        expectLanguages({ summary.message[$0] + Messages.Batch.answersIn("out.csv")[$0] },
                        finnish: ["10 riviä: 4 vastattu, 6 virhettä (invalid_row 4, no_region 2); vastaukset: out.csv"],
                        english: ["10 rows: 4 answered, 6 failed (invalid_row 4, no_region 2); answers: out.csv"])
        expectLanguages({ Messages.Batch.progress(1000, of: 3000)[$0] }, finnish: ["1000/3000 riviä"], english: ["1000/3000 rows"])
        expectLanguages({ Messages.Batch.ignoredColumns(["ref", "note"])[$0] },
                        finnish: ["aluectl: näitä sarakkeita ei lueta, ne kopioidaan vastauksiin sellaisinaan: ref, note"],
                        english: ["aluectl: columns not read, carried over as they are: ref, note"])
        expectLanguages({ Messages.closedAtRow(7, sending: "Broken pipe")[$0] },
                        finnish: ["alued sulki yhteyden ennen rivin 7 vastausta (lähetys epäonnistui: Broken pipe)"],
                        english: ["alued closed the connection before answering row 7 (sending failed: Broken pipe)"])
    }

    @Test func aBatchRowsOwnErrorIsInTheBatchsLanguage() throws {
        let text = "ref,municipality,service,age\n1,,neuvonta,\n2,Hollola,neuvonta,forty\n3,Hollola\n"
        func errors(_ language: Language) throws -> String {
            try BatchInput(text: text, file: "in.csv", language: language).rows.compactMap { row in
                if case .failure(let error) = row.question { return "\(error.kind): \(error.message)" }
                return nil
            }.joined(separator: "\n")
        }
        expectLanguages({ (try? errors($0)) ?? "" },
                        finnish: ["invalid_row: 'municipality' on tyhjä", "invalid_row: ikä 'forty' ei ole kokonainen vuosimäärä",
                                  "invalid_row: 2 kenttää, mutta otsikkorivillä on 4"],
                        english: ["invalid_row: 'municipality' is empty", "invalid_row: age 'forty' is not a whole number of years",
                                  "invalid_row: 2 fields, but the header has 4"])
        for (input, finnish, english) in [("", "in.csv: tiedosto on tyhjä", "in.csv: the file is empty"),
                                          ("municipality,date\n", "in.csv: otsikkoriviltä puuttuu sarake 'service'", "in.csv: the header lacks the column 'service'"),
                                          ("municipality,service\n\"Hollola,x\n", "in.csv rivi 2: lainausmerkki jää sulkematta", "in.csv line 2: unterminated quote")] {
            let problem = #expect(throws: UsageError.self) { try BatchInput(text: input, file: "in.csv", language: .fi) }
            #expect(problem?.message.fi.hasPrefix(finnish) == true && problem?.message.en.hasPrefix(english) == true, "\(String(describing: problem?.message))")
        }
    }
}
