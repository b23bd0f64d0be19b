// OtherBodies.swift — the services another body delivers: the wellbeing county Pohde (rehabilitative
// work activity, health checks), the state (statements needing special expertise) and the Turku
// employment area (maritime job placement).

import PluginAPI

extension Rules {
    /// L163: the wellbeing county organises it on the activation plan; the jobseeker's case stays
    /// with the coach. The cost is the county's by law unless the parameter says otherwise.
    func rehabilitativeWorkActivity(_ member: Member?) -> ServiceRule {
        let organiser = Plan.cite(.delegated, "163", "Kuntouttavan työtoiminnan järjestää hyvinvointialue.")
        return countyService(member, organiser: organiser,
                             [Plan.cite(.delegated, "161", "m. Kuntouttava työtoiminta"), organiser,
                              Plan.cite(.delegated, "163", "Palvelun aikana työnhakijan asiakkuus työllisyysalueella on kunnan omanvalmentajalla."),
                              Plan.annex1(.annex1Local, "Kuntouttava työtoiminta")],
                             listed: "Kuntouttava työtoiminta", funding: settings.rehabilitativeWorkFunding, note: LocalizedText(
                               fi: "Hyvinvointialue Pohde järjestää kuntouttavan työtoiminnan aktivointisuunnitelman perusteella, jonka kunnan "
                                   + "omavalmentaja ja sosiaalihuollon viranomainen laativat asiakkaan kanssa; työnhakijan asiakkuus pysyy kunnan "
                                   + "omavalmentajalla (r. 163, 547). LIITE 1 luettelee sen lähipalveluihin: ohjaus ja asiakkuus ovat kunnan.",
                               en: "The wellbeing county Pohde organises rehabilitative work activity on the activation plan the municipality's "
                                   + "coach and the social-care authority draw up with the client; the jobseeker's case stays with the coach "
                                   + "(L163, L547). LIITE 1 lists it among the local services: the referral and the case are the municipality's."))
    }

    /// L151–153: the wellbeing county produces the health check; referring to it is local. The plan
    /// names no case owner during the check, so the coach is read from the local referral.
    func healthCheck(_ member: Member?) -> ServiceRule {
        let producer = Plan.cite(.delegated, "153", "Työttömien terveystarkastuspalvelun tuottaa hyvinvointialue.")
        return countyService(member, organiser: producer,
                             [Plan.cite(.delegated, "151", "k. Työttömien terveystarkastukseen ohjaaminen"), producer,
                              Plan.cite(.delegated, "153", "Asiakas voi hakeutua palveluun itse, kunnan omavalmentajan ohjaamana (velvoittava tai vapaaehtoinen) tai muun viranomaisen tai palveluntuottajan ohjaamana.")],
                             status: .inferred, listed: "Työttömien terveys tarkastus", funding: settings.healthCheckFunding, note: LocalizedText(
                               fi: "Hyvinvointialue Pohde tuottaa terveystarkastuksen (r. 153, 547). Asiakas voi hakeutua siihen itse, kunnan "
                                   + "omavalmentajan ohjaamana (velvoittava tai vapaaehtoinen) tai muun viranomaisen tai palveluntuottajan "
                                   + "ohjaamana (r. 153). Päätelty: suunnitelma ei nimeä asiakkuuden pitäjää tarkastuksen ajalta; koska "
                                   + "tarkastukseen ohjaaminen on kunnan lähipalvelu (r. 151), asiakkuus luetaan kunnan omavalmentajalle.",
                               en: "The wellbeing county Pohde produces the health check (L153, L547). The client may go on their own, referred "
                                   + "by the municipality's coach (obligatory or voluntary) or by another authority or provider (L153). "
                                   + "Inferred: the plan names no case owner during the check; since referring to it is the municipality's "
                                   + "local service (L151), the case is read as staying with the coach."))
    }

