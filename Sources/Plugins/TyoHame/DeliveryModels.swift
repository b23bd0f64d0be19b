// DeliveryModels.swift — the ways the plan delivers services (the team model, the company team,
// purchased services, the immigrant multi-service point, TyM, the county, the state, Ohjaamo …),
// each with its citations. Routing.swift picks one per service.

import PluginAPI

extension Rules {
    static let responsibleWorker = "Nimetty vastuutyöntekijä TyöHämeen monialaisessa tiimissä (8–12 asiantuntijaa)"

    /// Own production by a multi-disciplinary team, at the main office serving the municipality,
    /// in the municipality's own premises, by mobile unit, remote point and online (R4, R6).
    func teamModel(_ municipality: MunicipalityRef) -> Access {
        let catchment = settings.officeCatchment
        // Settings guarantee an office for every member; the fallback only serves a non-member,
        // which the plugin refuses before it gets here.
        let office = catchment.value[municipality.code] ?? .hameenlinna
        let ownOffice = office.municipality == municipality
        var locations = [Locations.mainOffice(office, status: ownOffice ? nil : catchment.status.rawValue)]
        if !ownOffice { locations.append(Locations.localPremises(municipality)) }
        locations += [Locations.mobileUnit, Locations.remotePoint(municipality), Locations.digitalServices]
        var grounds = Grounds([Passage.teams, Passage.mainOffices, Passage.localPremises, Passage.outreach,
                               Passage.mobileUnits, Passage.remotePoints, Passage.kelaVideo, Passage.digital247])
        if !ownOffice {
            grounds = grounds.adding([Passage.subAreas, Passage.officesSupportSmaller, Passage.localServicePoints,
                                      Passage.openingHours], catchment.status, notes: [
                "The plan names the two main offices (Hämeenlinna, Forssa) but not which serves whom; \(municipality.name) is served from the \(office.rawValue) office by parameter '\(catchment.name)' (\(catchment.status.rawValue)), which follows the plan's sub-areas Hämeenlinna-Hattula and Forssan seutu (3.3.1, line 228).",
                "Local services are brought to \(municipality.name) in premises the municipality provides and by mobile units (5, 5.2); the plan names no premises, addresses or opening hours.",
            ])
        }
        return Access(delivery: .local, provider: Parties.tyoHame, caseOwner: Self.responsibleWorker,
                      locations: locations, channels: [.inPerson, .video, .mobile, .online], grounds: grounds)
    }

    /// The company team serves employers without municipal borders, on the single-contact principle
    /// shared with the Etelä-Häme area (R5).
    func companyTeam(_ employer: EmployerProfile?) -> Access {
        var notes: [LocalizedText] = ["Employers are served without municipal borders; TyöHäme and the Etelä-Häme employment area serve employers on the single-contact principle (the one contacted serves). Company services are developed with the ELY centre, national services and entrepreneur organisations."]
        if let location = employer?.location, !Membership.members.contains(where: { $0.code == location.code }) {
            notes.append("The employer is located in \(location.name), outside TyöHäme; the plan still serves it («kuntarajojen rajoittamatta»).")
        }
        return Access(delivery: .centralized, provider: Parties.companyTeam, caseOwner: "TyöHämeen yritystiimi",
                      locations: MainOffice.allCases.map { Locations.mainOffice($0) } + [Locations.digitalServices],
                      channels: [.inPerson, .online],
                      grounds: Grounds([Passage.noMunicipalBorders, Passage.companyTeam, Passage.singleContact], notes: notes))
    }

    /// A service TyöHäme buys from a provider while the client's own team keeps the case.
    func purchased(_ basis: [Citation]) -> Access {
        Access(delivery: .purchased, provider: Parties.purchasedProvider, caseOwner: Self.responsibleWorker,
               grounds: Grounds([Passage.ownAndPurchased] + basis, notes: [
                   "The provider is chosen by procurement (see procurement.get); the plan names no providers.",
               ]))
    }

    /// Services of immigrant-background jobseekers, integration clients and immigrants outside the
    /// labour force, centralised to one multi-service point (R8) — which point is a setting.
    func immigrantServicePoint() -> Access {
        let point = settings.immigrantServicePoint
        return Access(delivery: .centralized, provider: Parties.tyoHame, caseOwner: Self.responsibleWorker,
                      locations: [point.value, Locations.digitalServices], channels: [.inPerson, .video, .online],
                      grounds: Grounds([Passage.immigrantPoint, Passage.kelaMultilingual, Passage.integrationGuidance])
                          .adding([], point.status, notes: [
                              "The plan centralises these services to «monipalvelupisteeseen» without saying which one; parameter '\(point.name)' (\(point.status.rawValue)) names \(point.value.name). \(point.entry.source)",
                          ]))
    }

