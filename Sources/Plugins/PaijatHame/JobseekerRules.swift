// JobseekerRules.swift — the rules of the person-client services the area gives itself or buys: the
// employment plan and job-search support, coaching and expert assessments, career guidance, trials,
// statements, advice, youth services, change security and EURES.

import PluginAPI

extension Rules {
    /// The first interview, job-search conversations and employment plan: local in every member (plan line 494).
    func employmentPlan(at place: MunicipalityRef?) -> ServiceRule {
        ServiceRule(
            route: Routes.local(at: place, Grounds([Passage.employmentProcess, Passage.localProcessMeetings], notes: [LocalizedText(
                fi: "Alkuhaastattelu, työnhakukeskustelut ja työllistymissuunnitelma ovat lähipalvelua jokaisessa jäsenkunnassa "
                    + "ajanvarauksella (suunnitelma r. 494, 498); lisäksi käytetään video-, puhelin- ja verkkopalveluja (r. 490).",
                en: "The first interview, the job-search conversations and the employment plan are local services in every member "
                    + "municipality, by appointment (plan L494, L498); video, phone and online services are also used (L490).")])),
            procurement: Procurement.personClientOwnProduction(namedIn: Passage.employmentProcess),
            cost: ownServiceCost(.tyollistymissuunnitelma))
    }

    /// Personal job-search support: read as the meetings held by need at the local service point (line 494).
    func jobSearchSupport(at place: MunicipalityRef?) -> ServiceRule {
        ServiceRule(
            route: Routes.local(at: place, Grounds([Passage.ownProduction, Passage.meetingsByNeed, Passage.teams, Passage.memberOwnStaff],
                                                   .inferred, notes: [
                LocalizedText(
                    fi: "Päätelty: luettelon henkilökohtainen työnhaun tuki luetaan suunnitelman tapaamisiksi, joita järjestetään "
                        + "lähipalveluna asiakkaan palvelutarpeen mukaan (r. 494). Tuen antaa alueen henkilöasiakastiimin asiantuntija; "
                        + "tavoitteena on noin 150 asiakasta asiantuntijaa kohden (r. 333).",
                    en: "Inferred: the catalog's personal job-search support is read as the plan's meetings held locally as the "
                        + "client's needs require (L494). An expert of the area's person-client team gives it; the target is about "
                        + "150 clients per expert (L333)."),
                LocalizedText(
                    fi: "Jäsenkunta voi tukea viranomaistyötä omilla työntekijöillään tai toimia vastinparina alueen asiantuntijalle; "
                        + "näistä sovitaan erikseen, eivätkä sopimukset ole asiakirjojen joukossa (r. 335, 366).",
                    en: "A member may add its own authority staff or act as a pair (vastinpari) to the area's expert; those "
                        + "agreements are made separately and are not among the documents (L335, L366)."),
            ])),
            procurement: Procurement.personClientOwnProduction(namedIn: nil),
            cost: ownServiceCost(.tyonhaunTuki))
    }

    /// Job-search and career coaching: coaching services are bought (plan line 374).
    func coaching(_ service: ServiceID) -> ServiceRule {
        ServiceRule(
            route: Routes.purchased(from: Parties.purchasedProvider, Grounds([Passage.coaching, Passage.purchasedServices], notes: [
                LocalizedText(fi: "Valmennuspalvelut siirtyvät alueelle (suunnitelma r. 356), ja alue hankkii ne palveluntuottajilta (r. 374).",
                              en: "Coaching services move to the area (plan L356), which buys them from providers (L374).")])),
            procurement: Procurement.purchasingRing,
            cost: ownServiceCost(service))
    }

    /// Expert assessments: bought (plan line 374).
    func expertAssessment() -> ServiceRule {
        ServiceRule(
            route: Routes.purchased(from: Parties.purchasedProvider, Grounds([Passage.careerGuidance, Passage.purchasedServices], notes: [
                LocalizedText(fi: "Asiantuntija-arviot siirtyvät alueelle (suunnitelma r. 356), ja alue hankkii ne palveluntuottajilta (r. 374).",
                              en: "Expert assessments move to the area (plan L356), which buys them from providers (L374).")])),
            procurement: Procurement.purchasingRing,
            cost: ownServiceCost(.asiantuntijaArviointi))
    }

