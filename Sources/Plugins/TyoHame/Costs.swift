// Costs.swift — who pays for each service in TyöHäme (3.1.2, L177-179): the shared budget, which
// Hämeenlinna bills to the members monthly by the state share each receives; a member's own
// special service; benefit costs; the services other bodies fund; and the allocation keys of the
// shared pools.

import PluginAPI

/// The shared pools a TyöHäme allocation key can split.
enum Pool: String, CaseIterable, Sendable {
    /// The monthly bills: each member's state share for the TE-services transfer (3.1.2, line 177).
    /// The default pool, because it is how the members are actually billed.
    case monthlyBilling = "monthly_billing"
    /// The area's costs by the plan's criteria (working-age population, broad unemployment,
    /// foreign-language speakers), weighted by a setting because the plan gives no weights.
    case areaCosts = "area_costs"

    static let `default` = Pool.monthlyBilling
}

extension Rules {
    static let invoicer = "Hämeenlinnan kaupunki (TyöHämeen vastuukunta)"

    /// The monthly billing key: the state share each member receives for the TE-services transfer.
    static let billingFactors = [
        AllocationFactor(name: Statistic.stateShareEmploymentServices, weight: 1,
                         source: "\(Plan.document), 3.1.2 Rahoituslähteet ja niiden kohdentaminen, line 177: «kuntien saamien TE-palveluiden kuntasiirtoon liittyvien valtionosuuksien mukaisesti»"),
    ]

