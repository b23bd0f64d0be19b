// Labels.swift — every label and heading aluectl prints, in Finnish and English, in one table:
// a word used by several views is written once (`Common`), each view names only its own words.
// The Finnish is what staff have always read; the wire names stay in --json.

enum Labels {
    /// Words many views share.
    enum Common {
        static let region = Localized("Alue", "Region")
        static let municipality = Localized("Kunta", "Municipality")
        static let service = Localized("Palvelu", "Service")
        static let date = Localized("Päivä", "Date")
        static let id = Localized("Tunnus", "Id")
        static let status = Localized("Varmuus", "Status")
        static let notes = Localized("Huomiot:", "Notes:")
        static let sources = Localized("Lähteet:", "Sources:")
        static let source = Localized("Lähde", "Source")
        static let total = Localized("Yhteensä", "Total")
        static let amount = Localized("Euroa", "Euros")
        static let generation = Localized("Sukupolvi", "Generation")
        static let uptime = Localized("Käynnissä", "Uptime")
        static let employmentArea = Localized("Työllisyysalue", "Employment area")
        static let responsibleMunicipality = Localized("Vastuukunta", "Responsible municipality")
        static let authority = Localized("Työvoimaviranomainen", "Employment authority")
        static let plugin = Localized("Laajennus", "Plugin")
        static let key = Localized("Jakoavain", "Allocation key")
        static let weightsSource = Localized("Painojen lähde", "Source of the weights")
        static let yes = Localized("kyllä", "yes")
        static let no = Localized("ei", "no")
        static func since(_ date: String) -> Localized { Localized("\(date) alkaen", "from \(date)") }
        static func until(_ date: String) -> Localized { Localized("\(date) asti", "until \(date)") }
    }

    /// How a citation names its lines: `rivi 356`, `rivit 629–630`.
    enum Citation {
        static let line = Localized("rivi", "line")
        static let lines = Localized("rivit", "lines")
    }

    /// Routing, procurement and cost decisions.
    enum Decision {
        static let delivery = Localized("Toteutustapa", "Delivery")
        static let provider = Localized("Palveluntuottaja", "Provider")
        static let caseOwner = Localized("Asiakkuus", "Case owner")
        static let locations = Localized("Palvelupaikat", "Service points")
        static let channels = Localized("Kanavat", "Channels")
        static let cost = Localized("Kustannus:", "Cost:")
        static let principle = Localized("Periaate", "Principle")
        static let payer = Localized("Maksaja", "Payer")
        static let bearer = Localized("Lopullinen maksaja", "Borne by")
        static let billing = Localized("Laskutus", "Billing")
        static let model = Localized("Hankintamalli", "Procurement model")
        static let procuringAuthority = Localized("Hankkija", "Procuring authority")
        static let partners = Localized("Kumppanit", "Partners")
        static let categories = Localized("Palvelukorit", "Categories")
        static let conditions = Localized("Valtakunnalliset ehdot:", "National conditions:")
        static let decisionId = Localized("Päätöksen tunnus", "Decision id")
        static func responsibleMunicipality(_ municipality: String) -> Localized {
            Localized("vastuukunta \(municipality)", "responsible municipality \(municipality)")
        }
        static func deadline(_ day: String) -> Localized { Localized("viimeistään \(day)", "by \(day)") }
        /// A `case_by_case` bearer: the parties that settle it.
        static func between(_ parties: String) -> Localized { Localized("osapuolet: \(parties)", "between \(parties)") }
        /// The warning of an answer past the region's declared plan period.
        static func beyondPlanPeriod(date: Localized, period: Localized) -> Localized {
            Localized("VAROITUS: Päivä \(date.fi) on suunnitelmakauden \(period.fi) jälkeen. Suunnitelma ei kata tätä päivää, "
                      + "joten mikään vastauksen osa ei ole vahvempi kuin päätelty (inferred).",
                      "WARNING: \(date.en) is after the plan period \(period.en). The plan does not cover this day, "
                      + "so no part of the answer is stronger than inferred.")
        }
        static let planPeriod = Localized("Suunnitelmakausi:", "Plan period:")
    }

    enum Region {
        static let members = Localized("Jäsenkunnat", "Members")
        static let memberCount = Localized("Kuntia", "Members")
        static let inForce = Localized("Voimassa", "In force")
        static let facts = Localized("Suunnitelman tiedot:", "The plan's facts:")
        static let value = Localized("Arvo", "Value")
        static let asOf = Localized("Ajankohta", "As of")
    }

