// Costs.swift — who pays, as the cost part of each rule: each member for its local services (§7.3),
// LIITE 2's two principles for the centralised services, the law's funding for the wellbeing
// county's services, the state for its own statements, and the Turku area's bill. Each part has
// its own grounds; a shared pool carries its key's grounds as well.

import PluginAPI

enum Costs {
    /// A local service: the member's own cost (L617; LIITE 2 splits only the centralised services).
    /// `listing` is the passage that makes the service local. `producer` is another member that
    /// produces it (the employer's municipality), which then pays for it and bears it.
    static func ownMunicipality(_ listing: Citation, producer: Member? = nil) -> CostTerms {
        CostTerms(principle: .ownMunicipality, payer: producer.map { .member($0.ref) } ?? .clientMunicipality,
                  bearer: producer.map { .member($0.ref) } ?? .clientMunicipality,
                  grounds: Grounds([listing, Plan.localFinancing], notes: [LocalizedText(
                    fi: "Kustannus: lähipalvelu, jonka taloudellinen resursointi on kunkin kunnan omalla vastuulla (r. 617); "
                        + "LIITE 2 jakaa vain keskitettyjen palveluiden kustannukset.",
                    en: "Cost: a local service, which each municipality resources itself (L617); LIITE 2 splits only the "
                        + "centralised services' costs.")]))
    }

    /// LIITE 2 «AIHEUTTAMISPERIAATTEILLA» (L643): the municipality whose resident the client is pays
    /// for the items listed, `(item, line)`.
    static func causerPays(_ items: [(item: String, line: Int)]) -> CostTerms {
        CostTerms(principle: .causerPays, payer: .clientMunicipality, bearer: .clientMunicipality,
                  grounds: Grounds(items.map { Plan.annex2(.annex2Causer, $0.item, line: $0.line) }, notes: [LocalizedText(
                    fi: "Kustannus: LIITE 2 jakaa tämän «AIHEUTTAMISPERIAATTEILLA» (r. 643): sen maksaa kunta, jonka asukkaan "
                        + "asiakkuudesta kustannus syntyy.",
                    en: "Cost: LIITE 2 splits this «AIHEUTTAMISPERIAATTEILLA» (L643): the municipality whose resident's case "
                        + "causes the cost pays it.")]))
    }

    /// LIITE 2 «VOS-PERIAATTEILLA» (L640): Oulu pays the bills as the responsible municipality and
    /// the members bear them by the pool's key. The principle is the plan's (`items` quote LIITE 2);
    /// the key carries its own grounds.
    static func shared(_ items: [Citation], _ pool: PoolKey) -> CostTerms {
        CostTerms(principle: .sharedByKey, payer: .responsibleMunicipality, bearer: .membersByKey(pool),
                  grounds: Grounds(items, notes: [LocalizedText(
                    fi: "Kustannus: LIITE 2 jakaa tämän «VOS-PERIAATTEILLA» (r. 640): vastuukunta Oulu maksaa laskut ja jakaa "
                        + "kustannuksen jäsenkuntien kesken poolin '\(pool.pool)' jakoavaimella (ks. costs.allocate).",
                    en: "Cost: LIITE 2 splits this «VOS-PERIAATTEILLA» (L640): Oulu, the responsible municipality, pays the bills "
                        + "and the members bear the cost by the key of pool '\(pool.pool)' (see costs.allocate).")]))
    }

    /// A statutory purchase LIITE 2 does not list by name, read as one of its group-2 purchases.
    static func unlistedPurchase(_ service: String, _ pool: PoolKey) -> CostTerms {
        var terms = shared([Plan.cite(.annex2Purchased, "640", "2. Lakisääteiset työvoimapalvelut (ostopalvelut):")], pool)
        terms.grounds = terms.grounds.adding([], .inferred, notes: [LocalizedText(
            fi: "Päätelty: LIITE 2 ei mainitse palvelua \(service); Oulun ostamana lakisääteisenä palveluna se luetaan LIITE 2:n "
                + "ryhmän 2 ostopalveluihin (r. 640).",
            en: "Inferred: LIITE 2 does not list \(service); as a statutory service Oulu purchases, it is read as one of LIITE 2's "
                + "group-2 purchases (L640).")])
        return terms
    }

