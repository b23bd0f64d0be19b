// Data/Baskets.swift — the plan's basket model (Korimalli): three service baskets, each under a
// strategic theme, with their numbered items (4.1, lines 405–427).

import PluginAPI

/// One item of a basket, as `categories` of a procurement decision show it.
struct BasketItem: Hashable, Sendable {
    let theme: String
    let basket: String
    let item: String
    let citation: Citation

    init(_ theme: String, _ basket: String, _ item: String, lines: String) {
        self.theme = theme
        self.basket = basket
        self.item = item
        citation = Passage.basketList(lines, item)
    }

    var categories: [String] { [basket, item] }
}

enum Baskets {
    private static let vital = "Elinvoimainen ja yhdessä tekevä"
    private static let sustainable = "Taloudellisesti ja ekologisesti kestävä"
    private static let wellbeing = "Hyvinvoiva ja yhteisöllinen"

    static let jobSearch = BasketItem(vital, "Työllistymisen palvelut",
                                      "1) Työnhaku: Valmennukset (mm. Uravalmennus), työllistymisen tuki", lines: "409-411")
    static let employers = BasketItem(vital, "Työllistymisen palvelut",
                                      "2) Työnantajien palvelut: rekrytoinnin tuki, perehdyttämisen/työssä pysymisen tuki", lines: "409-412")
    static let entrepreneurship = BasketItem(vital, "Työllistymisen palvelut",
                                             "3) Yrittäjyys: yrittäjyyden valmiudet, yrityksen perustaminen", lines: "409-413")
    static let training = BasketItem(sustainable, "Osaamisen kehittäminen",
                                     "1) Koulutuspalvelut: työvoimakoulutus, vapaa sivistystyö", lines: "417-419")
    static let careerDevelopment = BasketItem(sustainable, "Osaamisen kehittäminen",
                                              "2) Urakehitys: osaamisen tunnistaminen ja tunnustaminen, osaamisen kartoitukset", lines: "417-420")
    static let workAbility = BasketItem(wellbeing, "Hyvinvoinnin tuki",
                                        "1) Työkykyä tukevat palvelut: työkyky, kokonaisvaltainen hyvinvointi", lines: "424-426")
    static let grants = BasketItem(wellbeing, "Hyvinvoinnin tuki",
                                   "2) Avustukset: pajatoiminta, hankkeet, kehittämistoiminta", lines: "424-427")

    static let all = [jobSearch, employers, entrepreneurship, training, careerDevelopment, workAbility, grants]
}