    enum Resolve {
        static let swedishName = Localized("Ruotsiksi", "In Swedish")
        static let province = Localized("Maakunta", "Province")
        static let noRegion = Localized("— (ei ladattua aluetta)", "— (no loaded region)")
        static let unknown = Localized("ei tiedossa", "not known")
    }

    /// `services`: the catalog with national law's facts.
    enum Services {
        static let responsibility = Localized("Vastuu", "Responsibility")
        static let inForce = Localized("Voimassa", "In force")
        static let footnotes = Localized("Huomautukset:", "Remarks:")
        static let unverified = Localized("lakiperuste tarkistamatta", "legal basis not verified")
    }

    /// `status` and `stats`.
    enum Daemon {
        static func protocolVersion(_ version: String) -> Localized { Localized("protokolla \(version)", "protocol \(version)") }
        static let state = Localized("Tila", "State")
        static let ready = Localized("valmis (ready)", "ready")
        static let starting = Localized("käynnistyy", "starting")
        static let socket = Localized("Soketti", "Socket")
        static let connectionCount = Localized("Yhteyksiä", "Connections")
        static let version = Localized("Versio", "Version")
        static let libraryOrError = Localized("Kirjasto / virhe", "Library / error")
        static let requests = Localized("Pyyntöjä", "Requests")
        static let errors = Localized("Virheitä", "Errors")
        static func ofWhichParseErrors(_ count: String) -> Localized {
            Localized("joista jäsennysvirheitä \(count)", "of which parse errors \(count)")
        }
        static let connections = Localized("Yhteydet", "Connections")
        static func connectionFigures(open: String, accepted: String, rejected: String) -> Localized {
            Localized("auki \(open), hyväksytty \(accepted), torjuttu \(rejected)", "open \(open), accepted \(accepted), rejected \(rejected)")
        }
        static let reloads = Localized("Uudelleenlataukset", "Reloads")
        static func reloadFigures(ok: String, failed: String) -> Localized {
            Localized("onnistui \(ok), epäonnistui \(failed)", "succeeded \(ok), failed \(failed)")
        }
        static let method = Localized("Metodi", "Method")
        static let requestsColumn = Localized("Pyynnöt", "Requests")
        static let errorsColumn = Localized("Virheet", "Errors")
        static func pong(_ socket: String, micros: Int) -> Localized {
            Localized("pong: \(socket) vastasi \(micros) µs:ssa", "pong from \(socket) in \(micros) µs")
        }
        static func ready(_ socket: String) -> Localized { Localized("alued on valmis: \(socket)", "alued is ready on \(socket)") }
        static func reloaded(_ generation: String) -> Localized {
            Localized("ladattu uudelleen: sukupolvi \(generation) palvelee", "reloaded: generation \(generation) is serving")
        }
        static func logLevel(_ previous: String, _ level: String) -> Localized {
            Localized("lokitaso: \(previous) → \(level)", "log level: \(previous) → \(level)")
        }
    }

    enum Allocation {
        static let share = Localized("Osuus", "Share")
        static let calculatedCost = Localized("Laskennallinen TE-kustannus", "Calculated TE cost")
        static func heading(region: String, year: String, pool: String) -> Localized {
            Localized("\(region), vuosi \(year), pooli \(pool)", "\(region), year \(year), pool \(pool)")
        }
        static let dataDates = Localized("Tilastojen päivät", "Dates of the statistics")
        static let dataYear = Localized("Tietovuosi", "Data year")
        static let substitutions = Localized("Korvaukset", "Substitutions")
        static let statisticsSources = Localized("Tilastolähteet:", "Sources of the statistics:")
    }

