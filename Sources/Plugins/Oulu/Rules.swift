// Rules.swift — the Oulu area's rule for each catalog service: which production mode of LIITE 1
// serves the client, how it is procured and which cost principle pays for it (§7.3, LIITE 2), each
// part with the passages that say so and its own status. One switch case per service; the route,
// procurement and cost answers are all built from the rule chosen here, so they cannot disagree.

import PluginAPI

/// The rules in force on one day: the plan's passages, that day's settings and the statutory layer.
struct Rules {
    let region: String
    let date: EffectiveDate
    let settings: Settings
    let statutes: StatutoryLayer

    /// The rule for `service` for a client of `member` (nil for an area-level question, procurement),
    /// adjusted for what a route query says about the client. Throws a reasoned `not_offered` for a
    /// service the plan does not organise or national law does not have in force.
    ///
    /// Statuses, part by part: `explicit` where the cited line states the fact for this service (a
    /// rule the plan states for a category, such as L617 for local services, counts for a service
    /// the plan lists in that category); `inferred` where it is read (a note says how); `default`
    /// where a parameter decides (its note names it).
    func rule(_ service: ServiceID, for member: Member?, client: ClientFacts = ClientFacts()) throws(DecisionError) -> ServiceRule {
        // National law first: the daemon refuses a service not in force before asking any plugin
        // (velvoitetyöllistäminen from 2025); this keeps the plugin's answers true when asked directly.
        try statutes.requireInForce(service, on: date)
        return client.adjusted(try planRule(service, for: member, client: client), for: member)
    }

