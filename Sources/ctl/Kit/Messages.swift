// Messages.swift — what aluectl itself says when something is wrong (usage errors, input it
// refuses, an unreachable daemon) and the hints it adds under the daemon's errors, in Finnish and
// English, in one table. The daemon's own messages come in the asked language already.

import PluginAPI

enum Messages {
    static let error = LocalizedText("Virhe", "Error")
    static let usage = LocalizedText("Käyttö", "Usage")
    static func seeHelp(_ command: String?) -> LocalizedText {
        let help = "'aluectl help" + (command.map { " \($0)" } ?? "") + "'"
        return LocalizedText("  Katso \(help).", "  See \(help).")
    }

    // MARK: the command line

    static let noCommand = LocalizedText("komento puuttuu", "no command given")
    static func unknownCommand(_ name: String, nearest: [String]) -> LocalizedText {
        let near = nearest.joined(separator: ", ")
        return LocalizedText("tuntematon komento '\(name)'" + (nearest.isEmpty ? "" : "; tarkoititko \(near)?"),
                         "unknown command '\(name)'" + (nearest.isEmpty ? "" : "; did you mean \(near)?"))
    }
    static func unknownOption(_ option: String, command: String, known: [String]) -> LocalizedText {
        let list = known.joined(separator: ", ")
        return LocalizedText("komennolla \(command) ei ole valitsinta '\(option)'" + (known.isEmpty ? "" : "; sen valitsimet: \(list)"),
                         "unknown option '\(option)' for \(command)" + (known.isEmpty ? "" : "; it takes \(list)"))
    }
    static func notAnOptionOf(_ option: String, command: String) -> LocalizedText {
        LocalizedText("\(option) ei ole komennon '\(command)' valitsin", "\(option) is not an option of '\(command)'")
    }
    static func needsValue(_ option: String, _ valueName: String) -> LocalizedText {
        LocalizedText("\(option) tarvitsee arvon (\(valueName))", "\(option) needs a value (\(valueName))")
    }
    static func missingArguments(_ command: String, _ missing: [String]) -> LocalizedText {
        missing.count == 1
            ? LocalizedText("\(command): argumentti \(missing[0]) puuttuu", "\(command) needs \(missing[0]) (missing argument)")
            : LocalizedText("\(command): argumentit \(missing.joined(separator: " ja ")) puuttuvat",
                        "\(command) needs \(missing.joined(separator: " and ")) (missing arguments)")
    }
    static func tooManyArguments(_ command: String, at most: Int, got: String) -> LocalizedText {
        most == 0
            ? LocalizedText("\(command) ei ota argumentteja, annettiin '\(got)'", "\(command) takes no arguments, got '\(got)'")
            : LocalizedText("\(command) ottaa enintään \(most) argumenttia, ylimääräinen '\(got)'",
                        "\(command) takes at most \(most) argument(s), got '\(got)'")
    }
    /// `what` (an option, or a command's subcommand argument) is missing: `allocate needs --year`.
    static func needs(_ command: String, _ what: String) -> LocalizedText {
        LocalizedText("\(command): \(what) puuttuu", "\(command) needs \(what)")
    }
    /// `label` takes one of `choices`: `--format must be table, json or prometheus, not 'x'`.
    static func oneOf(_ label: String, _ choices: [String], got: String) -> LocalizedText {
        let fi = choices.count > 1 ? choices.dropLast().joined(separator: ", ") + " tai " + choices.last! : choices.joined()
        let en = choices.count > 1 ? choices.dropLast().joined(separator: ", ") + " or " + choices.last! : choices.joined()
        return LocalizedText("\(label) voi olla \(fi), ei '\(got)'", "\(label) must be \(en), not '\(got)'")
    }
    static func wholeNumber(_ label: String, got: String, positive: Bool = false) -> LocalizedText {
        positive
            ? LocalizedText("\(label) on positiivinen kokonaisluku, ei '\(got)'", "\(label) needs a positive whole number, not '\(got)'")
            : LocalizedText("\(label) on kokonaisluku, ei '\(got)'", "\(label) needs a whole number, not '\(got)'")
    }
    static func year(_ label: String, got: String) -> LocalizedText {
        LocalizedText("\(label) on vuosiluku, esimerkiksi 2025, ei '\(got)'", "\(label) must be a year like 2025, not '\(got)'")
    }
    /// An option that only a mode of its command takes: `--format applies to --dry-run`.
    static func appliesTo(_ option: String, _ mode: String) -> LocalizedText {
        LocalizedText("\(option) kuuluu \(mode)-ajoon", "\(option) applies to \(mode)")
    }
    /// An option that stands in for a command's arguments (`route --batch FILE`) given with them.
    static func replacesArguments(_ option: String, _ arguments: [String]) -> LocalizedText {
        LocalizedText("\(option) korvaa argumentit \(arguments.joined(separator: " ja ")); anna vain toinen",
                      "\(option) takes the place of \(arguments.joined(separator: " and ")); give one or the other")
    }
    static let timeoutSeconds = LocalizedText("--timeout tarvitsee positiivisen sekuntimäärän", "--timeout needs a positive number of seconds")
    /// A value aluectl checked and refused, named by its option or argument: `--date: '31.2.2025' is not a date; …`.
    static func invalid(_ label: String, _ problem: LocalizedText) -> LocalizedText {
        invalid(LocalizedText(verbatim: label), problem)
    }
    /// The same, where the place has words of its own: `in.csv line 4: …`.
    static func invalid(_ place: LocalizedText, _ problem: LocalizedText) -> LocalizedText {
        LocalizedText("\(place.fi): \(problem.fi)", "\(place.en): \(problem.en)")
    }
    static func invalidJSON(_ label: String, _ problem: String) -> LocalizedText {
        LocalizedText("\(label) ei ole kelvollista JSONia: \(problem)", "\(label) is not valid JSON: \(problem)")
    }

