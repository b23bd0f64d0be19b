// Procurement.swift — how TyöHäme procures each catalog service: own production, one of the
// plan's four procurement models, or another body's arrangement; with the basket it falls in.
//
// The plan lists what it will buy (L401) and its four models (L435-453) but never assigns a
// service to a model, so every bought service's model is `inferred`. Own production is `explicit`
// only where a passage says the service is produced without purchases (the multi-sectoral service).

import PluginAPI

extension Rules {
    /// How TyöHäme procures `service`.
    func procurement(for service: ServiceID) -> ProcurementTerms {
        switch service {
        case .tyonhakuvalmennus, .uravalmennus:
            return bought(ProcurementRoutes.group, [Baskets.jobSearch], basis: [Passage.procuredServices, Passage.basketModel,
                                                                                Passage.traditionalProcurement])
        case .tyovoimakoulutus:
            return bought(ProcurementRoutes.longTerm, [Baskets.training], basis: [Passage.procuredServices, Passage.traditionalProcurement,
                                                                                 Passage.lahtiCooperation],
                          partners: [Parties.lahtiRegion], notes: [LocalizedText(
                fi: "Koulutusten hankintoja kehitetään muiden alueiden kanssa, erityisesti Lahden seudun kuntien kanssa (r. 467). "
                    + "Erityisaloilla (esim. merityö; parametri '\(settings.specialTrainingFields.name)') on harkittava laajempaa, myös "
                    + "valtakunnallista kilpailutusta (r. 467); kysy reittiä training.field-tiedolla.",
                en: "Training procurement is developed with other areas, especially the Lahti region municipalities (L467). For special "
                    + "fields (e.g. maritime work; parameter '\(settings.specialTrainingFields.name)') wider, also national tendering is "
                    + "to be considered (L467); route with training.field to see it.")])
        case .kotoutumiskoulutus:
            return bought(ProcurementRoutes.longTerm, [Baskets.training],
                          basis: [ServiceBudget.line(.labourMarketTraining).citation, ServiceBudget.line(.integrationTraining).citation,
                                  Passage.traditionalProcurement])
        case .muutosturva:
            return bought(ProcurementRoutes.group, [Baskets.training], basis: [Passage.procuredServices])
        case .asiantuntijaArviointi, .erityisasiantuntijalausunto:
            return bought(ProcurementRoutes.quick, [Baskets.workAbility], basis: [Passage.procuredServices])
        case .tyonvalitys:
            return bought(ProcurementRoutes.complementary, [Baskets.jobSearch, Baskets.employers],
                          basis: [Passage.procuredServices, Passage.dynamicSmallProcurement], notes: [LocalizedText(
                fi: "Työnvälitys on myös TyöHämeen omaa perustyötä (r. 1082); hankinnat täydentävät sitä.",
                en: "Job placement is also TyöHäme's own core work (L1082); purchases complement it.")])
        case .yhteishankintakoulutus:
            return terms(.jointProcurement, [Baskets.training], partners: [Party(name: "Rekrytoiva työnantaja")],
                         Grounds([Passage.agileTraining], .inferred, notes: [LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse työnantajan kanssa yhdessä hankittavaa koulutusta; se lupaa ketteriä "
                    + "hankintamenetelmiä ja räätälöitäviä koulutusratkaisuja (r. 916).",
                en: "Inferred: the plan does not mention training bought jointly with an employer; it promises agile procurement and "
                    + "tailored training solutions (L916).")]))
        case .kuntouttavaTyotoiminta:
            return otherBody(Parties.wellbeingCounty, Grounds([Passage.rehabilitativeWork, Passage.rehabilitativeWorkIsSocial], notes: [LocalizedText(
                fi: "Ei TyöHämeen hankinta: Kanta-Hämeen hyvinvointialue järjestää kuntouttavan työtoiminnan sosiaalipalveluna.",
                en: "Not procured by TyöHäme: the Kanta-Häme wellbeing services county arranges rehabilitative work activity as a social service.")]))
        case .tyottomienTerveystarkastus:
            return otherBody(Parties.wellbeingCounty, Grounds(law.healthCheckBasis + [Passage.tym], .inferred, notes: [LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse terveystarkastuksia; ne ovat lain mukaan hyvinvointialueen palvelu, eivät "
                    + "TyöHämeen hankinta.",
                en: "Inferred: the plan does not mention health checks; by law they are a service of the wellbeing county, not "
                    + "TyöHäme's procurement.")]))
        case .eures:
            return terms(.ownProduction, [], partners: [Parties.keha], Grounds([Passage.keha, Passage.kehaCooperation, Passage.ownAndPurchased],
                                                                               .inferred, notes: [LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse EURESia eikä kansainvälisten rekrytointipalveluiden hankintaa; KEHA-keskus "
                    + "järjestää palveluja ja TyöHäme toimii sen kanssa (r. 525).",
                en: "Inferred: the plan mentions neither EURES nor a procurement of international recruitment services; KEHA-keskus "
                    + "organises services and TyöHäme works with it (L525).")]))
        case .vosKoulutus, .koulutuskokeilu:
            return otherBody(Parties.educationProviders, Grounds([Passage.educationCooperation], .inferred, notes: [LocalizedText(
                fi: "Päätelty: koulutuksen järjestäjät järjestävät tämän; suunnitelma ei mainitse TyöHämeen hankintaa siihen.",
                en: "Inferred: arranged by the education providers; the plan mentions no TyöHäme procurement for it.")]))
        case .yritysneuvonta:
            return terms(.ownProduction, [Baskets.entrepreneurship], partners: [Parties.developmentCompanies],
                         Grounds([Passage.startUpFocus, Passage.developmentCompaniesKey, Passage.basketModel, Baskets.entrepreneurship.citation],
                                 .inferred, notes: [LocalizedText(
                fi: "Päätelty: aloittavan yrittäjän palvelut ovat henkilöstön painopiste (r. 185) yhdessä elinkeinoyhtiöiden kanssa "
                    + "(r. 1048); hankintakorin «Yrittäjyys: yrittäjyyden valmiudet, yrityksen perustaminen» (r. 413) palveluja voidaan "
                    + "myös ostaa.",
                en: "Inferred: services for new entrepreneurs are a staff focus (L185), with the development companies (L1048); "
                    + "services of the procurement basket «Yrittäjyys: yrittäjyyden valmiudet, yrityksen perustaminen» (L413) may also "
                    + "be bought.")]))
        case .monialainenPalvelu:
            return terms(.ownProduction, [], partners: [Parties.wellbeingCounty, Parties.kela],
                         Grounds([Passage.tymTeamModel, Passage.tymResourcing, Passage.tymAgreement], notes: [LocalizedText(
                fi: "Palvelut tuotetaan tiimimallilla lähipalveluna (r. 328), ja resursoinnista vastaavat TyöHämeen lisäksi "
                    + "hyvinvointialue ja Kela (r. 489).",
                en: "The services are produced by the team model as a local service (L328), and the wellbeing services county and "
                    + "Kela resource them besides TyöHäme (L489).")]))
        case .tyokykyarvio:
            return terms(.ownProduction, [Baskets.workAbility], partners: [Parties.wellbeingCounty, Parties.kela],
                         Grounds([Passage.tymTeamModel, Passage.tymResourcing, Passage.basketModel, Baskets.workAbility.citation],
                                 .inferred, notes: [LocalizedText(
                fi: "Päätelty: tuotetaan monialaisessa mallissa, jota TyöHäme, hyvinvointialue ja Kela resursoivat (r. 328, 489); "
                    + "hankintakori «Työkykyä tukevat palvelut» (r. 426) sallii myös ostot, esim. asiantuntija-arvioinnit.",
                en: "Inferred: produced within the multi-sectoral model, which TyöHäme, the county and Kela resource (L328, L489); the "
                    + "procurement basket «Työkykyä tukevat palvelut» (L426) also allows purchases, e.g. expert assessments.")]))
        case .aktivointisuunnitelma:
            return terms(.ownProduction, [], partners: [Parties.wellbeingCounty],
                         Grounds([Passage.countyCooperation, Passage.activationPlan, Passage.ownAndPurchased], .inferred, notes: [LocalizedText(
                fi: "Päätelty: aktivointisuunnitelma on TyöHämeen ja hyvinvointialueen yhteistyön keino (r. 481); mitään ei hankita.",
                en: "Inferred: the activation plan is a means of TyöHäme's cooperation with the county (L481); nothing is bought.")]))
        case .tyonantajapalvelut:
            return terms(.ownProduction, [Baskets.employers], partners: [Parties.ely, Parties.entrepreneurOrganisations, Parties.etelaHame],
                         Grounds([Passage.companyTeam, Passage.singleContact, Passage.basketModel, Baskets.employers.citation], .inferred, notes: [LocalizedText(
                fi: "Päätelty: yritystiimi tuottaa työnantajapalvelut yhdessä ELY:n, valtakunnallisten palveluiden ja yrittäjäjärjestöjen "
                    + "kanssa (r. 493) ja Etelä-Hämeen kanssa yhden kontaktin periaatteella (r. 495); hankintakori «Työnantajien "
                    + "palvelut» (r. 412) sallii myös tukipalvelujen ostot.",
                en: "Inferred: the company team produces employer services with the ELY centre, national services and entrepreneur "
                    + "organisations (L493) and with Etelä-Häme on the single-contact principle (L495); the procurement basket "
                    + "«Työnantajien palvelut» (L412) also allows buying support services.")]))
        case .palkkatuki, .tyoolosuhteidenJarjestelytuki, .starttiraha, .kulukorvaus:
            return ownProduction(LocalizedText(
                fi: "Päätelty: TyöHäme päättää tuesta itse työvoimaviranomaisena; mitään ei hankita.",
                en: "Inferred: TyöHäme decides the subsidy itself as the employment authority; nothing is bought."))
        case .tyonhaunTuki:
            return terms(.ownProduction, [Baskets.jobSearch], Grounds([Passage.ownAndPurchased, Passage.teams, Passage.basketModel,
                                                                      Baskets.jobSearch.citation], .inferred, notes: [LocalizedText(
                fi: "Päätelty: tiimin vastuutyöntekijä tukee työnhakua itse (r. 190); hankintakori «Työnhaku: … työllistymisen tuki» "
                    + "(r. 411) sallii täydentävät ostot.",
                en: "Inferred: the team's responsible worker supports the job search itself (L190); the procurement basket «Työnhaku: … "
                    + "työllistymisen tuki» (L411) allows complementary purchases.")]))
        case .neuvonta:
            return terms(.ownProduction, [], Grounds([Passage.multiServicePoints, Passage.procuredServices], .inferred, notes: [LocalizedText(
                fi: "Päätelty: neuvonta on TyöHämeen omaa tuotantoa monipalvelupisteillä (r. 459), mutta suunnitelman mukaan myös "
                    + "tieto-, neuvonta- ja ohjauspalveluja hankitaan (r. 401).",
                en: "Inferred: advice is TyöHäme's own production at multi-service points (L459), but the plan also buys information, "
                    + "advice and guidance services (L401).")]))
        case .nuortenPalvelut:
            return terms(.ownProduction, [], partners: [Parties.ohjaamo, Parties.educationProviders],
                         Grounds([Passage.ohjaamoUnder30, Passage.youthJointService, Passage.youthServicePoints], .inferred, notes: [LocalizedText(
                fi: "Päätelty: Ohjaamot ovat kuntien tarjoama toimintaympäristö (r. 366), ja nuorten yhteispalvelu kokoaa yhteen "
                    + "olemassa olevia palveluntuottajia (r. 539) sen sijaan, että ostaisi uusia.",
                en: "Inferred: the Ohjaamos are an environment the municipalities provide (L366), and the youth joint service gathers "
                    + "existing providers (L539) rather than buying new ones.")]))
        case .merityonvalitys:
            return ownProduction(LocalizedText(
                fi: "Päätelty: suunnitelma ei mainitse merityönvälityksen hankintaa; sen valtakunnallinen hankinta (r. 463) koskee "
                    + "erityisalojen koulutusta, ei välitystä.",
                en: "Inferred: the plan names no procurement of maritime placement; its national procurement (L463) concerns special-field "
                    + "training, not placement."))
        default:
            return ownProduction(LocalizedText(
                fi: "Päätelty: TyöHäme tuottaa tämän lakisääteisen palvelun itse; suunnitelman hankintaluettelo (r. 401) ei mainitse sitä.",
                en: "Inferred: TyöHäme produces this statutory service itself; the plan's list of purchases (L401) does not name it."))
        }
    }

    /// A service TyöHäme buys under one of its four models, procured by its central procurement
    /// services (L216); which model is read from the service's kind.
    private func bought(_ route: ProcurementRoute, _ baskets: [BasketItem], basis: [Citation], partners: [Party] = [],
                        notes: [LocalizedText] = []) -> ProcurementTerms {
        let grounds = Grounds(basis + [route.citation] + baskets.map(\.citation) + [Passage.centralProcurement], .inferred, notes: [LocalizedText(
            fi: "Päätelty: suunnitelma ei jaa palveluja neljälle hankintamallilleen; palvelun luonteen mukaan se kuuluu malliin "
                + "\(route.label).",
            en: "Inferred: the plan does not assign services to its four procurement models; by its kind this service falls under "
                + "\(route.label).")] + notes)
        return terms(route.model, baskets, partners: partners, grounds)
    }

    /// A statutory service TyöHäme produces itself (L388), with how that is read.
    private func ownProduction(_ reading: LocalizedText) -> ProcurementTerms {
        terms(.ownProduction, [], Grounds([Passage.ownAndPurchased], .inferred, notes: [reading]))
    }

    /// Arranged, and procured if at all, by another body.
    private func otherBody(_ body: Party, _ grounds: Grounds) -> ProcurementTerms {
        terms(.other, [], authority: body, grounds)
    }

    private func terms(_ model: ProcurementModel, _ baskets: [BasketItem], authority: Party = Parties.tyoHame,
                       partners: [Party] = [], _ grounds: Grounds) -> ProcurementTerms {
        ProcurementTerms(ProcurementOutcome(model: model, procuringAuthority: authority, partners: partners,
                                            categories: baskets.flatMap(\.categories).uniqued()),
                         grounds: grounds)
    }
}