    /// Career guidance: the area's own specialists, possibly in province-wide cooperation (plan line 368).
    func careerGuidance() -> ServiceRule {
        let provinceWide = LocalizedText(
            fi: "Suunnitelma haluaa erikoistuneet asiantuntijatehtävät hoidettavaksi maakunnallisessa yhteistyössä (r. 368), joten "
                + "tehtävä voidaan jakaa Lahden kanssa; asiakirjat eivät ratkaise tätä.",
            en: "The plan wants specialised expert tasks done in province-wide cooperation (L368), so the task may be shared with "
                + "Lahti; the documents do not settle this.")
        return ServiceRule(
            route: Routes.area(Grounds([Passage.careerGuidance, Passage.specialistTasks], .inferred, notes: [
                LocalizedText(fi: "Päätelty: ammatinvalinta- ja uraohjaus siirtyy alueelle (r. 356), ja sen antavat alueen omat "
                                  + "asiantuntijat koko alueelle.",
                              en: "Inferred: career guidance moves to the area (L356), and the area's own specialists give it for "
                                  + "the whole area."),
                provinceWide,
            ])),
            procurement: Procurement.ownProduction(Grounds([Passage.careerGuidance, Passage.ownProduction, Passage.specialistTasks],
                                                           .inferred, notes: [
                LocalizedText(fi: "Päätelty: henkilöasiakkaan palvelu, jonka alue tuottaa itse (r. 366).",
                              en: "Inferred: a person-client service the area produces itself (L366)."),
                provinceWide,
            ])),
            cost: ownServiceCost(.ammatinvalintaJaUraohjaus))
    }

    /// Work trial: the area arranges it; the current-state examples hold trials in municipal units (plan §4.2.1).
    func workTrial(at place: MunicipalityRef?) -> ServiceRule {
        ServiceRule(
            route: Routes.local(at: place, Grounds([Passage.trialsTrainingSubsidies, Passage.currentStateExample, Passage.padasjokiModel,
                                                    Passage.rehabilitationPath], .inferred, notes: [LocalizedText(
                fi: "Päätelty: työkokeilu siirtyy alueelle (r. 356), ja alue sopii kokeilusta asiakkaan kotikunnan toimipisteessä; "
                    + "itse kokeilu tehdään työpaikalla. Nykytilan esimerkeissä kokeiluja tehdään myös kunnan yksiköissä, kuten "
                    + "Padasjoen työkyvyn arvioinnissa (r. 464–468), ja kuntouttavasta työtoiminnasta edetään työkokeiluun (r. 442).",
                en: "Inferred: the work trial moves to the area (L356), which arranges it at the client's home service point; the "
                    + "trial itself takes place at a workplace. In the current-state examples trials are also held in municipal units, "
                    + "as in Padasjoki's work-ability assessment (L464-468), and the client path leads from rehabilitative work "
                    + "activity to a work trial (L442).")])),
            procurement: Procurement.personClientOwnProduction(namedIn: Passage.trialsTrainingSubsidies),
            cost: ownServiceCost(.tyokokeilu))
    }

    /// Training trial: arranged with the education provider where it takes place (plan line 446).
    func trainingTrial() -> ServiceRule {
        ServiceRule(
            route: RouteFacts(delivery: .educationProvider, provider: Parties.educationProvider,
                              grounds: Grounds([Passage.trialsTrainingSubsidies, Passage.educationTrials], .inferred, notes: [LocalizedText(
                                  fi: "Päätelty: koulutuskokeilu siirtyy alueelle (r. 356), ja alue järjestää sen koulutuksen järjestäjän "
                                      + "kanssa, jonka luona kokeilu tehdään (r. 446).",
                                  en: "Inferred: the training trial moves to the area (L356), which arranges it with the education "
                                      + "provider where the trial takes place (L446).")])),
            procurement: Procurement.personClientOwnProduction(namedIn: Passage.trialsTrainingSubsidies),
            cost: ownServiceCost(.koulutuskokeilu))
    }