    // MARK: values as staff type them

    static func notAnAmount(_ text: String) -> LocalizedText {
        LocalizedText("'\(text)' ei ole euromäärä; kirjoita esimerkiksi 1 000,50 tai 1000.50 (enintään kaksi desimaalia)",
                  "'\(text)' is not a sum in euros; write it like 1 000,50 or 1000.50 (at most two decimals)")
    }
    static func notADate(_ text: String) -> LocalizedText {
        LocalizedText("'\(text)' ei ole päivämäärä; kirjoita esimerkiksi 1.3.2025 tai 2025-03-01",
                  "'\(text)' is not a date; write it like 1.3.2025 or 2025-03-01")
    }
    static func notAPeriod(_ text: String) -> LocalizedText {
        LocalizedText("'\(text)' ei ole kuukausi eikä vuosi; kirjoita esimerkiksi 3/2025, 2025-03 tai 2025",
                  "'\(text)' is not a month or a year; write it like 3/2025, 2025-03 or 2025")
    }

    // MARK: files aluectl reads

    static let nothingRecorded = LocalizedText("mitään ei kirjattu", "nothing was recorded")
    static let standardInput = LocalizedText("vakiosyöte", "standard input")
    static func atLine(_ file: String, _ line: Int) -> LocalizedText { LocalizedText("\(file) rivi \(line)", "\(file) line \(line)") }
    static func problemCount(_ total: Int, shown: Int) -> LocalizedText {
        LocalizedText("\(total) \(total == 1 ? "virhe" : "virhettä")" + (total > shown ? " (näytetään ensimmäiset \(shown))" : ""),
                  "\(total) \(total == 1 ? "problem" : "problems")" + (total > shown ? " (the first \(shown) are shown)" : ""))
    }
    static func recordedBefore(line: Int) -> LocalizedText {
        LocalizedText("rivit ennen riviä \(line) kirjattiin; tiedoston tuominen uudelleen ohittaa ne",
                  "rows before line \(line) were recorded; importing the file again skips them")
    }
    /// An import file refused whole: `bad.csv: 2 problems; nothing was recorded`.
    static func importRefused(_ file: String, _ problem: LocalizedText) -> LocalizedText {
        LocalizedText("\(file): \(problem.fi); \(nothingRecorded.fi)", "\(file): \(problem.en); \(nothingRecorded.en)")
    }
    static let fileMissing = LocalizedText("tiedostoa ei ole", "the file does not exist")
    static let fileIsDirectory = LocalizedText("polku on hakemisto eikä CSV-tiedosto", "the path is a directory, not a CSV file")
    static let fileUnreadable = LocalizedText("tiedostoa ei voi lukea (oikeudet?)", "the file cannot be read (permissions?)")
    static let notUTF8 = LocalizedText("tiedosto ei ole UTF-8-tekstiä: tallenna CSV UTF-8-muodossa (Excel: \"CSV UTF-8\")",
                                   "the file is not UTF-8 text: save the CSV as UTF-8 (Excel: \"CSV UTF-8\")")
    static func cannotRead(_ path: String) -> LocalizedText { LocalizedText("tiedostoa \(path) ei voi lukea", "cannot read \(path)") }
    static func cannotWrite(_ path: String) -> LocalizedText { LocalizedText("tiedostoon \(path) ei voi kirjoittaa", "cannot write \(path)") }
    static func tooLargeForImport(_ path: String, bytes: Int, limit: Int) -> LocalizedText {
        LocalizedText("\(path) on \(bytes) tavua; yhteen tuontiin mahtuu enintään \(limit): valitse PxWebissä vain tarvitsemasi vuodet ja alueet",
                  "\(path) has \(bytes) bytes; at most \(limit) fit one import: select only the years and areas you need in PxWeb")
    }
    static func statisticsArguments(got: String) -> LocalizedText {
        LocalizedText("statistics ottaa joko ei yhtään argumenttia tai 'import FILE', ei '\(got)'",
                  "statistics takes no argument or 'import FILE', not '\(got)'")
    }
    static let needsStatistic = LocalizedText("statistics import: --statistic puuttuu (mikä tilasto tiedostossa on)",
                                          "statistics import needs --statistic (which statistic the file holds)")

