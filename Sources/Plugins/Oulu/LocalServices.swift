// LocalServices.swift — the local services whose rule is more than the local mode with a passage:
// those with partners (activation plan, multi-sectoral service), those with a configured local
// point (youth services), and the employer services, served in the employer's municipality.

import PluginAPI

extension Rules {
    /// L141: the coach draws up the activation plan with the client and the social-care authority.
    func activationPlan(_ member: Member?) -> ServiceRule {
        let together = Plan.cite(.delegated, "141",
            "Asiakkuus on kunnan omavalmentajalla, joka yhdessä asiakkaan ja sosiaalihuollon viranomaisen kanssa laatii aktivointisuunnitelman.")
        return local(member, [Plan.cite(.delegated, "139", "h. Aktivointisuunnitelma"), together], listed: "Aktivointisuunnitelma",
                     notes: [LocalizedText(
                        fi: "Omavalmentaja laatii suunnitelman yhdessä asiakkaan ja sosiaalihuollon viranomaisen kanssa (r. 141).",
                        en: "The coach draws it up together with the client and the social-care authority (L141).")])
            .withPartners([Parties.socialCare], [together])
    }

    /// L143–145, L219, L223: the coach, the wellbeing county Pohde and Kela assess and plan together;
    /// the case is the coach's.
    func multisectoralService(_ member: Member?) -> ServiceRule {
        let together = Plan.cite(.delegated, "145",
            "Kunnan omavalmentaja, hyvinvointialue ja Kela yhdessä arvioivat asiakkaan monialaisen palvelutarpeen")
        let partners = Plan.cite(.multisectoral, "223",
            "Työllisyysalue laatii muiden toimijoiden, kuten hyvinvointialue Pohteen ja Kelan, kanssa selkeät monialaisen yhteistyön sopimukset")
        return local(member, [Plan.cite(.delegated, "143", "i. Monialainen työllistymissuunnitelma"), together, partners,
                              Plan.cite(.multisectoral, "219", "Työllisyysalueella monialaisen palvelun asiakkuus on kunnan omavalmentajalla.")],
                     listed: "Monialainen työllistymissuunnitelma", notes: [LocalizedText(
                        fi: "Monialainen yhteispalvelu: kunnan omavalmentaja, hyvinvointialue Pohde ja Kela arvioivat palvelutarpeen ja "
                            + "suunnittelevat palvelut yhdessä asiakkaan kanssa (r. 145, 223); asiakkuus on kunnan omavalmentajalla (r. 219).",
                        en: "Multi-sectoral joint service: the municipality's coach, the wellbeing county Pohde and Kela assess the needs "
                            + "and plan the services together with the client (L145, L223); the case is with the coach (L219).")])
            .withPartners([Parties.pohde, Parties.kela], [together, partners])
    }

    /// L147–149: a local service whose case is the coach's; an Ohjaamo only where the parameters
    /// say the member has one (L231 names none).
    func youthServices(_ member: Member?) -> ServiceRule {
        let rule = local(member, [Plan.cite(.delegated, "147", "j. Nuorten monialaisen tuen yhteispalvelu"),
                                  Plan.cite(.delegated, "149", "Palvelussa olevan nuoren asiakkuus työllisyysalueella on kunnan omavalmentajalla."),
                                  Plan.cite(.youth, "231", "Osalla kunnista on jo toimiva Ohjaamo, osa suunnittelee Ohjaamo-toiminnan käynnistämistä ja osassa monialaista yhteistyötä tehdään muulla tavoin.")],
                         listed: "Nuorten monialaisen tuen yhteispalvelu", notes: [LocalizedText(
                            fi: "Matalan kynnyksen lähipalvelu nuorille; asiakkuus on kunnan omavalmentajalla (r. 149). Suunnitelma ei nimeä "
                                + "kuntia, joissa on Ohjaamo (r. 231), eikä ikärajaa.",
                            en: "A low-threshold local service for young people; the case is with the coach (L149). The plan names neither "
                                + "the municipalities with an Ohjaamo (L231) nor an age limit.")])
        return withLocalPoint(rule, member, settings.ohjaamoMunicipalities, Locations.ohjaamo)
    }

    /// The rule with the member's local point added when the setting lists the member: the plan names
    /// no such municipality, so the point comes with the setting's status and note.
    func withLocalPoint(_ rule: ServiceRule, _ member: Member?, _ setting: DatedSetting<Set<MunicipalityCode>>,
                        _ point: (Member) -> Location) -> ServiceRule {
        guard let member, setting.value.contains(member.ref.code) else { return rule }
        var rule = rule
        rule.route.grounds = rule.route.grounds.adding([], setting.status, notes: [setting.note])
        rule.route.locations.append(point(member))
        return rule
    }

    /// L290–302: employer services are the members' local services. An employer located in another
    /// member is served by that member, which pays for it (L617) — read so, hence inferred.
    func employerServices(_ member: Member?, employer: Member?) -> ServiceRule {
        let passages = [Plan.cite(.employers, "292", "a. Työnantaja- ja yritysasiakkaiden neuvontapalvelut:"),
                        Plan.cite(.employers, "299", "b. Työnvälityspalvelut työnantajille ja työnhakijoille (rekrytointipalvelut):"),
                        Plan.cite(.employers, "322", "Pienimuotoisemmat, paikallisten yritysten tarpeisiin soveltuvat tapahtumat kukin kunta järjestää itse.")]
        let notes = [LocalizedText(
            fi: "Työnantajien neuvonta, yrityskäynnit, palvelutarpeen kartoitus ja ehdokashaku ovat kuntien lähipalveluja (r. 290–302); "
                + "paikallisten yritysten pienet rekrytointitapahtumat kunta järjestää itse, koko alueen tilaisuudet koordinoi Oulu (r. 322). "
                + "Keskitetyt työnantajapalvelut: palkkatuki, eures, tyoolosuhteiden_jarjestelytuki ja muutosturva.",
            en: "Employer advice, company visits, needs mapping and candidate search are the members' local services (L290-302); each "
                + "member holds small recruitment events for local companies itself, Oulu coordinates area-wide ones (L322). Centralised "
                + "employer services: palkkatuki, eures, tyoolosuhteiden_jarjestelytuki and muutosturva.")]
        let item = "Yrityksen palvelutarpeen kartoitus"
        guard let employer, let member, employer != member else {
            return local(member, passages, listed: item, delegation: Plan.delegatedEmployerServices, caseOwner: false, notes: notes)
        }
        var rule = local(employer, passages, listed: item, delegation: Plan.delegatedEmployerServices, caseOwner: false, notes: notes)
        rule.cost = Costs.ownMunicipality(Plan.annex1(.annex1Local, item), producer: employer)
        return rule.read(as: LocalizedText(
            fi: "Päätelty: työnantajaa palvelee sen sijaintikunta \(employer.planName), joka myös maksaa palvelun: työnantajapalvelut ovat "
                + "jäsenkuntien lähipalveluja (r. 290), ja ne luetaan työnantajan kunnan palveluiksi, sen omalla kustannuksella (r. 617).",
            en: "Inferred: the employer is served by \(employer.planName), where it is located, which also pays: employer services are "
                + "the members' local services (L290), read as those of the employer's municipality, at its own cost (L617)."),
            in: [.route, .cost])
    }
}
