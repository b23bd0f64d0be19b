// Documents.swift — the organising plan the Oulu area's rules rest on: its own section headings,
// the passages several rules cite, and the helpers that turn a passage into a Citation. National
// law is the daemon's statutory layer (config/data/national): the plugin cites it from there
// (`RegionData.statutes`), never restates it here.

import Foundation
import PluginAPI

/// The organising plan «Suunnitelma työvoimapalveluiden järjestämisestä Oulun seudun
/// työllisyysalueella» (11.9.2023) with LIITE 1 (production modes) and LIITE 2 (cost split). It
/// states no period it covers, only the start «1.1.2025 alkaen» (L54).
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
        case stakeholdersIntegration = "5.4 Kotoutumisen edistäminen"
        case stakeholdersWorkAbility = "5.5 Työkyvyn tukeminen"
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

    /// An item of §2.2.1's list of delegated jobseeker services, cited from the list's heading
    /// (L119, «delegoidaan kunnille tuotettavaksi lähipalveluina») to the item's line.
    static func delegatedItem(_ line: Int, _ quote: String) -> Citation {
        cite(.delegated, "119-\(line)", quote)
    }

    /// LIITE 1 lists services as one flattened bullet line per column (L630, the support column
    /// L632) under the column headings (L629, L631); the column is the section.
    static func annex1(_ column: Section, _ item: String) -> Citation {
        cite(column, column == .annex1Support ? "631-632" : "629-630", item)
    }

    /// LIITE 2 lists the items split «VOS-PERIAATTEILLA» on line 640 (under the heading of L638)
    /// and the items split «AIHEUTTAMISPERIAATTEILLA» on lines 645–649 (under L643).
    static func annex2(_ group: Section, _ item: String, line: Int? = nil) -> Citation {
        let lines: String
        switch group {
        case .annex2Causer: lines = line.map { "643-\($0)" } ?? "643-649"
        case .annex2Light: lines = "641"
        default: lines = "638-640"
        }
        return cite(group, lines, item)
    }

    // Passages several rules rest on, named after what they say.

    static let membersAim = cite(.purpose, "54-66",
        "Seuraavilla kunnilla on tavoitteena muodostaa yhteinen työllisyysalue työvoimapalveluiden järjestämiseksi 1.1.2025 alkaen vastuukuntamallilla")
    static let responsibleMunicipality = cite(.purpose, "68", "Oulun kaupunki toimisi työllisyysalueen vastuukuntana.")
    /// The plan names the tasks for which Oulu delegates authority to the contract municipalities.
    static let delegation = cite(.purpose, "70",
        "Järjestämissuunnitelmassa on määritelty tehtävät, joiden hoitamiseksi vastuukunta antaa sopimuskunnille viranomaistoimivaltaa kuntalain 54 §:n mukaisesti.")
    /// The three production modes the whole plan is organised by.
    static let productionModes = cite(.production, "84",
        "mitkä palvelut delegoidaan järjestettäväksi lähipalveluna kunnissa, mitkä palvelut tuotetaan keskitetysti vastuukunnasta omana tuotantona ja mitkä palvelut hankitaan keskitetysti ostopalveluna")

    /// The headings that put a service in a production mode.
    static let delegatedJobseekerServices = cite(.delegated, "119",
        "Lakisääteiset työnhakija-asiakkaan palvelut, jotka delegoidaan kunnille tuotettavaksi lähipalveluina:")
    static let delegatedEmployerServices = cite(.employers, "290",
        "Lakisääteiset työnantajapalvelut, jotka delegoidaan kunnille tuotettavaksi lähipalveluina:")
    static let centralisedEmployerServices = cite(.employers, "304",
        "Lakisääteiset työnantaja-asiakkaan palvelut, jotka keskitetään vastuukuntaan:")
    static let purchasedEmployerServices = cite(.employers, "314",
        "Lakisääteiset työnantaja-asiakkaan palvelut, joita työvoimaviranomainen hankkii ostopalveluna:")
    static let jointPurchaseTraining = cite(.employers, "318",
        "c. Yhteishankintakoulutukset (mm. työvoimakoulutukset, rekrytointikoulutukset, muutosturvakoulutukset).")
    static let ownCompetenceServices = cite(.competence, "191",
        "Lakisääteiset työnhakija-asiakkaan osaamisen kehittämisen palvelut, joita työllisyysalue tuottaa itse:")
    static let purchasedCompetenceServices = cite(.competence, "201",
        "Lakisääteiset työnhakija-asiakkaan osaamisen kehittämisen palvelut, joita työllisyysalue hankkii ostopalveluna:")
    static let paymentFunctions = cite(.payments, "365",
        "Keskitettävänä palveluina vastuukunta tuottaa seuraavat tuki- ja maksatustoimet:")
    static let annex1CentralisedHeading = cite(.annex1Centralised, "629", "KESKITETTÄVÄT PALVELUT OMANA TUOTANTONA (VASTUUKUNTA)")

    /// Maritime job placement is bought from the Turku employment area.
    static let turkuPurchase = cite(.centralJobFinding, "187",
        "Palvelu ostetaan Turun työllisyysalueelta, joka tuottaa palvelun etäpalveluna.")

    /// For centralised and purchased jobseeker services the case *usually* stays with the coach.
    static let caseUsuallyStaysWithCoach = cite(.jobseekers, "113",
        "Useimmiten asiakkuus palvelun aikana myös pysyy kunnan omavalmentajalla.")
    /// Every purchased statutory service is procured by Oulu.
    static let centralProcurement = cite(.jobseekers, "115",
        "Kaikkien ostopalveluna toteuttavien lakisääteisten työvoimapalveluiden hankinta hoidetaan keskitetysti Oulusta.")
    /// For every purchased service the members' coaches market it, refer the client and serve them during it.
    static let coachesServePurchasedClients = cite(.statutoryProcurement, "337",
        "Kaikkien ostopalveluiden osalta kuntiin/omavalmentajille jää vastuu palveluiden markkinoinnista, asiakkaan ohjaamisesta palveluun sekä asiakaspalvelusta palvelun aikana.")

    /// Oulu's centralised services for immigrant jobseekers entitled to an integration plan.
    static let centralIntegrationServices = cite(.integration, "237",
        "Vastuukunta tarjoaa seuraavat palvelut keskitetysti kotoutumissuunnitelmaan oikeutetuille työnhakijana oleville maahanmuuttajille:")
    /// An integration client's own municipality's services are used as the client needs them.
    static let integrationClientsLocalServices = cite(.integration, "265",
        "Yhteistyö oman kunnan palveluihin rakennetaan asiakkaan palvelutarpeen mukaan (esim. työnvälitys).")
    /// The contract municipalities answer only for immigrant clients outside the centralised services.
    static let otherImmigrantClients = cite(.integration, "267",
        "Sopimuskunnat vastaavat muiden kuin keskitettyjen palveluiden piiriin kuuluvien maahanmuuttaja-asiakkaiden työvoimapalveluista.")

    /// The wellbeing county, named: Pohde, for health checks, work-ability assessment and rehabilitative work activity.
    static let pohde = cite(.stakeholdersWorkAbility, "547",
        "**Hyvinvointialue (Pohde).** Yhteistyö työttömien terveystarkastuksiin, työkyvyn arviointeihin ja kuntouttavaan työtoimintaan liittyen.")

    /// Each member arranges its own premises; Oulu's staff and services are at BusinessAsema.
    static let ownPremises = cite(.premises, "569", "Jokainen työllisyysalueeseen kuuluva kunta järjestää toiminnan tarvitsemat tilat itse.")
    static let businessAsemaPremises = cite(.premises, "571",
        "Oulun osalta henkilöstön tilat ja palvelut kootaan BusinessAseman yhteyteen.")
    static let staffPlacement = cite(.staffPlacement, "579",
        "Keskitettäviä palveluita toteuttava henkilöstö sijoittuu vastuukunnan palvelukseen.")

    /// Local services are each municipality's own cost.
    static let localFinancing = cite(.finances, "617",
        "Lähipalveluiden taloudellinen resursointi on jokaisen kunnan omalla vastuulla.")
    /// The overhead coefficient: named, its components listed, no value given.
    static let overheadCoefficient = cite(.finances, "621",
        "Yleiskustannuskertoimessa huomioidaan vastuukuntaan keskitettävien palveluiden osalta henkilöstöasiantuntijan ja talousasiantuntijan työpanos työllisyysalueelle")
    /// The cost-split principles live in the cooperation agreement, which is not among the documents.
    static let costSplitInAgreement = cite(.annex2, "636",
        "Kustannustenjaon periaatteet on määritelty työllisyysalueen yhteistoimintasopimuksessa.")
    /// LIITE 2's heading of the state-share split.
    static let vosPrinciple = cite(.annex2, "640", "VOS-PERIAATTEILLA:")
}

extension Citation {
    /// The cited lines as notes write them: `r. 629–630` in Finnish, `L629-630` in English.
    var lineRef: LocalizedText {
        let lines = lines ?? ""
        return LocalizedText(fi: "r. " + lines.replacingOccurrences(of: "-", with: "–"), en: "L" + lines)
    }
}
