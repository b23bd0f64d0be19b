// TrainingRules.swift — the rules of trainings and integration: labour-market training the area procures
// independently (annex 1 line 7), joint-purchase training, self-motivated study, the OKM VOS trainings
// planned with Lahti (annex 3), the integration plan (whose split with Lahti is a parameter) and
// integration training procured in cooperation with Lahti.

import PluginAPI

extension Rules {
    /// Labour-market training: the area buys it (plan line 374) and answers for its own training offer
    /// independently of Lahti (annex 1 line 7), Hollola procuring for the area (plan line 384).
    func labourMarketTraining() -> ServiceRule {
        let cost = ownServiceCost(.tyovoimakoulutus).adding([Passage.planningCosts], reading: LocalizedText(
            fi: "Hankinnan tekijänä alue vastaa lisä- ja täydennyskoulutusten suunnittelun ja prosessin hallinnan kustannuksista, "
                + "ellei toisin sovita (liite 1, r. 9).",
            en: "As the procuring authority the area bears the planning and process costs of its further and supplementary "
                + "training unless agreed otherwise (annex 1 L9)."))
        return ServiceRule(
            route: Routes.purchased(from: Parties.educationProvider, Grounds(
                [Passage.trialsTrainingSubsidies, Passage.purchasedServices, Passage.trainingsIndependent, Passage.crossAuthorityParticipants],
                notes: [
                    LocalizedText(fi: "Alue hankkii työvoimakoulutuksensa (suunnitelma r. 374) ja vastaa koulutustarjonnastaan itsenäisesti "
                                      + "(liite 1, r. 7).",
                                  en: "The area buys its labour-market training (plan L374) and answers for its training offer "
                                      + "independently (annex 1 L7)."),
                    LocalizedText(fi: "Lahden koulutukseen voidaan valita myös alueen asiakas, kun koulutukselle on puolto asiakkaan "
                                      + "työllistymissuunnitelmassa (liite 1, r. 7); kysy reitti koulutuksen järjestäjällä \"Lahti\".",
                                  en: "Lahti's trainings may also take the area's client when the training is endorsed in the client's "
                                      + "employment plan (annex 1 L7); ask the route with training.provider \"Lahti\"."),
                ])),
            procurement: ProcurementTerms(
                ProcurementOutcome(model: .other, procuringAuthority: Parties.procuringAuthority),
                grounds: Grounds([Passage.purchasedServices, Passage.trainingsIndependent, Passage.procuringAuthorities], notes: [
                    LocalizedText(
                        fi: "Kumpikin työvoimaviranomainen vastaa itsenäisesti alueensa lisä- ja täydennyskoulutustarjonnasta "
                            + "(liite 1, r. 7): Hollola hankkii alueen työvoimakoulutukset alueen puolesta (suunnitelma r. 374, 384), "
                            + "ei yhdessä Lahden kanssa. Hankintamenettelyä asiakirjat eivät nimeä, joten malli on 'other'.",
                        en: "Each employment authority answers independently for its own further and supplementary training offer "
                            + "(annex 1 L7): Hollola procures the area's labour-market training for the area (plan L374, L384), not "
                            + "together with Lahti. The documents name no procurement procedure, so the model is 'other'."),
                ])),
            cost: cost)
    }

