// EmployerRules.swift — the rules of job placement and the employer and business services: the joint
// employer team and the joint phone number with Lahti (plan §4.3, annex 2), and business advice by the
// regional development companies (plan lines 180, 569).

import PluginAPI

extension Rules {
    /// Job placement: moves to the area (plan line 355); done with the joint employer team (line 484).
    func jobPlacement(at place: MunicipalityRef?) -> ServiceRule {
        ServiceRule(
            route: Routes.local(at: place, Grounds([Passage.placementHeading, Passage.jointEmployerTeam, Passage.matchingDataAccess],
                                                   .inferred, notes: [LocalizedText(
                fi: "Päätelty: työnvälitys siirtyy alueelle (suunnitelma r. 355); sen tekevät alueen asiantuntijat lähipalveluna ja "
                    + "yhteinen työnantajatiimi Lahden kanssa (r. 484). Kummankin viranomaisen yritysyhteistyötä tekevät asiantuntijat "
                    + "saavat katsella ja muokata toistensa henkilöasiakastietoja työnvälitystä ja kohtaantoa varten (liite 2, r. 43).",
                en: "Inferred: job placement moves to the area (plan L355); the area's experts do it as a local service, together with "
                    + "the joint employer team with Lahti (L484). The employer-cooperation experts of both authorities may view and edit "
                    + "each other's person-client records for placement and matching (annex 2 L43).")])),
            procurement: Procurement.personClientOwnProduction(namedIn: nil),
            cost: ownServiceCost(.tyonvalitys))
    }

    /// Employer services: produced jointly with Lahti and the development companies in one team (plan lines 174, 337, 484).
    func employerServices() -> ServiceRule {
        let cost = ownServiceCost(.tyonantajapalvelut).adding([Passage.eventCosts], reading: LocalizedText(
            fi: "Rekrytointitapahtumat järjestetään yhdessä Lahden kanssa yhteisellä brändillä; tapahtumien kulut jaetaan alueiden "
                + "kesken sovitun jakoperusteen mukaan, jota asiakirjat eivät kerro (liite 4, r. 108).",
            en: "Recruitment events are joint with Lahti, under a common brand; their costs are split between the two areas by an "
                + "agreed key that the documents do not give (annex 4 L108)."))
        return ServiceRule(
            route: RouteFacts(
                delivery: .joint, provider: Parties.jointEmployerTeam, channels: Routes.hybrid,
                grounds: Grounds([Passage.employerServicesWithLahti, Passage.employerPartners, Passage.jointEmployerTeam, Passage.oneStop,
                                  Passage.employerStaffLocal, Passage.hybridChannels], notes: [
                    LocalizedText(
                        fi: "Työnantajapalvelut järjestetään yhteistyössä ja tuotetaan sovitusti yhdessä Lahden ja maakunnan "
                            + "kehittämisyhtiöiden kanssa yhteisessä tiimissä, ja yrittäjää palvellaan kuntarajoista riippumatta yhden "
                            + "luukun periaatteella (suunnitelma r. 174, 178, 337, 484).",
                        en: "Employer services are organised in cooperation and produced as agreed together with Lahti and the "
                            + "development companies in a joint team, and entrepreneurs are served one-stop regardless of municipal "
                            + "borders (plan L174, L178, L337, L484)."),
                    LocalizedText(
                        fi: "Alueen henkilöstö jalkautuu tuottamaan lähipalvelua kaikkiin jäsenkuntiin (r. 337); toimipaikkaa asiakirjat "
                            + "eivät nimeä.",
                        en: "The area's staff go out to produce local service in every member municipality (L337); the documents name "
                            + "no place."),
                ])),
            procurement: Procurement.ownProduction(partners: [Lahti.party, Parties.ladec, Parties.proAgria],
                                                   Grounds([Passage.employerPartners, Passage.jointEmployerTeam], .inferred, notes: [LocalizedText(
                fi: "Päätelty: työnantajapalvelut tuotetaan Lahden työvoimaviranomaisen ja kehittämisyhtiöiden kanssa yhteisessä "
                    + "tiimissä (r. 337, 484); alueen osuus on sen omaa henkilöstöä, mitään ei hankita.",
                en: "Inferred: employer services are produced with Lahti's authority and the development companies in a joint team "
                    + "(L337, L484): the area's part is its own staff, nothing is procured.")])),
            cost: cost)
    }

    /// The joint employer phone: Lahti answers and transfers the calls of the area's companies (annex 2 line 15).
    func employerPhone() -> ServiceRule {
        ServiceRule(
            route: RouteFacts(
                delivery: .joint, provider: Lahti.party,
                caseOwner: "Päijät-Hämeen työllisyysalue, kun puhelu siirretään yrityksen sijaintikunnan perusteella",
                channels: [.phone],
                grounds: Grounds([Passage.employerPhone], notes: [LocalizedText(
                    fi: "Lahti hallinnoi yhteistä työnantajanumeroa ja siirtää puhelun tarvittaessa alueelle yrityksen sijaintikunnan "
                        + "perusteella (liite 2, r. 15). Numeroa ei ole asiakirjoissa.",
                    en: "Lahti administers the joint employer number and, when needed, transfers the call to the area by the company's "
                        + "location municipality (annex 2 L15). The number itself is not in the documents.")])),
            procurement: ProcurementTerms(
                ProcurementOutcome(model: .purchasedFromOtherAuthority, procuringAuthority: Parties.procuringAuthority, partners: [Lahti.party]),
                grounds: Grounds([Passage.employerPhone, Passage.callTransferBilling], .inferred, notes: [LocalizedText(
                    fi: "Päätelty: Lahti hallinnoi yhteistä numeroa ja laskuttaa soitonsiirrot alueelta (liite 2, r. 15), joten alue "
                        + "ostaa palvelun Lahdelta.",
                    en: "Inferred: Lahti administers the joint number and bills the call transfers to the area (annex 2 L15), so the "
                        + "area buys the service from Lahti.")])),
            cost: Costs.callTransfers(settings, region: region, year: date.year))
    }

