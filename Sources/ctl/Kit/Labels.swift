// Labels.swift — every label and heading aluectl prints, in Finnish and English, in one table:
// a word used by several views is written once (`Common`), each view names only its own words.
// The Finnish is what staff have always read; the wire names stay in --json.

import PluginAPI

enum Labels {
    /// Words many views share.
    enum Common {
        static let region = LocalizedText("Alue", "Region")
        static let municipality = LocalizedText("Kunta", "Municipality")
        static let service = LocalizedText("Palvelu", "Service")
        static let date = LocalizedText("Päivä", "Date")
        static let id = LocalizedText("Tunnus", "Id")
        static let status = LocalizedText("Varmuus", "Status")
        static let notes = LocalizedText("Huomiot:", "Notes:")
        static let sources = LocalizedText("Lähteet:", "Sources:")
        static let source = LocalizedText("Lähde", "Source")
        static let total = LocalizedText("Yhteensä", "Total")
        static let amount = LocalizedText("Euroa", "Euros")
        static let generation = LocalizedText("Sukupolvi", "Generation")
        static let uptime = LocalizedText("Käynnissä", "Uptime")
        static let employmentArea = LocalizedText("Työllisyysalue", "Employment area")
        static let responsibleMunicipality = LocalizedText("Vastuukunta", "Responsible municipality")
        static let authority = LocalizedText("Työvoimaviranomainen", "Employment authority")
        static let plugin = LocalizedText("Laajennus", "Plugin")
        static let key = LocalizedText("Jakoavain", "Allocation key")
        static let weightsSource = LocalizedText("Painojen lähde", "Source of the weights")
        static let yes = LocalizedText("kyllä", "yes")
        static let no = LocalizedText("ei", "no")
        static func since(_ date: String) -> LocalizedText { LocalizedText("\(date) alkaen", "from \(date)") }
        static func until(_ date: String) -> LocalizedText { LocalizedText("\(date) asti", "until \(date)") }
    }

    /// How a citation names its lines: `rivi 356`, `rivit 629–630`.
    enum Citation {
        static let line = LocalizedText("rivi", "line")
        static let lines = LocalizedText("rivit", "lines")
    }

    /// Routing, procurement and cost decisions.
    enum Decision {
        static let delivery = LocalizedText("Toteutustapa", "Delivery")
        static let provider = LocalizedText("Palveluntuottaja", "Provider")
        static let caseOwner = LocalizedText("Asiakkuus", "Case owner")
        static let locations = LocalizedText("Palvelupaikat", "Service points")
        static let channels = LocalizedText("Kanavat", "Channels")
        static let cost = LocalizedText("Kustannus:", "Cost:")
        static let principle = LocalizedText("Periaate", "Principle")
        static let payer = LocalizedText("Maksaja", "Payer")
        static let bearer = LocalizedText("Lopullinen maksaja", "Borne by")
        static let billing = LocalizedText("Laskutus", "Billing")
        static let model = LocalizedText("Hankintamalli", "Procurement model")
        static let procuringAuthority = LocalizedText("Hankkija", "Procuring authority")
        static let partners = LocalizedText("Kumppanit", "Partners")
        static let categories = LocalizedText("Palvelukorit", "Categories")
        static let conditions = LocalizedText("Valtakunnalliset ehdot:", "National conditions:")
        static let decisionId = LocalizedText("Päätöksen tunnus", "Decision id")
        static func responsibleMunicipality(_ municipality: String) -> LocalizedText {
            LocalizedText("vastuukunta \(municipality)", "responsible municipality \(municipality)")
        }
        static func deadline(_ day: String) -> LocalizedText { LocalizedText("viimeistään \(day)", "by \(day)") }
        /// A `case_by_case` bearer: the parties that settle it.
        static func between(_ parties: String) -> LocalizedText { LocalizedText("osapuolet: \(parties)", "between \(parties)") }
        /// The warning of an answer past the region's declared plan period.
        static func beyondPlanPeriod(date: LocalizedText, period: LocalizedText) -> LocalizedText {
            LocalizedText("VAROITUS: Päivä \(date.fi) on suunnitelmakauden \(period.fi) jälkeen. Suunnitelma ei kata tätä päivää, "
                      + "joten mikään vastauksen osa ei ole vahvempi kuin päätelty (inferred).",
                      "WARNING: \(date.en) is after the plan period \(period.en). The plan does not cover this day, "
                      + "so no part of the answer is stronger than inferred.")
        }
        static let planPeriod = LocalizedText("Suunnitelmakausi:", "Plan period:")
    }