    /// Who pays for `service` used by a resident of `municipality`, on the key of `year`.
    func cost(for service: ServiceID, municipality: MunicipalityRef, year: Int) -> CostTerms {
        if settings.municipalitySpecialServices.value[municipality.code]?.contains(service) == true {
            return specialService(of: municipality)
        }
        switch service {
        case .kuntouttavaTyotoiminta:
            return countyFunded(law.rehabilitativeWorkFunding, plan: [Passage.rehabilitativeWork], LocalizedText(
                fi: "Suunnitelman mukaan Kanta-Hämeen hyvinvointialue järjestää kuntouttavan työtoiminnan (r. 481); suunnitelma ei puhu "
                    + "sen kustannuksista, joten rahoitus on lain mukainen.",
                en: "The plan says the Kanta-Häme wellbeing services county arranges rehabilitative work activity (L481); it says nothing "
                    + "of its cost, so the funding is the statute's."))
        case .tyottomienTerveystarkastus:
            return countyFunded(law.healthCheckFunding, plan: [Passage.tym], LocalizedText(
                fi: "Suunnitelma ei mainitse terveystarkastuksia; rahoitus on lain mukainen, ja alueen hyvinvointialue on Kanta-Hämeen "
                    + "hyvinvointialue (r. 326).",
                en: "The plan does not mention health checks; the funding is the statute's, and the area's county is the Kanta-Häme "
                    + "wellbeing services county (L326)."))
        case .kulukorvaus:
            return CostTerms(statutory: law.expenseAllowanceFunding)
        case .vosKoulutus:
            return CostTerms(principle: .fundedByOtherBody, payer: .authority("koulutuksen järjestäjä"),
                             bearer: .publicBody(body: "opetus- ja kulttuuriministeriö (VOS-rahoitus koulutuksen järjestäjälle)", type: .ministry),
                             grounds: Grounds(law.vosTrainingBasis, .inferred, notes: [LocalizedText(
                                fi: "Päätelty: suunnitelma ei mainitse VOS-rahoitteista koulutusta; koulutuksen järjestäjä rahoittaa sen "
                                    + "opetus- ja kulttuuriministeriön valtionosuudella (lakisääteinen kerros), ei TyöHäme.",
                                en: "Inferred: the plan does not mention VOS-funded training; the education provider funds it with the "
                                    + "Ministry of Education and Culture's state share (statutory layer), not TyöHäme.")]))
        case .eures:
            return CostTerms(principle: .stateFunded, payer: .authority("KEHA-keskus"), bearer: .state(body: "KEHA-keskus (valtio)"),
                             grounds: Grounds([Passage.keha], .inferred, notes: [LocalizedText(
                                fi: "Päätelty: suunnitelma ei mainitse EURESia eikä sano kansainvälisten rekrytointipalveluiden "
                                    + "kustannuksista mitään; KEHA-keskus järjestää palvelut (r. 525) valtion virastona. TyöHämeen oma "
                                    + "osuus yhteistyöstä katetaan yhteisestä budjetista (r. 177).",
                                en: "Inferred: the plan neither mentions EURES nor says anything of the cost of international recruitment "
                                    + "services; KEHA-keskus organises them (L525) as a state agency. TyöHäme's own part of the cooperation "
                                    + "runs on the shared budget (L177).")]))
        case .omaehtoinenOpiskelu:
            return CostTerms(principle: .causerPays, payer: .clientMunicipality, bearer: .clientMunicipality, grounds: Grounds(
                [Passage.benefitsAndNonStatutory, Passage.selfMotivatedStudy], .inferred, notes: [LocalizedText(
                    fi: "Päätelty: omaehtoisen opiskelun kustannus on sen aikana maksettava työttömyysetuus, ja suunnitelman mukaan "
                        + "jäsenkunnat vastaavat etuuskuluista itse (r. 177), yhteisen budjetin ulkopuolella. Tiimin ohjaus ja päätös "
                        + "katetaan yhteisestä budjetista.",
                    en: "Inferred: the cost of self-motivated study is the unemployment benefit paid during it, and the plan says each "
                        + "member bears benefit costs itself (L177), outside the shared budget. The team's guidance and decision run on "
                        + "the shared budget.")]))
        case .kotoutumiskoulutus:
            return shared(service, year: year, reading: LocalizedText(
                fi: "Päätelty: talousarvion rivi koskee muiden kuin pakolaisten kotoutumiskoulutusta (r. 164); että myös pakolaisten "
                    + "kotoutumiskoulutus maksetaan yhteisestä budjetista, luetaan lakisääteisten palvelujen rahoituksesta (r. 177).",
                en: "Inferred: the budget line covers integration training for non-refugees (L164); that refugees' integration training "
                    + "is paid from the shared budget too is read from the funding of statutory services (L177)."))
        case .monialainenPalvelu, .tyokykyarvio:
            return shared(service, year: year, plan: [Passage.tymResourcing], reading: LocalizedText(
                fi: "Päätelty: yhteisestä budjetista katetaan TyöHämeen osuus; hyvinvointialue ja Kela resursoivat omat osuutensa (r. 489).",
                en: "Inferred: the shared budget covers TyöHäme's part; the wellbeing services county and Kela resource their own (L489)."))
        case .aktivointisuunnitelma:
            return shared(service, year: year, plan: [Passage.countyCooperation], reading: LocalizedText(
                fi: "Päätelty: yhteisestä budjetista katetaan TyöHämeen osuus; hyvinvointialue vastaa omasta osuudestaan yhteistyössä (r. 481).",
                en: "Inferred: the shared budget covers TyöHäme's part; the wellbeing services county bears its own part of the cooperation (L481)."))
        case .yritysneuvonta:
            return shared(service, year: year, plan: [Passage.startUpFocus], reading: LocalizedText(
                fi: "Päätelty: TyöHämeen henkilöstön aloittavan yrittäjän palvelut (r. 185) ovat lakisääteistä neuvontaa ja katetaan "
                    + "yhteisestä budjetista; kuntien elinkeinoyhtiöiden neuvonta on jäsenkunnan omaa, ei lakisääteistä palvelua, josta "
                    + "kunta vastaa itse (r. 177).",
                en: "Inferred: the start-up services of TyöHäme's staff (L185) are statutory advice run on the shared budget; the advice "
                    + "of the municipalities' development companies is the member's own non-statutory service, which it bears itself (L177)."))
        case .nuortenPalvelut:
            return shared(service, year: year, plan: [Passage.ohjaamoUnder30], reading: LocalizedText(
                fi: "Päätelty: yhteisestä budjetista katetaan TyöHämeen osuus; Ohjaamo on kuntien tarjoama toimintaympäristö (r. 366), "
                    + "jonka kuntien osuus ei kuulu TyöHämeen budjettiin (ei lakisääteiset palvelut, r. 177).",
                en: "Inferred: the shared budget covers TyöHäme's part; Ohjaamo is an environment the municipalities provide (L366), whose "
                    + "municipal part is outside TyöHäme's budget (non-statutory services, L177)."))
        default:
            return shared(service, year: year)
        }
    }