    /// Joint-purchase training: bought together with an employer; each authority runs its own (annex 1 line 7).
    func jointPurchaseTraining() -> ServiceRule {
        let cost = ownServiceCost(.yhteishankintakoulutus).adding([Passage.freeOfCharge], reading: LocalizedText(
            fi: "Yhteishankintakoulutus on henkilöasiakkaan palveluista ainoa, joka ei ole maksuton (suunnitelma r. 351): "
                + "työnantaja maksaa oman osuutensa.",
            en: "Joint-purchase training is the only person-client service that is not free of charge (plan L351): the employer "
                + "pays its own share."))
        return ServiceRule(
            route: Routes.purchased(from: Parties.educationProvider, Grounds([Passage.jointPurchaseTrainings, Passage.trainingsIndependent], notes: [
                LocalizedText(fi: "Yhteishankintakoulutukset siirtyvät alueelle työnantajapalveluna (suunnitelma r. 356); alue vastaa "
                                  + "omista yhteishankintakoulutuksistaan ja niiden prosesseista itsenäisesti (liite 1, r. 7).",
                              en: "Joint-purchase trainings move to the area as an employer service (plan L356); the area answers for "
                                  + "its own joint-purchase trainings and their processes independently (annex 1 L7)."),
            ])),
            procurement: ProcurementTerms(
                ProcurementOutcome(model: .jointProcurement, procuringAuthority: Parties.procuringAuthority,
                                   partners: [Party(name: "työnantaja (yhteishankinnan osapuoli)")]),
                grounds: Grounds([Passage.trainingsIndependent, Passage.jointPurchaseTrainings], notes: [LocalizedText(
                    fi: "Koulutus hankitaan yhdessä työnantajan kanssa; kumpikin työvoimaviranomainen vastaa omista "
                        + "yhteishankintakoulutuksistaan (liite 1, r. 7). Suunnitelma esitti ne osana työnantajayhteistyötä Lahden "
                        + "kanssa (r. 370); myöhempää sopimustekstiä noudatetaan.",
                    en: "The training is bought together with an employer; each employment authority answers for its own "
                        + "joint-purchase trainings (annex 1 L7). The plan had presented them as part of the employer cooperation with "
                        + "Lahti (L370); the later agreement text is followed.")])),
            cost: cost)
    }

    /// Self-motivated study with unemployment benefit: the area's decision; the studies are at an education provider.
    func selfMotivatedStudy() -> ServiceRule {
        ServiceRule(
            route: Routes.area(Grounds([Passage.trialsTrainingSubsidies, Passage.authorityUnderLead, Passage.educationProviders],
                                       .inferred, notes: [LocalizedText(
                fi: "Päätelty: omaehtoisen opiskelun tukeminen siirtyy alueelle (r. 356), ja päätökset tehdään vastuukunta Hollolan "
                    + "alaisuudessa (r. 366); opinnot suoritetaan koulutuksen järjestäjällä (r. 558). Asiakirjat eivät kerro, missä "
                    + "päätökset tehdään, joten keskitetty toimitus on päätelty.",
                en: "Inferred: supporting self-motivated study moves to the area (L356), and the decisions are made under Hollola "
                    + "(L366); the studies take place at an education provider (L558). The documents do not say where the decisions "
                    + "are made, so the centralised delivery is inferred.")])),
            procurement: Procurement.personClientOwnProduction(namedIn: Passage.trialsTrainingSubsidies),
            cost: ownServiceCost(.omaehtoinenOpiskelu))
    }

