// Routing.swift — the per-service rule selection: for each catalog service, which production mode
// of LIITE 1 and which cost principle of LIITE 2 apply, with the passages that say so.

import PluginAPI

/// What is being asked: the same rule answers all three questions, but a cost answer also
/// explains the allocation key of a shared pool.
enum Question { case route, procurement, cost }

/// What a rule may depend on besides the service.
struct RuleContext {
    var question: Question
    /// The client's member municipality; nil for area-level questions (procurement).
    var member: Member?
    var settings: Settings
    var segment: ClientSegment? = nil
    var client = ClientProfile()
    /// The employer's municipality, when the route query names one inside the area.
    var employerLocation: Member? = nil
}

enum Rules {
    /// The Oulu rule for `service`, or a reasoned `not_offered`.
    static func rule(_ service: ServiceID, _ c: RuleContext) throws(DecisionError) -> ServiceRule {
        switch service {
        // Jobseeker services delegated to the municipalities (§2.2.1, L117–163).
        case .tyollistymissuunnitelma:
            if c.client.integrationClient == true { return integrationPlanInsteadOfEmploymentPlan(c) }
            return local(c, [Plan.cite(.delegated, "119-125", "b. Työllistymissuunnitelma"),
                             Plan.annex1(.annex1Local, "Työllistymissuunnitelma")])
        case .tyonhaunTuki:
            return local(c, [Plan.cite(.delegated, "127", "c. Työllistymisen tukeminen ja seuranta"),
                             Plan.annex1(.annex1Local, "Työllistymisen tukeminen ja seuranta")],
                         status: .inferred,
                         notes: ["The catalog's personal job-search support by the own coach is read as the plan's "
                                 + "«Työllistymisen tukeminen ja seuranta» (L127), a delegated local service."])
        case .tyovoimapoliittinenLausunto:
            return local(c, [Plan.cite(.delegated, "131", "Ns. perusmuotoiset lausunnot tuotetaan kunnissa lähipalveluna."),
                             Plan.annex1(.annex1Local, "Työvoimapoliittinen lausunto (perusmuotoiset)")],
                         notes: ["Basic statements are made locally. Statements that need special expertise are made "
                                 + "centrally by the state (L131, L177-181; see erityisasiantuntijalausunto); the plan "
                                 + "does not define which statements need it."])
        case .velvoitetyollistaminen:
            return try employmentObligation(c)
        case .tyonvalitys:
            return local(c, [Plan.cite(.delegated, "135", "f. Työnvälitys"), Plan.annex1(.annex1Local, "Työnvälitys"),
                             Plan.cite(.networks, "423", "Isku-tiimiä koordinoi Oulu")],
                         notes: ["BusinessOulu's Isku team, coordinated by Oulu and made up of the members' coaches and "
                                 + "job coaches, supports job placement across the area (L423)."])
        case .tyokokeilu:
            return local(c, [Plan.cite(.delegated, "137", "g. Työkokeilu"), Plan.annex1(.annex1Local, "Työkokeilu")],
                         notes: ["Work-trial places are also offered in municipal units and by associations (L477, L491)."])
        case .aktivointisuunnitelma:
            var rule = local(c, [Plan.cite(.delegated, "141",
                                           "Asiakkuus on kunnan omavalmentajalla, joka yhdessä asiakkaan ja sosiaalihuollon viranomaisen kanssa laatii aktivointisuunnitelman."),
                                 Plan.annex1(.annex1Local, "Aktivointisuunnitelma")],
                             notes: ["Drawn up by the coach together with the client and the social-care authority (L141)."])
            rule.procurement.outcome.partners = [Parties.socialCare]
            return rule
        case .monialainenPalvelu:
            var rule = local(c, [Plan.cite(.delegated, "145",
                                           "Kunnan omavalmentaja, hyvinvointialue ja Kela yhdessä arvioivat asiakkaan monialaisen palvelutarpeen"),
                                 Plan.cite(.multisectoral, "219", "Työllisyysalueella monialaisen palvelun asiakkuus on kunnan omavalmentajalla."),
                                 Plan.annex1(.annex1Local, "Monialainen työllistymissuunnitelma")],
                             notes: ["Multi-sectoral joint service: the coach, the wellbeing services county Pohde and Kela "
                                     + "assess and plan together (L145, L223-227); the case stays with the coach (L219)."])
            rule.procurement.outcome.partners = [Parties.pohde, Parties.kela]
            return rule
        case .nuortenPalvelut:
            return youthService(c)
        case .tyokykyarvio:
            return local(c, [Plan.cite(.delegated, "157", "Kunnan omavalmentaja antaa todistuksen työllistyvälle"),
                             Plan.cite(.delegated, "159", "Tarvittaessa konsultointi keskitettävästä palvelusta."),
                             Plan.annex1(.annex1Local, "Työkykyyn liittyvä todistus työnhakijalle")],
                         notes: ["The coach issues the work-ability certificate on a doctor's statement, consulting the "
                                 + "central service if needed (L157-159). Work-ability examinations are purchased expert "
                                 + "assessments (asiantuntija_arviointi, L210); Kela and the area agree on work-ability "
                                 + "assessment practice (L226)."])

        // Services of the wellbeing county, the state and the Turku area.
        case .kuntouttavaTyotoiminta:
            return compose(.wellbeingCounty(c.member), .wellbeingCounty(c.settings.wellbeingCountyCost), c,
                           [Plan.cite(.delegated, "163", "Kuntouttavan työtoiminnan järjestää hyvinvointialue."),
                            Plan.annex1(.annex1Local, "Kuntouttava työtoiminta")],
                           notes: ["Organised by the wellbeing county on the basis of the activation plan the coach and "
                                   + "the social-care authority draw up; the jobseeker's case stays with the coach (L163). "
                                   + "LIITE 1 lists it among the local services: the referral and the case are local."])
        case .tyottomienTerveystarkastus:
            return compose(.wellbeingCounty(c.member), .wellbeingCounty(c.settings.wellbeingCountyCost), c,
                           [Plan.cite(.delegated, "153", "Työttömien terveystarkastuspalvelun tuottaa hyvinvointialue."),
                            Plan.annex1(.annex1Local, "Työttömien terveys tarkastus")],
                           notes: ["Produced by the wellbeing county; the client goes on their own, referred by the "
                                   + "coach (obligatory or voluntary) or by another authority or provider (L153). "
                                   + "LIITE 1 lists it among the local services: the referral is local."])
        case .erityisasiantuntijalausunto:
            return compose(.state(c.member), .stateFunded, c,
                           [Plan.cite(.centralJobFinding, "181", "Tuotetaan keskitetysti niiltä osin kuin vaatii erityisosaamista."),
                            Plan.cite(.delegated, "131", "Valtion toimesta tuotetaan keskitetysti lausunnot, jotka vaativat erityisosaamista.")],
                           status: .inferred,
                           notes: ["The catalog's specialist statements are read as the labour-policy statements that "
                                   + "need special expertise, which the state makes centrally (L131, L177-181). The plan "
                                   + "does not define the trigger. Statements for start-up grant decisions are purchased "
                                   + "(L317); statements on self-motivated study are made centrally in Oulu (L195)."])
        case .merityonvalitys:
            return compose(.turku(c.member), .maritime(c.settings.maritimeRecharge), c, [])

        // Centralised own production in Oulu (§2.2.2, §2.2.3, §2.2.6, §2.4, §2.6.3).
        case .palkkatuki:
            return centralized(c, .causerPays([("Palkkatukipäätökset ja maksatus", 645)]),
                               [Plan.cite(.employers, "304-307", "b. Palkkatukipäätökset"),
                                Plan.cite(.payments, "367", "Palkkatukipäätökset ja palkkatuen maksatus;"),
                                Plan.annex1(.annex1Centralised, "Palkkatukipäätökset ja maksatus")],
                               notes: ["Pay-subsidy decisions and payments are made centrally in Oulu (L307, L367). "
                                       + "Pay-subsidised places are also offered in municipal units and by associations (L477, L491)."])
        case .starttiraha:
            return centralized(c, .causerPays([("Starttirahapäätökset ja maksatus", 646)]),
                               [Plan.cite(.payments, "368", "Starttirahapäätökset ja starttirahan maksatus;"),
                                Plan.annex1(.annex1Centralised, "Starttirahapäätökset ja maksatus"),
                                Plan.cite(.employers, "317", "Starttirahapäätöksen tekemiseksi tarvittavat lausunnot"),
                                Plan.annex2(.annex2Purchased, "Starttirahalaisunnat")],
                               notes: ["Decisions and payments are centralised in Oulu (L368). The statements the decision "
                                       + "needs are purchased (L317) and split «VOS-PERIAATTEILLA» in the shared pool (L640)."])
        case .tyoolosuhteidenJarjestelytuki:
            return arrangementSubsidy(c)
        case .kulukorvaus:
            return centralized(c, .causerPays([("Harkinnanvarainen kulukorvaus palveluun osallistumisesta", 647),
                                               ("Matka- ja yöpymiskustannusten korvaus", 648)]),
                               [Plan.cite(.payments, "369", "Harkinnanvarainen kulukorvaus palveluun osallistumisesta; sekä"),
                                Plan.cite(.payments, "370", "Matka- ja yöpymiskustannusten korvaus."),
                                Plan.annex1(.annex1Centralised, "Harkinnanvarainen kulukorvaus palveluun osallistumisesta")],
                               notes: ["Covers the discretionary expense compensation and the travel and accommodation "
                                       + "compensation, both paid centrally by Oulu (L369-370). The expense allowance of an "
                                       + "unemployment-benefit recipient is paid by Kela or the fund with the benefit and is "
                                       + "state-funded (Laki 1290/2002 14:3 e §), outside this rule."])
        case .eures:
            return centralized(c, .stateSharePrinciple(.annex2OwnProduction, "EURES-palvelut"),
                               [Plan.cite(.centralJobFinding, "169-171", "Kunnan omavalmentaja ohjaa asiakkaan keskitettyyn palveluun."),
                                Plan.cite(.employers, "308", "c. EURES-verkoston palvelut, kansainvälinen rekrytointi"),
                                Plan.annex1(.annex1Centralised, "EURES-palvelut")],
                               notes: ["Job search in another EU country and the transfer of unemployment benefit to another "
                                       + "EU country are centralised too (L169-175); the coach refers the client. KEHA-keskus "
                                       + "provides national EURES services (L529)."])
        case .muutosturva:
            return centralized(c, .stateSharePrinciple(.annex2OwnProduction, "Muostosurva"),
                               [Plan.cite(.employers, "311", "f. Lakisääteinen muutosturvaprosessi"),
                                Plan.cite(.employers, "312", "Vastuukunta huolehtii lakisääteisen prosessin toteutumisesta tiiviissä yhteistyössä kuntien työllisyys- ja elinkeinopalveluiden kanssa."),
                                Plan.annex1(.annex1Centralised, "Muutos turva")],
                               notes: ["Oulu runs the statutory change-security process with the members' employment and "
                                       + "business services (L311-312). Change-security training is purchased (L212) as a "
                                       + "joint-purchase training (L318)."])
        case .ammatinvalintaJaUraohjaus:
            return careerGuidance(c)
        case .omaehtoinenOpiskelu:
            return selfMotivatedStudy(c)
        case .kotoutumissuunnitelma:
            return integrationPlan(c)

        // Employer services, channels and advice (§2.1, §2.4).
        case .tyonantajapalvelut:
            return employerServices(c)
        case .tyonantajapuhelin:
            var production = Production.centralized(c.member)
            production.provider = Parties.businessOulu
            production.channels = [.phone]
            production.locations = []
            return compose(production, .stateSharePrinciple(.annex2OwnProduction, "Neuvontapalvelut"), c,
                           [Plan.cite(.advice, "107", "tulee korvaamaan valtakunnallisen henkilöasiakkaan puhelinpalvelun sekä paikallisen työnantajapuhelinpalvelun"),
                            Plan.cite(.employers, "298", "(keskitettynä yhteinen palvelunumero työnantajille)"),
                            Plan.annex1(.annex1Centralised, "Yritys- ja työnantajaneuvonta")],
                           status: .inferred,
                           notes: ["The area's central phone service (BusinessOulu) replaces the local employers' phone "
                                   + "line (L107); employers have one common service number (L298). The plan gives no "
                                   + "number. Its cost is read as LIITE 2's «Neuvontapalvelut» (L640)."])
        case .neuvonta:
            return advice(c)

        // Central purchases by Oulu (§2.2.3, §2.2.6, §2.4).
        case .tyonhakuvalmennus:
            return coaching(c, "Työnhakuvalmennus", local: "Työnhakuvalmennus (saatavilla myös keskitetty ostopalvelu)")
        case .uravalmennus:
            return coaching(c, "Uravalmennus",
                            local: "Uravalmennus (osana omavalmentajan työtä tai ostopalveluna; saatavilla myös keskitetty ostopalvelu)")
        case .koulutuskokeilu:
            return trainingTrial(c)
        case .tyovoimakoulutus:
            return purchased(c, "Työvoimakoulutus työnhakijalle",
                             [Plan.cite(.competence, "207", "**Työvoimakoulutukset**"),
                              Plan.cite(.competence, "208", "Keskitetään opiskelijavalinta"),
                              Plan.cite(.competence, "208", "työvoimakoulutuksen aikana asiakkuus säilyy kunnan omavalmentajalla")],
                             notes: ["Student selection, recording decisions, statements, interruptions, feedback and the "
                                     + "closing statement are centralised in Oulu; the coach refers the client and keeps "
                                     + "the case (L208). Own production through the municipally owned OSAO and OAMK is "
                                     + "possible later (L209)."])
        case .yhteishankintakoulutus:
            var rule = purchased(c, "Yhteishankintakoulutus",
                                 [Plan.cite(.employers, "318", "c. Yhteishankintakoulutukset (mm. työvoimakoulutukset, rekrytointikoulutukset, muutosturvakoulutukset).")],
                                 status: .inferred,
                                 notes: ["Joint-purchase trainings (e.g. Rekry, Täsmä, Muutos; L207, L318) are bought by Oulu "
                                         + "together with the employer, who by law takes part in the cost (Laki 380/2023 62 §); "
                                         + "the plan gives no shares. The model joint_procurement is inferred: the plan names none."])
            rule.procurement.outcome = OuluProcurement.jointPurchaseWithEmployer
            return rule
        case .asiantuntijaArviointi:
            return purchased(c, "Asiantuntija-arviointi",
                             [Plan.cite(.competence, "210", "**Asiantuntija-arvioinnit** (osaamis- ja ammattitaitokartoitukset"),
                              Plan.cite(.competence, "211", "Asiantuntija-arviointeihin ohjautumisen arvioiminen keskitetään niiltä osin kuin se vaatii erityisosaamista; muutoin kunnan omavalmentaja ohjaa.")],
                             cost: .stateSharePrinciple(.annex2Purchased, "Asiantuntijaarviointi"),
                             notes: ["Skills surveys, work-ability examinations, entrepreneur-readiness assessments and "
                                     + "integration initial assessments (L210). Where special expertise is needed the referral "
                                     + "is assessed centrally, otherwise the coach refers (L211). The language baseline test "
                                     + "of integration clients is bought as an expert service too (L252)."])
        case .kotoutumiskoulutus:
            return purchased(c, "Kotoutumiskoulutus",
                             [Plan.cite(.integration, "245", "Vastuukunta hankkii ostopalveluna työllisyysalueelle seuraavat palvelut:"),
                              Plan.cite(.integration, "247", "**Työvoimakoulutuksena toteutettavat kotoutumiskoulutukset.**"),
                              Plan.cite(.competence, "207", "ei kuitenkaan luku- ja kirjoitustaidon opetus")],
                             cost: .stateSharePrinciple(.annex2Purchased, "Kotoutumiskoulutus", pool: .integrationTraining),
                             notes: ["Integration training is bought by Oulu as labour-market training; literacy teaching is "
                                     + "excluded (L207, L247). Tenders offer distance learning for long distances (L335); "
                                     + "multilingual society orientation is bought as well (L248)."])
        case .yritysneuvonta:
            return purchased(c, "Yrittäjäkoulutus",
                             [Plan.cite(.employers, "316", "a. Alkavan yrityksen valmennus- ja koulutuspalvelut (ml. yrittäjyyskoulutus)")],
                             notes: ["Start-up coaching and training are purchased (L316). General start-up information is "
                                     + "also part of the local employer advice (L296) and the state's Yrittäjä-Suomi service "
                                     + "(L109); Uusyrityskeskus serves at BusinessAsema (L469)."])
        case .vosKoulutus:
            throw .notOffered(
                service: service,
                reason: "the Oulu plan names no OKM-funded (VOS) training that the area selects students for or administers; "
                    + "'VOS' in LIITE 2 is the cost-split principle, not a kind of training. Labour-market training is "
                    + "purchased by Oulu (tyovoimakoulutus); own production through OSAO and OAMK is only a possibility (L209)",
                basis: [Plan.cite(.competence, "209", "Työvoimakoulutusta voidaan mahdollisesti hankkia jatkossa myös omana tuotantona oppilaitosten (OSAO, OAMK) kuntaomistusten myötä."),
                        Plan.vosPrinciple])
        default:
            throw .notOffered(service: service, reason: "the Oulu plan has no rule for '\(service)', which is not a catalog service",
                              basis: [Plan.productionModes])
        }
    }