    private func planRule(_ service: ServiceID, for member: Member?, client: ClientFacts) throws(DecisionError) -> ServiceRule {
        switch service {
        // MARK: Jobseeker services delegated to the members (§2.2.1, L119–163)

        case .tyollistymissuunnitelma:
            if client.integrationClient { return integrationPlanAsEmploymentPlan(member) }
            return local(member, [Plan.cite(.delegated, "125", "b. Työllistymissuunnitelma")], listed: "Työllistymissuunnitelma")
        case .tyonhaunTuki:
            return local(member, [Plan.cite(.delegated, "127", "c. Työllistymisen tukeminen ja seuranta")],
                         listed: "Työllistymisen tukeminen ja seuranta")
                .read(as: LocalizedText(
                    fi: "Päätelty: luettelon henkilökohtainen työnhaun tuki ja omavalmennus luetaan suunnitelman kohdaksi "
                        + "«Työllistymisen tukeminen ja seuranta» (r. 127), joka on kunnille delegoitu lähipalvelu.",
                    en: "Inferred: the catalog's personal job-search support and coaching is read as the plan's «Työllistymisen "
                        + "tukeminen ja seuranta» (L127), a local service delegated to the municipalities."))
        case .tyovoimapoliittinenLausunto:
            return local(member, [Plan.cite(.delegated, "131", "Ns. perusmuotoiset lausunnot tuotetaan kunnissa lähipalveluna.")],
                         listed: "Työvoimapoliittinen lausunto (perusmuotoiset)", notes: [LocalizedText(
                            fi: "Perusmuotoiset lausunnot annetaan kunnissa. Erityisosaamista vaativat lausunnot tuottaa valtio keskitetysti "
                                + "(r. 131, 177–181; ks. erityisasiantuntijalausunto); suunnitelma ei määrittele, mitkä lausunnot sitä vaativat.",
                            en: "Basic statements are made locally. Statements that need special expertise are made centrally by the state "
                                + "(L131, L177-181; see erityisasiantuntijalausunto); the plan does not define which statements need it.")])
        case .velvoitetyollistaminen:
            // Reached only on a day the statutory layer has the obligation in force: the plan lists it (L133, L630).
            return local(member, [Plan.cite(.delegated, "133", "e. Velvoitetyöllistäminen")], listed: "Velvoitettyölistäminen")
        case .tyonvalitys:
            return local(member, [Plan.cite(.delegated, "135", "f. Työnvälitys"), Plan.cite(.networks, "423", "Isku-tiimiä koordinoi Oulu")],
                         listed: "Työnvälitys", notes: [LocalizedText(
                            fi: "BusinessOulun Isku-tiimi, jota Oulu koordinoi ja johon kuuluu kuntien omavalmentajia ja työhönvalmentajia, "
                                + "tehostaa työnvälitystä koko alueella (r. 423).",
                            en: "BusinessOulu's Isku team, coordinated by Oulu and made up of the members' coaches and job coaches, "
                                + "supports job placement across the area (L423).")])
        case .tyokokeilu:
            return local(member, [Plan.cite(.delegated, "137", "g. Työkokeilu")], listed: "Työkokeilu")
        case .aktivointisuunnitelma:
            return activationPlan(member)
        case .monialainenPalvelu:
            return multisectoralService(member)
        case .nuortenPalvelut:
            return youthServices(member)
        case .tyokykyarvio:
            return local(member, [Plan.cite(.delegated, "157", "Kunnan omavalmentaja antaa todistuksen työllistyvälle"),
                                  Plan.cite(.delegated, "159", "Tarvittaessa konsultointi keskitettävästä palvelusta.")],
                         listed: "Työkykyyn liittyvä todistus työnhakijalle")
                .read(as: LocalizedText(
                    fi: "Päätelty: luettelon työkyvyn arviointi ja työkykylausunnot luetaan suunnitelman kohdaksi «Työkykyyn liittyvä "
                        + "todistus työnhakijalle» (r. 155–159): omavalmentaja antaa todistuksen lääkärinlausunnon perusteella ja konsultoi "
                        + "tarvittaessa keskitettyä palvelua. Työkyvyn tutkimukset ja arvioinnit ovat ostettavia asiantuntija-arviointeja "
                        + "(r. 210; ks. asiantuntija_arviointi).",
                    en: "Inferred: the catalog's work-ability assessment and certificates are read as the plan's «Työkykyyn liittyvä "
                        + "todistus työnhakijalle» (L155-159): the coach issues the certificate on a doctor's statement, consulting the "
                        + "central service if needed. Work-ability examinations and assessments are purchased expert assessments "
                        + "(L210; see asiantuntija_arviointi)."))

        // MARK: Services of the wellbeing county, the state and the Turku area

        case .kuntouttavaTyotoiminta:
            return rehabilitativeWorkActivity(member)
        case .tyottomienTerveystarkastus:
            return healthCheck(member)
        case .erityisasiantuntijalausunto:
            return specialistStatements()
        case .merityonvalitys:
            return maritimePlacement(member)

        // MARK: Centralised own production in Oulu (§2.2.2, §2.2.3, §2.2.6, §2.4, §2.6.3)

        case .palkkatuki:
            return centralised(member, [Plan.centralisedEmployerServices, Plan.cite(.employers, "307", "b. Palkkatukipäätökset"),
                                        Plan.paymentFunctions, Plan.cite(.payments, "367", "Palkkatukipäätökset ja palkkatuen maksatus;")],
                               listed: ["Palkkatukipäätökset ja maksatus"],
                               cost: Costs.causerPays([("Palkkatukipäätökset ja maksatus", 645)]), notes: [LocalizedText(
                                fi: "Oulu tekee palkkatukipäätökset ja maksaa palkkatuen keskitetysti (r. 307, 367).",
                                en: "Oulu makes the pay-subsidy decisions and pays the subsidy centrally (L307, L367).")])
        case .starttiraha:
            return startUpGrant(member)
        case .tyoolosuhteidenJarjestelytuki:
            return arrangementSubsidy(member)
        case .kulukorvaus:
            return centralised(member, [Plan.paymentFunctions,
                                        Plan.cite(.payments, "369", "Harkinnanvarainen kulukorvaus palveluun osallistumisesta; sekä"),
                                        Plan.cite(.payments, "370", "Matka- ja yöpymiskustannusten korvaus.")],
                               listed: ["Harkinnanvarainen kulukorvaus palveluun osallistumisesta", "Matka- ja yöpymiskustannusten korvaus"],
                               cost: Costs.causerPays([("Harkinnanvarainen kulukorvaus palveluun osallistumisesta", 647),
                                                       ("Matka- ja yöpymiskustannusten korvaus", 648)]), notes: [LocalizedText(
                                fi: "Oulu maksaa keskitetysti sekä harkinnanvaraisen kulukorvauksen palveluun osallistumisesta että matka- ja "
                                    + "yöpymiskustannusten korvauksen (r. 369–370).",
                                en: "Oulu pays centrally both the discretionary compensation for taking part in a service and the travel and "
                                    + "accommodation compensation (L369-370).")])
        case .eures:
            return centralised(member, [Plan.centralisedEmployerServices,
                                        Plan.cite(.employers, "308", "c. EURES-verkoston palvelut, kansainvälinen rekrytointi"),
                                        Plan.cite(.centralJobFinding, "167", "Lakisääteiset työnhakija-asiakkaan työn löytymiseen liittyvät palvelut, joita vastuukunta tuottaa keskitetysti:"),
                                        Plan.cite(.centralJobFinding, "169-171", "Kunnan omavalmentaja ohjaa asiakkaan keskitettyyn palveluun.")],
                               listed: ["EURES-palvelut"], caseOwner: .usuallyTheCoach, cost: sharedOwnProduction("EURES-palvelut"),
                               notes: [LocalizedText(
                                fi: "EURES-verkoston palvelut ja kansainvälinen rekrytointi on keskitetty Ouluun (r. 304, 308), samoin työnhaku "
                                    + "toisesta EU-maasta ja työttömyysetuuden siirto toiseen EU-maahan (r. 167–175); kunnan omavalmentaja ohjaa "
                                    + "asiakkaan keskitettyyn palveluun (r. 171).",
                                en: "EURES network services and international recruitment are centralised in Oulu (L304, L308), as are job search "
                                    + "in another EU country and the transfer of unemployment benefit to another EU country (L167-175); the "
                                    + "municipality's coach refers the client to the centralised service (L171).")])
        case .muutosturva:
            return centralised(member, [Plan.centralisedEmployerServices, Plan.cite(.employers, "311", "f. Lakisääteinen muutosturvaprosessi"),
                                        Plan.cite(.employers, "312", "Vastuukunta huolehtii lakisääteisen prosessin toteutumisesta tiiviissä yhteistyössä kuntien työllisyys- ja elinkeinopalveluiden kanssa.")],
                               listed: ["Muutos turva"], cost: sharedOwnProduction("Muostosurva"), notes: [LocalizedText(
                                fi: "Oulu huolehtii lakisääteisestä muutosturvaprosessista tiiviissä yhteistyössä kuntien työllisyys- ja "
                                    + "elinkeinopalveluiden kanssa (r. 311–312).",
                                en: "Oulu runs the statutory change-security process in close cooperation with the members' employment and "
                                    + "business services (L311-312).")])
        case .ammatinvalintaJaUraohjaus:
            return careerGuidance(member)
        case .omaehtoinenOpiskelu:
            return client.integrationClient ? integrationClientsStudy(member) : selfMotivatedStudy(member)
        case .kotoutumissuunnitelma:
            return integrationPlan(member)

        // MARK: Employer services, channels and advice (§2.1, §2.4)

        case .tyonantajapalvelut:
            return employerServices(member, employer: client.employer)
        case .tyonantajapuhelin:
            return employersPhone(member)
        case .neuvonta:
            return advice(member, client: client)

        // MARK: Central purchases by Oulu (§2.2.3, §2.2.6, §2.4)

        case .tyonhakuvalmennus:
            return coaching(member, "Työnhakuvalmennus", alsoLocal: "Työnhakuvalmennus (saatavilla myös keskitetty ostopalvelu)")
        case .uravalmennus:
            return coaching(member, "Uravalmennus",
                            alsoLocal: "Uravalmennus (osana omavalmentajan työtä tai ostopalveluna; saatavilla myös keskitetty ostopalvelu)")
        case .koulutuskokeilu:
            return trainingTrial(member)
        case .tyovoimakoulutus:
            return purchased(member, [Plan.purchasedCompetenceServices, Plan.cite(.competence, "207", "**Työvoimakoulutukset**"),
                                      Plan.cite(.competence, "208", "Keskitetään opiskelijavalinta"),
                                      Plan.cite(.competence, "208", "työvoimakoulutuksen aikana asiakkuus säilyy kunnan omavalmentajalla")],
                             listed: "Työvoimakoulutus työnhakijalle", cost: sharedPurchase("Työvoimakoulutus työnhakijalle"),
                             notes: [LocalizedText(
                                fi: "Oulu hoitaa keskitetysti opiskelijavalinnan, ratkaisujen kirjaamisen, lausunnot, keskeytysten selvitykset, "
                                    + "palautteet ja päättymislausunnon; kunnan omavalmentaja ohjaa koulutukseen, ja asiakkuus säilyy hänellä "
                                    + "koulutuksen ajan (r. 208).",
                                en: "Student selection, recording decisions, statements, interruptions, feedback and the closing statement are "
                                    + "centralised in Oulu; the municipality's coach refers the client and keeps the case during the training (L208).")])
        case .yhteishankintakoulutus:
            return jointPurchaseTraining(member)
        case .asiantuntijaArviointi:
            return purchased(member, [Plan.purchasedCompetenceServices,
                                      Plan.cite(.competence, "210", "**Asiantuntija-arvioinnit** (osaamis- ja ammattitaitokartoitukset"),
                                      Plan.cite(.competence, "211", "Asiantuntija-arviointeihin ohjautumisen arvioiminen keskitetään niiltä osin kuin se vaatii erityisosaamista; muutoin kunnan omavalmentaja ohjaa.")],
                             listed: "Asiantuntija-arviointi", cost: sharedPurchase("Asiantuntijaarviointi"), notes: [LocalizedText(
                                fi: "Osaamis- ja ammattitaitokartoitukset, työkyvyn tutkimukset ja arvioinnit, yrittäjävalmiuksien arvioinnit ja "
                                    + "kotoutumislain mukaiset alkukartoitukset (r. 210). Kun ohjautumisen arviointi vaatii erityisosaamista, se "
                                    + "tehdään keskitetysti; muuten omavalmentaja ohjaa (r. 211).",
                                en: "Skills surveys, work-ability examinations, entrepreneur-readiness assessments and the initial assessments of "
                                    + "the integration act (L210). Where deciding on the referral needs special expertise it is done centrally; "
                                    + "otherwise the coach refers (L211).")])
        case .kotoutumiskoulutus:
            return integrationTraining(member)
        case .yritysneuvonta:
            return purchased(member, [Plan.purchasedEmployerServices,
                                      Plan.cite(.employers, "316", "a. Alkavan yrityksen valmennus- ja koulutuspalvelut (ml. yrittäjyyskoulutus)")],
                             listed: "Yrittäjäkoulutus", cost: sharedPurchase("Yrittäjäkoulutus"))
                .read(as: LocalizedText(
                    fi: "Päätelty: luettelon yritysneuvonta aloittaville yrittäjille luetaan suunnitelman ostettaviksi alkavan yrityksen "
                        + "valmennus- ja koulutuspalveluiksi (r. 316; LIITE 1 ja 2 «Yrittäjäkoulutus»). Yleistä tietoa yritystoiminnan "
                        + "käynnistämisestä annetaan myös kuntien työnantajaneuvonnassa (r. 296) ja valtion Yrittäjä-Suomi-palvelussa (r. 109).",
                    en: "Inferred: the catalog's business advice for new entrepreneurs is read as the plan's purchased start-up coaching "
                        + "and training (L316; LIITE 1 and 2 «Yrittäjäkoulutus»). General start-up information is also part of the "
                        + "members' employer advice (L296) and the state's Yrittäjä-Suomi service (L109)."))

        case .vosKoulutus:
            throw .notOffered(
                service: service,
                reason: LocalizedText(
                    fi: "Oulun suunnitelmassa ei ole OKM:n VOS-rahoittamaa koulutusta, jonka opiskelijat alue valitsisi tai jota se "
                        + "hallinnoisi; LIITE 2:n «VOS» on kustannustenjaon periaate eikä koulutuslaji. Oulu hankkii työvoimakoulutuksen "
                        + "ostopalveluna (tyovoimakoulutus); oma tuotanto OSAOn ja OAMKin kautta on vasta mahdollisuus (r. 209)",
                    en: "the Oulu plan names no OKM-funded (VOS) training that the area selects students for or administers; 'VOS' in "
                        + "LIITE 2 is the cost-split principle, not a kind of training. Labour-market training is purchased by Oulu "
                        + "(tyovoimakoulutus); own production through OSAO and OAMK is only a possibility (L209)"),
                basis: [Plan.cite(.competence, "209", "Työvoimakoulutusta voidaan mahdollisesti hankkia jatkossa myös omana tuotantona oppilaitosten (OSAO, OAMK) kuntaomistusten myötä."),
                        Plan.vosPrinciple])
        default:
            throw .notOffered(service: service,
                              reason: LocalizedText(fi: "Oulun suunnitelmassa ei ole sääntöä palvelulle '\(service)', joka ei ole luettelon palvelu",
                                                    en: "the Oulu plan has no rule for '\(service)', which is not a catalog service"),
                              basis: [Plan.productionModes])
        }
    }

    /// `costs.allocate`'s key for `pool` (the default pool when nil).
    func allocationKey(pool: String?) throws(DecisionError) -> AllocationKey {
        try Pool.named(pool).key(settings, region: region, year: date.year)
    }
}
