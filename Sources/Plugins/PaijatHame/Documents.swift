// Documents.swift — the Päijät-Häme area's three source documents, their own section headings, and
// the `cite` helpers every rule uses to point at a passage.

import PluginAPI

/// The documents this plugin encodes, stored in config/data/paijat-hame/sources. Where the plan and the annexes
/// disagree the annexes win: the plan is a non-binding snapshot of 25.9.2023 (plan lines 51–54). The letter of
/// intent bound the parties only until the areas were established (its line 93), so answers from 1.1.2025 never
/// rest on it.
enum Document {
    /// «JÄRJESTÄMISSUUNNITELMA PÄIJÄT-HÄMEEN TYÖLLISYYSALUE», the area's organising plan.
    static let plan = "001_ee65168c221e2ff3.txt"
    /// «Liite 1: Hankinnat» … «Liite 5: Sidosryhmäyhteistyö»: the annexes of the cooperation
    /// agreement between the area and the City of Lahti.
    static let annex = "000_11bdabc63440b9e6.txt"
    /// «Aiesopimus työvoimaviranomaisten välisestä yhteistyöstä» of the nine members and Lahti.
    static let letterOfIntent = "002_a0b78d7245c3aeb7.txt"
}

/// Section headings exactly as the documents write them (typos included), so a citation can be
/// found by searching the document for its section.
enum Heading {
    static let planTitle = "JÄRJESTÄMISSUUNNITELMA PÄIJÄT-HÄMEEN TYÖLLISYYSALUE"
    static let introduction = "1. Johdanto ja palveluiden järjestämisen pääperiaatteet"
    static let area = "1.2 Päijät-Hämeen työllisyysalue"
    static let twoAuthorities = "2.1. Kahden työvoimaviranomaisen yhteistyö Päijät-Hämeessä"
    static let finances = "3.1 Taloudelliset voimavarat"
    static let transferAndCompensation = "TE-palveluiden kuntasiirto ja kompensatio väestöön nähden"
    static let equalServices = "3.2 Yhdenvertaiset palvelut"
    static let staff = "3.3 Henkilöresurssit"
    static let personYears = "HTV:n laskennallinen jakautuminen toiminnoittain alueella"
    static let sharedResources = "3.4 Jaettuja resursseja ja toimintoja"
    static let production = "4. Laissa tarkoitettujen palvelujen tuottamista ja kohdentamista koskevat ratkaisut"
    static let transferTable = "Mitä kuntiin siirtyy?"
    static let procurement = "4.1 Palveluhankinnat"
    static let purchasingRing = "4.1.1 Päijät-Hämeen dynaaminen hankintarengas keinona uudistaa palvelumarkkinoita"
    static let targetGroups = "4.2 Kohderyhmien huomioiminen palvelujen tuottamisessa"
    static let workAbilityExample = "4.2.1 Esimerkki nykytilasta Päijät-Hämeen työllisyysalueen kuntien työ- ja toimintakyvyn arvioinnista pitkäaikaistyöttömille"
    static let employerServices = "4.3 Työnantaja- ja yrityspalvelujen järjestäminen"
    static let servicePoints = "5 Toimipisteiden määrä ja sijoittuminen"
    static let partners = "6 Yhteistyötahot ja –muodot"
    static let immigration = "7.1 Työperäisen maahanmuuton edistäminen"
    static let structuralChange = "8 Varautuminen rakennemuutostilanteisiin."

    static let procurementAnnex = "Liite 1: Hankinnat"
    static let employerPhone = "Liite 2: Yritys- ja työnantajapalvelut — Yhteinen puhelinnumero ja kustannusten jako"
    static let paySubsidyAnnex = "Liite 2: Yritys- ja työnantajapalvelut — Palkkatuki"
    static let startupGrantAnnex = "Liite 2: Yritys- ja työnantajapalvelut — Starttirahan myöntämisperusteet"
    static let dataAccessAnnex = "Liite 2: Yritys- ja työnantajapalvelut — Asiakastietojen näkyvyydet"
    static let vosJointBody = "Liite 3: työvoimakoulutusten suunnittelu ja valinnat — Yhteinen toimielin"
    static let vosSplit = "Liite 3: työvoimakoulutusten suunnittelu ja valinnat — Koulutusten hallinnoinnin jakautuminen"
    static let studentSelection = "Liite 3: työvoimakoulutusten suunnittelu ja valinnat — Opiskelijavalintaprosessi"
    static let eventCosts = "Liite 4: Viestintä ja tapahtumat — Tapahtumien kulurakenne ja työvoima"
    static let stakeholders = "Liite 5: Sidosryhmäyhteistyö"

    static let loiValidity = "6 Aiesopimuksen voimassaoloaika"
}

/// A passage of the organising plan.
func plan(_ section: String, _ lines: String, _ quote: String) -> Citation {
    Citation(document: Document.plan, section: section, lines: lines, quote: quote)
}

/// A passage of the cooperation agreement's annexes.
func annex(_ section: String, _ lines: String, _ quote: String) -> Citation {
    Citation(document: Document.annex, section: section, lines: lines, quote: quote)
}

/// A passage of the letter of intent.
func letterOfIntent(_ section: String, _ lines: String, _ quote: String) -> Citation {
    Citation(document: Document.letterOfIntent, section: section, lines: lines, quote: quote)
}