    // MARK: - The production modes with their usual cost principle

    private static func local(_ c: RuleContext, _ basis: [Citation], status: DecisionStatus = .explicit,
                              notes: [LocalizedText] = []) -> ServiceRule {
        compose(.local(c.member), .ownMunicipality, c, basis, status: status, notes: notes)
    }

    private static func centralized(_ c: RuleContext, _ cost: CostTerms, _ basis: [Citation],
                                    status: DecisionStatus = .explicit, notes: [LocalizedText] = []) -> ServiceRule {
        compose(.centralized(c.member), cost, c, basis, status: status, notes: notes)
    }

    /// A central purchase; unless told otherwise its cost is LIITE 2's purchase line of the same name.
    private static func purchased(_ c: RuleContext, _ item: String, _ basis: [Citation], cost: CostTerms? = nil,
                                  status: DecisionStatus = .explicit, notes: [LocalizedText] = []) -> ServiceRule {
        compose(.purchased(c.member, item), cost ?? .stateSharePrinciple(.annex2Purchased, item), c,
                basis + [Plan.annex1(.annex1Purchased, item)], status: status, notes: notes)
    }

    /// Joins the two halves of a rule; a cost answer on a shared pool also explains the key.
    static func compose(_ production: Production, _ cost: CostTerms, _ c: RuleContext, _ basis: [Citation],
                        status: DecisionStatus = .explicit, notes: [LocalizedText] = []) -> ServiceRule {
        let routing = Grounds(basis, status, notes: notes).adding(production.basis, notes: production.notes)
        let bearer: BearerRule
        switch (cost.principle, cost.payer) {
        case (.sharedByKey, _):
            let key = AllocationKeys.costDetails(cost.pool ?? .sharedServices, settings: c.settings)
            bearer = .membersByKey(PoolKey(pool: (cost.pool ?? .sharedServices).rawValue,
                                           key: AllocationKeySummary(factors: c.settings.key(cost.pool ?? .sharedServices).value),
                                           grounds: Grounds(key.basis, key.status, notes: key.notes)))
        case (.stateFunded, .authority(let body)): bearer = .state(body: body)
        case (_, .authority(let body)): bearer = .caseByCase(parties: [body])
        default: bearer = .clientMunicipality
        }
        return ServiceRule(
            route: RouteFacts(delivery: production.delivery, provider: production.provider, caseOwner: production.caseOwner,
                              locations: production.locations, channels: production.channels, grounds: routing),
            procurement: ProcurementTerms(production.procurement, grounds: routing),
            cost: PluginAPI.CostTerms(principle: cost.principle, payer: cost.payer, bearer: bearer, billing: cost.billing,
                                      grounds: Grounds(cost.basis, cost.status, notes: cost.notes)))
    }
}

