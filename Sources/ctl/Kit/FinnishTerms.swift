// FinnishTerms.swift — the Finnish words staff see for the pinned English enum values.

import PluginAPI

enum FinnishTerms {
    static let delivery: [String: String] = [
        "local": "paikallinen", "centralized": "keskitetty", "purchased": "ostopalvelu",
        "joint": "yhteistyönä", "other_authority": "toinen työvoimaviranomainen", "state": "valtio",
        "wellbeing_county": "hyvinvointialue", "kela": "Kela", "education_provider": "oppilaitos",
        "partner": "kumppani",
    ]
    static let principle: [String: String] = [
        "causer_pays": "aiheuttaja maksaa", "own_municipality": "kunta itse", "shared_by_key": "yhteinen, jakoavaimella",
        "state_funded": "valtio rahoittaa", "case_by_case": "tapauskohtainen sopimus",
        "billed_by_other_authority": "toinen viranomainen laskuttaa",
    ]
    static let model: [String: String] = [
        "own_production": "oma tuotanto", "dynamic_purchasing_system": "dynaaminen hankintajärjestelmä",
        "framework_agreement": "puitejärjestely", "mini_competition": "minikilpailutus",
        "outcome_based": "tulosperusteinen hankinta", "joint_procurement": "yhteishankinta",
        "small_procurement": "pienhankinta", "innovation_or_pilot": "kehittämis- tai pilottihankinta",
        "grant": "avustus", "national_procurement": "valtakunnallinen hankinta",
        "purchased_from_other_authority": "ostetaan toiselta viranomaiselta", "other": "muu",
    ]
    static let channel: [String: String] = [
        "in_person": "käynti", "phone": "puhelin", "video": "video", "online": "verkko", "mobile": "liikkuva palvelu",
    ]
    static let status: [String: String] = [
        "explicit": "suoraan asiakirjasta", "inferred": "päätelty", "default": "oletus (muutettavissa)",
    ]
    static let pluginState: [String: String] = ["loaded": "ladattu", "failed": "VIRHE", "disabled": "pois käytöstä"]

    /// `fi (en)`, or just the value when no Finnish word is known.
    static func term(_ table: [String: String], _ value: String?) -> String? {
        guard let value else { return nil }
        return table[value].map { "\($0) (\(value))" } ?? value
    }

    /// The catalog's Finnish name for a service id, if it is a catalog id.
    static func serviceName(_ id: String) -> String? {
        ServiceCatalog.entry(ServiceID(rawValue: id))?.nameFi
    }
}
