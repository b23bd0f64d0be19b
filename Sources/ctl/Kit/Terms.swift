// Terms.swift — the words staff read for the pinned enum values of the wire (delivery, principle,
// model, channel, status, bearer kinds, responsibility …), in Finnish and English: one table per
// kind. Tables show `paikallinen (local)`: the word, and the wire value that --json prints.

import PluginAPI

enum Terms {
    typealias Table = [String: Localized]

    static let delivery: Table = [
        "local": Localized("paikallinen", "local"),
        "centralized": Localized("keskitetty", "centralized"),
        "purchased": Localized("ostopalvelu", "purchased service"),
        "joint": Localized("yhteistyönä", "jointly"),
        "other_authority": Localized("toinen työvoimaviranomainen", "another employment authority"),
        "state": Localized("valtio", "state"),
        "wellbeing_county": Localized("hyvinvointialue", "wellbeing services county"),
        "kela": Localized("Kela", "Kela"),
        "education_provider": Localized("oppilaitos", "education provider"),
        "partner": Localized("kumppani", "partner"),
    ]
    static let principle: Table = [
        "causer_pays": Localized("aiheuttaja maksaa", "causer pays"),
        "own_municipality": Localized("kunta itse", "the municipality itself"),
        "shared_by_key": Localized("yhteinen, jakoavaimella", "shared, by allocation key"),
        "state_funded": Localized("valtio rahoittaa", "funded by the state"),
        "case_by_case": Localized("tapauskohtainen sopimus", "case by case"),
        "billed_by_other_authority": Localized("toinen viranomainen laskuttaa", "billed by another authority"),
        "funded_by_other_body": Localized("toinen julkinen toimija rahoittaa", "funded by another public body"),
    ]
    static let model: Table = [
        "own_production": Localized("oma tuotanto", "own production"),
        "dynamic_purchasing_system": Localized("dynaaminen hankintajärjestelmä", "dynamic purchasing system"),
        "framework_agreement": Localized("puitejärjestely", "framework agreement"),
        "mini_competition": Localized("minikilpailutus", "mini-competition"),
        "outcome_based": Localized("tulosperusteinen hankinta", "outcome-based procurement"),
        "joint_procurement": Localized("yhteishankinta", "joint procurement"),
        "small_procurement": Localized("pienhankinta", "small procurement"),
        "innovation_or_pilot": Localized("kehittämis- tai pilottihankinta", "innovation or pilot procurement"),
        "grant": Localized("avustus", "grant"),
        "national_procurement": Localized("valtakunnallinen hankinta", "national procurement"),
        "purchased_from_other_authority": Localized("ostetaan toiselta viranomaiselta", "purchased from another authority"),
        "other": Localized("muu", "other"),
    ]
    static let channel: Table = [
        "in_person": Localized("käynti", "in person"),
        "phone": Localized("puhelin", "phone"),
        "video": Localized("video", "video"),
        "online": Localized("verkko", "online"),
        "mobile": Localized("liikkuva palvelu", "mobile service"),
    ]
    static let status: Table = [
        "explicit": Localized("suoraan asiakirjasta", "stated in the document"),
        "inferred": Localized("päätelty", "inferred"),
        "default": Localized("oletus (muutettavissa)", "default (configurable)"),
    ]
    static let pluginState: Table = [
        "loaded": Localized("ladattu", "loaded"),
        "failed": Localized("VIRHE", "FAILED"),
        "disabled": Localized("pois käytöstä", "disabled"),
    ]
    /// Who finally bears a cost (`bearer.kind`).
    static let bearer: Table = [
        "municipality": Localized("kunta", "municipality"),
        "members_by_key": Localized("jäsenkunnat jakoavaimella", "the members by the key"),
        "state": Localized("valtio", "state"),
        "public_body": Localized("julkinen toimija", "public body"),
        "case_by_case": Localized("tapauskohtaisesti", "case by case"),
    ]
    /// The kind of a public body that bears a cost (`bearer.type`).
    static let publicBody: Table = [
        "wellbeing_county": Localized("hyvinvointialue", "wellbeing services county"),
        "kela": Localized("Kela", "Kela"),
        "ministry": Localized("ministeriö", "ministry"),
        "education_provider": Localized("koulutuksen järjestäjä", "education provider"),
        "other": Localized("muu julkinen toimija", "other public body"),
    ]
    /// Who national law makes responsible for a service (`services.list`).
    static let responsibility: Table = [
        "employment_authority": Localized("työvoimaviranomainen", "employment authority"),
        "state": Localized("valtio", "state"),
        "wellbeing_county": Localized("hyvinvointialue", "wellbeing services county"),
        "kela": Localized("Kela", "Kela"),
        "other": Localized("muu", "other"),
    ]
    static let billingPeriod: Table = [
        "monthly": Localized("kuukausittain", "monthly"),
        "quarterly": Localized("neljännesvuosittain", "quarterly"),
        "annual": Localized("vuosittain", "annual"),
        "per_case": Localized("tapauksittain", "per case"),
        "not_stated_in_plan": Localized("suunnitelmassa ei sanota", "not stated in the plan"),
    ]
    static let ledgerKind: Table = [
        "cost": Localized("kustannus", "cost"),
        "advance_bill": Localized("ennakkolasku", "advance bill"),
    ]

    /// `paikallinen (local)`; in English the wire value only where the word differs from it
    /// (`another employment authority (other_authority)`, but `local`); the value itself when the
    /// table does not know it.
    static func term(_ table: Table, _ value: String?, _ language: Language) -> String? {
        guard let value else { return nil }
        guard let word = table[value]?[language] else { return value }
        return language == .en && word == value.replacingOccurrences(of: "_", with: " ") ? word : "\(word) (\(value))"
    }

    /// Just the word (for a narrow table column), or the value itself when the table does not know it.
    static func word(_ table: Table, _ value: String?, _ language: Language) -> String? {
        guard let value else { return nil }
        return table[value]?[language] ?? value
    }

    /// The catalog's name of a service id in `language`, if it is a catalog id.
    static func serviceName(_ id: String, _ language: Language) -> String? {
        ServiceCatalog.entry(ServiceID(rawValue: id)).map { language == .fi ? $0.nameFi : $0.nameEn }
    }
}
