// Labels.swift — the Finnish words of the ledger, statement and region views and of aluectl's
// hints, in one place (the English ones go beside them when aluectl learns --lang).

enum Labels {
    enum Ledger {
        static let id = "Tunnus"
        static let kind = "Laji"
        static let date = "Päivä"
        static let region = "Alue"
        static let municipality = "Kunta"
        static let service = "Palvelu"
        static let amount = "Euroa"
        static let description = "Kuvaus"
        static let reverses = "Oikaisee"
        static let reason = "Syy"
        static let reversedBy = "Oikaistu"
        static let recorded = "Kirjattu"
        static let note = "Huom."
        static let kinds = ["cost": "kustannus", "advance_bill": "ennakkolasku"]
        static func recordedBy(_ at: String, uid: String) -> String { uid.isEmpty ? at : "\(at), uid \(uid)" }
        static func reversalOf(_ id: String) -> String { "oikaisee \(id)" }
        static func reversedBy(_ id: String) -> String { "oikaistu: \(id)" }
        static func recordedCounts(_ recorded: String, _ duplicates: String) -> String {
            "kirjattu \(recorded) uutta, \(duplicates) oli jo kirjattu (recorded, duplicates)"
        }
        static let reversalRecorded = "Oikaisu kirjattu."
        static let reversalExisted = "Oikaisu oli jo kirjattu samalla tunnuksella; mitään ei kirjattu uudelleen."
        static func nextPage(_ command: String) -> String { "Lisää kirjauksia: \(command)" }
        static let backupPath = "Varmuuskopio"
        static let backupBytes = "Koko"
        static let backupEntries = "Kirjauksia"
        static let backupSchema = "Skeemaversio"
        static func bytes(_ count: String) -> String { "\(count) tavua" }
    }

    enum Statement {
        static let municipality = "Kunta"
        static let total = "YHTEENSÄ"
        static let causerPays = "Aiheuttaja maksaa", sharedShare = "Yhteinen osuus", sum = "Yhteensä"
        static let billed = "Ennakkolaskutus", actual = "Toteutunut", difference = "Erotus"
        static let notes = "Huomiot:"
        static let reversals = "Oikaisut:"
        static func period(_ text: String) -> String { "kausi \(text)" }
        static func year(_ text: String) -> String { "vuosi \(text)" }
        /// `csv-fi` headings: what a Finnish spreadsheet user reads (the `csv` headings stay the wire names).
        static let csvRegion = "Alue", csvPeriod = "Kausi", csvMunicipalityCode = "Kuntanumero", csvMunicipality = "Kunta"
    }

    enum Region {
        static let facts = "Suunnitelman tiedot:"
        static let value = "Arvo"
        static let asOf = "Ajankohta"
        static let status = "Varmuus"
        static let source = "Lähde"
    }

    /// What aluectl adds under a daemon error: the command that shows the valid choices.
    enum Hint {
        static let services = "Palvelut ja niiden tunnukset: aluectl services"
        static let regions = "Ladatut alueet: aluectl regions"
        static let municipality = "Kunnan voi antaa nimellä tai kuntanumerolla: aluectl resolve NIMI"
    }
}
