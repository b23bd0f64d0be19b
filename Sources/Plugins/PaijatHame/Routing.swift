// Routing.swift — the Päijät-Häme route of every catalog service: the base rule per service
// (`RouteRules.base`, one `case` per service) and the `route` answer that refines it for the query.

import PluginAPI

/// Answers `route`: the base rule of the service, refined by the employer's location, the training
/// asked about and the client's target group, in that order.
struct Routing: Sendable {
    let declaration: RegionDeclaration
    let parameters: Parameters

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try declaration.requireInEffect(on: query.date)
        try declaration.requireMember(query.municipality)
        let place = EmployerRouting.servedPlace(query)
        var parts = try ServiceRules(parameters: parameters)
            .parts(for: query.service, at: declaration.member(place.code), on: query.date)
        parts.route = EmployerRouting.refined(parts.route, for: query)
        parts.route = try TrainingRouting(parameters: parameters).refined(parts.route, for: query)
        parts.route = try ClientPaths(parameters: parameters).refined(parts.route, for: query)
        return declaration.routingDecision(query, parts.routingRule)
    }
}

/// The ways the area reaches clients (plan §5 line 490).
enum Channels {
    static let hybrid: [Channel] = [.inPerson, .video, .phone, .online]
}

/// The base route of each service, before the query's employer, training and client are considered.
struct RouteRules: Sendable {
    let parameters: Parameters