    /// The header or a row of a CSV file aluectl reads (a ledger import, a route batch).
    enum CSVRow {
        static func idUsed(_ id: String, line: Int) -> LocalizedText {
            LocalizedText("tunnus '\(id)' on jo käytössä rivillä \(line)", "id '\(id)' is already used on line \(line)")
        }
        static let noEntries = LocalizedText("tiedostossa on otsikkorivi mutta ei kirjauksia", "the file has a header but no entries")
        static func empty(_ columns: String) -> LocalizedText {
            LocalizedText("tiedosto on tyhjä; ensimmäisen rivin on nimettävä sarakkeet \(columns)",
                      "the file is empty; the first line must name the columns \(columns)")
        }
        static func lacksColumn(_ column: String, needed: String) -> LocalizedText {
            LocalizedText("otsikkoriviltä puuttuu sarake '\(column)' (tarvitaan: \(needed))",
                      "the header lacks the column '\(column)' (needed: \(needed))")
        }
        static func unknownColumn(_ column: String, allowed: String) -> LocalizedText {
            LocalizedText("tuntematon sarake '\(column)'; sallitut: \(allowed)", "unknown column '\(column)'; allowed: \(allowed)")
        }
        static func fieldCount(_ count: Int, header: Int) -> LocalizedText {
            LocalizedText("\(count) kenttää, mutta otsikkorivillä on \(header)", "\(count) fields, but the header has \(header)")
        }
        static func emptyValue(_ column: String) -> LocalizedText { LocalizedText("'\(column)' on tyhjä", "'\(column)' is empty") }
        static let unterminatedQuote = LocalizedText("lainausmerkki jää sulkematta", "unterminated quote")
        static func notYears(_ age: String) -> LocalizedText {
            LocalizedText("ikä '\(age)' ei ole kokonainen vuosimäärä", "age '\(age)' is not a whole number of years")
        }
    }

    /// `route --batch`: the options it cannot take, and what it says about the file.
    enum Batch {
        static func singleQuestionOption(_ option: String) -> LocalizedText {
            LocalizedText("\(option) kuvaa yhden kysymyksen; --batch-ajossa anna se tiedoston sarakkeena",
                          "\(option) describes one question; with --batch give it as a column of the file")
        }
        static let writesCSV = LocalizedText("--batch kirjoittaa CSV:tä; --json ei käy siihen", "--batch writes CSV; --json does not apply")
        static func ignoredColumns(_ columns: [String]) -> LocalizedText {
            let list = columns.joined(separator: ", ")
            return LocalizedText("aluectl: näitä sarakkeita ei lueta, ne kopioidaan vastauksiin sellaisinaan: \(list)",
                                 "aluectl: columns not read, carried over as they are: \(list)")
        }
        /// The progress line on a terminal, every thousand rows.
        static func progress(_ done: Int, of total: Int) -> LocalizedText { LocalizedText("\(done)/\(total) riviä", "\(done)/\(total) rows") }
        /// The summary at the end: `10 riviä: 4 vastattu, 6 virhettä (no_region 2, …)`.
        static func summary(rows: Int, answered: Int, failed: Int, kinds: String) -> LocalizedText {
            let byKind = kinds.isEmpty ? "" : " (\(kinds))"
            return LocalizedText("\(rows) riviä: \(answered) vastattu, \(failed) virhettä\(byKind)",
                                 "\(rows) rows: \(answered) answered, \(failed) failed\(byKind)")
        }
        static func answersIn(_ path: String) -> LocalizedText { LocalizedText("; vastaukset: \(path)", "; answers: \(path)") }
    }