    enum Statistics {
        static let statistic = Localized("Tilasto", "Statistic")
        static let imported = Localized("Tuotu", "Imported")
        static func importedFigures(_ count: String, dates: String) -> Localized {
            Localized("\(count) lukua, viitepäivät \(dates)", "\(count) figures, reference dates \(dates)")
        }
        static let replaced = Localized("Korvattu", "Replaced")
        static let quality = Localized("Laatu", "Quality")
        static let format = Localized("Muoto", "Format")
        static let selections = Localized("Valinnat", "Selections")
        static let skippedTotals = Localized("Ohitettu (summat)", "Skipped (totals)")
        static let skippedAreas = Localized("Ohitettu (muut alueet)", "Skipped (other areas)")
        static let unknownMunicipalities = Localized("Tuntemattomat kunnat", "Unknown municipalities")
        static let missingFigures = Localized("Puuttuvat luvut", "Missing figures")
        static func inUseAtOnce(_ generation: String) -> Localized { Localized("\(generation) (käytössä heti)", "\(generation) (in use at once)") }
        static let referenceDate = Localized("Viitepäivä", "Reference date")
        static let municipalities = Localized("Kuntia", "Municipalities")
        static let missing = Localized("Puuttuu", "Missing")
        static func municipalityCount(_ count: Int) -> Localized { Localized("\(count) kuntaa", "\(count) municipalities") }
        static let noFigures = Localized("ei lukuja", "no figures")
        static func noneAtAll(_ statistics: String) -> Localized {
            Localized("Ei yhtään lukua: \(statistics). Tuo ne ennen laskua: aluectl statistics import TIEDOSTO --statistic NIMI",
                      "No figures at all: \(statistics). Import them before billing: aluectl statistics import FILE --statistic NAME")
        }
        static func table(_ code: String) -> Localized { Localized("taulukko \(code)", "table \(code)") }
        static func updated(_ day: String) -> Localized { Localized("päivitetty \(day)", "updated \(day)") }
        static func retrieved(_ day: String) -> Localized { Localized("haettu \(day)", "retrieved \(day)") }
    }

    enum BenefitShare {
        static let benefit = Localized("Etuus", "Benefit")
        static let paymentDay = Localized("Maksupäivä", "Payment day")
        static func band(_ day: String, _ band: String) -> Localized { Localized("\(day) (jakso \(band))", "\(day) (band \(band))") }
        static let municipalShare = Localized("Kunnan osuus", "Municipal share")
        static let base = Localized("Peruste", "Base")
        static let benefitAmount = Localized("Etuus euroa", "Benefit, euros")
        static let municipalAmount = Localized("Kunta maksaa", "Municipality pays")
    }

    enum Ledger {
        static let kind = Localized("Laji", "Kind")
        static let description = Localized("Kuvaus", "Description")
        static let reverses = Localized("Oikaisee", "Reverses")
        static let reason = Localized("Syy", "Reason")
        static let reversedBy = Localized("Oikaistu", "Reversed by")
        static let recorded = Localized("Kirjattu", "Recorded")
        static let note = Localized("Huom.", "Note")
        static func recordedBy(_ at: String, uid: String) -> Localized { Localized(verbatim: uid.isEmpty ? at : "\(at), uid \(uid)") }
        static func reversalOf(_ id: String) -> Localized { Localized("oikaisee \(id)", "reverses \(id)") }
        static func reversedBy(_ id: String) -> Localized { Localized("oikaistu: \(id)", "reversed by \(id)") }
        static func recordedCounts(_ recorded: String, _ duplicates: String) -> Localized {
            Localized("kirjattu \(recorded) uutta, \(duplicates) oli jo kirjattu (recorded, duplicates)",
                      "recorded \(recorded) new, \(duplicates) recorded before")
        }
        static let reversalRecorded = Localized("Oikaisu kirjattu.", "Reversal recorded.")
        static let reversalExisted = Localized("Oikaisu oli jo kirjattu samalla tunnuksella; mitään ei kirjattu uudelleen.",
                                               "The reversal was recorded before with the same id; nothing was recorded again.")
        static func nextPage(_ command: String) -> Localized { Localized("Lisää kirjauksia: \(command)", "More entries: \(command)") }
        static let backupPath = Localized("Varmuuskopio", "Backup")
        static let backupBytes = Localized("Koko", "Size")
        static let backupEntries = Localized("Kirjauksia", "Entries")
        static let backupSchema = Localized("Skeemaversio", "Schema version")
        static func bytes(_ count: String) -> Localized { Localized("\(count) tavua", "\(count) bytes") }
    }

    enum Statement {
        static let grandTotal = Localized("YHTEENSÄ", "TOTAL")
        static let causerPays = Localized("Aiheuttaja maksaa", "Causer pays")
        static let sharedShare = Localized("Yhteinen osuus", "Shared pool share")
        static let billed = Localized("Ennakkolaskutus", "Billed in advance")
        static let actual = Localized("Toteutunut", "Actual")
        static let difference = Localized("Erotus", "Difference")
        static let reversals = Localized("Oikaisut:", "Reversals:")
        static func period(_ text: String) -> Localized { Localized("kausi \(text)", "period \(text)") }
        static func year(_ text: String) -> Localized { Localized("vuosi \(text)", "year \(text)") }
        /// `csv-fi` headings: the Finnish spreadsheet dialect is Finnish whatever the language (the
        /// `csv` headings stay the wire names).
        static let csvRegion = Common.region.fi, csvPeriod = "Kausi", csvMunicipalityCode = "Kuntanumero", csvMunicipality = Common.municipality.fi
    }
}
