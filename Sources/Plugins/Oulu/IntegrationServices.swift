// IntegrationServices.swift — the services of jobseekers entitled to an integration plan (§2.2.6):
// the assessment, the integration plan and the integration client's self-motivated study are
// Oulu's centralised services (L237–243), whichever member the client lives in; the contract
// municipalities answer only for other immigrant clients (L267). Integration training is bought.

import PluginAPI

extension Rules {
    /// Why an integration client's case is Oulu's, not the home municipality's coach's.
    static let integrationClientsCase = LocalizedText(
        fi: "Kotoutumissuunnitelmaan oikeutettu työnhakija on vastuukunnan keskitettyjen palveluiden asiakas (r. 237–243); "
            + "sopimuskunnat vastaavat vain muiden maahanmuuttaja-asiakkaiden työvoimapalveluista (r. 267), joten asiakkuus ei ole "
            + "kotikunnan omavalmentajalla.",
        en: "A jobseeker entitled to an integration plan is a client of Oulu's centralised services (L237-243); the contract "
            + "municipalities answer only for the employment services of other immigrant clients (L267), so the case is not with "
            + "the home municipality's coach.")

    /// L237–243, L260–263: the assessment and the integration plan, made centrally by Oulu in person,
    /// by video, by phone or online.
    func integrationPlan(_ member: Member?) -> ServiceRule {
        centralised(member, [Plan.centralIntegrationServices,
                             Plan.cite(.integration, "239", "kotoutumislain mukainen osaamisen ja kotoutumisen palvelutarpeen arviointi;"),
                             Plan.cite(.integration, "240", "kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma; sekä"),
                             Plan.cite(.integration, "243", "Lisäksi vastuukunta tarjoaa työvoimapalveluita työnhakijoille, jotka ovat ylittäneet kotoutumisajan, mutta jotka palvelutarpeen arvioinnin mukaisesti vielä tarvitsevat kotoutumista edistäviä palveluita."),
                             Plan.cite(.integration, "260-263", "- kasvokkain palveluna vastuukunnassa; - videotapaamisena asiakkaan kotiin tai esim. kunnan etäasiointipisteeseen; - puhelimitse; tai - sähköisenä asiointipalveluna."),
                             Plan.otherImmigrantClients],
                    listed: ["Kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma",
                             "Kotoutuja-asiakkaan osaamisen ja kotoutumisen palvelutarpeen arviointi"],
                    caseOwner: .stated(CaseOwner.centralIntegrationServices),
                    locations: [Locations.faceToFaceInOulu], channels: [.inPerson, .video, .phone, .online],
                    cost: sharedOwnProduction("Kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma",
                                              "Kotoutujaasiakkaan osaamisen ja kotoutumisen palvelutarpeen arviointi"),
                    notes: [Self.integrationClientsCase, LocalizedText(
                        fi: "Oulu tekee osaamisen ja kotoutumisen palvelutarpeen arvioinnin ja kotoutumissuunnitelman keskitetysti, myös "
                            + "kotoutumisajan ylittäneille, jotka vielä tarvitsevat kotoutumista edistäviä palveluita (r. 237–243): kasvokkain "
                            + "vastuukunnassa, videotapaamisena asiakkaan kotiin tai esimerkiksi kunnan etäasiointipisteeseen, puhelimitse tai "
                            + "sähköisesti (r. 260–263). Suunnitelma ei kerro, missä kunnissa on etäasiointipiste.",
                        en: "Oulu makes the assessment of competence and integration needs and the integration plan centrally, also for "
                            + "those past the integration period who still need integration services (L237-243): in person in Oulu, by "
                            + "video to the client's home or for example a municipal remote service point, by phone or online (L260-263). "
                            + "The plan does not say which municipalities have a remote service point.")])
    }

