// Routing.swift — the TyöHäme routing rule of each catalog service: which delivery model serves it,
// what the plan says about it, and how a client's segment (youth, immigrant, multi-sectoral need)
// changes the route.

import Foundation
import PluginAPI

extension Rules {
    /// Who serves a client of `query.municipality` with `query.service`.
    func access(for query: RouteQuery) throws(DecisionError) -> Access {
        let municipality = query.municipality
        switch query.service {
        case .tyollistymissuunnitelma:
            return personal(query, teamModel(municipality))
        case .tyonhaunTuki:
            return personal(query, teamModel(municipality).adding([Baskets.jobSearch.citation]))
        case .tyonvalitys:
            return personal(query, teamModel(municipality).adding([Passage.serviceContent, Passage.digitalSupportsPlacement], notes: [
                "Vacancies and recruitment on the employer side: the company team (tyonantajapalvelut).",
            ]))
        case .neuvonta:
            return personal(query, teamModel(municipality).adding([Passage.serviceContent, Passage.multiServicePoints,
                                                                    Passage.kelaBenefitAdvice], notes: [
                "Questions about benefits (etuudet) go to Kela, which also gives video advice at the remote points.",
            ]))
        case .ammatinvalintaJaUraohjaus:
            return personal(query, teamModel(municipality).adding([Passage.officeRole], .inferred, notes: [
                "Inferred: the main offices offer career-choice (ammatinvalinta) services; the plan does not mention psychologists.",
            ]))
        case .tyokokeilu:
            return personal(query, teamModel(municipality).adding([Passage.workTrialPlaces], .inferred, notes: [
                "Inferred: the team arranges the work trial; the municipalities' active role brings work-trial places (3.2.1).",
            ]))
        case .omaehtoinenOpiskelu:
            return personal(query, teamModel(municipality).adding([Passage.selfMotivatedStudy, Passage.literacyFree], notes: [
                "The benefit itself is paid by Kela; benefit costs are the home municipality's own (3.1.2).",
            ]))
        case .starttiraha:
            return personal(query, teamModel(municipality).adding([Passage.startUpFocus, Baskets.entrepreneurship.citation,
                                                                    Passage.budgetServicesContent], .inferred, notes: [
                "Inferred: start-up services are a staff focus and start-up grants are in the shared service budget; the plan does not say which team decides them.",
            ]))
        case .kulukorvaus:
            return personal(query, teamModel(municipality).adding([Passage.relocationGrants, Passage.mobilityIncentives], .inferred, notes: [
                "Inferred: the plan speaks of relocation grants and financial incentives for mobility, not of expense compensation as such; the client's team decides.",
            ]))
        case .tyovoimapoliittinenLausunto:
            return personal(query, teamModel(municipality).adding([Passage.ownAndPurchased, Passage.kela], .inferred, notes: [
                "Inferred: a statutory task of the employment authority, which TyöHäme carries out itself; Kela (or the unemployment fund) decides the benefit.",
            ]))
        case .velvoitetyollistaminen:
            return personal(query, teamModel(municipality).adding([ServiceBudget.line(.obligatoryEmployment).citation], .inferred, notes: [
                "Inferred: the only mention is the 2019 budget line «josta kunnan velvoitetyöllistäminen» (352 803 €) under municipal pay subsidy; a human must confirm how the obligation applies from 2025.",
            ]))
        case .muutosturva:
            return personal(query, teamModel(municipality).adding([Passage.structuralChangeRole, Passage.procuredServices], .inferred, notes: [
                "Inferred: guiding people hit by structural change is TyöHäme's task and change-security training is bought; contacts with the dismissing employer go through the company team.",
            ]))
        case .kotoutumissuunnitelma:
            return immigrantServicePoint().adding([Passage.skillsRecognition, Passage.integrationServices])
        case .kotoutumiskoulutus:
            return purchased([ServiceBudget.line(.integrationTraining).citation, Passage.integrationProgramme, Passage.literacyFree])
                .adding(notes: ["The integration programme lasts as a rule at most 2 years; literacy training stays free of charge for the client."])
        case .tyonhakuvalmennus:
            return personal(query, purchased([Passage.procuredServices, Baskets.jobSearch.citation, ServiceBudget.line(.coaching).citation]))
        case .uravalmennus:
            return personal(query, purchased([Baskets.jobSearch.citation, ServiceBudget.line(.coaching).citation]))
        case .tyovoimakoulutus:
            return labourMarketTraining(query)
        case .asiantuntijaArviointi:
            return purchased([Passage.procuredServices, ServiceBudget.line(.expertAssessments).citation])
        case .erityisasiantuntijalausunto:
            return purchased([Passage.procuredServices]).adding([], .inferred, notes: [
                "Inferred: the plan does not separate specialist statements from the expert assessments it buys («asiantuntija-arvioiteja», 4.1).",
            ])
        case .yhteishankintakoulutus:
            return companyTeam(query.employer).adding([Passage.agileTraining, Baskets.training.citation], .inferred, notes: [
                "Inferred: training bought together with an employer is an employer service; the plan promises agile, tailored training procurement.",
            ])
        case .koulutuskokeilu:
            return educationProviders(.inferred, notes: [
                "Inferred: the plan does not mention training trials; the client's team arranges them with the education providers it cooperates with.",
            ])
        case .vosKoulutus:
            return educationProviders(.inferred, notes: [
                "Inferred: the plan does not mention VOS-funded training; the education providers organise it with their own funding, and the client's team guides clients to it.",
            ])
        case .monialainenPalvelu:
            return multisectoralModel().adding([Passage.countyCentral, Passage.tymResourcing])
        case .tyokykyarvio:
            return multisectoralModel().adding([Passage.workAbilityJoint], .inferred, notes: [
                "Inferred: service-need assessment from the work-ability angle belongs to the multi-sectoral model; medical statements come from the wellbeing services county's and Kela's side.",
            ])
        case .aktivointisuunnitelma:
            return multisectoralModel().adding([Passage.activationPlan], .inferred, notes: [
                "Inferred: the plan uses the activation plan inside TyöHäme's cooperation with the wellbeing services county to steer the client to services.",
            ])
        case .kuntouttavaTyotoiminta:
            return wellbeingCounty([Passage.rehabilitativeWork, Passage.rehabilitativeWorkIsSocial], .explicit, notes: [
                "For the long-term unemployed who receive labour market subsidy or social assistance and cannot, because of their work or functional capacity, take part in the primary employment services. A social service under the Social Welfare Act; TyöHäme cooperates in developing its content.",
            ])
        case .tyottomienTerveystarkastus:
            return wellbeingCounty([Passage.tym, Passage.workAbilityJoint], .inferred, notes: [
                "Inferred: health services belong to the wellbeing services county; the plan only says work-ability services rest on cooperation of the county, Kela and TyöHäme.",
            ])
        case .palkkatuki:
            return companyTeam(query.employer).adding([Passage.recruitmentSubsidyInfo, Passage.budgetServicesContent], .inferred, notes: [
                "Inferred: pay subsidies (municipal and private employers) are in TyöHäme's shared service budget and employers get information on recruitment subsidies; the plan does not say which team decides them.",
            ])
        case .tyoolosuhteidenJarjestelytuki:
            return companyTeam(query.employer).adding([Passage.recruitmentSubsidyInfo], .inferred, notes: [
                "Inferred: an employer-side subsidy; the plan mentions only information on recruitment subsidies.",
            ])
        case .tyonantajapalvelut:
            return companyTeam(query.employer).adding([Baskets.employers.citation, Passage.foreignLanguageHiring])
        case .tyonantajapuhelin:
            throw .notOffered(service: query.service, reason: "the plan describes no separate employers' phone service; employers are served by the company team on the single-contact principle shared with the Etelä-Häme area (ask for tyonantajapalvelut)",
                              basis: [Passage.companyTeam, Passage.singleContact])
        case .yritysneuvonta:
            return businessServices().adding([Baskets.entrepreneurship.citation])
        case .eures:
            return stateRecruitment()
        case .nuortenPalvelut:
            return youthServices(query)
        case .merityonvalitys:
            return Access(delivery: .otherAuthority, provider: Parties.maritimeExpertise, caseOwner: Self.responsibleWorker,
                          grounds: Grounds([Passage.maritime, Passage.concentratedExpertise], .inferred, notes: [
                              "Inferred: the plan treats maritime work as a special field whose expertise was concentrated in Varsinais-Suomi under the old TE model and is to be used through wider, national cooperation; it names no authority that places seafarers from 2025.",
                          ]))
        default:
            throw .notOffered(service: query.service, reason: "not a service of TyöHäme's organising plan",
                              basis: [Passage.serviceContent])
        }
    }