    /// The multi-sectoral cooperation model with the Kanta-Häme wellbeing services county and Kela (R10).
    func multisectoralModel() -> Access {
        Access(delivery: .joint, provider: Parties.tymPartners, caseOwner: Self.responsibleWorker,
               channels: [.inPerson, .video],
               grounds: Grounds([Passage.tym, Passage.tymContent, Passage.tymAgreement, Passage.network], notes: [
                   "All of Kanta-Häme forms one network; its statutory members are the employment authority, the wellbeing services county and Kela, under a separate cooperation agreement.",
               ]))
    }

    /// Organised by the Kanta-Häme wellbeing services county, not by TyöHäme.
    func wellbeingCounty(_ basis: [Citation], _ status: DecisionStatus, notes: [LocalizedText]) -> Access {
        Access(delivery: .wellbeingCounty, provider: Parties.wellbeingCounty, caseOwner: Parties.wellbeingCounty.name,
               grounds: Grounds(basis, status, notes: notes))
    }

    /// International recruitment: KEHA-keskus and the state's services, with TyöHäme (R13).
    func stateRecruitment() -> Access {
        Access(delivery: .state, provider: Parties.keha, caseOwner: Self.responsibleWorker, channels: [.online],
               grounds: Grounds([Passage.keha, Passage.stateRecruitment, Passage.residencePermits, Passage.kantaPaijatHame], notes: [
                   "KEHA-keskus has the significant role in international recruitment; TyöHäme works with it and with the state's international recruitment services (campaigns, information, joint projects, support such as residence permits).",
               ]))
    }

    /// The two Ohjaamos: municipal one-stop points for under-30s (R7).
    func ohjaamo() -> Access {
        Access(delivery: .joint, provider: Parties.ohjaamo, caseOwner: Self.responsibleWorker,
               locations: [Locations.ohjaamo, Locations.digitalServices], channels: [.inPerson, .online],
               grounds: Grounds([Passage.ohjaamoUnder30, Passage.twoOhjaamos, Passage.youthEnvironments, Passage.youthServicePoints], notes: [
                   "Two Ohjaamos operate in the area; the plan does not say where. The youth joint service gathers existing providers; the employment authority negotiates youth service points with education providers.",
               ]))
    }

    /// Training arranged with the area's education providers.
    func educationProviders(_ status: DecisionStatus, notes: [LocalizedText]) -> Access {
        Access(delivery: .educationProvider, provider: Parties.educationProviders, caseOwner: Self.responsibleWorker,
               grounds: Grounds([Passage.educationCooperation, Passage.localInstitutions], status, notes: notes))
    }

    /// Business advice with the municipalities' development companies and vitality services.
    func businessServices() -> Access {
        Access(delivery: .partner, provider: Parties.businessServices, caseOwner: Self.responsibleWorker,
               grounds: Grounds([Passage.newCompanies, Passage.businessOrganisations, Passage.startUpFocus], .inferred, notes: [
                   "Inferred: the plan makes start-up services a staff focus and puts cooperation with the development companies at the centre of new business creation; it does not say who gives the advice.",
               ]))
    }

    /// Special-field training (e.g. maritime work): wider, possibly national procurement (R12).
    func specialFieldTraining(_ field: String) -> Access {
        Access(delivery: .purchased, provider: Party(name: "Laajempi yhteishankinta (erityisesti Lahden seudun kunnat) tai valtakunnallinen hankinta"),
               caseOwner: Self.responsibleWorker,
               grounds: Grounds([Passage.nationalProcurement, Passage.maritime, Passage.lahtiCooperation, Passage.widerTendering,
                                 Passage.selfMotivatedStudy, Passage.localInstitutions], notes: [
                   "'\(field)' is a special field (parameter '\(settings.specialTrainingFields.name)'): with few participants per municipality, the training is tendered with wider cooperation, also nationally. Alternatives: self-motivated study if the client meets the admission criteria; Häme University of Applied Sciences and secondary institutions locally.",
               ]))
    }
}
