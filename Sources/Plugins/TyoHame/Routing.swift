// Routing.swift — who serves a TyöHäme client, per catalog service: which delivery model, how
// firmly the plan ties the service to it, and how a client's segment (youth, immigrant,
// multi-sectoral need, long-term unemployment) changes the route.
//
// The plan describes delivery models, not the catalog's services: a route is `explicit` only where
// a cited passage names the service (Ohjaamo, rehabilitative work activity, the multi-sectoral
// service, employer services, advice at the offices); a service read into a model is `inferred`
// with a note saying how.

import Foundation
import PluginAPI

extension Rules {
    /// Who serves a client of `query.municipality` with `query.service`.
    func route(for query: RouteQuery) throws(DecisionError) -> RouteFacts {
        let municipality = query.municipality
        switch query.service {
        case .tyollistymissuunnitelma:
            return personal(query, teamService(municipality, [], LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse työllistymissuunnitelmaa, alkuhaastattelua eikä työnhakukeskusteluja; ne luetaan "
                    + "henkilöasiakkaan palveluiksi, joissa tiimien asiantuntijat toimivat vastuutyöntekijöinä (r. 190).",
                en: "Inferred: the plan does not mention the employment plan, the first interview or job-search conversations; they are "
                    + "read as person-client services in which the teams' experts act as responsible workers (L190).")))
        case .tyonhaunTuki:
            return personal(query, teamService(municipality, [], LocalizedText(
                fi: "Päätelty: suunnitelma ei kuvaa henkilökohtaista työnhaun tukea erikseen; se luetaan tiimin vastuutyöntekijän "
                    + "työksi (r. 190).",
                en: "Inferred: the plan does not describe personal job-search support as such; it is read as the work of the client's "
                    + "responsible worker in the team (L190).")))
        case .tyonvalitys:
            return personal(query, teamService(municipality, [Passage.placementTask, Passage.recruitmentSupport, Passage.digitalSupportsPlacement],
                                               LocalizedText(
                fi: "Päätelty: työpaikkojen välittäminen on TyöHämeen tehtävä (r. 1082, rakennemuutosluvussa) ja työnantajat saavat "
                    + "rekrytoinnin tukea (r. 114); suunnitelma ei sano, kuka välittää. Työnantajapuolen rekrytoinnit hoitaa yritystiimi "
                    + "(tyonantajapalvelut), ja työnvälityspalveluita myös hankitaan (r. 401).",
                en: "Inferred: job placement is TyöHäme's task (L1082, in the structural-change chapter) and employers get recruitment "
                    + "support (L114); the plan does not say who places. Vacancies on the employer side go to the company team "
                    + "(tyonantajapalvelut), and placement services are also bought (L401).")))
        case .neuvonta:
            return personal(query, teamModel(municipality, keepsCase: false)
                .adding([Passage.multiServicePoints, Passage.mobileAndDigitalBesideOffices, Passage.officesServeBoth, Passage.kelaBenefitAdvice],
                        notes: [LocalizedText(
                            fi: "TyöHämeen omat neuvontapalvelut on sijoitettu monipalvelupisteille, ja kahden päätoimipaikan rinnalla "
                                + "toimivat liikkuvat lähi- ja digipalvelut (r. 459). Etuuksia koskevaa neuvontaa antaa myös Kela (r. 533).",
                            en: "TyöHäme's own advice services are placed at multi-service points, with mobile local and digital services "
                                + "beside the two main offices (L459). Kela also gives advice on benefits (L533).")]))
        case .ammatinvalintaJaUraohjaus:
            return personal(query, teamService(municipality, [Passage.officeRole], LocalizedText(
                fi: "Päätelty: toimipisteet tarjoavat ammatinvalintaan liittyviä palveluita (r. 503); suunnitelma ei mainitse psykologeja "
                    + "eikä sitä, kuka ohjauksen antaa.",
                en: "Inferred: the offices offer career-choice (ammatinvalinta) services (L503); the plan does not mention psychologists "
                    + "or who gives the guidance.")))
        case .tyokokeilu:
            return personal(query, teamService(municipality, [Passage.workTrialPlaces], LocalizedText(
                fi: "Päätelty: kuntien aktiivinen rooli tuo työkokeilupaikkoja (r. 210); kokeilun järjestää asiakkaan tiimi.",
                en: "Inferred: the municipalities' active role brings work-trial places (L210); the client's team arranges the trial.")))
        case .omaehtoinenOpiskelu:
            return personal(query, teamService(municipality, [Passage.selfMotivatedStudy, Passage.literacyFree], LocalizedText(
                fi: "Päätelty: asiakkaita ohjataan omaehtoiseen koulutukseen (r. 469) ja omaehtoista opiskelua tuetaan (r. 360); "
                    + "ohjauksen ja päätöksen tekee asiakkaan tiimi.",
                en: "Inferred: clients are guided to self-motivated study (L469) and it is supported (L360); the client's team guides "
                    + "and decides.")))
        case .starttiraha:
            return personal(query, teamService(municipality, [Passage.startUpFocus, Passage.budgetServicesContent], LocalizedText(
                fi: "Päätelty: aloittavan yrittäjän palvelut ovat henkilöstön painopiste (r. 185) ja starttirahat kuuluvat yhteiseen "
                    + "palvelubudjettiin (r. 150); suunnitelma ei sano, mikä tiimi niistä päättää.",
                en: "Inferred: services for new entrepreneurs are a staff focus (L185) and start-up grants are in the shared service "
                    + "budget (L150); the plan does not say which team decides them.")))
        case .kulukorvaus:
            return personal(query, teamService(municipality, [], LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse kulukorvausta eikä matka- ja yöpymiskustannusten korvausta (sen muuttoavustukset, "
                    + "r. 700 ja 732, ovat eri tuki); korvauksesta päättää asiakkaan tiimi.",
                en: "Inferred: the plan does not mention expense or travel compensation (its relocation grants, L700 and L732, are a "
                    + "different support); the client's team decides it.")))
        case .tyovoimapoliittinenLausunto:
            return personal(query, teamService(municipality, [Passage.kela], LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse työvoimapoliittisia lausuntoja; lausunnon antaa TyöHäme työvoimaviranomaisena, "
                    + "ja etuudesta päättää Kela tai työttömyyskassa (Kela jakaa tuet ja etuudet, r. 533).",
                en: "Inferred: the plan does not mention labour-policy statements; TyöHäme gives them as the employment authority, and "
                    + "Kela or the unemployment fund decides the benefit (Kela distributes benefits, L533).")))
        case .muutosturva:
            return personal(query, teamService(municipality, [Passage.structuralChangeRole, Passage.procuredServices], LocalizedText(
                fi: "Päätelty: rakennemuutoksen kohteena olevien ohjaaminen on TyöHämeen vastuutehtävä (r. 1082) ja muutosturvakoulutus "
                    + "hankitaan (r. 401); yhteydet irtisanovaan työnantajaan hoitaa yritystiimi.",
                en: "Inferred: guiding people hit by structural change is TyöHäme's task (L1082) and change-security training is bought "
                    + "(L401); contacts with the dismissing employer go through the company team.")))
        case .merityonvalitys:
            return personal(query, teamService(municipality, [Passage.placementTask] + law.maritimePlacementBasis, LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse merityönvälitystä. Merityö esiintyy vain esimerkkinä erityisalan koulutuksesta "
                    + "(r. 463–467), joka ei koske välitystä. Laki ei säädä erillisestä merityönvälityksestä, joten se luetaan TyöHämeen "
                    + "työnvälitykseksi (r. 1082); valtakunnallinen työnjako on vahvistettava.",
                en: "Inferred: the plan does not mention maritime job placement. Maritime work appears only as an example of special-field "
                    + "training (L463-467), which says nothing of placement. The act provides for no separate maritime placement, so it "
                    + "is read as TyöHäme's job placement (L1082); the national division of tasks is to be confirmed.")))
        case .kotoutumissuunnitelma:
            return immigrantServicePoint().adding([Passage.skillsRecognition], .inferred, notes: [LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse kotoutujan kotoutumissuunnitelmaa; se luetaan kotoutujan palveluksi, jotka "
                    + "keskitetään monipalvelupisteeseen (r. 483), ja alkukartoitus maahanmuuttajien osaamisen tunnistamiseksi (r. 770). "
                    + "Kuntien kotoutumisohjelma (r. 597) on eri asia.",
                en: "Inferred: the plan does not mention the individual integration plan; it is read as a service of integration clients, "
                    + "which are centralised to the multi-service point (L483), and the initial assessment as identifying immigrants' "
                    + "skills (L770). The municipalities' integration programme (L597) is another matter.")])
        case .kotoutumiskoulutus:
            return purchased([ServiceBudget.line(.labourMarketTraining).citation, ServiceBudget.line(.integrationTraining).citation])
                .adding([Passage.integrationProgramme, Passage.literacyFree], notes: [LocalizedText(
                    fi: "Kotoutumisohjelma kestää pääsääntöisesti enintään 2 vuotta; luku- ja kirjoitustaidon koulutus säilyy maksuttomana (r. 360).",
                    en: "The integration programme lasts as a rule at most 2 years; literacy training stays free of charge (L360).")])
        case .tyonhakuvalmennus:
            return personal(query, purchased([Passage.procuredServices, Passage.basketModel, Baskets.jobSearch.citation])
                .adding([Passage.multiServicePoints], .inferred, notes: [LocalizedText(
                    fi: "Päätelty: valmennusta sekä hankitaan (r. 401, hankintakorin «Työnhaku: Valmennukset», r. 411) että tuotetaan "
                        + "itse monipalvelupisteillä (r. 459); luettelon työnhakuvalmennus on ostettava kurssi, joten se luetaan hankituksi.",
                    en: "Inferred: coaching is both bought (L401, the procurement basket «Työnhaku: Valmennukset», L411) and produced by "
                        + "TyöHäme at multi-service points (L459); the catalog's job-search coaching is a purchased course, so it is read "
                        + "as bought.")]))
        case .uravalmennus:
            return personal(query, purchased([Passage.procuredServices, Passage.basketModel, Baskets.jobSearch.citation]))
        case .tyovoimakoulutus:
            return labourMarketTraining(query)
        case .asiantuntijaArviointi:
            return purchased([Passage.procuredServices])
        case .erityisasiantuntijalausunto:
            return purchased([Passage.procuredServices]).adding([], .inferred, notes: [LocalizedText(
                fi: "Päätelty: suunnitelma ei erottele erityisasiantuntijoiden lausuntoja hankittavista asiantuntija-arvioinneista "
                    + "(«asiantuntija-arvioiteja», r. 401).",
                en: "Inferred: the plan does not separate specialist statements from the expert assessments it buys "
                    + "(«asiantuntija-arvioiteja», L401).")])
        case .yhteishankintakoulutus:
            return companyTeam(query.employer).adding([Passage.agileTraining], .inferred, notes: [LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse yhteishankintakoulutusta; työnantajan kanssa hankittava koulutus luetaan "
                    + "työnantajapalveluksi, ja suunnitelma lupaa ketteriä hankintamenetelmiä ja räätälöitäviä koulutusratkaisuja (r. 916).",
                en: "Inferred: the plan does not mention joint-purchase training; training bought with an employer is read as an employer "
                    + "service, and the plan promises agile procurement and tailored training solutions (L916).")])
        case .koulutuskokeilu:
            return educationProviders(LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse koulutuskokeilua; asiakkaan tiimi järjestää sen koulutuksen järjestäjien kanssa, "
                    + "joiden kanssa yhteistyö on suunnitelman mukaan välttämätöntä (r. 539).",
                en: "Inferred: the plan does not mention training trials; the client's team arranges them with the education providers, "
                    + "cooperation with whom the plan calls necessary (L539)."))
        case .vosKoulutus:
            return educationProviders(LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse VOS-rahoitteista koulutusta; koulutuksen järjestäjät järjestävät sen omalla "
                    + "rahoituksellaan, ja asiakkaan tiimi ohjaa siihen (yhteistyö koulutuksen järjestäjien kanssa, r. 539).",
                en: "Inferred: the plan does not mention VOS-funded training; the education providers organise it with their own funding, "
                    + "and the client's team guides clients to it (cooperation with education providers, L539)."))
        case .monialainenPalvelu:
            return multisectoralModel().adding([Passage.countyCentral, Passage.tymResourcing])
        case .tyokykyarvio:
            return multisectoralModel().adding([Passage.workAbilityJoint], .inferred, notes: [LocalizedText(
                fi: "Päätelty: työkykyyn liittyvät palvelut perustuvat hyvinvointialueen, Kelan ja työllisyysalueen yhteistyöhön (r. 326), "
                    + "ja monialaisessa palvelussa kartoitetaan palvelutarve erityisesti työkyvyn näkökulmasta (r. 328); suunnitelma ei "
                    + "mainitse työkykylausuntoja.",
                en: "Inferred: work-ability services rest on cooperation of the county, Kela and the area (L326), and the multi-sectoral "
                    + "service maps the service need especially from the work-ability angle (L328); the plan does not mention work-ability "
                    + "certificates.")])
        case .aktivointisuunnitelma:
            return RouteFacts(delivery: .joint, provider: Parties.countyCooperation, caseOwner: Self.responsibleWorker,
                              grounds: Grounds([Passage.countyCooperation, Passage.activationPlan, Passage.teams], .inferred, notes: [LocalizedText(
                                fi: "Päätelty: suunnitelma mainitsee aktivointisuunnitelman TyöHämeen ja hyvinvointialueen yhteistyön "
                                    + "keinona ohjata asiakas palveluihin (r. 481), ei sitä, kuka sen laatii; asiakkuus on tiimin "
                                    + "vastuutyöntekijällä (r. 190).",
                                en: "Inferred: the plan names the activation plan as a means of TyöHäme's cooperation with the county to "
                                    + "steer the client to services (L481), not who draws it up; the team's responsible worker keeps the case (L190).")]))
        case .kuntouttavaTyotoiminta:
            return wellbeingCounty(Grounds([Passage.rehabilitativeWork, Passage.rehabilitativeWorkIsSocial], notes: [LocalizedText(
                fi: "Pitkään työttömänä olleille, jotka saavat työmarkkinatukea tai toimeentulotukea ja jotka eivät työ- ja toimintakykynsä "
                    + "takia kykene osallistumaan ensisijaisiin palveluihin. Sosiaalihuoltolain mukainen sosiaalipalvelu; TyöHäme on "
                    + "mukana kehittämässä sen sisältöä. Suunnitelma ei sano, kuka pitää asiakkuuden.",
                en: "For the long-term unemployed who receive labour market subsidy or social assistance and cannot, because of their work "
                    + "or functional capacity, take part in the primary services. A social service under the Social Welfare Act; TyöHäme "
                    + "takes part in developing its content. The plan does not say who keeps the case.")]))
        case .tyottomienTerveystarkastus:
            return wellbeingCounty(Grounds(law.healthCheckBasis + [Passage.tym], .inferred, notes: [LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse työttömien terveystarkastuksia; laki antaa ne hyvinvointialueelle, ja alueen "
                    + "hyvinvointialue on Kanta-Hämeen hyvinvointialue (r. 326).",
                en: "Inferred: the plan does not mention health checks for the unemployed; the law gives them to the wellbeing county, "
                    + "and the area's county is the Kanta-Häme wellbeing services county (L326).")]))
        case .palkkatuki:
            return companyTeam(query.employer).adding([Passage.recruitmentSubsidyInfo, Passage.budgetServicesContent], .inferred, notes: [LocalizedText(
                fi: "Päätelty: palkkatuet (kunnat ja yksityiset) kuuluvat TyöHämeen yhteiseen palvelubudjettiin (r. 150) ja työnantajat "
                    + "saavat tietoa rekrytoinnin tuista (r. 114); suunnitelma ei sano, mikä tiimi tuesta päättää.",
                en: "Inferred: pay subsidies (municipal and private employers) are in TyöHäme's shared service budget (L150) and employers "
                    + "get information on recruitment subsidies (L114); the plan does not say which team decides them.")])
        case .tyoolosuhteidenJarjestelytuki:
            return companyTeam(query.employer).adding([Passage.recruitmentSubsidyInfo], .inferred, notes: [LocalizedText(
                fi: "Päätelty: työnantajalle myönnettävä tuki; suunnitelma mainitsee vain tiedon rekrytoinnin tuista (r. 114).",
                en: "Inferred: an employer-side subsidy; the plan mentions only information on recruitment subsidies (L114).")])
        case .tyonantajapalvelut:
            return companyTeam(query.employer).adding([Passage.recruitmentSupport])
        case .tyonantajapuhelin:
            throw .notOffered(service: query.service, reason: LocalizedText(
                fi: "suunnitelma ei kuvaa erillistä työnantajapuhelinta; työnantajia palvelee yritystiimi yhden kontaktin periaatteella "
                    + "yhdessä Etelä-Hämeen työllisyyspalvelualueen kanssa (kysy palvelua tyonantajapalvelut)",
                en: "the plan describes no separate employers' phone service; employers are served by the company team on the "
                    + "single-contact principle shared with the Etelä-Häme area (ask for tyonantajapalvelut)"),
                              basis: [Passage.companyTeam, Passage.singleContact])
        case .yritysneuvonta:
            return RouteFacts(delivery: .joint, provider: Parties.startUpAdvice,
                              grounds: Grounds([Passage.startUpFocus, Passage.startUpAdvice, Passage.developmentCompaniesKey], .inferred, notes: [LocalizedText(
                                fi: "Päätelty: aloittavan yrittäjän palvelut ovat TyöHämeen henkilöstön painopiste (r. 185), ja yritysten "
                                    + "perustamista tuetaan neuvonnalla, jossa yhteistyö elinkeinoyhtiöiden kanssa on avainasemassa "
                                    + "(r. 1048, rakennemuutosluvussa); suunnitelma ei sano, kumpi neuvonnan antaa.",
                                en: "Inferred: services for new entrepreneurs are a focus of TyöHäme's staff (L185), and starting businesses "
                                    + "is supported by advice in which cooperation with the development companies is key (L1048, in the "
                                    + "structural-change chapter); the plan does not say which of them gives the advice.")]))
        case .eures:
            return RouteFacts(delivery: .joint, provider: Parties.internationalRecruitment, caseOwner: Self.responsibleWorker, channels: [.inPerson, .online],
                              grounds: Grounds([Passage.keha, Passage.kehaCooperation, Passage.stateRecruitment, Passage.teams], .inferred, notes: [LocalizedText(
                                fi: "Päätelty: suunnitelma ei mainitse EURESia. Se sanoo, että KEHA-keskuksen rooli on merkittävä erityisesti "
                                    + "kansainvälisten rekrytointipalveluiden järjestämisessä ja että TyöHäme tekee sen kanssa tiivistä "
                                    + "yhteistyötä (r. 525) sekä valtion kansainvälisten rekrytointipalveluiden kanssa (r. 609); EURES luetaan "
                                    + "osaksi näitä palveluja.",
                                en: "Inferred: the plan never mentions EURES. It says KEHA-keskus has a significant role especially in "
                                    + "organising international recruitment services and that TyöHäme works closely with it (L525) and with "
                                    + "the state's international recruitment services (L609); EURES is read as part of these services.")]))
        case .nuortenPalvelut:
            return youthServices(query)
        default:
            throw .notOffered(service: query.service, reason: LocalizedText(
                fi: "palvelu ei kuulu TyöHämeen järjestämissuunnitelmaan",
                en: "not a service of TyöHäme's organising plan"),
                              basis: [Passage.serviceContent])
        }
    }

    /// A person-client service the plan does not name, read into the team model: the passages that
    /// bring the service closest to it, and a note saying how it is read.
    private func teamService(_ municipality: MunicipalityRef, _ basis: [Citation], _ reading: LocalizedText) -> RouteFacts {
        teamModel(municipality).adding(basis, .inferred, notes: [reading])
    }

    /// Labour-market training: bought for the area (L401, L162), or for a special field with wider cooperation.
    private func labourMarketTraining(_ query: RouteQuery) -> RouteFacts {
        if let field = query.training?.field, let special = specialField(matching: field) {
            return specialFieldTraining(field, matched: special)
        }
        return personal(query, purchased([Passage.procuredServices, ServiceBudget.line(.labourMarketTraining).citation]))
    }

    /// The configured special field that `field` names, compared without case or diacritics.
    func specialField(matching field: String) -> String? {
        let wanted = field.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return settings.specialTrainingFields.value.first {
            wanted.contains($0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        }
    }

    /// Ohjaamo for clients under 30 (L366); the team model for older clients.
    private func youthServices(_ query: RouteQuery) -> RouteFacts {
        if let age = query.client.age, age >= 30 {
            return teamModel(query.municipality).adding([Passage.ohjaamoUnder30], .inferred, notes: [LocalizedText(
                fi: "Päätelty: Ohjaamot palvelevat alle 30-vuotiaita (r. 366); \(age)-vuotiasta palvelee asiakkaan tiimi tiimimallin mukaan.",
                en: "Inferred: the Ohjaamos serve clients under 30 (L366); a client aged \(age) is served by the team model.")])
        }
        return ohjaamo()
    }

    /// Adjusts a person-client route to the client's segment: immigrant clients go to the
    /// multi-service point (R8), under-30s may also use an Ohjaamo (R7), a multi-sectoral need
    /// points to the TyM model (R10), the long-term unemployed to the county's activity (R11).
    private func personal(_ query: RouteQuery, _ base: RouteFacts) -> RouteFacts {
        var route = base
        if let reason = immigrantReason(query) {
            let point = immigrantServicePoint()
            // A bought course stays bought; only the case moves to the multi-service point.
            if route.delivery != .purchased {
                route.delivery = point.delivery
                route.locations = point.locations
            }
            route.grounds = route.grounds.adding(point.grounds).adding([], reason.status, notes: [reason.note])
        }
        if query.client.age.map({ $0 < 30 }) ?? (query.segment == .youth) {
            route.locations.append(Locations.ohjaamo)
            route = route.adding([Passage.ohjaamoUnder30, Passage.twoOhjaamos], notes: [LocalizedText(
                fi: "Asiakas on alle 30-vuotias (tai nuorten asiakasryhmässä): myös alueen kaksi Ohjaamoa ovat käytettävissä.",
                en: "The client is under 30 (or in the youth segment): the area's two Ohjaamos are also available.")])
        }
        if query.segment == .multisectoral || query.segment == .partialWorkAbility || query.client.partialWorkAbility == true {
            route = route.adding([Passage.tym], notes: [LocalizedText(
                fi: "Monialainen tai työkykyyn liittyvä tuen tarve: sovelletaan monialaisen tuen yhteistoimintamallia Kanta-Hämeen "
                    + "hyvinvointialueen ja Kelan kanssa (monialainen_palvelu).",
                en: "A multi-sectoral or work-ability need: the multi-sectoral cooperation model with the Kanta-Häme wellbeing services "
                    + "county and Kela applies (monialainen_palvelu).")])
        }
        if query.segment == .longTermUnemployed || query.client.longTermUnemployed == true {
            route = route.adding([Passage.rehabilitativeWork], notes: [LocalizedText(
                fi: "Pitkäaikaistyötön: jos asiakas saa työmarkkinatukea tai toimeentulotukea eikä työ- ja toimintakykynsä takia kykene "
                    + "osallistumaan ensisijaisiin palveluihin, hyvinvointialue järjestää kuntouttavaa työtoimintaa (kuntouttava_tyotoiminta).",
                en: "Long-term unemployed: if the client receives labour market subsidy or social assistance and cannot take part in the "
                    + "primary services because of work or functional capacity, the wellbeing services county arranges rehabilitative "
                    + "work activity (kuntouttava_tyotoiminta).")])
        }
        return route
    }

    /// Why the client counts as an immigrant client, and how firmly.
    private func immigrantReason(_ query: RouteQuery) -> (status: DecisionStatus, note: LocalizedText)? {
        if query.segment == .immigrant || query.client.integrationClient == true {
            return (.explicit, LocalizedText(
                fi: "Maahanmuuttajataustaisten työnhakijoiden ja kotoutujien palvelut keskitetään monipalvelupisteeseen (r. 483).",
                en: "The services of immigrant-background jobseekers and integration clients are centralised to the multi-service point (L483)."))
        }
        if query.client.foreignLanguage == true {
            return (.inferred, LocalizedText(
                fi: "Päätelty: vieraskielinen asiakas luetaan maahanmuuttajataustaiseksi, ja häntä palvellaan monipalvelupisteessä (r. 483).",
                en: "Inferred: a foreign-language client is read as an immigrant-background client and served at the multi-service point (L483)."))
        }
        return nil
    }
}