    /// Labour-policy statements: the area's official task; the demanding expert statements stay with the state.
    func labourPolicyStatement() -> ServiceRule {
        ServiceRule(
            route: Routes.area(channels: [], Grounds([Passage.decisionsAndStatements, Passage.authorityUnderLead,
                                                      Passage.stateUnemploymentSecurity], .inferred, notes: [LocalizedText(
                fi: "Päätelty: viranomaispäätökset ja -lausunnot työttömyysturva mukaan lukien siirtyvät alueelle (r. 356), ja "
                    + "viranomaistyö tehdään vastuukunta Hollolan alaisuudessa (r. 366); vaativat työttömyysturvan "
                    + "asiantuntijalausunnot ja valtakunnallinen työttömyysturvaneuvonta jäävät valtiolle (r. 356).",
                en: "Inferred: official decisions and statements, unemployment security included, move to the area (L356), and "
                    + "authority work is done under Hollola (L366); the demanding expert statements on unemployment security and "
                    + "national unemployment-security advice stay with the state (L356).")])),
            procurement: Procurement.personClientOwnProduction(namedIn: Passage.decisionsAndStatements),
            cost: ownServiceCost(.tyovoimapoliittinenLausunto))
    }

    /// Information, advice and guidance: read as local and remote services (plan lines 283, 496).
    func advice(at place: MunicipalityRef?) -> ServiceRule {
        ServiceRule(
            route: Routes.local(at: place, Grounds([Passage.adviceMovesToArea, Passage.adviceServices, Passage.remoteServices,
                                                    Passage.website, Passage.nationalCustomerService], .inferred, notes: [
                LocalizedText(
                    fi: "Päätelty: tieto-, neuvonta- ja ohjauspalvelut siirtyvät alueelle (r. 355) ja kuuluvat sen yhdenvertaisiin "
                        + "palveluihin (r. 283); ne luetaan lähipalveluksi toimipisteissä sekä puhelin-, video- ja verkkopalveluiksi "
                        + "(r. 496). Maakunnan yhteinen verkkosivu on suunnitteilla (r. 196).",
                    en: "Inferred: information, advice and guidance move to the area (L355) and belong to its equal services (L283); "
                        + "they are read as a local service at the service points and as phone, video and online services (L496). "
                        + "A joint provincial website is planned (L196)."),
                LocalizedText(fi: "Valtakunnan tason neuvonnan tuottaa valtion TE-palveluiden asiakaspalvelukeskus (r. 524).",
                              en: "National-level advice is produced by the state's TE customer service centre (L524)."),
            ])),
            procurement: Procurement.personClientOwnProduction(namedIn: nil),
            cost: ownServiceCost(.neuvonta))
    }

    /// Youth services: the Ohjaamo-type one-stop moves to the area; the plan's examples are local (lines 455–462).
    func youthServices(at place: MunicipalityRef?) -> ServiceRule {
        var procurement = Procurement.personClientOwnProduction(namedIn: Passage.youthOneStop)
        procurement.grounds = procurement.grounds.adding([Passage.youthLowThreshold], notes: [LocalizedText(
            fi: "Nuorille kohdistetut matalan kynnyksen palvelut alue hankkii ostopalveluina (r. 462).",
            en: "The low-threshold services targeted at young people the area buys (L462).")])
        return ServiceRule(
            route: Routes.local(at: place, Grounds([Passage.youthOneStop, Passage.youthServices, Passage.youthLowThreshold],
                                                   .inferred, notes: [LocalizedText(
                fi: "Päätelty: Ohjaamon kaltainen nuorten monialaisen tuen yhteisöpalvelu siirtyy alueelle (r. 356). Suunnitelman "
                    + "esimerkeissä nuoria palvelevat alueen omat tiimit, vastinparityö alueen kunnissa, etsivä nuorisotyö, nuorten "
                    + "työpajat, monialainen yhteistyö hyvinvointialueen kanssa ja matalan kynnyksen ostopalvelut (r. 455–462), joten "
                    + "palvelu luetaan lähipalveluksi asiakkaan kotikunnassa.",
                en: "Inferred: an Ohjaamo-type one-stop youth service moves to the area (L356). In the plan's examples young people "
                    + "are served by the area's own teams, pair work in the municipalities, outreach youth work, youth workshops, "
                    + "multi-sectoral cooperation with the wellbeing area and low-threshold purchased services (L455-462), so the "
                    + "service is read as local in the client's home municipality.")])),
            procurement: procurement,
            cost: ownServiceCost(.nuortenPalvelut))
    }

