// Procurement.swift — the TyöHäme procurement rule of each catalog service: own production, one of
// the plan's four procurement models, or another body's procurement; with the basket it falls in.

import PluginAPI

extension Rules {
    /// How TyöHäme procures `service`.
    func procurement(for service: ServiceID) -> ProcurementPart {
        switch service {
        case .tyonhakuvalmennus, .uravalmennus:
            return bought(ProcurementRoutes.group, [Baskets.jobSearch], basis: [Passage.procuredServices, Passage.traditionalProcurement])
        case .tyovoimakoulutus:
            return bought(ProcurementRoutes.longTerm, [Baskets.training], basis: [Passage.procuredServices, Passage.traditionalProcurement,
                                                                                 Passage.widerTendering, Passage.lahtiCooperation],
                          partners: [Parties.lahtiRegion], notes: [
                "Special fields (e.g. maritime work; parameter '\(settings.specialTrainingFields.name)') are tendered with wider cooperation, also nationally, when participants per municipality are few (4.2.1); route with training.field to see it.",
            ])
        case .kotoutumiskoulutus:
            return bought(ProcurementRoutes.longTerm, [Baskets.training],
                          basis: [ServiceBudget.line(.integrationTraining).citation, Passage.traditionalProcurement])
        case .muutosturva:
            return bought(ProcurementRoutes.group, [Baskets.training], basis: [Passage.procuredServices])
        case .asiantuntijaArviointi, .erityisasiantuntijalausunto:
            return bought(ProcurementRoutes.quick, [Baskets.workAbility], basis: [Passage.procuredServices])
        case .tyonvalitys:
            return bought(ProcurementRoutes.complementary, [Baskets.jobSearch, Baskets.employers],
                          basis: [Passage.procuredServices, Passage.dynamicSmallProcurement], notes: [
                "Job placement is also TyöHäme's own core work (team model); purchases complement it.",
            ])
        case .yhteishankintakoulutus:
            return part(.jointProcurement, [Baskets.training], partners: [Party(name: "Rekrytoiva työnantaja")],
                        Grounds([Passage.agileTraining, Passage.jointAndMunicipal], .inferred, notes: [
                            "Inferred: the plan does not mention training bought jointly with an employer; it promises agile, tailored training procurement.",
                        ]))
        case .merityonvalitys:
            return part(.nationalProcurement, [], Grounds([Passage.nationalProcurement, Passage.maritime, Passage.concentratedExpertise], .inferred, notes: [
                "Inferred: maritime work is the plan's example of a special field that may need national procurement.",
            ]))
        case .kuntouttavaTyotoiminta:
            return otherBody(Parties.wellbeingCounty, Grounds([Passage.rehabilitativeWork, Passage.rehabilitativeWorkIsSocial], notes: [
                "Not procured by TyöHäme: the Kanta-Häme wellbeing services county arranges rehabilitative work activity as a social service.",
            ]))
        case .tyottomienTerveystarkastus:
            return otherBody(Parties.wellbeingCounty, Grounds([Passage.workAbilityJoint], .inferred, notes: [
                "Inferred: a health service of the wellbeing services county, outside TyöHäme's procurement.",
            ]))
        case .eures:
            return otherBody(Parties.keha, Grounds([Passage.keha, Passage.stateRecruitment], .inferred, notes: [
                "Inferred: international recruitment services are arranged by KEHA-keskus and the state; TyöHäme cooperates but does not procure them.",
            ]))
        case .vosKoulutus, .koulutuskokeilu:
            return otherBody(Parties.educationProviders, Grounds([Passage.educationCooperation, Passage.localInstitutions], .inferred, notes: [
                "Inferred: arranged by the education providers; the plan mentions no TyöHäme procurement for it.",
            ]))
        case .yritysneuvonta:
            return part(.other, [Baskets.entrepreneurship], authority: Parties.businessServices,
                        Grounds([Passage.newCompanies, Passage.businessOrganisations], .inferred, notes: [
                            "Inferred: given with the municipalities' development companies and vitality services, not bought by TyöHäme.",
                        ]))
        case .monialainenPalvelu:
            return part(.ownProduction, [Baskets.workAbility], partners: [Parties.wellbeingCounty, Parties.kela],
                        Grounds([Passage.ownAndPurchased, Passage.tymResourcing, Passage.tymAgreement, Baskets.workAbility.citation]))
        case .tyokykyarvio, .aktivointisuunnitelma:
            return part(.ownProduction, [Baskets.workAbility], partners: [Parties.wellbeingCounty, Parties.kela],
                        Grounds([Passage.ownAndPurchased, Passage.tymResourcing, Baskets.workAbility.citation], .inferred, notes: [
                            "Inferred: produced within the multi-sectoral model, which TyöHäme, the county and Kela resource.",
                        ]))
        case .tyonantajapalvelut:
            return part(.ownProduction, [Baskets.employers], partners: [Parties.ely, Parties.entrepreneurOrganisations, Parties.etelaHame],
                        Grounds([Passage.ownAndPurchased, Passage.companyTeam, Baskets.employers.citation]))
        case .palkkatuki, .tyoolosuhteidenJarjestelytuki:
            return part(.ownProduction, [Baskets.employers], Grounds([Passage.ownAndPurchased, Baskets.employers.citation], .inferred, notes: [
                "Inferred: a subsidy decided by the employment authority itself; nothing is procured.",
            ]))
        case .starttiraha:
            return part(.ownProduction, [Baskets.entrepreneurship], Grounds([Passage.ownAndPurchased, Baskets.entrepreneurship.citation], .inferred, notes: [
                "Inferred: a grant decided by the employment authority itself; nothing is procured.",
            ]))
        case .tyonhaunTuki:
            return part(.ownProduction, [Baskets.jobSearch], Grounds([Passage.ownAndPurchased, Passage.teams, Baskets.jobSearch.citation]))
        case .nuortenPalvelut:
            return part(.ownProduction, [], partners: [Parties.ohjaamo, Parties.educationProviders],
                        Grounds([Passage.ownAndPurchased, Passage.youthServicePoints, Passage.ohjaamoUnder30], .inferred, notes: [
                            "Inferred: TyöHäme's staff work in the municipalities' Ohjaamos; the youth joint service gathers existing providers rather than buying new ones.",
                        ]))
        default:
            return part(.ownProduction, [], Grounds([Passage.ownAndPurchased], .inferred, notes: [
                "Inferred: TyöHäme produces this statutory service itself (the plan's list of what it buys, 4.1 line 401, does not single it out); complementary purchases through dynamic small procurement (TyöllisyysSampo) remain possible.",
            ]))
        }
    }

