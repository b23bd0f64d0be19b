// Rules.swift — the rule of every catalog service in the Päijät-Häme area: which function writes it
// (one per service or group of alike services, in the *Rules files), and the reasoned refusals. A rule is
// PluginAPI's `ServiceRule`: routing facts, procurement and cost, each with its own citations and status,
// so the route, procurement and cost answers are built from the same rule and can never disagree.
//
// Statuses follow docs/status-rules.md: `explicit` only where the cited line states the fact for this
// service; `inferred` where a reading of the documents decides (a note says which); `default` where a
// parameter of config/data/paijat-hame/parameters.json decides (a note names it).

import PluginAPI

/// The rules in force on one day.
struct Rules {
    /// The region id, for the pools' keys.
    let region: String
    let date: EffectiveDate
    let settings: Settings
    let statutes: StatutoryLayer

    /// The rule for `service` given in member `place` (the client's municipality, or the company's for
    /// employer services); nil for a region-level question (procurement) or a place outside the area.
    /// Throws a reasoned `not_offered` for a service the documents do not organise or the law does not
    /// have in force.
    func rule(_ service: ServiceID, at place: MunicipalityRef?) throws(DecisionError) -> ServiceRule {
        // National law first: a service not in force is refused as the daemon refuses it (e.g. the
        // municipal employment obligation, repealed before it entered into force).
        try statutes.requireInForce(service, on: date)
        switch service {
        case .tyollistymissuunnitelma: return employmentPlan(at: place)
        case .tyonhaunTuki: return jobSearchSupport(at: place)
        case .tyonhakuvalmennus, .uravalmennus: return coaching(service)
        case .asiantuntijaArviointi: return expertAssessment()
        case .ammatinvalintaJaUraohjaus: return careerGuidance()
        case .tyokokeilu: return workTrial(at: place)
        case .koulutuskokeilu: return trainingTrial()
        case .tyovoimapoliittinenLausunto: return labourPolicyStatement()
        case .neuvonta: return advice(at: place)
        case .nuortenPalvelut: return youthServices(at: place)
        case .muutosturva: return changeSecurity()
        case .eures: return eures()
        case .tyovoimakoulutus: return labourMarketTraining()
        case .yhteishankintakoulutus: return jointPurchaseTraining()
        case .omaehtoinenOpiskelu: return selfMotivatedStudy()
        case .vosKoulutus: return try vosTraining()
        case .kotoutumissuunnitelma: return integrationPlan(at: place)
        case .kotoutumiskoulutus: return integrationTraining()
        case .palkkatuki: return paySubsidy()
        case .starttiraha: return startupGrant()
        case .tyoolosuhteidenJarjestelytuki: return workArrangementSubsidy()
        case .kulukorvaus: return try expenseCompensation()
        case .tyonvalitys: return jobPlacement(at: place)
        case .tyonantajapalvelut: return employerServices()
        case .tyonantajapuhelin: return employerPhone()
        case .yritysneuvonta: return businessAdvice(at: place)
        case .monialainenPalvelu: return multisectoralService(at: place)
        case .aktivointisuunnitelma: return activationPlan(at: place)
        case .tyokykyarvio: return workAbilityAssessment(at: place)
        case .kuntouttavaTyotoiminta: return try rehabilitativeWorkActivity()
        case .tyottomienTerveystarkastus: return try healthCheck()
        case .erityisasiantuntijalausunto: return specialistStatement()
        case .merityonvalitys:
            throw .notOffered(service: service, reason: LocalizedText(
                fi: "Päijät-Hämeen asiakirjat eivät mainitse merityönvälitystä: se ei ole alueelle siirtyvien palvelujen eikä valtion "
                    + "tehtävien joukossa (suunnitelma r. 353–356)",
                en: "the Päijät-Häme documents do not mention maritime job placement, neither among the services moving to the area "
                    + "nor among the state's tasks (plan L353-356)"),
                basis: [Passage.transferTable])
        default:
            // Not a catalog service the area has a rule for (alued passes only catalog ids, a direct caller may ask
            // anything), or one the law no longer has (answered above while it was still in force elsewhere).
            throw .notOffered(service: service, reason: LocalizedText(
                fi: "'\(service)' ei ole palvelu, jolle Päijät-Hämeen työllisyysalueella on sääntö",
                en: "'\(service)' is not a service the Päijät-Häme area has a rule for"),
                basis: [Passage.transferTable])
        }
    }

    /// The cost of a service of the area's own whose cost the documents do not name: the shared budget,
    /// unless parameter `causer_pays_services` lists it (plan line 268 names only examples of the causation-based costs).
    func ownServiceCost(_ service: ServiceID) -> CostTerms {
        settings.causerPaysServices.value.contains(service) ? Costs.causerPaysByParameter(settings.causerPaysServices)
            : sharedBudget
    }

    /// The area's shared budget, split by the plan's three criteria (plan line 268).
    var sharedBudget: CostTerms { Costs.sharedBudget(settings, region: region, year: date.year) }
}