    /// The wellbeing county's own service (`service` organised by Pohde): the plan has no LIITE 2
    /// line for it, so the law's funding applies (the statutory layer's `funding`, naming the county
    /// as the plan does, L547) — unless the parameter `wellbeing_county_services_cost` says the
    /// client's municipality pays. The parameter decides either way, so the part is its status.
    static func wellbeingCounty(_ funding: StatutoryFunding, _ setting: DatedSetting<WellbeingCountyCost>,
                                listing: Citation) -> CostTerms {
        let silent = LocalizedText(
            fi: "Kustannus: LIITE 2:ssa ei ole tälle riviä; suunnitelma jättää hyvinvointialueen palvelun kustannuksen "
                + "työllisyysalueen kustannustenjaon ulkopuolelle.",
            en: "Cost: LIITE 2 has no line for it; the plan leaves the wellbeing county's service outside the area's cost split.")
        switch setting.value {
        case .fundedByOtherBody:
            var terms = CostTerms(statutory: funding)
            terms.payer = .authority(Parties.pohde.name)
            terms.bearer = .publicBody(body: Parties.pohde.name, type: .wellbeingCounty)
            terms.grounds = terms.grounds.adding([Plan.pohde], setting.status, notes: [silent, setting.note])
            return terms
        case .ownMunicipality:
            return CostTerms(principle: .ownMunicipality, payer: .clientMunicipality, bearer: .clientMunicipality,
                             grounds: Grounds(setting, basis: [listing, Plan.localFinancing]).adding(notes: [silent, LocalizedText(
                                fi: "Asetettu kunnan omaksi kustannukseksi: LIITE 1 luettelee palvelun lähipalveluksi (ohjaus ja "
                                    + "asiakkuus), jonka resursoinnista vastaa kunta (r. 617). Toinen tulkinta: hyvinvointialue rahoittaa "
                                    + "oman palvelunsa.",
                                en: "Configured as the client's municipality's cost: LIITE 1 lists it among the local services (referral "
                                    + "and case), which each municipality resources (L617). Other reading: the wellbeing county funds its "
                                    + "own service.")]))
        }
    }

    /// Statements the state makes itself (L177–181): the state bears them.
    static let producedByTheState = CostTerms(
        principle: .stateFunded, payer: .authority(Parties.state.name), bearer: .state(body: Parties.state.name),
        grounds: Grounds([Plan.cite(.centralJobFinding, "177", "Lakisääteinen työnhakija-asiakkaan työn löytymiseen liittyvä palvelu, joka hoidetaan keskitetysti valtion toimesta:")],
                         .inferred, notes: [LocalizedText(
                            fi: "Päätelty: valtio tuottaa nämä lausunnot keskitetysti itse (r. 177–181), joten se myös kustantaa ne; "
                                + "LIITE 2 ei mainitse niitä.",
                            en: "Inferred: the state makes these statements centrally itself (L177-181), so it also pays for them; "
                                + "LIITE 2 does not list them.")]))

    /// Maritime job placement: Oulu buys it from the Turku area (L187) and pays Turku's bill; who
    /// finally bears it is the parameter `merityonvalitys_recharge`, LIITE 2 having no line for it.
    static func maritime(_ setting: DatedSetting<CostSplit>, _ pool: PoolKey) -> CostTerms {
        let causer = setting.value == .causerPays
        return CostTerms(
            principle: .billedByOtherAuthority, payer: .responsibleMunicipality,
            bearer: causer ? .clientMunicipality : .membersByKey(pool),
            billing: Billing(invoicer: Parties.turkuArea.name, period: "not_stated_in_plan"),
            grounds: Grounds(setting, basis: [Plan.turkuPurchase, Plan.centralProcurement]).adding(notes: [LocalizedText(
                fi: "Kustannus: Turun työllisyysalue myy palvelun (r. 187) ja laskuttaa sen; Oulu maksaa laskun alueen "
                    + "hankintojen hoitajana (r. 115). LIITE 2:ssa ei ole tälle riviä, joten "
                    + (causer ? "Oulu laskuttaa sen edelleen asiakkaan kotikunnalta (kuten LIITE 2:n aiheuttamisperiaatteen erät)."
                              : "kustannus jaetaan jäsenkuntien kesken jakoavaimella (kuten LIITE 2:n ostopalvelut).")
                    + " Suunnitelma ei kerro laskutuskautta.",
                en: "Cost: the Turku employment area sells the service (L187) and bills it; Oulu pays the bill as the area's "
                    + "purchaser (L115). LIITE 2 has no line for it, so "
                    + (causer ? "Oulu passes it on to the client's home municipality (as LIITE 2's causer-pays items)."
                              : "the members bear it by the key (as LIITE 2's purchases).")
                    + " The plan states no billing period.")]))
    }
}
