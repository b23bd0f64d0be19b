// Procurement.swift — how the area procures each catalog service: own production, the dynamic
// purchasing ring founded by Lahti, joint procurement with Lahti, grants, or another body's service.

import PluginAPI

struct ProcurementRules: Sendable {
    let parameters: Parameters

    /// The categories of the ring's provider register (plan §4.1.1 lines 403–407, «vähintään kolme luokkaa»).
    static let ringCategories = ["1) Suora työllistyminen", "2) Osaamisen, tiedon ja taidon kasvaminen",
                                 "3) Osallisuuden kasvu ja sosiaalisten riskien minimimoinen"]

    func part(_ service: ServiceID, on date: EffectiveDate) throws(DecisionError) -> ProcurementPart {
        switch service {
        case .tyollistymissuunnitelma, .tyonhaunTuki, .tyokokeilu, .tyonvalitys, .tyokykyarvio, .aktivointisuunnitelma,
             .tyovoimapoliittinenLausunto, .velvoitetyollistaminen, .omaehtoinenOpiskelu, .neuvonta:
            return ownProduction([Passage.ownProduction, Passage.authorityUnderLead], status: .explicit,
                                 notes: ["Person-client services are produced by the area itself under Hollola (plan §4 line 366); the missing per-service annex (plan «Liite 3») may refine this."])
        case .kotoutumissuunnitelma:
            return try integrationPlan(on: date)
        case .ammatinvalintaJaUraohjaus, .koulutuskokeilu:
            return ownProduction([Passage.ownProduction, Passage.specialistTasks], status: .inferred,
                                 notes: ["A person-client service the area produces itself (plan §4 line 366); specialised expert tasks may be shared province-wide (line 368)."])
        case .nuortenPalvelut:
            return ownProduction([Passage.ownProduction, Passage.youthLowThreshold], status: .explicit,
                                 notes: ["The area's own teams serve young people; low-threshold services for them are bought (plan §4.2)."])
        case .monialainenPalvelu:
            return ownProduction([Passage.ownProduction, Passage.jointLocalMeetings, Passage.tymAgreement], status: .inferred,
                                 partners: [Parties.wellbeingArea, Parties.kela],
                                 notes: ["The area's part is its own production; the wellbeing area and Kela each bring their own services to the joint meetings (plan §5, annex 5)."])
        case .muutosturva:
            return ownProduction([Passage.changeSecurityCoordinators, Passage.purchasedServices], status: .inferred,
                                 notes: ["Change-security advice is given by the area's own coordinators (plan §8); change-security trainings are bought (plan §4.1 line 374)."])
        case .eures:
            return ownProduction([Passage.euresCooperation, Passage.euresSharedCompetence], status: .inferred,
                                 partners: [Lahti.party] + Parties.otherHameAreas,
                                 notes: ["EURES is the area's own service, with the scarce competence secured together with Lahti and the other Häme areas (plan §2.1, §3.4)."])
        case .tyonantajapalvelut:
            return ownProduction([Passage.employerPartners, Passage.jointEmployerTeam], status: .inferred,
                                 partners: [Lahti.party, Parties.ladec, Parties.proAgria],
                                 notes: ["Employer services are produced with Lahti's authority and the development companies in a joint team (plan §3.3, §4.3): the area's part is its own staff, nothing is procured."])
        case .tyonhakuvalmennus, .uravalmennus, .tyovoimakoulutus, .asiantuntijaArviointi:
            return purchasingRing(service)
        case .kotoutumiskoulutus:
            return ProcurementPart(outcome: ProcurementOutcome(model: .jointProcurement, procuringAuthority: Parties.procuringAuthority,
                                                               partners: [Lahti.party]),
                                   basis: [Passage.integrationTrainingProcurement, Passage.jointProcurementCostSplit, Passage.planningCosts],
                                   status: .inferred,
                                   notes: ["Integration training is procured in cooperation with Lahti (plan §2.1 line 188), read as a joint procurement: the cost split is agreed case by case, and the procuring authority bears planning and process costs unless agreed otherwise (annex 1)."])
        case .yhteishankintakoulutus:
            return ProcurementPart(outcome: ProcurementOutcome(model: .jointProcurement, procuringAuthority: Parties.procuringAuthority,
                                                               partners: [Party(name: "työnantaja (yhteishankinnan osapuoli)")]),
                                   basis: [Passage.trainingsIndependent, Passage.jointPurchaseTrainings], status: .explicit,
                                   notes: ["A training bought jointly with an employer. Each authority is independently responsible for its own joint-purchase trainings and their processes (annex 1 line 7)."])
        case .tyonantajapuhelin:
            return ProcurementPart(outcome: ProcurementOutcome(model: .purchasedFromOtherAuthority, procuringAuthority: Parties.procuringAuthority,
                                                               partners: [Lahti.party]),
                                   basis: [Passage.employerPhone, Passage.callTransferBilling], status: .inferred,
                                   notes: ["Lahti administers the joint employer number and bills the area for the call transfers (annex 2): the area buys the service from Lahti."])
        case .vosKoulutus:
            return ProcurementPart(outcome: ProcurementOutcome(model: .other, procuringAuthority: Parties.ministryOfEducation,
                                                               partners: [Parties.area, Lahti.party, Parties.salpaus],
                                                               categories: SalpausVOSFields.fields.map(\.name)),
                                   basis: [Passage.vosJointBody, Passage.vosJointBodyMembers, Passage.vosSplit], status: .inferred,
                                   notes: ["Not procured by the area: the ministry's VOS funding pays the provider. A joint body of the area, Lahti and the institution plans the offer and timing, and the fields are split for administration (annex 3)."])
        case .yritysneuvonta:
            return ProcurementPart(outcome: ProcurementOutcome(model: .jointProcurement, procuringAuthority: Parties.procuringAuthority,
                                                               partners: [Lahti.party, Parties.ladec, Parties.proAgria]),
                                   basis: [Passage.startupServices, Passage.businessServiceProvincial], status: .inferred,
                                   notes: ["Services for new entrepreneurs are organised and/or bought jointly with Lahti and coordinated with the development companies' own advice (plan §2.1); the advice itself is LADEC's or ProAgria's service."])
        case .palkkatuki, .starttiraha, .tyoolosuhteidenJarjestelytuki, .kulukorvaus:
            return ProcurementPart(outcome: ProcurementOutcome(model: .grant, procuringAuthority: Parties.area),
                                   basis: [Passage.authorityUnderLead, Passage.officialPowers], status: .inferred,
                                   notes: ["A subsidy or compensation the area decides and pays as an official act under Hollola (plan §1.2, §4): granted, not procured."])
        case .kuntouttavaTyotoiminta, .tyottomienTerveystarkastus:
            return ProcurementPart(outcome: ProcurementOutcome(model: .other, procuringAuthority: Parties.wellbeingArea),
                                   basis: [Passage.rehabilitationPath, Passage.healthCheckReferrals], status: .inferred,
                                   notes: ["Not procured by the area: the wellbeing area (Päijät-Sote) arranges the service; the area agrees referrals and the client path (plan §4.2, annex 5)."])
        case .erityisasiantuntijalausunto:
            return ProcurementPart(outcome: ProcurementOutcome(model: .other, procuringAuthority: Parties.state),
                                   basis: [Passage.stateUnemploymentSecurity], status: .inferred,
                                   notes: ["Not procured by the area: a state task (plan §4 table)."])
        case .merityonvalitys:
            throw .notOffered(service: service,
                              reason: "the Päijät-Häme documents do not mention maritime job placement, so the area has no procurement rule for it",
                              basis: [Passage.transferTable])
        default:
            throw .notOffered(service: service, reason: "not a catalog service the Päijät-Häme area has a rule for",
                              basis: [Passage.transferTable])
        }
    }

