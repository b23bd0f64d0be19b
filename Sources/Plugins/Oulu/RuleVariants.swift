// RuleVariants.swift — the Oulu rules that are more than one production mode and one cost line:
// those that depend on a setting (where the plan contradicts itself or is silent) or on what the
// route query says about the client, the employer or the municipality.

import PluginAPI

extension Rules {
    // MARK: Settings where the documents contradict each other or are silent

    /// Koulutuskokeilu: LIITE 1 lists it as local (L630), the body as purchased (L201, L205).
    static func trainingTrial(_ c: RuleContext) -> ServiceRule {
        let setting = c.settings.trainingTrialDelivery
        let basis = [Plan.cite(.competence, "201", "Lakisääteiset työnhakija-asiakkaan osaamisen kehittämisen palvelut, joita työllisyysalue hankkii ostopalveluna:"),
                     Plan.cite(.competence, "205", "**Koulutuskokeilut.**"),
                     Plan.annex1(.annex1Local, "Koulutuskokeilu")]
        let notes: [LocalizedText] = [LocalizedText(verbatim: "The plan contradicts itself: the body lists training trials among the services the area purchases "
                     + "(L201, L205), LIITE 1 among the local services (L630). Either way the coach refers the client and "
                     + "does the authority work (L206)."), setting.note]
        switch setting.value {
        case .purchased:
            return compose(.purchased(c.member, "Koulutuskokeilu"), .unlistedPurchase("koulutuskokeilu"), c, basis,
                           status: setting.status, notes: notes)
        case .local:
            return compose(.local(c.member), .ownMunicipality, c, basis, status: setting.status, notes: notes)
        }
    }

    /// Työolosuhteiden järjestelytuki: LIITE 2 lists it under both principles (L640 and L649).
    static func arrangementSubsidy(_ c: RuleContext) -> ServiceRule {
        let setting = c.settings.arrangementSubsidyCost
        let causer = CostTerms.causerPays([("Työskentelyolosuhteiden järjestelytuki", 649)])
        let shared = CostTerms.stateSharePrinciple(.annex2OwnProduction, "Työolosuhteiden järjestelytuki")
        let (cost, other) = setting.value == .causerPays ? (causer, shared) : (shared, causer)
        return compose(.centralized(c.member), cost, c,
                       [Plan.cite(.employers, "309", "d. Työolosuhteiden järjestelytuki"),
                        Plan.annex1(.annex1Centralised, "Työolosuhteiden järjestelytuki")] + other.basis,
                       status: setting.status,
                       notes: ["Decided and paid centrally in Oulu (L309). LIITE 2 lists the subsidy both «VOS-PERIAATTEILLA» "
                               + "(L640) and «AIHEUTTAMISPERIAATTEILLA» (L649). Default reading: the handling work is in "
                               + "the shared pool, the subsidy paid out is the client's home municipality's (as pay "
                               + "subsidy and start-up grant); the other reading puts all of it in the shared pool.",
                               setting.note])
    }

    /// Velvoitetyöllistäminen: in the plan (L133, L630), but repealed by law before 1.1.2025.
    static func employmentObligation(_ c: RuleContext) throws(DecisionError) -> ServiceRule {
        let setting = c.settings.employmentObligationOffered
        let basis = [Plan.cite(.delegated, "133", "e. Velvoitetyöllistäminen"), Plan.annex1(.annex1Local, "Velvoitettyölistäminen"),
                     Statute.employmentObligationRepealed]
        guard setting.value else {
            throw .notOffered(service: .velvoitetyollistaminen,
                              reason: "the plan lists it as a local service (L133, LIITE 1), but the municipal employment "
                                  + "obligation of Laki 380/2023 chapter 12 was repealed by Laki 398/2024 before 1.1.2025; "
                                  + "parameter velvoitetyollistaminen_offered is false",
                              basis: basis)
        }
        return compose(.local(c.member), .ownMunicipality, c, basis, status: setting.status,
                       notes: ["Offered because the parameters say so, although the obligation was repealed by Laki 398/2024.",
                               setting.note])
    }

    // Maritime job placement's cost and the wellbeing-county services' cost are settings too;
    // they live in CostTerms because only the cost half of those rules changes.

    // MARK: Rules that depend on the client, the employer or the municipality