    // MARK: the daemon

    static func noSocket(_ path: String) -> LocalizedText {
        LocalizedText("alued ei ole käynnissä: soketti \(path) puuttuu", "alued is not running: no socket at \(path)")
    }
    static func refused(_ path: String) -> LocalizedText {
        LocalizedText("alued ei ole käynnissä: \(path) ei ota yhteyksiä vastaan", "alued is not running: \(path) refuses connections")
    }
    static func noPermission(_ path: String) -> LocalizedText {
        LocalizedText("ei oikeutta ottaa yhteyttä sokettiin \(path) (kuulutko alue-ryhmään?)",
                  "no permission to connect to \(path) (are you in the alue group?)")
    }
    static func cannotReach(_ path: String, _ problem: String) -> LocalizedText {
        LocalizedText("alued ei ole tavoitettavissa (\(path)): \(problem)", "cannot reach alued at \(path): \(problem)")
    }
    static func cannotSend(_ path: String, _ problem: String) -> LocalizedText {
        LocalizedText("pyyntöä ei voitu lähettää alued:lle (\(path)): \(problem)", "cannot send to alued at \(path): \(problem)")
    }
    static let closedWithoutAnswer = LocalizedText("alued sulki yhteyden vastaamatta", "alued closed the connection without answering")
    static func noAnswerWithin(_ seconds: Double) -> LocalizedText {
        LocalizedText("alued ei vastannut \(seconds) sekunnissa", "alued did not answer within \(seconds) s")
    }
    static let answerTooLong = LocalizedText("alued:n vastaus on liian pitkä", "alued's answer is too long")
    static func unreadableAnswer(_ problem: String) -> LocalizedText {
        LocalizedText("alued:n vastausta ei voi lukea: \(problem)", "unreadable answer from alued: \(problem)")
    }
    static func answerWithoutResult(_ answer: String) -> LocalizedText {
        LocalizedText("vastauksessa ei ole tulosta: \(answer)", "answer without result: \(answer)")
    }
    /// A batch's connection ended before the answer to `row` (a line of the file) came; `sending`
    /// is why the requests could not be sent, if that is known.
    static func closedAtRow(_ row: Int, sending: String?) -> LocalizedText {
        LocalizedText("alued sulki yhteyden ennen rivin \(row) vastausta" + (sending.map { " (lähetys epäonnistui: \($0))" } ?? ""),
                      "alued closed the connection before answering row \(row)" + (sending.map { " (sending failed: \($0))" } ?? ""))
    }
    static func noAnswerToRow(_ row: Int, within seconds: Double) -> LocalizedText {
        LocalizedText("alued ei vastannut riviin \(row) \(seconds) sekunnissa", "alued did not answer row \(row) within \(seconds) s")
    }
    static func waited(_ seconds: Double) -> LocalizedText { LocalizedText(" (odotettiin \(seconds) s)", " (waited \(seconds) s)") }
    static func cannotRun(_ path: String, _ problem: String) -> LocalizedText {
        LocalizedText("\(path) ei käynnisty: \(problem)", "cannot run \(path): \(problem)")
    }

    /// What aluectl adds under a daemon error: the command that shows the valid choices, and the
    /// statute of a refusal.
    enum Hint {
        static let services = LocalizedText("Palvelut ja niiden tunnukset: aluectl services", "Services and their ids: aluectl services")
        static let regions = LocalizedText("Ladatut alueet: aluectl regions", "Loaded regions: aluectl regions")
        static let municipality = LocalizedText("Kunnan voi antaa nimellä tai kuntanumerolla: aluectl resolve NIMI",
                                            "A municipality is given by name or by its code: aluectl resolve NAME")
        static let inForceByLaw = LocalizedText("Lain mukaan voimassa", "In force by law")
        static let legalBasis = LocalizedText("Lakiperuste:", "Legal basis:")
    }
}
