// Documents.swift — the Oulu area's cited documents (the organising plan and the statutes it leans
// on), their own section headings, and the one helper that turns a passage into a Citation.

import PluginAPI

/// The organising plan «Suunnitelma työvoimapalveluiden järjestämisestä Oulun seudun
/// työllisyysalueella» (11.9.2023) with LIITE 1 (production modes) and LIITE 2 (cost split).
enum Plan {
    static let file = "004_cc00a80936f2630b.txt"

    /// The plan's own headings, spelled as the document spells them, so a citation can be found
    /// by searching the file for its section.
    enum Section: String {
        case cover = "Suunnitelma työvoimapalveluiden järjestämisestä Oulun seudun työllisyysalueella (kansilehti)"
        case purpose = "1 Suunnitelman tarkoitus"
        case production = "2 Palvelut – tuottaminen ja kohdentaminen"
        case advice = "2.1 Tieto-, neuvonta- ja ohjauspalvelut"
        case jobseekers = "2.2 Työnhakija-asiakkaan palvelut"
        case delegated = "2.2.1 Kunnille delegoitavat työnhakija-asiakkaan palvelut"
        case centralJobFinding = "2.2.2 Työn löytymiseen liittyvät keskitetyt palvelut"
        case competence = "2.2.3 Osaamisen kehittämisen palvelut"
        case multisectoral = "2.2.4 Monialaiset palvelut ja työkyvyn tukeminen"
        case youth = "2.2.5 Nuorten monialaisen tuen yhteispalvelu"
        case integration = "2.2.6 Työnhakijana olevan kotoutumisasiakkaan palvelut"
        case employers = "2.4 Työnantaja-asiakkaan palvelut"
        case statutoryProcurement = "2.5.1 Lakisääteisten palveluiden hankinta"
        case nonStatutoryProcurement = "2.5.2 Ei-lakisääteisten palveluiden hankinta"
        case leadership = "2.6.2 Työllisyysalueen johtaminen ja kehittämisen koordinointi"
        case payments = "2.6.3 Tuki- ja maksatustoimet"
        case networks = "3.1 Työllisyysalueen sisäiset verkostot"
        case stakeholdersAdvice = "5.1 Tieto-, neuvonta- ja ohjauspalvelut"
        case stakeholdersEmployers = "5.3 Työnantaja-/yrityspalvelut ja elinvoiman kehittäminen"
        case premises = "6 Toimitilat"
        case staffPlacement = "7.1.1 Henkilöstön sijoittuminen"
        case staffEstimate = "7.1.2 Alustava arvio keskitettävien palveluiden henkilöstöresurssista"
        case finances = "7.3 Tehtävien hoitamiseen varattavat taloudelliset voimavarat ja niiden kohdentuminen"
        case annex1Local = "LIITE 1: LÄHIPALVELUINA KUNNISSA"
        case annex1Centralised = "LIITE 1: KESKITETTÄVÄT PALVELUT OMANA TUOTANTONA (VASTUUKUNTA)"
        case annex1Purchased = "LIITE 1: OSTOPALVELUT (HANKITAAN KESKITETYSTI)"
        case annex1Support = "LIITE 1: TYÖLLISYYSALUEEN TUKIPALVELUT (VASTUUKUNTA)"
        case annex2 = "LIITE 2. Yhteenveto: palveluiden järjestäminen työllisyysalueella"
        case annex2OwnProduction = "LIITE 2: VOS-PERIAATTEILLA, 1. Lakisääteiset työvoimapalvelut (oma tuotanto)"
        case annex2Purchased = "LIITE 2: VOS-PERIAATTEILLA, 2. Lakisääteiset työvoimapalvelut (ostopalvelut)"
        case annex2Support = "LIITE 2: VOS-PERIAATTEILLA, 3. Keskitettävät työllisyysalueen tukipalvelut"
        case annex2Light = "LIITE 2: hallinnollisesti kevyellä tavalla jaettavat kustannukset"
        case annex2Causer = "LIITE 2: AIHEUTTAMISPERIAATTEILLA"
    }

    /// A passage of the plan. `quote` must be verbatim (typos included) and lie within `lines`:
    /// the tests check every quote against the stored copy of the plan.
    static func cite(_ section: Section, _ lines: String, _ quote: String) -> Citation {
        Citation(document: file, section: section.rawValue, lines: lines, quote: quote)
    }

    /// LIITE 1 lists services as one flattened bullet line per column; the column is the section.
    static func annex1(_ column: Section, _ item: String) -> Citation {
        cite(column, column == .annex1Support ? "631-632" : "629-630", item)
    }

