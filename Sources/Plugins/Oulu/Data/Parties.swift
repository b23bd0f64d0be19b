// Data/Parties.swift — the bodies the plan names as producers, procurers and partners, spelled as
// the plan spells them. No provider of a purchased service is named in the plan, so none is here.

import PluginAPI

enum Parties {
    /// Oulu as the responsible municipality: producer of the centralised services, sole procurer.
    static let oulu = Party(name: "Oulun kaupunki (vastuukunta)", municipality: Membership.oulu.ref)
    /// Oulu's business and employment services, which run the area's central phone and video advice.
    static let businessOulu = Party(name: "BusinessOulu (Oulun kaupunki)", municipality: Membership.oulu.ref)
    /// Whoever wins Oulu's tender; the plan names no provider, contract or procurement model.
    static let purchasedProvider = Party(name: "Oulun keskitetysti hankkima palveluntuottaja (ei nimetty suunnitelmassa)")
    /// The member municipalities, each producing its own local services.
    static let members = Party(name: "Työllisyysalueen kunnat, kukin omana lähipalvelunaan")
    /// The wellbeing services county of North Ostrobothnia as the plan names it.
    static let pohde = Party(name: "Hyvinvointialue Pohde")
    static let kela = Party(name: "Kela")
    /// The social-care authority that draws up the activation plan with the coach (L141).
    static let socialCare = Party(name: "Sosiaalihuollon viranomainen (hyvinvointialue Pohde)")
    /// Maritime job placement is bought from the Turku area (L187).
    static let turkuArea = Party(name: "Turun työllisyysalue")
    /// The state body is not named where the plan says «valtion toimesta» (L131, L177–181).
    static let state = Party(name: "Valtio (keskitetysti; virastoa ei nimetä suunnitelmassa)")
    /// The employer that co-funds a joint-purchase training.
    static let employer = Party(name: "Työnantaja (yhteishankintakoulutuksen osarahoittaja)")
}