    /// Youth services: local, with an Ohjaamo only where the settings say the member has one.
    static func youthService(_ c: RuleContext) -> ServiceRule {
        let rule = compose(.local(c.member), .ownMunicipality, c,
                           [Plan.cite(.delegated, "149", "Palvelussa olevan nuoren asiakkuus työllisyysalueella on kunnan omavalmentajalla."),
                            Plan.cite(.youth, "231", "Osalla kunnista on jo toimiva Ohjaamo, osa suunnittelee Ohjaamo-toiminnan käynnistämistä ja osassa monialaista yhteistyötä tehdään muulla tavoin."),
                            Plan.annex1(.annex1Local, "Nuorten monialaisen tuen yhteispalvelu")],
                           notes: ["Low-threshold local service for young people; the case stays with the coach (L149). "
                                   + "The plan names neither the municipalities with an Ohjaamo (L231) nor an age limit; "
                                   + "a needs assessment was under way (L233)."])
        return withLocalPoint(rule, c, c.settings.ohjaamoMunicipalities, Locations.ohjaamo)
    }

    /// Career guidance: psychologists work centrally in Oulu and also by appointment locally.
    static func careerGuidance(_ c: RuleContext) -> ServiceRule {
        let rule = compose(.centralized(c.member), .stateSharePrinciple(.annex2OwnProduction, "AmmatINVALINTA ja uraohjaus (psykologipalvelu)"), c,
                           [Plan.cite(.competence, "199", "Psykologien toteuttamat palvelut keskitetään ja psykologit työskentelevät vastuukunnassa."),
                            Plan.cite(.competence, "199", "Psykologien palvelua tuotetaan myös lähipalveluna kuntiin ajanvarauksella."),
                            Plan.annex1(.annex1Centralised, "AmmatINVALINTA - ja uraohjaus"),
                            Plan.annex1(.annex1Local, "AmmatINVALINTA - ja uraohjaus (psykologipalvelu keskitetään)")],
                           notes: ["Psychologists work centrally in Oulu and also see clients locally by appointment (L199); "
                                   + "the plan names no municipality for the appointments. Career guidance without "
                                   + "psychological assessment may be given by the members' own staff or bought centrally (L199)."])
        return withLocalPoint(rule, c, c.settings.psychologistMunicipalities, Locations.psychologistAppointments)
    }

    /// The rule with the member's local point added when the setting lists the member (the plan
    /// names no such municipalities, so the point and the setting's note come together).
    private static func withLocalPoint(_ rule: ServiceRule, _ c: RuleContext, _ setting: DatedSetting<Set<MunicipalityCode>>,
                                       _ point: (Member) -> Location) -> ServiceRule {
        guard let member = c.member, setting.value.contains(member.ref.code) else { return rule }
        var rule = rule
        rule.route.grounds = rule.route.grounds.adding([], setting.status, notes: [setting.note])
        rule.route.locations.append(point(member))
        return rule
    }

    /// Self-motivated study: decided locally, followed centrally; the case moves to a central expert.
    static func selfMotivatedStudy(_ c: RuleContext) -> ServiceRule {
        var production = Production.centralized(c.member)
        production.caseOwner = "Oulun keskitetyn palvelun asiantuntija (opiskelun ajan)"
        var basis = [Plan.cite(.competence, "195", "Palvelun soveltuvuuden ratkaisu ja palvelun aikainen suunnitelman päivittäminen tehdään kunnassa."),
                     Plan.cite(.competence, "195", "OEO:n aikana työnhakija-asiakas siirretään keskitetyn palvelun asiantuntijan asiakkuuteen."),
                     Plan.annex1(.annex1Centralised, "Omaehtoinen opiskelu työttömyysetuudella")]
        var notes: [LocalizedText] = ["The suitability decision and plan updates are made by the client's own municipality; during the "
                     + "study the client is a client of a central expert in Oulu, who notifies the school, follows up, "
                     + "handles sanctions and statements (L195). The plan does not say who takes the case back afterwards."]
        if c.client.integrationClient == true {
            basis += [Plan.cite(.integration, "241", "kotoutuja-asiakkaan omaehtoisen opiskelun palvelut."),
                      Plan.annex1(.annex1Centralised, "Kotoutuja-asiakkaan omaehtoinen opiskelu")]
            notes.append("For an integration client the study services are centralised as well (L241).")
        }
        return compose(production, .stateSharePrinciple(.annex2OwnProduction, "Omaehtoinen opiskelu työttömyysetuudella"),
                       c, basis, notes: notes)
    }