    /// LIITE 2 lists the VOS-split items on line 640 and the causer-pays items on lines 643–649.
    static func annex2(_ group: Section, _ item: String, line: Int? = nil) -> Citation {
        let lines: String
        switch group {
        case .annex2Causer: lines = line.map { "643-\($0)" } ?? "643-649"
        case .annex2Light: lines = "641"
        default: lines = "638-640"
        }
        return cite(group, lines, item)
    }

    // Passages several rules rest on.

    /// The three production modes the whole plan is organised by.
    static let productionModes = cite(.production, "84",
        "mitkä palvelut delegoidaan järjestettäväksi lähipalveluna kunnissa, mitkä palvelut tuotetaan keskitetysti vastuukunnasta omana tuotantona ja mitkä palvelut hankitaan keskitetysti ostopalveluna")
    /// Local services are each municipality's own cost.
    static let localFinancing = cite(.finances, "617",
        "Lähipalveluiden taloudellinen resursointi on jokaisen kunnan omalla vastuulla.")
    /// The client's case usually stays with the municipality's coach in centralised and purchased services.
    static let coachKeepsCase = cite(.jobseekers, "113",
        "Useimmiten asiakkuus palvelun aikana myös pysyy kunnan omavalmentajalla.")
    /// Every purchased statutory service is procured by Oulu.
    static let centralProcurement = cite(.jobseekers, "115",
        "Kaikkien ostopalveluna toteuttavien lakisääteisten työvoimapalveluiden hankinta hoidetaan keskitetysti Oulusta.")
    /// The cost-split principles live in the cooperation agreement, which is not among the documents.
    static let costSplitInAgreement = cite(.annex2, "636",
        "Kustannustenjaon periaatteet on määritelty työllisyysalueen yhteistoimintasopimuksessa.")
    /// LIITE 2's heading of the state-share split.
    static let vosPrinciple = cite(.annex2, "640", "VOS-PERIAATTEILLA:")
    /// Staff of centralised services work for Oulu; local staff for their own municipality.
    static let staffPlacement = cite(.staffPlacement, "579",
        "Keskitettäviä palveluita toteuttava henkilöstö sijoittuu vastuukunnan palvelukseen.")
    /// Oulu's staff and services are gathered at BusinessAsema.
    static let businessAsemaPremises = cite(.premises, "571",
        "Oulun osalta henkilöstön tilat ja palvelut kootaan BusinessAseman yhteyteen.")
    /// The overhead coefficient: named, its components listed, no value given.
    static let overheadCoefficient = cite(.finances, "621",
        "Yleiskustannuskertoimessa huomioidaan vastuukuntaan keskitettävien palveluiden osalta henkilöstöasiantuntijan ja talousasiantuntijan työpanos työllisyysalueelle")
}

/// Statutes cited where the plan itself is silent; quotes as read in the enacted text (Finlex).
enum Statute {
    static func cite(_ act: String, _ section: String, _ quote: String? = nil) -> Citation {
        Citation(document: act, section: section, lines: nil, quote: quote)
    }

    /// The state-share criteria for the transferred employment-service tasks.
    static let stateShareCriteria = cite("Laki 384/2023 (muutos lakiin 618/2021)", "voimaantulosäännös 2 mom",
        "tehtävien arvioiduista kustannuksista 50 prosenttia kohdennetaan työttömien määrän perusteella ja 50 prosenttia 18–64-vuotiaiden asukkaiden määrän perusteella")
    /// Integration-training costs follow the number of foreign-language speakers.
    static let integrationTrainingCriterion = cite("Laki 384/2023 (muutos lakiin 618/2021)", "voimaantulosäännös 2 mom",
        "Kotoutumiskoulutuksen arvioidut kustannukset kohdennetaan kuitenkin vieraskielisyyden perusteella.")
    /// Broad unemployment: people in services count as unemployed in the state-share criterion.
    static let broadUnemployment = cite("Laki 618/2021", "7 § 2 mom (384/2023)",
        "työttömiksi luetaan myös työvoimapalveluihin osallistuvat")
    /// The municipal employment obligation was repealed before the act came into force.
    static let employmentObligationRepealed = cite("Laki 398/2024", "kumoaa lain 380/2023 12 luvun (108–111 §)")
    /// Who the employment authority serves: residents by home municipality.
    static let homeMunicipality = cite("Laki 380/2023", "17 § 1 mom")
}