    /// A statutory service paid from the shared budget: the state share covers it (L177), Hämeenlinna
    /// pays first and bills the members monthly by the state share each receives (the pool
    /// `monthly_billing` and its key's grounds). Explicit for the services the plan's budget names
    /// (3.1.1); for any other the group rule of L177 is applied, so it is inferred, and `reading`
    /// says how the service is read (a generic note when nil).
    private func shared(_ service: ServiceID, year: Int, plan: [Citation] = [], reading: LocalizedText? = nil) -> CostTerms {
        let budgetLines = ServiceBudget.lines(for: service)
        var grounds = Grounds([Passage.stateShareCoversStatutory] + budgetLines.map(\.citation))
        if budgetLines.isEmpty || reading != nil {
            grounds = grounds.adding(plan, .inferred, notes: [reading ?? LocalizedText(
                fi: "Päätelty: suunnitelman talousarvio ei nimeä palvelua; työvoimaviranomaisen lakisääteisenä palveluna se katetaan "
                    + "valtionosuudella kuten muutkin lakisääteiset palvelut (r. 177).",
                en: "Inferred: the plan's budget does not name the service; as a statutory service of the employment authority it is "
                    + "covered by the state share like the other statutory services (L177).")])
        }
        return CostTerms(principle: .sharedByKey, payer: .responsibleMunicipality,
                         bearer: .membersByKey(monthlyBillingKey(year: year).poolKey),
                         billing: Billing(invoicer: Self.invoicer, period: "monthly"), grounds: grounds)
    }

    /// A service listed as one member's special service: that member pays it in full (C6); which
    /// services are such is the parameter's, so the cost is as firm as the parameter.
    private func specialService(of municipality: MunicipalityRef) -> CostTerms {
        let setting = settings.municipalitySpecialServices
        return CostTerms(principle: .ownMunicipality, payer: .clientMunicipality, bearer: .clientMunicipality,
                         grounds: Grounds(setting, basis: [Passage.specialServices]).adding(notes: [LocalizedText(
                            fi: "Parametrin '\(setting.name)' mukaan palvelu on jäsenkunnan (\(municipality.name)) erityispalvelu; kunta "
                                + "maksaa sen kustannukset kokonaan ja erikseen, yhteisen budjetin ulkopuolella (r. 179).",
                            en: "Parameter '\(setting.name)' lists this as a special service of \(municipality.name), which pays its cost in "
                                + "full and separately, outside the shared budget (L179).")]))
    }

    /// A service the wellbeing county funds itself, as the statutory layer says, with the plan's
    /// passage that names the area's county and its role; payer and bearer are that county.
    private func countyFunded(_ funding: StatutoryFunding, plan: [Citation], _ note: LocalizedText) -> CostTerms {
        var terms = CostTerms(statutory: funding)
        terms.payer = .authority(Parties.wellbeingCounty.name)
        terms.bearer = .publicBody(body: Parties.wellbeingCounty.name, type: .wellbeingCounty)
        terms.grounds = terms.grounds.adding(plan, .inferred, notes: [note])
        return terms
    }