    /// Change security: a few of the area's coordinators run it (plan line 690); sudden structural change stays with the state.
    func changeSecurity() -> ServiceRule {
        ServiceRule(
            route: RouteFacts(
                delivery: .centralized, provider: Parties.area, caseOwner: CaseOwner.changeSecurity, channels: Routes.hybrid,
                grounds: Grounds([Passage.changeSecurityServices, Passage.changeSecurityCoordinators, Passage.changeSecurityFreeAdvice,
                                  Passage.changeSecurityChatbot, Passage.hybridChannels, Passage.changeSecurityWithLahti,
                                  Passage.stateStructuralChange, Passage.elyStructuralChange], notes: [
                    LocalizedText(
                        fi: "Muutosturvaa koordinoi muutama alueen henkilö ylialueellisen koordinaatioryhmän kanssa; "
                            + "muutosturva-asiantuntijat neuvovat maksutta sekä työnantajia että henkilöasiakkaita, ja muutosturvabotti "
                            + "(ChatBot Tarmo) on käytössä Työmarkkinatorin kautta (suunnitelma r. 688–690). Lahden kanssa tehdään "
                            + "muutosturvassa tiivistä yhteistyötä (r. 166).",
                        en: "A few of the area's people coordinate change security with a supra-regional coordination group; the "
                            + "change-security experts advise employers and persons free of charge, and the ChatBot Tarmo is used via "
                            + "Työmarkkinatori (plan L688-690). The area works closely with Lahti on change security (L166)."),
                    LocalizedText(fi: "Äkillisten rakennemuutosten koordinointi jää valtiolle, Hämeen ELY-keskukselle (r. 356, 530).",
                                  en: "Coordinating sudden structural change stays with the state: Hämeen ELY-keskus (L356, L530)."),
                ])),
            procurement: Procurement.ownProduction(Grounds([Passage.changeSecurityCoordinators, Passage.purchasedServices], .inferred, notes: [
                LocalizedText(fi: "Päätelty: muutosturvaneuvonta on alueen omien koordinaattoreiden työtä (r. 690); muutosturvakoulutukset "
                                  + "alue hankkii (r. 374).",
                              en: "Inferred: change-security advice is the work of the area's own coordinators (L690); change-security "
                                  + "trainings the area buys (L374)."),
            ])),
            cost: ownServiceCost(.muutosturva))
    }

    /// EURES for jobseekers: the area's, with the scarce competence secured together with Lahti (plan lines 166, 343).
    func eures() -> ServiceRule {
        let inCooperation = LocalizedText(
            fi: "Päätelty: EURES-palvelu työnhakijoille siirtyy alueelle (r. 356); harvinainen EURES-osaaminen turvataan yhteistyössä "
                + "Lahden ja muiden Hämeen työllisyysalueiden kanssa (r. 166, 343).",
            en: "Inferred: the EURES service for jobseekers moves to the area (L356); the scarce EURES competence is secured in "
                + "cooperation with Lahti and the other Häme areas (L166, L343).")
        return ServiceRule(
            route: RouteFacts(
                delivery: .joint, provider: Party(name: "Päijät-Hämeen työllisyysalue yhteistyössä Lahden kaupungin kanssa"),
                channels: Routes.hybrid,
                grounds: Grounds([Passage.euresForJobseekers, Passage.euresCooperation, Passage.euresSharedCompetence,
                                  Passage.hybridChannels, Passage.stateEures], .inferred, notes: [
                    inCooperation,
                    LocalizedText(fi: "Euresin ylialueelliset ja valtakunnalliset tehtävät sekä Work in Finland jäävät valtiolle (r. 356).",
                                  en: "Supra-regional and national EURES tasks and Work in Finland stay with the state (L356)."),
                ])),
            procurement: Procurement.ownProduction(partners: [Lahti.party] + Parties.otherHameAreas,
                                                   Grounds([Passage.euresCooperation, Passage.euresSharedCompetence], .inferred,
                                                           notes: [inCooperation])),
            cost: ownServiceCost(.eures))
    }
}