    /// An integration client's employment plan is the integration plan Oulu makes centrally.
    func integrationPlanAsEmploymentPlan(_ member: Member?) -> ServiceRule {
        integrationPlan(member).read(as: LocalizedText(
            fi: "Päätelty: kotoutumisasiakkaan työllistymissuunnitelmaksi luetaan kotoutumissuunnitelma, jonka vastuukunta laatii "
                + "keskitetysti (r. 237–240).",
            en: "Inferred: an integration client's employment plan is read as the integration plan, which Oulu makes centrally "
                + "(L237-240)."))
    }

    /// L237, L241: an integration client's self-motivated study is Oulu's centralised service as a whole.
    func integrationClientsStudy(_ member: Member?) -> ServiceRule {
        centralised(member, [Plan.centralIntegrationServices, Plan.cite(.integration, "241", "kotoutuja-asiakkaan omaehtoisen opiskelun palvelut."),
                             Plan.otherImmigrantClients],
                    listed: ["Kotoutuja-asiakkaan omaehtoinen opiskelu"], caseOwner: .stated(CaseOwner.centralIntegrationServices),
                    cost: sharedOwnProduction("Kotoutujaasiakkaan omaehtoinen opiskelu"),
                    notes: [Self.integrationClientsCase, LocalizedText(
                        fi: "Vastuukunta tarjoaa kotoutuja-asiakkaan omaehtoisen opiskelun palvelut keskitetysti (r. 241); toisin kuin muilla "
                            + "työnhakijoilla (r. 195), soveltuvuutta ei ratkaista asiakkaan kotikunnassa.",
                        en: "Oulu provides an integration client's self-motivated study services centrally (L241); unlike for other "
                            + "jobseekers (L195), the suitability is not decided in the client's own municipality.")])
    }

    /// L245–247: integration training is bought by Oulu as labour-market training. Its participants
    /// are integration clients, so their case is read as Oulu's (L237, L267) rather than the coach's
    /// that L337 names for purchases in general.
    func integrationTraining(_ member: Member?) -> ServiceRule {
        var rule = purchased(member, [Plan.cite(.integration, "245", "Vastuukunta hankkii ostopalveluna työllisyysalueelle seuraavat palvelut:"),
                                      Plan.cite(.integration, "247", "**Työvoimakoulutuksena toteutettavat kotoutumiskoulutukset.**"),
                                      Plan.cite(.competence, "207", "ei kuitenkaan luku- ja kirjoitustaidon opetus"),
                                      Plan.cite(.statutoryProcurement, "335", "Kotoutumispalveluiden kilpailutuksissa huomioidaan kuntien asiakasmäärät ja -tarpeet sekä pitkät etäisyydet tarjoamalla etäopetuksen mahdollisuus.")],
                             listed: "Kotoutumiskoulutus", cost: sharedPurchase("Kotoutumiskoulutus", pool: .integrationTraining),
                             notes: [LocalizedText(
                                fi: "Oulu hankkii kotoutumiskoulutukset työvoimakoulutuksena; luku- ja kirjoitustaidon opetus ei kuulu niihin "
                                    + "(r. 207, 245–247). Kilpailutuksissa tarjotaan etäopetusta pitkien etäisyyksien vuoksi (r. 335).",
                                en: "Oulu buys integration training as labour-market training; literacy teaching is excluded (L207, L245-247). "
                                    + "Tenders offer distance learning for long distances (L335).")])
        rule.route.caseOwner = CaseOwner.centralIntegrationServices
        rule.route.grounds = rule.route.grounds.adding([Plan.centralIntegrationServices, Plan.otherImmigrantClients], .inferred, notes: [LocalizedText(
            fi: "Päätelty: kotoutumiskoulutukseen osallistuu kotoutumisasiakas, joka on vastuukunnan keskitettyjen palveluiden asiakas "
                + "(r. 237, 267); siksi asiakkuus luetaan vastuukunnalle, vaikka ostopalveluissa asiakaspalvelu palvelun aikana jää "
                + "yleensä kunnille (r. 337).",
            en: "Inferred: integration training is for integration clients, who are clients of Oulu's centralised services (L237, "
                + "L267); so the case is read as Oulu's, although for purchases in general the municipalities serve the client during "
                + "the service (L337).")])
        return rule
    }
}