    /// `decision` and `decisions`: the decision log and where a past answer came from.
    enum DecisionLog {
        static let fromTheLog = LocalizedText("Päätöslokista:", "From the decision log:")
        static let given = LocalizedText("Annettu", "Given")
        static let askedBy = LocalizedText("Kysyjä", "Asked by")
        static let question = LocalizedText("Kysymys", "Question")
        static let time = LocalizedText("Aika", "Time")
        static let plugins = LocalizedText("Laajennukset", "Plugins")
        /// A plugin that answered: its library's digest (none when the file was replaced after it
        /// was loaded) and its data's.
        static func plugin(_ name: String, library digest: String?, data: String) -> LocalizedText {
            LocalizedText("\(name): kirjasto \(digest ?? "(vaihdettu latauksen jälkeen)"), tiedot \(data)",
                          "\(name): library \(digest ?? "(replaced after it was loaded)"), data \(data)")
        }
        static func nextPage(_ next: String) -> LocalizedText {
            LocalizedText("Lisää: aluectl decisions --after \(next) (samoin rajauksin)",
                          "More: aluectl decisions --after \(next) (with the same filters)")
        }
    }

    /// `reload --dry-run`: the impact preview as a table.
    enum Preview {
        static func summary(changes: String, answers: String, questions: String, dates: String) -> LocalizedText {
            LocalizedText("Esikatselu: \(changes) muuttuvaa kohtaa \(answers) vastauksessa (\(questions) kysymystä; päivät \(dates)). Mitään ei vaihdettu.",
                          "Preview: \(changes) changed cells in \(answers) answers (\(questions) questions; days \(dates)). Nothing was swapped.")
        }
        static let noChanges = LocalizedText("Ei muutoksia.", "No changes.")
        static let field = LocalizedText("Kenttä", "Field")
        static let before = LocalizedText("Ennen", "Before")
        static let after = LocalizedText("Jälkeen", "After")
        static let wholeValues = LocalizedText("Koko arvot: aluectl reload --dry-run --format csv tai --json",
                                               "Whole values: aluectl reload --dry-run --format csv or --json")
    }

    enum Region {
        static let members = LocalizedText("Jäsenkunnat", "Members")
        static let memberCount = LocalizedText("Kuntia", "Members")
        static let inForce = LocalizedText("Voimassa", "In force")
        static let facts = LocalizedText("Suunnitelman tiedot:", "The plan's facts:")
        static let value = LocalizedText("Arvo", "Value")
        static let asOf = LocalizedText("Ajankohta", "As of")
    }

    enum Resolve {
        static let swedishName = LocalizedText("Ruotsiksi", "In Swedish")
        static let province = LocalizedText("Maakunta", "Province")
        static let noRegion = LocalizedText("— (ei ladattua aluetta)", "— (no loaded region)")
        static let unknown = LocalizedText("ei tiedossa", "not known")
    }

    /// `services`: the catalog with national law's facts.
    enum Services {
        static let responsibility = LocalizedText("Vastuu", "Responsibility")
        static let inForce = LocalizedText("Voimassa", "In force")
        static let footnotes = LocalizedText("Huomautukset:", "Remarks:")
        static let unverified = LocalizedText("lakiperuste tarkistamatta", "legal basis not verified")
    }