    /// Labour-market training: bought for the area, or for a special field with wider cooperation.
    private func labourMarketTraining(_ query: RouteQuery) -> Access {
        if let field = query.training?.field, let special = specialField(matching: field) {
            return specialFieldTraining(field).adding(notes: ["Matched special field: \(special)."])
        }
        return personal(query, purchased([Passage.procuredServices, Baskets.training.citation,
                                          ServiceBudget.line(.labourMarketTraining).citation]))
    }

    /// The configured special field that `field` names, compared without case or diacritics.
    func specialField(matching field: String) -> String? {
        let wanted = field.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return settings.specialTrainingFields.value.first {
            wanted.contains($0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil))
        }
    }

    /// Ohjaamo for clients under 30; the general team model for older clients.
    private func youthServices(_ query: RouteQuery) -> Access {
        if let age = query.client.age, age >= 30 {
            return teamModel(query.municipality).adding([Passage.ohjaamoUnder30], notes: [
                "The Ohjaamos serve clients under 30; a client aged \(age) is served by the team model.",
            ])
        }
        return ohjaamo()
    }

    /// Adjusts a person-client route to the client's segment: immigrant clients go to the
    /// multi-service point (R8), under-30s may also use an Ohjaamo (R7), a multi-sectoral need
    /// points to the TyM model (R10), the long-term unemployed to the county's activity (R11).
    private func personal(_ query: RouteQuery, _ base: Access) -> Access {
        var access = base
        if let reason = immigrantReason(query) {
            let point = immigrantServicePoint()
            // A bought course stays bought; only the case moves to the multi-service point.
            if access.delivery != .purchased {
                access.delivery = point.delivery
                access.locations = point.locations
            }
            access.grounds = access.grounds.adding(point.grounds.basis, reason.status, notes: [LocalizedText(verbatim: reason.note)])
                .adding([], point.grounds.status, notes: point.grounds.notes)
        }
        if query.client.age.map({ $0 < 30 }) ?? (query.segment == .youth) {
            access.locations.append(Locations.ohjaamo)
            access.grounds = access.grounds.adding([Passage.ohjaamoUnder30, Passage.twoOhjaamos], notes: [
                "The client is under 30 (or in the youth segment): one of the area's two Ohjaamos is also available.",
            ])
        }
        if query.segment == .multisectoral || query.segment == .partialWorkAbility || query.client.partialWorkAbility == true {
            access.grounds = access.grounds.adding([Passage.tym], notes: [
                "A multi-sectoral or work-ability need: the TyM model with the Kanta-Häme wellbeing services county and Kela applies (monialainen_palvelu).",
            ])
        }
        if query.segment == .longTermUnemployed || query.client.longTermUnemployed == true {
            access.grounds = access.grounds.adding([Passage.rehabilitativeWork], notes: [
                "Long-term unemployed: if the client receives labour market subsidy or social assistance and cannot take part in the primary services because of work or functional capacity, the wellbeing services county's rehabilitative work activity applies (kuntouttava_tyotoiminta).",
            ])
        }
        return access
    }

    /// Why the client counts as an immigrant client, and how firmly.
    private func immigrantReason(_ query: RouteQuery) -> (status: DecisionStatus, note: String)? {
        if query.segment == .immigrant || query.client.integrationClient == true {
            return (.explicit, "Immigrant and integration clients are served at the multi-service point where immigrant services are centralised.")
        }
        if query.client.foreignLanguage == true {
            return (.inferred, "Inferred: a foreign-language client is treated as an immigrant-background client and served at the multi-service point.")
        }
        return nil
    }
}