    /// Follows the configurable split of integration services with Lahti (see Routing).
    private func integrationPlan(on date: EffectiveDate) throws(DecisionError) -> ProcurementPart {
        let setting = try parameters.read(ParameterSpecs.integrationPlanDelivery, on: date)
        switch setting.value {
        case .localWithLahtiCooperation:
            return ownProduction([Passage.ownProduction, Passage.immigrantServices], status: setting.status,
                                                  partners: [Lahti.party],
                                                  notes: ["The area produces the integration plan itself, in cooperation with Lahti (plan §4.2).", setting.note])
        case .lahtiCentralized:
            return ProcurementPart(outcome: ProcurementOutcome(model: .purchasedFromOtherAuthority, procuringAuthority: Parties.procuringAuthority,
                                                               partners: [Lahti.party]),
                                   basis: [Passage.integrationPilot, Passage.servicesForOtherAuthorities], status: setting.status,
                                   notes: ["Lahti produces the integration services centrally as in the pilot; services one authority produces for another are agreed case by case (letter of intent §3).", setting.note])
        }
    }

    private func ownProduction(_ basis: [Citation], status: DecisionStatus, partners: [Party] = [],
                                      notes: [LocalizedText]) -> ProcurementPart {
        ProcurementPart(outcome: ProcurementOutcome(model: .ownProduction, procuringAuthority: Parties.area, partners: partners),
                        basis: basis, status: status, notes: notes)
    }

    /// Bought services go through the outcome-based dynamic purchasing ring Lahti founded, of which all
    /// members are part; each authority procures for its own needs (plan §4.1, §4.1.1; annex 1).
    private func purchasingRing(_ service: ServiceID) -> ProcurementPart {
        let ownOffer = service == .tyovoimakoulutus
            ? ["The area procures its own labour-market training offer independently; Lahti's trainings are Lahti's (annex 1 line 7)."] : []
        return ProcurementPart(
            outcome: ProcurementOutcome(model: .dynamicPurchasingSystem, procuringAuthority: Parties.procuringAuthority,
                                        partners: [Lahti.party], categories: ProcurementRules.ringCategories),
            basis: [Passage.purchasedServices, Passage.procuringAuthorities, Passage.purchasingRingMembership,
                    Passage.outcomeBasedMiniCompetitions, Passage.purchasingRingScope, Passage.procurementIndependent,
                    Passage.outcomeRegister, Passage.loiOutcomeRegister] + (service == .tyovoimakoulutus ? [Passage.trainingsIndependent] : []),
            status: .inferred,
            notes: ["The plan names the service as bought (plan §4.1 line 374); Hollola procures for the area (line 384) and all members belong to the dynamic purchasing ring founded by Lahti, whose register receives outcome-based mini-competitions (plan §4.1.1).",
                    "The annex says the authorities 'may' use the register, and the per-service annex of the plan is missing, so a given purchase may still be tendered otherwise."] + ownOffer.map(LocalizedText.init(verbatim:)))
    }
}