    /// `status` and `stats`.
    enum Daemon {
        static func protocolVersion(_ version: String) -> LocalizedText { LocalizedText("protokolla \(version)", "protocol \(version)") }
        static let state = LocalizedText("Tila", "State")
        static let ready = LocalizedText("valmis (ready)", "ready")
        static let starting = LocalizedText("käynnistyy", "starting")
        static let socket = LocalizedText("Soketti", "Socket")
        static let connectionCount = LocalizedText("Yhteyksiä", "Connections")
        static let version = LocalizedText("Versio", "Version")
        static let libraryOrError = LocalizedText("Kirjasto / virhe", "Library / error")
        static let requests = LocalizedText("Pyyntöjä", "Requests")
        static let errors = LocalizedText("Virheitä", "Errors")
        static func ofWhichParseErrors(_ count: String) -> LocalizedText {
            LocalizedText("joista jäsennysvirheitä \(count)", "of which parse errors \(count)")
        }
        static let connections = LocalizedText("Yhteydet", "Connections")
        static func connectionFigures(open: String, accepted: String, rejected: String) -> LocalizedText {
            LocalizedText("auki \(open), hyväksytty \(accepted), torjuttu \(rejected)", "open \(open), accepted \(accepted), rejected \(rejected)")
        }
        static let reloads = LocalizedText("Uudelleenlataukset", "Reloads")
        static func reloadFigures(ok: String, failed: String) -> LocalizedText {
            LocalizedText("onnistui \(ok), epäonnistui \(failed)", "succeeded \(ok), failed \(failed)")
        }
        static let method = LocalizedText("Metodi", "Method")
        static let requestsColumn = LocalizedText("Pyynnöt", "Requests")
        static let errorsColumn = LocalizedText("Virheet", "Errors")
        static func pong(_ socket: String, micros: Int) -> LocalizedText {
            LocalizedText("pong: \(socket) vastasi \(micros) µs:ssa", "pong from \(socket) in \(micros) µs")
        }
        static func ready(_ socket: String) -> LocalizedText { LocalizedText("alued on valmis: \(socket)", "alued is ready on \(socket)") }
        static func reloaded(_ generation: String) -> LocalizedText {
            LocalizedText("ladattu uudelleen: sukupolvi \(generation) palvelee", "reloaded: generation \(generation) is serving")
        }
        static func logLevel(_ previous: String, _ level: String) -> LocalizedText {
            LocalizedText("lokitaso: \(previous) → \(level)", "log level: \(previous) → \(level)")
        }
    }

    enum Allocation {
        static let share = LocalizedText("Osuus", "Share")
        static let calculatedCost = LocalizedText("Laskennallinen TE-kustannus", "Calculated TE cost")
        static func heading(region: String, year: String, pool: String) -> LocalizedText {
            LocalizedText("\(region), vuosi \(year), pooli \(pool)", "\(region), year \(year), pool \(pool)")
        }
        static let dataDates = LocalizedText("Tilastojen päivät", "Dates of the statistics")
        static let dataYear = LocalizedText("Tietovuosi", "Data year")
        static let substitutions = LocalizedText("Korvaukset", "Substitutions")
        static let statisticsSources = LocalizedText("Tilastolähteet:", "Sources of the statistics:")
    }

    enum Statistics {
        static let statistic = LocalizedText("Tilasto", "Statistic")
        static let imported = LocalizedText("Tuotu", "Imported")
        static func importedFigures(_ count: String, dates: String) -> LocalizedText {
            LocalizedText("\(count) lukua, viitepäivät \(dates)", "\(count) figures, reference dates \(dates)")
        }
        static let replaced = LocalizedText("Korvattu", "Replaced")
        static let quality = LocalizedText("Laatu", "Quality")
        static let format = LocalizedText("Muoto", "Format")
        static let selections = LocalizedText("Valinnat", "Selections")
        static let skippedTotals = LocalizedText("Ohitettu (summat)", "Skipped (totals)")
        static let skippedAreas = LocalizedText("Ohitettu (muut alueet)", "Skipped (other areas)")
        static let unknownMunicipalities = LocalizedText("Tuntemattomat kunnat", "Unknown municipalities")
        static let missingFigures = LocalizedText("Puuttuvat luvut", "Missing figures")
        static func inUseAtOnce(_ generation: String) -> LocalizedText { LocalizedText("\(generation) (käytössä heti)", "\(generation) (in use at once)") }
        static let referenceDate = LocalizedText("Viitepäivä", "Reference date")
        static let municipalities = LocalizedText("Kuntia", "Municipalities")
        static let missing = LocalizedText("Puuttuu", "Missing")
        static func municipalityCount(_ count: Int) -> LocalizedText { LocalizedText("\(count) kuntaa", "\(count) municipalities") }
        static let noFigures = LocalizedText("ei lukuja", "no figures")
        static func noneAtAll(_ statistics: String) -> LocalizedText {
            LocalizedText("Ei yhtään lukua: \(statistics). Tuo ne ennen laskua: aluectl statistics import TIEDOSTO --statistic NIMI",
                      "No figures at all: \(statistics). Import them before billing: aluectl statistics import FILE --statistic NAME")
        }
        static func table(_ code: String) -> LocalizedText { LocalizedText("taulukko \(code)", "table \(code)") }
        static func updated(_ day: String) -> LocalizedText { LocalizedText("päivitetty \(day)", "updated \(day)") }
        static func retrieved(_ day: String) -> LocalizedText { LocalizedText("haettu \(day)", "retrieved \(day)") }
    }