    func base(_ service: ServiceID, at municipality: MunicipalityRef?, on date: EffectiveDate) throws(DecisionError) -> RoutePart {
        switch service {
        case .tyollistymissuunnitelma:
            return local(at: municipality, [Passage.employmentProcess, Passage.localProcessMeetings, Passage.hybridChannels],
                         notes: ["The first interview, the job-search conversations and the employment plan are held locally in every member municipality, by appointment; video, phone and online services are also used (plan §5)."])
        case .tyonhaunTuki:
            return local(at: municipality, [Passage.ownProduction, Passage.teams, Passage.meetingsByNeed, Passage.memberOwnStaff],
                         notes: ["The client's own expert in the area's person-client team gives the support; the team model aims at about 150 clients per expert (plan §3.3).",
                                 "A member may add its own authority staff or act as a pair (vastinpari) to the area's expert; those agreements were to be made in 2024 and are not in the documents (plan §4 line 366)."])
        case .tyonhakuvalmennus, .uravalmennus:
            return purchased(Parties.purchasedProvider, [Passage.coaching, Passage.purchasedServices],
                             notes: ["Coaching is bought from providers (plan §4.1); the client's own expert keeps the case."])
        case .asiantuntijaArviointi:
            return purchased(Parties.purchasedProvider, [Passage.careerGuidance, Passage.purchasedServices],
                             notes: ["Expert assessments are bought from providers (plan §4.1); the client's own expert orders them and keeps the case."])
        case .ammatinvalintaJaUraohjaus:
            return area(.centralized, channels: Channels.hybrid, [Passage.careerGuidance, Passage.specialistTasks], status: .inferred,
                        notes: ["Career guidance moved to the area (plan §4 table). It is given by the area's own specialists for the whole area; the plan wants specialised expert tasks done in province-wide cooperation (plan §4 line 368), so it may be shared with Lahti — not settled in the documents."])
        case .tyokokeilu:
            return local(at: municipality, [Passage.trialsTrainingSubsidies, Passage.padasjokiModel, Passage.rehabilitationPath],
                         notes: ["The area agrees the work trial. Trials are also held in municipal units, as in the Padasjoki and Hollola way of assessing work ability (plan §4.2.1)."])
        case .koulutuskokeilu:
            return RoutePart(delivery: .educationProvider, provider: Parties.educationProvider, caseOwner: CaseOwner.areaExpert,
                             channels: [.inPerson], basis: [Passage.trialsTrainingSubsidies, Passage.educationTrials], status: .inferred,
                             notes: ["The area arranges the training trial with an education provider, where it takes place (plan §4.2)."])
        case .palkkatuki:
            return area(.centralized, channels: [.inPerson, .phone, .online],
                        [Passage.trialsTrainingSubsidies, Passage.paySubsidyPolicies, Passage.paySubsidyEndorsement, Passage.employerStaffLocal],
                        notes: ["The area decides and pays the pay subsidy. The province's two authorities aim at common pay-subsidy policies: targeting, duration, and the skills gaps that justify endorsing pay subsidy in the employment plan (annex 2).",
                                "Employers are met by the area's employer-services staff, who go out to every member municipality (plan §3.3)."])
        case .starttiraha:
            return area(.centralized, channels: [.inPerson, .phone, .online],
                        [Passage.startupGrant, Passage.startupGrantCriteria, Passage.ladecOpinion],
                        notes: ["The area decides and pays the start-up grant on criteria common to the province, agreed with Lahti; when needed an opinion is asked from LADEC Oy's experts (annex 2)."])
        case .tyoolosuhteidenJarjestelytuki:
            return area(.centralized, channels: [.inPerson, .phone, .online], [Passage.workArrangementSubsidy, Passage.employerStaffLocal],
                        notes: ["The work-arrangement subsidy moved to the area with the other employer services (plan §4 table)."])
        case .tyovoimakoulutus:
            return purchased(Parties.educationProvider,
                             [Passage.trialsTrainingSubsidies, Passage.purchasedServices, Passage.trainingsIndependent,
                              Passage.selectionPriority, Passage.selectionEndorsement],
                             notes: ["The area procures its own labour-market training offer independently of Lahti (annex 1).",
                                     "Selection favours jobseekers without vocational education and applicants moving quickly into work; an applicant should have an endorsement in the employment plan (annex 3).",
                                     "Lahti's trainings may also take the area's clients when the employment plan endorses the training (annex 1 line 7); pass training.provider \"Lahti\" for that route."])
        case .yhteishankintakoulutus:
            return RoutePart(delivery: .purchased, provider: Parties.educationProvider, caseOwner: CaseOwner.employerServices,
                             channels: [.inPerson], locations: servicePoint(municipality).map { [$0.location] } ?? [],
                             basis: [Passage.jointPurchaseTrainings, Passage.trainingsIndependent, Passage.jointPurchaseTrainingInPlan, Passage.freeOfCharge], status: .explicit,
                             notes: ["Each authority runs its own joint-purchase trainings (annex 1 line 7); the plan had presented them as part of the employer cooperation with Lahti (plan §4 line 370). The annex, the later agreement text, is followed.",
                                     "The only person-client service that is not free of charge: the employer co-funds it (plan §4 line 351)."])
        case .omaehtoinenOpiskelu:
            return area(.centralized, channels: Channels.hybrid, [Passage.trialsTrainingSubsidies, Passage.educationProviders],
                        notes: ["The area decides on supporting self-motivated study with unemployment benefit; the studies take place at an education provider (plan §6)."])
        case .vosKoulutus:
            return RoutePart(delivery: .educationProvider, provider: Parties.salpaus, caseOwner: CaseOwner.areaExpert,
                             channels: [.inPerson], basis: [Passage.vosJointBody, Passage.vosSplit, Passage.vosSelection], status: .explicit,
                             notes: ["Who selects depends on the field: the area runs Salpaus's service fields (TUVA, Liiketalous, Sosiaali- ja terveys, Elintarvike, Ravintola), Lahti the technical fields (Teollisuus, Kone- ja tuotantotekniikka, Rakennus, Logistiikka, Kiinteistöhoito+puhtaus) (annex 3). Pass training.field for the answer for one field."])
        case .kotoutumissuunnitelma:
            return try integrationPlan(at: municipality, on: date)
        case .kotoutumiskoulutus:
            return purchased(Parties.educationProvider,
                             [Passage.trialsTrainingSubsidies, Passage.purchasedServices, Passage.integrationTrainingProcurement],
                             notes: ["Integration training is bought, in cooperation with Lahti in the procurement (plan §2.1 line 188)."])
        case .monialainenPalvelu:
            return local(at: municipality, delivery: .joint,
                         provider: Party(name: "Päijät-Hämeen työllisyysalue, Päijät-Sote ja Kela (yhteiset lähitapaamiset)"),
                         [Passage.multisectoralModel, Passage.jointLocalMeetings, Passage.multisectoralStaff,
                          Passage.kelaInJointService, Passage.tymAgreement],
                         notes: ["Multi-sectoral meetings are held locally and jointly by the area, the wellbeing area (Päijät-Sote) and Kela (plan §5); some of the area's experts, such as work-ability coordinators, specialise in it (plan §3.3).",
                                 "The details are in the province's TYM agreement, which is not among the documents (annex 5)."])
        case .aktivointisuunnitelma:
            return local(at: municipality, delivery: .joint, provider: Party(name: "Päijät-Hämeen työllisyysalue ja Päijät-Soten sosiaalipalvelut"),
                         [Passage.activationPlan, Passage.activationMeetings], status: .inferred,
                         notes: ["The activation plan moved to the area (plan §4 table); it is made together with social services, with whom the authorities meet regularly on activation practices (annex 5, tentatively from spring 2025)."])
        case .kuntouttavaTyotoiminta:
            return RoutePart(delivery: .wellbeingCounty, provider: Parties.wellbeingArea, caseOwner: Parties.wellbeingArea.name,
                             channels: [.inPerson], basis: [Passage.rehabilitationPath, Passage.wellbeingAreaRole], status: .inferred,
                             notes: ["Rehabilitative work activity is the wellbeing area's service; the plan's client path leads from it to a work trial with the area (plan §4.2)."])
        case .tyottomienTerveystarkastus:
            return RoutePart(delivery: .wellbeingCounty, provider: Parties.wellbeingArea, caseOwner: CaseOwner.areaExpert,
                             channels: [.inPerson], basis: [Passage.healthCheck, Passage.unemployedNurse, Passage.healthCheckReferrals],
                             status: .inferred,
                             notes: ["The area refers the client to Päijät-Sote's nurse for the unemployed (plan §4.2.1); each employment authority agrees the referral practice in its own area (annex 5)."])
        case .tyokykyarvio:
            return local(at: municipality, [Passage.workAbilityCoordinator, Passage.workAbilityCoordinators, Passage.padasjokiModel, Passage.hollolaModel],
                         caseOwner: CaseOwner.workAbilityCoordinator,
                         notes: ["The area's work-ability coordinator assesses work ability, e.g. through a work trial in municipal units with a fitness test and a summary for the doctor (the Padasjoki and Hollola model, plan §4.2.1)."])
        case .tyovoimapoliittinenLausunto:
            return area(.centralized, channels: [], [Passage.decisionsAndStatements, Passage.authorityUnderLead, Passage.stateUnemploymentSecurity],
                        notes: ["Labour-policy statements are the area's official task under Hollola; the demanding expert statements on unemployment security and national unemployment-security advice stay with the state (plan §4 table)."])
        case .velvoitetyollistaminen:
            return area(.centralized, channels: [.inPerson, .phone], [Passage.employmentObligation, Passage.authorityUnderLead],
                        notes: ["The employment obligation moved to the area (plan §4 table); how the members share the employing is not in the documents."])
        case .tyonvalitys:
            return local(at: municipality, [Passage.placementHeading, Passage.jointEmployerTeam, Passage.matchingDataAccess],
                         notes: ["The area's experts and the joint employer team with Lahti match jobseekers and vacancies; the employer-cooperation experts of both authorities may view and edit each other's company and person registers for matching (annex 2)."])
        case .tyonantajapalvelut:
            return RoutePart(delivery: .joint, provider: Parties.jointEmployerTeam, caseOwner: CaseOwner.employerServices,
                             channels: [.inPerson, .phone, .online], locations: servicePoint(municipality).map { [$0.location] } ?? [],
                             basis: [Passage.employerServicesWithLahti, Passage.employerPartners, Passage.jointEmployerTeam,
                                     Passage.oneStop, Passage.loiOneStop, Passage.employerStaffLocal], status: .explicit,
                             notes: ["Employer services are produced jointly with Lahti and the development companies, one-stop, regardless of municipal borders; the area's staff go out to every member municipality (plan §2.1, §3.3, §4.3).",
                                     "Recruitment events are joint, under a common brand; their costs are split between the two areas by an agreed key that the documents do not give (annex 4)."])
        case .tyonantajapuhelin:
            return RoutePart(delivery: .joint, provider: Lahti.party,
                             caseOwner: "Päijät-Hämeen työllisyysalue, kun puhelu siirretään yrityksen sijaintikunnan perusteella",
                             channels: [.phone], basis: [Passage.employerPhone], status: .explicit,
                             notes: ["Lahti answers the joint employer phone number and, when needed, transfers the call to the area by the company's location municipality (annex 2). The number itself is not in the documents."])
        case .yritysneuvonta:
            return businessAdvice(at: municipality)
        case .muutosturva:
            return RoutePart(delivery: .centralized, provider: Parties.area, caseOwner: CaseOwner.changeSecurity,
                             channels: [.inPerson, .phone, .online],
                             basis: [Passage.changeSecurityServices, Passage.changeSecurityCoordinators, Passage.changeSecurityFreeAdvice,
                                     Passage.changeSecurityChatbot, Passage.changeSecurityWithLahti, Passage.stateStructuralChange, Passage.elyStructuralChange],
                             status: .explicit,
                             notes: ["A few of the area's change-security coordinators run the service with a supra-regional coordination group; advice is free for employers and persons, and the ChatBot Tarmo is used via Työmarkkinatori (plan §8).",
                                     "Sudden structural change (ÄRM) coordination stays with the state: Hämeen ELY-keskus (plan §4 table, §6)."])
        case .eures:
            return RoutePart(delivery: .joint, provider: Party(name: "Päijät-Hämeen työllisyysalue yhteistyössä Lahden kaupungin kanssa"),
                             caseOwner: CaseOwner.areaExpert, channels: Channels.hybrid,
                             basis: [Passage.euresForJobseekers, Passage.euresCooperation, Passage.euresSharedCompetence,
                                     Passage.loiSpecialCompetence, Passage.stateEures], status: .inferred,
                             notes: ["EURES service for jobseekers moved to the area; the scarce EURES competence is secured in cooperation with Lahti and the other Häme areas (plan §2.1, §3.4; letter of intent §3).",
                                     "Supra-regional and national EURES and Work in Finland tasks stay with the state (plan §4 table)."])
        case .nuortenPalvelut:
            return local(at: municipality, [Passage.youthOneStop, Passage.youthServices, Passage.youthLowThreshold],
                         notes: ["Young people are served by the area's own teams with pair work in the municipalities, outreach youth work, youth workshops, multi-sectoral cooperation with the wellbeing area, and low-threshold purchased services (plan §4.2); an Ohjaamo-type one-stop youth service moved to the area (plan §4 table)."])
        case .erityisasiantuntijalausunto:
            return RoutePart(delivery: .state, provider: Parties.state, caseOwner: CaseOwner.areaExpert, channels: [],
                             basis: [Passage.stateUnemploymentSecurity], status: .inferred,
                             notes: ["Read as the demanding expert statements on unemployment security, which the plan leaves with the state without naming the state body (plan §4 table).",
                                     "If the service means the statements of specialists such as doctors or psychologists on a client's work ability, those moved to the area with the expert assessments (see asiantuntija_arviointi)."])
        case .kulukorvaus:
            return area(.centralized, channels: [.online, .phone], [Passage.expenseCompensation, Passage.clientSpecificCosts],
                        notes: ["The area decides and pays expense compensation; it is a client-specific cost of the client's home authority even when the other authority runs the service (annex 1 line 9)."])
        case .neuvonta:
            return local(at: municipality, [Passage.adviceServices, Passage.remoteServices, Passage.website, Passage.nationalCustomerService],
                         notes: ["Information, advice and guidance at the local service points, by phone and video and through online self-service; a joint provincial website is planned (plan §2.1, §3.2, §5).",
                                 "National-level advice is produced by the state's TE customer service centre (plan §6)."])
        case .merityonvalitys:
            throw .notOffered(service: service,
                              reason: "the Päijät-Häme documents do not mention maritime job placement, neither among the services moving to the area nor among the state's tasks",
                              basis: [Passage.transferTable])
        default:
            throw .notOffered(service: service, reason: "not a catalog service the Päijät-Häme area has a rule for",
                              basis: [Passage.transferTable])
        }
    }