    /// Integration plan and initial assessment: centralised in Oulu, in person, by video, phone or online.
    static func integrationPlan(_ c: RuleContext) -> ServiceRule {
        var production = Production.centralized(c.member)
        production.channels = [.inPerson, .video, .phone, .online]
        production.locations = [Locations.faceToFaceInOulu, Locations.internationalHouse]
            + (c.member.flatMap { $0.isResponsible ? nil : [Locations.remotePoint($0)] } ?? [])
        return compose(production, .stateSharePrinciple(.annex2OwnProduction, "Kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma"), c,
                       [Plan.cite(.integration, "237", "Vastuukunta tarjoaa seuraavat palvelut keskitetysti kotoutumissuunnitelmaan oikeutetuille työnhakijana oleville maahanmuuttajille:"),
                        Plan.cite(.integration, "239", "kotoutumislain mukainen osaamisen ja kotoutumisen palvelutarpeen arviointi;"),
                        Plan.cite(.integration, "240", "kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma; sekä"),
                        Plan.cite(.integration, "258-263", "videotapaamisena asiakkaan kotiin tai esim. kunnan etäasiointipisteeseen;"),
                        Plan.annex1(.annex1Centralised, "Kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma"),
                        Plan.annex2(.annex2OwnProduction, "Kotoutujaasiakkaan osaamisen ja kotoutumisen palvelutarpeen arviointi")],
                       notes: ["For immigrant jobseekers entitled to an integration plan, and for those past the integration "
                               + "period who still need integration services, Oulu makes the assessment and the plan "
                               + "centrally (L237-243): in person in Oulu, by video to the client's home or a municipal "
                               + "remote point, by phone or online (L258-263). Foreign-language clients can walk in at "
                               + "International House Oulu (L459). Oulu secures interpretation (L256); language tests are "
                               + "bought (L250-252)."])
    }

    /// An integration client's employment plan is the integration plan, which Oulu makes centrally.
    static func integrationPlanInsteadOfEmploymentPlan(_ c: RuleContext) -> ServiceRule {
        var rule = integrationPlan(c)
        rule.route.grounds = rule.route.grounds.adding([], .inferred, notes: [LocalizedText(verbatim:
            "Asked for an employment plan for an integration client: routed to the integration "
            + "plan, which Oulu makes centrally for jobseekers entitled to it (L237-240).")])
        return rule
    }

    /// Employer services: local, in the employer's municipality when the query names one in the area.
    static func employerServices(_ c: RuleContext) -> ServiceRule {
        let basis = [Plan.cite(.employers, "290", "Lakisääteiset työnantajapalvelut, jotka delegoidaan kunnille tuotettavaksi lähipalveluina:"),
                     Plan.cite(.employers, "299", "b. Työnvälityspalvelut työnantajille ja työnhakijoille (rekrytointipalvelut):"),
                     Plan.annex1(.annex1Local, "Yrityksen palvelutarpeen kartoitus"),
                     Plan.cite(.employers, "304", "Lakisääteiset työnantaja-asiakkaan palvelut, jotka keskitetään vastuukuntaan:")]
        let notes: [LocalizedText] = [LocalizedText(verbatim: "Advice, company visits, needs mapping and candidate search are local (L290-302). Checking job "
                     + "advertisements, pay subsidy, EURES and international recruitment, the work-arrangement subsidy and "
                     + "the change-security process are centralised in Oulu (L304-312). Oulu coordinates area-wide "
                     + "recruitment events; each member holds its own smaller ones (L322).")]
        guard let employer = c.employerLocation, employer != c.member else {
            return compose(.local(c.member), .ownMunicipality, c, basis, notes: notes)
        }
        return compose(.local(employer), .ownMunicipality, c, basis, status: .inferred,
                       notes: notes + [LocalizedText(verbatim: "Served by \(employer.planName), where the employer is located: employer services "
                                       + "are local services of the members (L290), read here as those of the employer's municipality.")])
    }

