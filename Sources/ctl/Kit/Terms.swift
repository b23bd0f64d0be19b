// Terms.swift — the words staff read for the pinned enum values of the wire (delivery, principle,
// model, channel, status, bearer kinds, responsibility …), in Finnish and English: one table per
// kind. Tables show `paikallinen (local)`: the word, and the wire value that --json prints.

import PluginAPI

enum Terms {
    typealias Table = [String: LocalizedText]

    static let delivery: Table = [
        "local": LocalizedText("paikallinen", "local"),
        "centralized": LocalizedText("keskitetty", "centralized"),
        "purchased": LocalizedText("ostopalvelu", "purchased service"),
        "joint": LocalizedText("yhteistyönä", "jointly"),
        "other_authority": LocalizedText("toinen työvoimaviranomainen", "another employment authority"),
        "state": LocalizedText("valtio", "state"),
        "wellbeing_county": LocalizedText("hyvinvointialue", "wellbeing county"),
        "kela": LocalizedText("Kela", "Kela"),
        "education_provider": LocalizedText("oppilaitos", "education provider"),
        "partner": LocalizedText("kumppani", "partner"),
    ]
    static let principle: Table = [
        "causer_pays": LocalizedText("aiheuttaja maksaa", "causer pays"),
        "own_municipality": LocalizedText("kunta itse", "the municipality itself"),
        "shared_by_key": LocalizedText("yhteinen, jakoavaimella", "shared, by allocation key"),
        "state_funded": LocalizedText("valtio rahoittaa", "funded by the state"),
        "case_by_case": LocalizedText("tapauskohtainen sopimus", "case by case"),
        "billed_by_other_authority": LocalizedText("toinen viranomainen laskuttaa", "billed by another authority"),
        "funded_by_other_body": LocalizedText("toinen julkinen toimija rahoittaa", "funded by another public body"),
    ]
    static let model: Table = [
        "own_production": LocalizedText("oma tuotanto", "own production"),
        "dynamic_purchasing_system": LocalizedText("dynaaminen hankintajärjestelmä", "dynamic purchasing system"),
        "framework_agreement": LocalizedText("puitejärjestely", "framework agreement"),
        "mini_competition": LocalizedText("minikilpailutus", "mini-competition"),
        "outcome_based": LocalizedText("tulosperusteinen hankinta", "outcome-based procurement"),
        "joint_procurement": LocalizedText("yhteishankinta", "joint procurement"),
        "small_procurement": LocalizedText("pienhankinta", "small procurement"),
        "innovation_or_pilot": LocalizedText("kehittämis- tai pilottihankinta", "innovation or pilot procurement"),
        "grant": LocalizedText("avustus", "grant"),
        "national_procurement": LocalizedText("valtakunnallinen hankinta", "national procurement"),
        "purchased_from_other_authority": LocalizedText("ostetaan toiselta viranomaiselta", "purchased from another authority"),
        "other": LocalizedText("muu", "other"),
    ]
    static let channel: Table = [
        "in_person": LocalizedText("käynti", "in person"),
        "phone": LocalizedText("puhelin", "phone"),
        "video": LocalizedText("video", "video"),
        "online": LocalizedText("verkko", "online"),
        "mobile": LocalizedText("liikkuva palvelu", "mobile service"),
    ]
    static let status: Table = [
        "explicit": LocalizedText("suoraan asiakirjasta", "stated in the document"),
        "inferred": LocalizedText("päätelty", "inferred"),
        "default": LocalizedText("oletus (muutettavissa)", "default (configurable)"),
    ]
    static let pluginState: Table = [
        "loaded": LocalizedText("ladattu", "loaded"),
        "failed": LocalizedText("VIRHE", "FAILED"),
        "disabled": LocalizedText("pois käytöstä", "disabled"),
    ]
    /// Who finally bears a cost (`bearer.kind`).
    static let bearer: Table = [
        "municipality": LocalizedText("kunta", "municipality"),
        "members_by_key": LocalizedText("jäsenkunnat jakoavaimella", "the members by the key"),
        "state": LocalizedText("valtio", "state"),
        "public_body": LocalizedText("julkinen toimija", "public body"),
        "case_by_case": LocalizedText("tapauskohtaisesti", "case by case"),
    ]
    /// The kind of a public body that bears a cost (`bearer.type`).
    static let publicBody: Table = [
        "wellbeing_county": LocalizedText("hyvinvointialue", "wellbeing county"),
        "kela": LocalizedText("Kela", "Kela"),
        "ministry": LocalizedText("ministeriö", "ministry"),
        "education_provider": LocalizedText("koulutuksen järjestäjä", "education provider"),
        "other": LocalizedText("muu julkinen toimija", "other public body"),
    ]
    /// Who national law makes responsible for a service (`services.list`).
    static let responsibility: Table = [
        "employment_authority": LocalizedText("työvoimaviranomainen", "employment authority"),
        "state": LocalizedText("valtio", "state"),
        "wellbeing_county": LocalizedText("hyvinvointialue", "wellbeing county"),
        "kela": LocalizedText("Kela", "Kela"),
        "other": LocalizedText("muu", "other"),
    ]
    static let billingPeriod: Table = [
        "monthly": LocalizedText("kuukausittain", "monthly"),
        "quarterly": LocalizedText("neljännesvuosittain", "quarterly"),
        "annual": LocalizedText("vuosittain", "annual"),
        "per_case": LocalizedText("tapauksittain", "per case"),
        "not_stated_in_plan": LocalizedText("suunnitelmassa ei sanota", "not stated in the plan"),
    ]
    static let ledgerKind: Table = [
        "cost": LocalizedText("kustannus", "cost"),
        "advance_bill": LocalizedText("ennakkolasku", "advance bill"),
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