    // MARK: Builders for the common shapes

    /// A service the area gives at the client's service point, by appointment (plan §5).
    private func local(at municipality: MunicipalityRef?, delivery: Delivery = .local, provider: Party = Parties.area,
                       _ basis: [Citation], status: DecisionStatus = .explicit, caseOwner: String = CaseOwner.areaExpert,
                       notes: [LocalizedText]) -> RoutePart {
        let point = servicePoint(municipality)
        return RoutePart(delivery: delivery, provider: provider, caseOwner: caseOwner, channels: Channels.hybrid,
                         locations: point.map { [$0.location] } ?? [],
                         basis: basis + [Passage.servicePoints, Passage.preliminaryAddresses, Passage.mobileOrFixed] + (point.map { [$0.basis] } ?? []),
                         status: status,
                         notes: notes + ["The address is preliminary (plan of 25.9.2023); the service may also come as a mobile 'palvelutori' in premises the municipality provides (plan §5 line 492)."])
    }

    /// A service the area itself gives for the whole area (decisions, payments, specialists).
    private func area(_ delivery: Delivery, channels: [Channel], _ basis: [Citation], status: DecisionStatus = .explicit,
                      notes: [LocalizedText]) -> RoutePart {
        RoutePart(delivery: delivery, provider: Parties.area, caseOwner: CaseOwner.areaExpert, channels: channels,
                  basis: basis, status: status, notes: notes)
    }