    /// OKM VOS trainings: planned in the joint body with Lahti and the provider (annex 3 line 55); the
    /// client's own authority keeps the client's process (line 88). Funded as the statutory layer says, which
    /// annex 3 line 55 confirms («opetus- ja kulttuuriministeriön osoittaman VOS-rahalla»).
    func vosTraining() throws(DecisionError) -> ServiceRule {
        let cost = try settings.statutoryCost(.vosKoulutus).adding([Passage.vosJointBody, Passage.clientSpecificCosts], notes: [
            LocalizedText(fi: "Koulutukset toteutetaan opetus- ja kulttuuriministeriön osoittamalla VOS-rahalla (liite 3, r. 55).",
                          en: "The trainings are carried out with the VOS money of the Ministry of Education and Culture (annex 3 L55)."),
            LocalizedText(
                fi: "Osallistujan asiakaskohtaiset kustannukset (esim. kulukorvaus) kuuluvat asiakkaan kotikunnan työvoimaviranomaiselle "
                    + "myös silloin, kun koulutusalaa hallinnoi Lahti (liite 1, r. 9); ks. kulukorvaus.",
                en: "A participant's client-specific costs (e.g. expense compensation) stay with the client's home authority, also "
                    + "when Lahti administers the field (annex 1 L9); see kulukorvaus."),
        ])
        return ServiceRule(
            route: RouteFacts(
                delivery: .educationProvider, provider: Parties.salpaus, caseOwner: CaseOwner.clientsOwnAuthority,
                grounds: Grounds([Passage.vosJointBody, Passage.vosSplit, Passage.vosSelection, Passage.clientProcessDuringTraining], notes: [
                    LocalizedText(
                        fi: "Valinnan tekee koulutusalan mukaan alue tai Lahti: alue hoitaa Salpauksen palvelualat (TUVA, Liiketalous, "
                            + "Sosiaali- ja terveys, Elintarvike, Ravintola), Lahti tekniikan alat (Teollisuus, Kone- ja tuotantotekniikka, "
                            + "Rakennus, Logistiikka, Kiinteistöhoito+puhtaus) (liite 3, r. 67–82). Kysy yhden alan vastaus kentällä "
                            + "training.field; muiden oppilaitosten aloista sovitaan erikseen (r. 78).",
                        en: "Who selects depends on the field: the area runs Salpaus's service fields (TUVA, Liiketalous, Sosiaali- ja "
                            + "terveys, Elintarvike, Ravintola), Lahti the technical fields (Teollisuus, Kone- ja tuotantotekniikka, "
                            + "Rakennus, Logistiikka, Kiinteistöhoito+puhtaus) (annex 3 L67-82). Pass training.field for one field's "
                            + "answer; other institutions' fields are agreed separately (L78)."),
                    LocalizedText(
                        fi: "Asiakkaan omasta prosessista, kuten poissaolojen kuulemisista ja kolmikantapalavereista, huolehtii asiakkaan "
                            + "oma työvoimaviranomainen (liite 3, r. 88).",
                        en: "The client's own process, e.g. hearings on absences and tripartite meetings, stays with the client's own "
                            + "employment authority (annex 3 L88)."),
                ])),
            procurement: Procurement.arrangedBy(
                Parties.ministryOfEducation, partners: [Parties.area, Lahti.party, Parties.salpaus],
                categories: SalpausVOSFields.fields.map(\.name),
                Grounds([Passage.vosJointBody, Passage.vosJointBodyMembers, Passage.vosSplit], .inferred, notes: [LocalizedText(
                    fi: "Päätelty: alue ei hanki koulutusta, vaan opetus- ja kulttuuriministeriön VOS-rahoitus maksaa sen koulutuksen "
                        + "järjestäjälle. Alueen, Lahden ja oppilaitoksen yhteinen toimielin suunnittelee tarjonnan ja aikataulun, ja alat "
                        + "jaetaan hallinnoitaviksi (liite 3, r. 55–67).",
                    en: "Inferred: the area does not procure the training; the Ministry of Education and Culture's VOS funding pays the "
                        + "provider. A joint body of the area, Lahti and the institution plans the offer and timing, and the fields are "
                        + "split for administration (annex 3 L55-67).")])),
            cost: cost)
    }