    /// A service TyöHäme buys under one of its four models.
    private func bought(_ route: ProcurementRoute, _ baskets: [BasketItem], basis: [Citation], partners: [Party] = [],
                        notes: [LocalizedText] = []) -> ProcurementPart {
        let grounds = Grounds(basis + [route.citation] + baskets.map(\.citation) + [
            Passage.centralProcurement, Passage.jointAndMunicipal, Passage.effectiveness, Passage.employmentCondition,
        ], .inferred, notes: [
            "The plan does not assign services to its four procurement models; by its kind this service falls under \(route.label).",
            "Procured centrally for the whole area, or as a municipality-specific targeted procurement; every procurement carries effectiveness measures (employment and job retention) with monitoring and reporting, and public procurements use an employment condition (työllistämisehto).",
        ] + notes)
        return part(route.model, baskets, partners: partners, grounds)
    }

    /// Procured, if at all, by another body.
    private func otherBody(_ body: Party, _ grounds: Grounds) -> ProcurementPart {
        part(.other, [], authority: body, grounds)
    }

    private func part(_ model: ProcurementModel, _ baskets: [BasketItem], authority: Party = Parties.tyoHame,
                      partners: [Party] = [], _ grounds: Grounds) -> ProcurementPart {
        ProcurementPart(outcome: ProcurementOutcome(model: model, procuringAuthority: authority, partners: partners,
                                                    categories: baskets.flatMap(\.categories).uniqued()),
                        grounds: grounds)
    }
}