    /// A service bought from a provider while the area's expert keeps the case.
    private func purchased(_ provider: Party, _ basis: [Citation], notes: [LocalizedText]) -> RoutePart {
        RoutePart(delivery: .purchased, provider: provider, caseOwner: CaseOwner.areaExpert, channels: [.inPerson],
                  basis: basis, status: .explicit, notes: notes)
    }

    private func servicePoint(_ municipality: MunicipalityRef?) -> ServicePoint? {
        municipality.flatMap { ServicePoints.of($0.code) }
    }

    /// LADEC Oy for its owner municipalities, ProAgria where it operates (plan §6 line 569); the
    /// plan names where each operates, so reading it as "who advises whom" is an inference.
    private func businessAdvice(at municipality: MunicipalityRef?) -> RoutePart {
        let common = [Passage.businessServiceProvincial, Passage.startupServices]
        guard let municipality, let advisor = BusinessAdvisors.of(municipality.code) else {
            return RoutePart(delivery: .partner, provider: Party(name: "LADEC Oy tai ProAgria (kunnan mukaan)"), caseOwner: CaseOwner.areaExpert,
                             channels: Channels.hybrid, basis: common + [Passage.ladecOwners, Passage.proAgriaMunicipalities], status: .inferred,
                             notes: ["LADEC Oy advises in Hollola, Asikkala, Hartola, Iitti, Orimattila and Padasjoki, ProAgria in Heinola, Kärkölä and Sysmä (plan §6)."])
        }
        return RoutePart(delivery: .partner, provider: advisor.party, caseOwner: CaseOwner.areaExpert, channels: Channels.hybrid,
                         basis: common + [advisor.basis], status: .inferred,
                         notes: ["Business advice for new entrepreneurs comes from the regional development company working in \(municipality.name): \(advisor.party.name) (plan §6 line 569); the area's start-up services are coordinated with it so they do not overlap (plan §2.1).",
                                 "The start-up grant itself is decided by the area (see starttiraha)."])
    }

    /// The split of integration services with Lahti is open (plan §2.1 line 188): a parameter decides.
    private func integrationPlan(at municipality: MunicipalityRef?, on date: EffectiveDate) throws(DecisionError) -> RoutePart {
        let setting = try parameters.read(ParameterSpecs.integrationPlanDelivery, on: date)
        let readings = "The plan takes the pilot model, in which Lahti produced integration services centrally, as the basis for the split between the areas, and lists local services, pair work and delivery in cooperation with Lahti for immigrants; the split itself is still open (plan §2.1 line 188, §4.2)."
        switch setting.value {
        case .localWithLahtiCooperation:
            return local(at: municipality, [Passage.integrationServices, Passage.immigrantServices, Passage.integrationWiderGroup,
                                            Passage.integrationPilotAsBasis],
                         status: setting.status, notes: [LocalizedText(verbatim: readings), setting.note])
        case .lahtiCentralized:
            return RoutePart(delivery: .otherAuthority, provider: Lahti.party, caseOwner: Lahti.name, channels: Channels.hybrid,
                             basis: [Passage.integrationServices, Passage.integrationPilot, Passage.integrationPilotAsBasis],
                             status: setting.status, notes: [LocalizedText(verbatim: readings), setting.note])
        }
    }
}