    /// A service the wellbeing county Pohde organises (`organiser`, among `passages`; L547 names the county): it delivers,
    /// the member's coach keeps the jobseeker's case, the area procures nothing, and the cost is the
    /// county's (`funding`) or, by the parameter, the member's own for the local part LIITE 1 lists (`item`).
    private func countyService(_ member: Member?, organiser: Citation, _ passages: [Citation], status: DecisionStatus = .explicit,
                               listed item: String, funding: StatutoryFunding, note: LocalizedText) -> ServiceRule {
        ServiceRule(
            route: RouteFacts(delivery: .wellbeingCounty, provider: Parties.pohde, caseOwner: CaseOwner.coach(member),
                              grounds: Grounds(passages + [Plan.pohde], status, notes: [note])),
            procurement: OuluProcurement.byWellbeingCounty(organiser),
            cost: Costs.wellbeingCounty(funding, settings.wellbeingCountyCost, listing: Plan.annex1(.annex1Local, item)))
    }

    /// L131, L177–181: labour-policy statements needing special expertise are made centrally by the
    /// state; the catalog's specialist statements are read as those.
    func specialistStatements() -> ServiceRule {
        let passages = [Plan.cite(.centralJobFinding, "177", "Lakisääteinen työnhakija-asiakkaan työn löytymiseen liittyvä palvelu, joka hoidetaan keskitetysti valtion toimesta:"),
                        Plan.cite(.centralJobFinding, "181", "Tuotetaan keskitetysti niiltä osin kuin vaatii erityisosaamista."),
                        Plan.cite(.delegated, "131", "Valtion toimesta tuotetaan keskitetysti lausunnot, jotka vaativat erityisosaamista.")]
        return ServiceRule(
            route: RouteFacts(delivery: .state, provider: Parties.state, grounds: Grounds(passages, notes: [LocalizedText(
                fi: "Suunnitelma ei nimeä valtion virastoa eikä asiakkuuden pitäjää.",
                en: "The plan names neither the state body nor who keeps the case.")])),
            procurement: OuluProcurement.byState(passages),
            cost: Costs.producedByTheState)
            .read(as: LocalizedText(
                fi: "Päätelty: luettelon erityisasiantuntijoiden lausunnot luetaan erityisosaamista vaativiksi työvoimapoliittisiksi "
                    + "lausunnoiksi, jotka valtio tuottaa keskitetysti (r. 131, 177–181). Suunnitelma ei määrittele, milloin lausunto "
                    + "vaatii erityisosaamista. Starttirahapäätöksen lausunnot ostetaan (r. 317); omaehtoista opiskelua koskevat "
                    + "lausunnot annetaan keskitetysti Oulussa (r. 195).",
                en: "Inferred: the catalog's specialist statements are read as the labour-policy statements that need special "
                    + "expertise, which the state makes centrally (L131, L177-181). The plan does not define when a statement needs it. "
                    + "Statements for start-up grant decisions are purchased (L317); statements on self-motivated study are made "
                    + "centrally in Oulu (L195)."))
    }

    /// L183–187: bought from the Turku employment area, which delivers it remotely.
    func maritimePlacement(_ member: Member?) -> ServiceRule {
        ServiceRule(
            route: RouteFacts(delivery: .otherAuthority, provider: Parties.turkuArea, caseOwner: CaseOwner.coach(member),
                              grounds: Grounds([Plan.cite(.centralJobFinding, "183", "Lakisääteinen työnhakija-asiakkaan työn löytymiseen liittyvä palvelu, joka hoidetaan keskitetysti toisen työllisyysalueen toimesta:"),
                                                Plan.turkuPurchase], notes: [LocalizedText(
                                fi: "Turun työllisyysalue tuottaa palvelun etäpalveluna, ja Oulun alue ostaa sen (r. 187); suunnitelma ei nimeä "
                                    + "etäasioinnin kanavia.",
                                en: "The Turku employment area delivers the service remotely and the Oulu area buys it (L187); the plan names no "
                                    + "remote channels.")]).adding(CaseOwner.usuallyTheCoach)),
            procurement: OuluProcurement.fromTurku,
            cost: Costs.maritime(settings.maritimeRecharge, poolKey()))
    }
}