    /// General advice: central channels for the whole area plus each member's own service point.
    static func advice(_ c: RuleContext) -> ServiceRule {
        var production = Production.centralized(c.member)
        production.provider = Parties.businessOulu
        production.channels = [.phone, .video, .online, .inPerson]
        production.locations = adviceLocations(c)
        let walkIn = c.settings.walkInForAllMembers
        let security = c.settings.unemploymentSecurityAdvice
        var rule = compose(production, .stateSharePrinciple(.annex2OwnProduction, "Neuvontapalvelut"), c,
                           [Plan.cite(.delegated, "123", "Näiden osalta on saatavilla sekä vastuukunnan toteuttama keskitetty palvelu että kuntiin delegoitava lähipalvelu."),
                            Plan.cite(.advice, "105", "Työllisyysalueen keskitetyt tieto-, neuvonta- ja ohjauspalvelut henkilö- ja työnantaja-asiakkaille järjestetään yhteistyössä BusinessOulun ja Oulu10:n palveluneuvonnan kesken."),
                            Plan.cite(.advice, "107", "Ajanvaraukseton käyntiasiointi toteutetaan oululaisille asiakkaille BusinessAsemalla."),
                            Plan.cite(.stakeholdersAdvice, "459", "Vieraskielisten asiakkaiden ajanvaraukseton käyntiasiointi International Housessa"),
                            Plan.annex1(.annex1Centralised, "Työvoimapalveluiden neuvonta"),
                            Plan.annex1(.annex1Local, "Neuvontapalvelut")],
                           notes: ["Central advice for the whole area: the BusinessOulu phone service, which replaces the "
                                   + "national personal-client line (L107), BusinessOulu video advice, OuluBOT, Oulu10 chat "
                                   + "and the Työmarkkinatori regional pages (L99-103). Each member also advises within the "
                                   + "client's service process at its own points (L107, L459); that local part is the "
                                   + "member's own cost (L617). Walk-in without appointment: BusinessAsema for Oulu residents "
                                   + "(L107), International House Oulu for foreign-language clients (L459).",
                                   unemploymentSecurityNote(security)])
        if c.member?.isResponsible == false, walkIn.value {
            rule.route.grounds = rule.route.grounds.adding([], walkIn.status, notes: [walkIn.note])
        }
        return rule
    }

    private static func adviceLocations(_ c: RuleContext) -> [Location] {
        guard let member = c.member else { return [Locations.businessAsema, Locations.oulu10, Locations.internationalHouse] }
        var locations = [Locations.ownServicePoint(member)]
        if member.isResponsible { locations.append(Locations.oulu10) }
        if !member.isResponsible, c.settings.walkInForAllMembers.value { locations.append(Locations.businessAsema) }
        if c.client.foreignLanguage == true || c.segment == .immigrant { locations.append(Locations.internationalHouse) }
        return locations
    }

    /// LIITE 1 lists unemployment-security advice as Oulu's own production (L630); the body leaves it
    /// to the state's national phone service (L109) and Uusimaa ELY (L460).
    private static func unemploymentSecurityNote(_ setting: DatedSetting<UnemploymentSecurityAdvice>) -> LocalizedText {
        let who = setting.value == .state
            ? "the state's national phone service (L109) and the Uusimaa ELY centre (L460)"
            : "Oulu's central advice (LIITE 1, «Työttömyysturvaneuvonta»)"
        return LocalizedText(verbatim: "Unemployment-security questions go to \(who); the plan names both (LIITE 1 vs L109, L460). ") + setting.note
    }

    /// Coaching: bought centrally by Oulu; a member may also coach with its own staff (L204, L339).
    static func coaching(_ c: RuleContext, _ item: String, local localItem: String) -> ServiceRule {
        compose(.purchased(c.member, item), .stateSharePrinciple(.annex2Purchased, item), c,
                [Plan.cite(.competence, "203", "**Valmennukset** (työnhakuvalmennus, uravalmennus ja työhönvalmennus)"),
                 Plan.cite(.competence, "204", "Työllisyysalueen kunta voi tuottaa valmennuspalveluja myös omana tuotantona ostopalvelun lisäksi."),
                 Plan.annex1(.annex1Purchased, item), Plan.annex1(.annex1Local, localItem)],
                notes: ["Bought centrally by Oulu; the coach refers the client and does the authority work (L204). A member "
                        + "may also coach with its own staff (L204, L339); that is its own cost (L617)."])
    }
}
