// Documents.swift — the documents the template area's rules rest on: its organising plan, the
// plan's own section headings, the passages the rules cite, and the one helper that makes a Citation.

import PluginAPI

/// The organising plan «Esimerkkialueen työllisyysalueen järjestämissuunnitelma» (2.9.2024, fictional).
///
/// A copy lives in config/data/template/sources/ so that the tests can check every quote against
/// the lines it cites. AUTHOR: put your plan's text file there (as the seed documents give it,
/// byte for byte) and replace the file name, the headings and the passages below.
enum Plan {
    static let file = "template-plan.txt"

    /// The plan's own headings, spelled as the document spells them: a reader finds the passage by
    /// searching the file for its section, and the line numbers pin it down.
    enum Section: String {
        case area = "1 Työllisyysalue ja vastuukunta"
        case local = "2.1 Lähipalvelut"
        case centralised = "2.2 Keskitetyt palvelut"
        case purchased = "2.3 Ostopalvelut"
        case other = "2.4 Muut palvelut"
        case causerPays = "3.1 Aiheuttamisperiaate"
        case shared = "3.2 Yhteiset kustannukset"
        case governance = "4 Hallinto"
    }

    /// A passage: `lines` as `sed -n '12,14p'` numbers them ("12" or "12-14"), and a short quote
    /// that is verbatim within those lines (typos included) — the tests check both.
    static func cite(_ section: Section, _ lines: String, _ quote: String) -> Citation {
        Citation(document: file, section: section.rawValue, lines: lines, quote: quote)
    }

    // Passages several rules rest on. Named after what they say, so a rule reads like the plan.

    static let membership = cite(.area, "6",
        "Kolarin kunta ja Muonion kunta muodostavat yhteisen työllisyysalueen 1.1.2025 alkaen.")
    static let responsibleMunicipality = cite(.area, "7", "Kolarin kunta toimii työllisyysalueen vastuukuntana.")

    static let localPlanAndJobSearch = cite(.local, "12",
        "Työllistymissuunnitelma laaditaan ja työnhakua tuetaan asiakkaan kotikunnassa.")
    static let servicePoints = cite(.local, "13", "Kolarin ja Muonion palvelupisteissä sekä puhelimitse ja verkossa")
    static let coachKeepsCase = cite(.local, "14", "asiakkaan kotikunnan omavalmentajalla")

    static let paySubsidyCentralised = cite(.centralised, "17",
        "Palkkatukipäätökset tehdään ja palkkatuki maksetaan keskitetysti vastuukunnassa.")
    static let adviceCentralised = cite(.centralised, "18", "Yleinen neuvonta annetaan keskitetysti verkossa ja puhelimitse.")

    static let trainingJointlyProcured = cite(.purchased, "21", "Työvoimakoulutus hankitaan yhteisesti koko työllisyysalueelle.")
    static let trainingFrameworkAgreement = cite(.purchased, "22", "kilpailuttaa työvoimakoulutuksen puitejärjestelynä")

    static let nothingElseOrganised = cite(.other, "25", "Muita työvoimapalveluita ei tässä suunnitelmassa järjestetä")

    static let paySubsidyCauserPays = cite(.causerPays, "29", "Palkkatuen kustannukset maksaa asiakkaan kotikunta.")
    static let localServicesOwnCost = cite(.causerPays, "30", "Lähipalveluiden kustannuksista vastaa kukin kunta itse.")

    static let sharedCostsByKey = cite(.shared, "33", "kustannukset jaetaan kuntien kesken jakoperusteen mukaan")
    static let keyFactors = cite(.shared, "34", "työttömien määrää ja 18–64-vuotiaiden asukkaiden määrää")
    static let weightsInAgreement = cite(.shared, "35", "painot vahvistetaan vuosittain yhteistoimintasopimuksessa")
    static let quarterlyBilling = cite(.shared, "36", "Vastuukunta laskuttaa jäsenkuntia neljännesvuosittain.")

    static let boardSeats = cite(.governance, "39", "neljä jäsentä, kaksi kummastakin kunnasta")
    static let planPeriod = cite(.governance, "42", "Suunnitelma kattaa vuodet 2025–2026.")
}