    /// The key that splits `pool` (nil: the default pool) in `year`.
    func allocationKey(pool name: String?, year: Int) throws(DecisionError) -> AllocationKey {
        var pool = Pool.default
        if let name {
            guard let named = Pool(rawValue: name) else {
                throw .invalidParameter(LocalizedText(
                    fi: "tuntematon pooli '\(name)'; alueen poolit: monthly_billing (oletus: TE-palveluiden kuntasiirron valtionosuus), "
                        + "area_costs (työikäinen väestö, laaja työttömyys, vieraskielisyys)",
                    en: "unknown pool '\(name)'; this region has: monthly_billing (default: state share for the TE transfer), "
                        + "area_costs (working-age population, broad unemployment, foreign-language speakers)"))
            }
            pool = named
        }
        switch pool {
        case .monthlyBilling: return monthlyBillingKey(year: year)
        case .areaCosts: return areaCostsKey(year: year)
        }
    }

    /// The members' monthly bills follow the state share each receives for the TE-services transfer (L177).
    private func monthlyBillingKey(year: Int) -> AllocationKey {
        AllocationKey(region: declaration.id, pool: Pool.monthlyBilling.rawValue, year: year, factors: Self.billingFactors,
                      basis: [Passage.monthlyBilling, Passage.stateShareCoversStatutory, Passage.annualReconciliation],
                      status: .explicit, notes: [LocalizedText(
                        fi: "Hämeenlinna laskuttaa jäsenkuntia kuukausittain sen mukaan, mitä kukin saa TE-palveluiden kuntasiirron "
                            + "valtionosuutta (r. 177). Lakisääteisten palvelujen vuosittainen tasapainotus palvelujen käytön mukaan "
                            + "(lisälasku tai palautus, r. 179) näkyy kirjanpidon saldossa, ei tässä avaimessa.",
                        en: "Hämeenlinna bills the members monthly by the state share each receives for the TE-services transfer (L177). "
                            + "The yearly reconciliation of statutory services by usage (an extra bill or a refund, L179) shows in the "
                            + "ledger's balance, not in this key.")])
    }

    /// The plan's cost-sharing criteria, weighted by a parameter because the plan gives no weights.
    private func areaCostsKey(year: Int) -> AllocationKey {
        let weights = settings.areaCostWeights
        return AllocationKey(region: declaration.id, pool: Pool.areaCosts.rawValue, year: year, factors: weights.value,
                             basis: [Passage.sharingCriteria, Passage.sharingCriteriaRestated,
                                     Passage.workingAgeDefinition, Passage.broadUnemploymentDefinition],
                             status: .explicit.weakest(weights.status), notes: [
                                LocalizedText(
                                    fi: "Suunnitelma nimeää jakoperusteet mutta ei painoja (r. 177); painot ovat parametrin '\(weights.name)' "
                                        + "(\(weights.status.rawValue)).",
                                    en: "The plan names the criteria but no weights (L177); the weights are parameter '\(weights.name)' "
                                        + "(\(weights.status.rawValue))."),
                                weights.note,
                                LocalizedText(
                                    fi: "Työikäinen väestö luetaan 18–64-vuotiaiksi (suunnitelman Kuva 5) ja laaja työttömyys työttömiksi "
                                        + "työnhakijoiksi ja palveluissa oleviksi (Kuva 6). Suunnitelman toinen muotoilu sanoo «työttömien "
                                        + "määrän» (r. 179); parametri voi käyttää myös tilastoa 'unemployed'.",
                                    en: "Working-age population is read as residents aged 18–64 (the plan's Kuva 5); broad unemployment as "
                                        + "unemployed jobseekers plus those in services (Kuva 6). The plan's second wording says «työttömien "
                                        + "määrän» (L179); the parameter may use 'unemployed' instead."),
                             ])
    }
}