    /// The integration plan and initial assessment: who produces it while the split with Lahti is open is
    /// parameter `integration_plan_delivery` (plan line 188 takes the pilot as the basis but leaves it open).
    func integrationPlan(at place: MunicipalityRef?) -> ServiceRule {
        let setting = settings.integrationPlanDelivery
        let open = LocalizedText(
            fi: "Suunnitelma ottaa pohjaksi kuntakokeilun mallin, jossa Lahti tuotti kotoutumispalvelut keskitetysti, ja luettelee "
                + "maahanmuuttajille lähipalvelut, vastinparityön ja yhteistyön Lahden kanssa; työnjako on silti auki (r. 188, 450–454).",
            en: "The plan takes the pilot model, in which Lahti produced integration services centrally, as the basis, and lists local "
                + "services, pair work and delivery in cooperation with Lahti for immigrants; the split itself is still open "
                + "(L188, L450-454).")
        switch setting.value {
        case .localWithLahtiCooperation:
            var procurement = Procurement.personClientOwnProduction(namedIn: Passage.integrationServices, partners: [Lahti.party])
            procurement.grounds = procurement.grounds.adding(Grounds(setting, basis: [Passage.immigrantServices]))
            var cost = ownServiceCost(.kotoutumissuunnitelma)
            cost.grounds = cost.grounds.adding(Grounds(setting))
            return ServiceRule(
                route: Routes.local(at: place, Grounds(setting, basis: [Passage.integrationServices, Passage.immigrantServices,
                                                                        Passage.integrationWiderGroup, Passage.integrationPilotAsBasis])
                                                .adding(notes: [open])),
                procurement: procurement,
                cost: cost)
        case .lahtiCentralized:
            return ServiceRule(
                route: RouteFacts(delivery: .otherAuthority, provider: Lahti.party, channels: Routes.hybrid,
                                  grounds: Grounds(setting, basis: [Passage.integrationServices, Passage.integrationPilot,
                                                                    Passage.integrationPilotAsBasis, Passage.hybridChannels])
                                      .adding(notes: [open])),
                procurement: ProcurementTerms(
                    ProcurementOutcome(model: .purchasedFromOtherAuthority, procuringAuthority: Parties.procuringAuthority,
                                       partners: [Lahti.party]),
                    grounds: Grounds(setting, basis: [Passage.integrationPilot, Passage.transferToOtherAuthority])
                        .adding(notes: [LocalizedText(
                            fi: "Lahti tuottaa kotoutumispalvelut keskitetysti kuten kuntakokeilussa; alue voi siirtää tehtäviä toiselle "
                                + "työvoimaviranomaiselle sopimuksella (suunnitelma r. 188, 534).",
                            en: "Lahti produces the integration services centrally as in the pilot; the area may transfer tasks to "
                                + "another employment authority by agreement (plan L188, L534).")])),
                cost: CostTerms(
                    principle: .caseByCase, payer: .responsibleMunicipality, bearer: .caseByCase(parties: Costs.bothAuthorities),
                    grounds: Grounds(setting, basis: [Passage.servicesForOtherParties, Passage.clientSpecificCosts])
                        .adding(notes: [LocalizedText(
                            fi: "Palveluiden tuottamisesta toiselle sovitaan tapauskohtaisesti (suunnitelma r. 202); asiakaskohtaiset "
                                + "kustannukset kuuluvat asiakkaan kotikunnan työvoimaviranomaiselle (liite 1, r. 9).",
                            en: "Services produced for another party are agreed case by case (plan L202); client-specific costs fall on "
                                + "the client's home authority (annex 1 L9).")])))
        }
    }

    /// Integration training: bought (plan line 374), in cooperation with Lahti (line 188).
    func integrationTraining() -> ServiceRule {
        ServiceRule(
            route: Routes.purchased(from: Parties.educationProvider, Grounds([Passage.trialsTrainingSubsidies, Passage.purchasedServices], notes: [
                LocalizedText(fi: "Kotoutumiskoulutus siirtyy alueelle työvoimakoulutuksen osana (suunnitelma r. 356), ja alue hankkii "
                                  + "sen (r. 374).",
                              en: "Integration training moves to the area as part of labour-market training (plan L356), and the area "
                                  + "buys it (L374)."),
            ])),
            procurement: ProcurementTerms(
                ProcurementOutcome(model: .jointProcurement, procuringAuthority: Parties.procuringAuthority, partners: [Lahti.party]),
                grounds: Grounds([Passage.integrationTrainingProcurement, Passage.jointProcurements], .inferred, notes: [LocalizedText(
                    fi: "Päätelty: kotoutumiskoulutusten hankinnassa tehdään yhteistyötä Lahden kanssa (suunnitelma r. 188), mikä "
                        + "luetaan yhteishankinnaksi: tarkoituksenmukaisilta osin hankinnat tehdään yhdessä (liite 1, r. 5).",
                    en: "Inferred: integration training is procured in cooperation with Lahti (plan L188), read as a joint procurement: "
                        + "where appropriate the authorities procure together (annex 1 L5).")])),
            cost: Costs.jointProcurementWithLahti)
    }
}
