// MultisectoralRules.swift — the rules where the area works with other bodies: multi-sectoral service
// and the activation plan (with the wellbeing area and Kela), work-ability assessment, the wellbeing
// area's own services (rehabilitative work activity, health checks; funded as the law says), and the
// statements the plan leaves with the state.

import PluginAPI

extension Rules {
    /// Multi-sectoral service: joint local meetings of the area, the wellbeing area and Kela (plan line 494).
    func multisectoralService(at place: MunicipalityRef?) -> ServiceRule {
        ServiceRule(
            route: Routes.local(at: place, delivery: .joint,
                                provider: Party(name: "Päijät-Hämeen työllisyysalue, Päijät-Sote ja Kela (yhteiset lähitapaamiset)"),
                                Grounds([Passage.multisectoralModel, Passage.jointLocalMeetings, Passage.kelaInJointService,
                                         Passage.multisectoralStaff, Passage.tymAgreement], notes: [
                LocalizedText(
                    fi: "Monialaisiin palveluihin liittyvät tapaamiset järjestetään työvoimaviranomaisen, hyvinvointialueen (Päijät-Sote) "
                        + "ja Kelan yhteisinä lähitapaamisina (suunnitelma r. 494); osa alueen asiantuntijoista, muun muassa "
                        + "työkykykoordinaattorit, keskittyy monialaiseen palveluun (r. 333).",
                    en: "Meetings of multi-sectoral services are held as joint local meetings of the employment authority, the "
                        + "wellbeing area (Päijät-Sote) and Kela (plan L494); some of the area's experts, such as the work-ability "
                        + "coordinators, specialise in it (L333)."),
                LocalizedText(fi: "Yksityiskohdat ovat maakunnan TYM-sopimuksessa, joka ei ole asiakirjojen joukossa (liite 5, r. 118).",
                              en: "The details are in the province's TYM agreement, which is not among the documents (annex 5 L118)."),
            ])),
            procurement: Procurement.ownProduction(partners: [Parties.wellbeingArea, Parties.kela],
                                                   Grounds([Passage.multisectoralModel, Passage.ownProduction, Passage.jointLocalMeetings],
                                                           .inferred, notes: [LocalizedText(
                fi: "Päätelty: alueen osuus on sen omaa tuotantoa (r. 366); hyvinvointialue ja Kela tuovat yhteisiin tapaamisiin "
                    + "omat palvelunsa (r. 494).",
                en: "Inferred: the area's part is its own production (L366); the wellbeing area and Kela each bring their own services "
                    + "to the joint meetings (L494).")])),
            cost: ownServiceCost(.monialainenPalvelu))
    }

    /// The activation plan: moves to the area; made with social services (annex 5 line 118).
    func activationPlan(at place: MunicipalityRef?) -> ServiceRule {
        ServiceRule(
            route: Routes.local(at: place, delivery: .joint, provider: Party(name: "Päijät-Hämeen työllisyysalue ja Päijät-Soten sosiaalipalvelut"),
                                Grounds([Passage.activationPlan, Passage.activationMeetings], .inferred, notes: [LocalizedText(
                fi: "Päätelty: aktivointisuunnitelma siirtyy alueelle (suunnitelma r. 356), ja se laaditaan yhdessä sosiaalipalvelujen "
                    + "kanssa, joiden kanssa työvoimaviranomaiset tapaavat säännöllisesti aktivointiyhteistyön käytännöistä (liite 5, "
                    + "r. 118, alustavasti keväästä 2025).",
                en: "Inferred: the activation plan moves to the area (plan L356) and is made together with social services, whom the "
                    + "authorities meet regularly on activation practices (annex 5 L118, tentatively from spring 2025).")])),
            procurement: Procurement.personClientOwnProduction(namedIn: Passage.activationPlan),
            cost: ownServiceCost(.aktivointisuunnitelma))
    }

    /// Work-ability assessment: the work-ability coordinators' services move to the area (plan line 356);
    /// how they assess is known only from examples of the current state (§4.2.1).
    func workAbilityAssessment(at place: MunicipalityRef?) -> ServiceRule {
        ServiceRule(
            route: Routes.local(at: place, provider: Party(name: "Päijät-Hämeen työllisyysalue (työkykykoordinaattorit)",
                                                           municipality: Members.hollola),
                                Grounds([Passage.workAbilityCoordinator, Passage.multisectoralStaff, Passage.workAbilityCoordinators,
                                         Passage.currentStateExample, Passage.padasjokiModel, Passage.hollolaModel], .inferred, notes: [
                LocalizedText(
                    fi: "Päätelty: työkykykoordinaattorin palvelut siirtyvät alueelle (r. 356), ja osa alueen henkilöasiakastyöntekijöistä, "
                        + "muun muassa työkykykoordinaattorit, keskittyy monialaiseen palveluun (r. 333). Nykytilan esimerkeissä työkykyä "
                        + "arvioidaan työkokeilun avulla kunnan yksiköissä kuntotestauksineen ja lääkärille laadittavine yhteenvetoineen "
                        + "(Padasjoen ja Hollolan malli, r. 464–472); esimerkit kuvaavat nykytilaa eivätkä sido aluetta.",
                    en: "Inferred: the work-ability coordinators' services move to the area (L356), and some of its person-client staff, "
                        + "such as the work-ability coordinators, specialise in multi-sectoral service (L333). In the current-state "
                        + "examples work ability is assessed through a work trial in municipal units, with a fitness test and a summary "
                        + "for the doctor (the Padasjoki and Hollola model, L464-472); the examples describe the current state and do "
                        + "not bind the area."),
            ])),
            procurement: Procurement.personClientOwnProduction(namedIn: Passage.workAbilityCoordinator),
            cost: ownServiceCost(.tyokykyarvio))
    }