    /// Business advice for new entrepreneurs: the regional development company of the member (plan lines
    /// 180, 569); who pays for it the documents do not say, so parameter `yritysneuvonta_cost` decides.
    func businessAdvice(at place: MunicipalityRef?) -> ServiceRule {
        let common = [Passage.companiesBusinessAdvice, Passage.businessServiceProvincial]
        let route: RouteFacts
        if let place, let advisor = BusinessAdvisors.of(place.code) {
            route = RouteFacts(delivery: .partner, provider: advisor.party, grounds: Grounds(common + [advisor.basis], .inferred, notes: [
                LocalizedText(
                    fi: "Päätelty: alkavien yrittäjien palvelukokonaisuuteen kuuluu alueen elinkeinoyhtiöiden yritysneuvonta (suunnitelma "
                        + "r. 180); asiakkaan kunnassa (\(place.name)) toimii \(advisor.party.name) (r. 569). Alueen omat palvelut sovitetaan sen "
                        + "kanssa yhteen niin, ettei päällekkäisyyttä synny (r. 180); starttirahasta päättää alue (ks. starttiraha).",
                    en: "Inferred: the development companies' business advice is part of the services for new entrepreneurs (plan L180); "
                        + "in \(place.name) that is \(advisor.party.name) (L569). The area's own services are coordinated with it so "
                        + "they do not overlap (L180); the start-up grant is decided by the area (see starttiraha)."),
            ]))
        } else {
            route = RouteFacts(delivery: .partner, provider: Party(name: "LADEC Oy tai ProAgria (kunnan mukaan)"),
                               grounds: Grounds(common + [Passage.ladecOwners, Passage.proAgriaMunicipalities], .inferred, notes: [
                LocalizedText(
                    fi: "Päätelty: LADEC Oy neuvoo Hollolassa, Asikkalassa, Hartolassa, Iitissä, Orimattilassa ja Padasjoella, ProAgria "
                        + "Heinolassa, Kärkölässä ja Sysmässä (suunnitelma r. 569).",
                    en: "Inferred: LADEC Oy advises in Hollola, Asikkala, Hartola, Iitti, Orimattila and Padasjoki, ProAgria in "
                        + "Heinola, Kärkölä and Sysmä (plan L569)."),
            ]))
        }
        return ServiceRule(
            route: route,
            procurement: ProcurementTerms(
                ProcurementOutcome(model: .jointProcurement, procuringAuthority: Parties.procuringAuthority, partners: [Lahti.party]),
                grounds: Grounds([Passage.startupServices, Passage.companiesBusinessAdvice], .inferred, notes: [LocalizedText(
                    fi: "Päätelty: alkaville yrittäjille tarjotaan työvoimaviranomaisten yhteisesti järjestämiä ja/tai hankkimia "
                        + "palveluja (suunnitelma r. 180); itse yritysneuvonta on elinkeinoyhtiöiden palvelua, jota asiakirjat eivät "
                        + "kerro alueen hankkivan.",
                    en: "Inferred: new entrepreneurs are offered services the authorities organise and/or procure together (plan L180); "
                        + "the advice itself is the development companies' service, which the documents do not say the area buys.")])),
            cost: businessAdviceCost)
    }

    /// The cost of business advice as parameter `yritysneuvonta_cost` says: the documents name none.
    private var businessAdviceCost: CostTerms {
        let setting = settings.businessAdviceCost
        let silent = LocalizedText(
            fi: "Asiakirjat eivät kerro, kuka maksaa alkavien yrittäjien neuvonnan: neuvonta on elinkeinoyhtiöiden palvelua (suunnitelma "
                + "r. 180, 569), ja TE-toimiston yritysneuvonnan henkilötyö siirtyy alueelle (r. 314); parametri \(setting.name) "
                + "valitsee \(setting.value.rawValue).",
            en: "The documents do not say who pays for advice to new entrepreneurs: the advice is the development companies' service "
                + "(plan L180, L569), and the TE office's business-advice work moves to the area (L314); parameter \(setting.name) "
                + "says \(setting.value.rawValue).")
        let basis = [Passage.companiesBusinessAdvice, Passage.businessAdviceWork]
        switch setting.value {
        case .caseByCase:
            return CostTerms(principle: .caseByCase, payer: .responsibleMunicipality, bearer: .caseByCase(parties: Costs.bothAuthorities),
                             grounds: Grounds(setting, basis: basis + [Passage.startupServices, Passage.jointProcurementCostSplit])
                                 .adding(notes: [silent, LocalizedText(
                                     fi: "Lahden kanssa yhteisesti järjestettyjen palvelujen kustannusten jaosta sovitaan tapauskohtaisesti "
                                         + "(liite 1, r. 5).",
                                     en: "The cost split of services organised together with Lahti is agreed case by case (annex 1 L5).")]))
        default:
            var terms = sharedBudget
            terms.grounds = Grounds(setting, basis: basis + [Passage.sharedBudgetCriteria]).adding(notes: [silent])
            return terms
        }
    }
}