extension OuluPlugin {
    /// `route`: the rule for the client's municipality, adjusted for what the query says about the client.
    func routingDecision(for query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try declaration.requireInEffect(on: query.date)
        let member = try Membership.member(query.municipality)
        let context = RuleContext(question: .route, member: member, settings: try settings(on: query.date),
                                  segment: query.segment, client: query.client,
                                  employerLocation: query.employer.flatMap { Membership.member(code: $0.location.code) })
        var rule = Rules.immigrantClients(try Rules.rule(query.service, context), context)
        // A local service another member produces (an employer's municipality) is that member's own cost (L617).
        if rule.cost.principle == .ownMunicipality, let producer = rule.route.provider.municipality, producer != query.municipality {
            rule.cost.payer = .member(producer)
            rule.cost.bearer = .member(producer)
        }
        return declaration.routingDecision(query, rule)
    }
}

extension Rules {
    /// Immigrant clients outside the centralised services are their own municipality's clients (L267).
    static func immigrantClients(_ rule: ServiceRule, _ c: RuleContext) -> ServiceRule {
        let immigrant = c.segment == .immigrant || c.client.foreignLanguage == true || c.client.integrationClient == true
        guard immigrant, rule.route.delivery == .local else { return rule }
        var rule = rule
        rule.route.grounds = rule.route.grounds.adding( [Plan.cite(.integration, "267", "Sopimuskunnat vastaavat muiden kuin keskitettyjen palveluiden piiriin kuuluvien maahanmuuttaja-asiakkaiden työvoimapalveluista.")],
                           notes: ["An immigrant client outside the centralised integration services is served by their own "
                                   + "municipality like any jobseeker (L267); foreign-language clients can also walk in at "
                                   + "International House Oulu (L459)."])
        return rule
    }
}