    /// Rehabilitative work activity: the wellbeing area's own service (plan line 542); no case owner is
    /// named, and its cost is the law's.
    func rehabilitativeWorkActivity() throws(DecisionError) -> ServiceRule {
        try wellbeingAreaService(
            .kuntouttavaTyotoiminta,
            route: Grounds([Passage.wellbeingAreaRole, Passage.rehabilitationPath], .inferred, notes: [LocalizedText(
                fi: "Päätelty: kuntouttava työtoiminta on hyvinvointialueen järjestämisvastuulla oleva työllistymistä tukeva palvelu "
                    + "(suunnitelma r. 542); alue tekee yhdyspintatyötä hyvinvointialueen kanssa asiakkaan palvelupolulla kuntouttavasta "
                    + "työtoiminnasta työkokeiluun (r. 442). Asiakkuuden hoitajaa asiakirjat eivät nimeä.",
                en: "Inferred: rehabilitative work activity is an employment-supporting service under the wellbeing area's organising "
                    + "responsibility (plan L542); the area works at the interface with it on the client path from rehabilitative "
                    + "work activity to a work trial (L442). The documents name no case owner.")]),
            procurement: Grounds([Passage.wellbeingAreaRole, Passage.rehabilitationPath], .inferred, notes: [LocalizedText(
                fi: "Päätelty: alue ei hanki palvelua, vaan hyvinvointialue (Päijät-Sote) järjestää sen (r. 542); alue sopii asiakkaan "
                    + "palvelupolusta (r. 442).",
                en: "Inferred: the area does not procure it; the wellbeing area (Päijät-Sote) arranges the service (L542), and the "
                    + "area agrees the client path (L442).")]))
    }

    /// Health check for the unemployed: Päijät-Sote's nurse for the unemployed (plan line 472); each
    /// authority agrees the referrals in its own area (annex 5 line 118); its cost is the law's.
    func healthCheck() throws(DecisionError) -> ServiceRule {
        try wellbeingAreaService(
            .tyottomienTerveystarkastus,
            route: Grounds([Passage.healthCheck, Passage.unemployedNurse, Passage.healthCheckReferrals], .inferred, notes: [LocalizedText(
                fi: "Päätelty: työttömien terveystarkastus kuuluu työ- ja toimintakyvyn arviointiprosessiin (suunnitelma r. 440), ja sen "
                    + "tekee Päijät-Soten työttömien terveydenhoitaja (nykytilan esimerkki, r. 472); kumpikin työvoimaviranomainen sopii "
                    + "omalla alueellaan asiakasohjauksesta terveystarkastuksiin (liite 5, r. 118).",
                en: "Inferred: the health check for the unemployed belongs to the work-ability assessment process (plan L440) and is "
                    + "done by Päijät-Sote's nurse for the unemployed (a current-state example, L472); each employment authority "
                    + "agrees the referrals in its own area (annex 5 L118).")]),
            procurement: Grounds([Passage.healthCheck, Passage.healthCheckReferrals], .inferred, notes: [LocalizedText(
                fi: "Päätelty: alue ei hanki terveystarkastusta, vaan hyvinvointialue (Päijät-Sote) järjestää sen; alue sopii "
                    + "asiakasohjauksesta (liite 5, r. 118).",
                en: "Inferred: the area does not procure the health check; the wellbeing area (Päijät-Sote) arranges it, and the "
                    + "area agrees the referrals (annex 5 L118).")]))
    }

    /// A service the wellbeing area (Päijät-Sote) arranges and, by law, funds: no case owner, no channels named.
    private func wellbeingAreaService(_ service: ServiceID, route: Grounds, procurement: Grounds) throws(DecisionError) -> ServiceRule {
        ServiceRule(route: RouteFacts(delivery: .wellbeingCounty, provider: Parties.wellbeingArea, grounds: route),
                    procurement: Procurement.arrangedBy(Parties.wellbeingArea, procurement),
                    cost: try settings.statutoryCost(service))
    }

    /// Specialist statements: read as the demanding expert statements on unemployment security, which the
    /// plan leaves with the state (line 356).
    func specialistStatement() -> ServiceRule {
        ServiceRule(
            route: RouteFacts(delivery: .state, provider: Parties.state,
                              grounds: Grounds([Passage.stateUnemploymentSecurity], .inferred, notes: [
                                  LocalizedText(
                                      fi: "Päätelty: palvelu luetaan vaativiksi työttömyysturvan asiantuntijalausunnoiksi, jotka suunnitelma "
                                          + "jättää valtiolle nimeämättä valtion toimijaa (r. 356).",
                                      en: "Inferred: read as the demanding expert statements on unemployment security, which the plan "
                                          + "leaves with the state without naming the state body (L356)."),
                                  LocalizedText(
                                      fi: "Jos palvelulla tarkoitetaan erityisasiantuntijoiden, kuten lääkärien tai psykologien, lausuntoja "
                                          + "asiakkaan työkyvystä, ne siirtyvät alueelle asiantuntija-arvioiden mukana (ks. asiantuntija_arviointi).",
                                      en: "If the service means the statements of specialists such as doctors or psychologists on a "
                                          + "client's work ability, those move to the area with the expert assessments (see asiantuntija_arviointi)."),
                              ])),
            procurement: Procurement.arrangedBy(Parties.state, Grounds([Passage.stateUnemploymentSecurity], .inferred, notes: [LocalizedText(
                fi: "Päätelty: alue ei hanki lausuntoja; ne ovat valtion tehtävä (suunnitelma r. 356).",
                en: "Inferred: the area does not procure the statements; they are a state task (plan L356).")])),
            cost: Costs.stateTask)
    }
}