    enum BenefitShare {
        static let benefit = LocalizedText("Etuus", "Benefit")
        static let paymentDay = LocalizedText("Maksupäivä", "Payment day")
        static func band(_ day: String, _ band: String) -> LocalizedText { LocalizedText("\(day) (jakso \(band))", "\(day) (band \(band))") }
        static let municipalShare = LocalizedText("Kunnan osuus", "Municipal share")
        static let base = LocalizedText("Peruste", "Base")
        static let benefitAmount = LocalizedText("Etuus euroa", "Benefit, euros")
        static let municipalAmount = LocalizedText("Kunta maksaa", "Municipality pays")
    }

    enum Ledger {
        static let kind = LocalizedText("Laji", "Kind")
        static let description = LocalizedText("Kuvaus", "Description")
        static let reverses = LocalizedText("Oikaisee", "Reverses")
        static let reason = LocalizedText("Syy", "Reason")
        static let reversedBy = LocalizedText("Oikaistu", "Reversed by")
        static let recorded = LocalizedText("Kirjattu", "Recorded")
        static let note = LocalizedText("Huom.", "Note")
        static func recordedBy(_ at: String, uid: String) -> LocalizedText { LocalizedText(verbatim: uid.isEmpty ? at : "\(at), uid \(uid)") }
        static func reversalOf(_ id: String) -> LocalizedText { LocalizedText("oikaisee \(id)", "reverses \(id)") }
        static func reversedBy(_ id: String) -> LocalizedText { LocalizedText("oikaistu: \(id)", "reversed by \(id)") }
        static func recordedCounts(_ recorded: String, _ duplicates: String) -> LocalizedText {
            LocalizedText("kirjattu \(recorded) uutta, \(duplicates) oli jo kirjattu (recorded, duplicates)",
                      "recorded \(recorded) new, \(duplicates) recorded before")
        }
        static let reversalRecorded = LocalizedText("Oikaisu kirjattu.", "Reversal recorded.")
        static let reversalExisted = LocalizedText("Oikaisu oli jo kirjattu samalla tunnuksella; mitään ei kirjattu uudelleen.",
                                               "The reversal was recorded before with the same id; nothing was recorded again.")
        static func nextPage(_ command: String) -> LocalizedText { LocalizedText("Lisää kirjauksia: \(command)", "More entries: \(command)") }
        static let backupPath = LocalizedText("Varmuuskopio", "Backup")
        static let backupBytes = LocalizedText("Koko", "Size")
        static let backupEntries = LocalizedText("Kirjauksia", "Entries")
        static let backupSchema = LocalizedText("Skeemaversio", "Schema version")
        static func bytes(_ count: String) -> LocalizedText { LocalizedText("\(count) tavua", "\(count) bytes") }
    }

    enum Statement {
        static let grandTotal = LocalizedText("YHTEENSÄ", "TOTAL")
        static let causerPays = LocalizedText("Aiheuttaja maksaa", "Causer pays")
        static let sharedShare = LocalizedText("Yhteinen osuus", "Shared pool share")
        static let billed = LocalizedText("Ennakkolaskutus", "Billed in advance")
        static let actual = LocalizedText("Toteutunut", "Actual")
        static let difference = LocalizedText("Erotus", "Difference")
        static let reversals = LocalizedText("Oikaisut:", "Reversals:")
        static func period(_ text: String) -> LocalizedText { LocalizedText("kausi \(text)", "period \(text)") }
        static func year(_ text: String) -> LocalizedText { LocalizedText("vuosi \(text)", "year \(text)") }
        /// `csv-fi` headings: the Finnish spreadsheet dialect is Finnish whatever the language (the
        /// `csv` headings stay the wire names).
        static let csvRegion = Common.region.fi, csvPeriod = "Kausi", csvMunicipalityCode = "Kuntanumero", csvMunicipality = Common.municipality.fi
    }
}
