// Facts.swift — the plan's figures (budget, service budget table, state shares, staffing targets)
// and governance rules as cited `RegionFact`s, which `regions.get` lists.

import Foundation
import PluginAPI

extension Rules {
    /// Every fact in force with these settings.
    var facts: [RegionFact] {
        budgetFacts + serviceBudgetFacts + costRuleFacts + staffingFacts + organisationFacts + procurementFacts
    }

    private static let dataYear2019 = EffectiveDate(year: 2019, month: 12, day: 31)

    private func fact(_ name: String, _ description: LocalizedText, _ value: ParameterValue, asOf: EffectiveDate? = nil,
                      _ basis: [Citation], _ status: DecisionStatus = .explicit) -> RegionFact {
        RegionFact(name: name, description: description, value: value, asOf: asOf, basis: basis, status: status)
    }

    private func euros(_ amount: Decimal) -> ParameterValue { .number(amount) }

    private var budgetFacts: [RegionFact] {
        [
            fact("budget_total_eur", LocalizedText(fi: "Alueen työvoimapalvelujen resurssit yhteensä (suunnitelman arvio, noin 9,5 milj. €, TEMin tietopaketista 2019).",
                               en: "Resources for employment services in the area, in total (plan estimate, about 9.5 M€, from TEM's 2019 data package)."),
                 euros(9_500_000), [Passage.budgetTotal]),
            fact("budget_service_procurement_eur", LocalizedText(fi: "Tästä palvelut (koulutus, valmennukset, asiantuntija-arvioinnit, palkkatuet, starttirahat): noin 6,7 milj. €; taulukossa 6 764 453 €.",
                               en: "Of which services (training, coaching, expert assessments, pay subsidies, start-up grants): about 6.7 M€; the table gives 6 764 453 €."),
                 euros(6_700_000), [Passage.budgetTotal, Passage.budgetServicesContent]),
            fact("budget_operating_eur", LocalizedText(fi: "Toimintamenot (siirtyvä henkilöstö, tila- ja kalustovuokrat, hallinnon tukipalvelut): noin 2,8 milj. €.",
                               en: "Operating expenses (transferred staff, premises and equipment rents, administrative support services): about 2.8 M€."),
                 euros(2_800_000), [Passage.operatingExpenses]),
            fact("budget_investments_eur", LocalizedText(fi: "Investointeja ei ole suunniteltu; kaikki katetaan käyttötaloudesta.",
                               en: "No investments are planned; everything is covered from the operating budget."),
                 euros(0), [Passage.noInvestments]),
            fact("budget_cap", LocalizedText(fi: "Alueen budjettiin varataan enintään niin paljon kuin jäsenkunnat saavat toimintaan kohdistettua valtionosuutta.",
                               en: "The area's budget reserves at most as much as the members receive as state share targeted to the activity."),
                 .string("budjetti ≤ Σ jäsenkuntien työvoimapalvelujen valtionosuus"), [Passage.budgetCap]),
            fact("state_share_growth_2019_eur", LocalizedText(fi: "Alueen valtionosuuksien kasvu TEMin tietopaketin mukaan (vuoden 2019 tiedot): 9,7 milj. €.",
                               en: "Growth of the area's state shares per TEM's data package (2019 data): 9.7 M€."),
                 euros(9_700_000), asOf: Self.dataYear2019, [Passage.stateShareGrowth2019]),
            fact("state_share_spring_2023_eur", LocalizedText(fi: "Alueen valtionosuusrahoitus kevään 2023 valtionosuustietojen mukaan: noin 12 milj. €.",
                               en: "State-share financing of the area per the spring 2023 state-share data: about 12 M€."),
                 euros(12_000_000), [Passage.stateShareSpring2023]),
        ]
    }

    private var serviceBudgetFacts: [RegionFact] {
        let population = fact("service_budget_population", LocalizedText(fi: "Alueen asukasluku palvelubudjetin taulukossa (TEMin tietopaketti 2019).",
                               en: "Population of the area in the service budget table (TEM data package 2019)."),
                              .number(ServiceBudget.population), asOf: Self.dataYear2019, [ServiceBudget.populationCitation, Passage.budgetTableSource])
        let lines = ServiceBudget.lines.map { line in
            fact("service_budget_\(line.id.rawValue)_eur",
                 LocalizedText(fi: "Palvelubudjetin rivi «\(line.label)»", en: "Service budget line «\(line.label)»")
                    + (line.subItemOf.map { LocalizedText(fi: " (rivin \($0.rawValue) alakohta, ei lasketa yhteissummaan)",
                                                          en: " (sub-item of \($0.rawValue), not added to the total)") }
                       ?? LocalizedText(verbatim: "")),
                 euros(line.amount), asOf: Self.dataYear2019, [line.citation, Passage.budgetTableSource])
        }
        let total = fact("service_budget_total_eur", LocalizedText(fi: "Palvelut yhteensä: taulukon päärivien summa.",
                               en: "Services in total («Palvelut yhteensä»): the sum of the table's main lines."),
                         euros(ServiceBudget.total), asOf: Self.dataYear2019, [ServiceBudget.totalCitation, Passage.budgetTableSource])
        return [population] + lines + [total]
    }

    private var costRuleFacts: [RegionFact] {
        let weights = settings.areaCostWeights
        let instalments = settings.monthlyBillingInstalments
        let usage = settings.reconciliationUsage
        let special = settings.municipalitySpecialServices
        return [
            fact("cost_monthly_billing", LocalizedText(fi: "Hämeenlinna laskuttaa jäsenkuntia kuukausittain kunkin saaman TE-palveluiden kuntasiirron valtionosuuden mukaan (jakopooli monthly_billing).",
                               en: "Hämeenlinna bills each member monthly by the state share the member receives for the TE-services transfer (allocation pool monthly_billing)."),
                 .string("lasku(kunta, kuukausi) TE-palveluiden kuntasiirron valtionosuuden mukaan"), [Passage.monthlyBilling]),
            fact("cost_monthly_billing_instalments", LocalizedText(fi: "Montako erää vuodessa vuoden valtionosuus laskutetaan; suunnitelma sanoo vain «kuukausittain».",
                               en: "Instalments a year in which the yearly state share is billed; the plan says only «kuukausittain»."),
                 .number(Decimal(instalments.value)), [Passage.monthlyBilling], instalments.status),
            fact("cost_sharing_criteria", LocalizedText(fi: "Jäsenkunnat maksavat alueen kustannukset työikäisen väestön, laajan työttömyyden ja vieraskielisyyden perusteella; suunnitelma ei anna painoja (jakopooli area_costs).",
                               en: "Members pay the area's costs by working-age population, broad unemployment and foreign-language speakers; the plan gives no weights (allocation pool area_costs)."),
                 .table(Dictionary(uniqueKeysWithValues: weights.value.map { ($0.name, .number($0.weight)) })),
                 [Passage.sharingCriteria, Passage.sharingCriteriaRestated], .explicit.weakest(weights.status)),
            fact("cost_annual_reconciliation", LocalizedText(fi: "Lakisääteiset palvelut tasapainotetaan vuosittain palvelujen käytön mukaan: lisälasku jäsenkunnille tai käyttämättömien rahojen palautus.",
                               en: "Statutory services are reconciled yearly by service usage: an extra bill to members, or a refund of unused money."),
                 .table(["usageMeasure": .string(usage.value.rawValue), "usageMeasureStatus": .string(usage.status.rawValue)]),
                 [Passage.annualReconciliation], .explicit.weakest(usage.status)),
            fact("cost_special_services", LocalizedText(fi: "Jäsenkunta maksaa erityispalveluidensa kustannukset itse ja erikseen; parametrin luettelo kertoo, mitkä palvelut ovat sellaisia.",
                               en: "A member pays the costs of its own special services in full and separately; the configured list says which services are such."),
                 .table(Dictionary(uniqueKeysWithValues: special.value.map { code, services in
                     (Membership.members.first { $0.code == code }?.name ?? code.rawValue, ParameterValue.list(services.sorted().map { .string($0.rawValue) }))
                 })), [Passage.specialServices], .explicit.weakest(special.status)),
            fact("cost_benefits_and_non_statutory", LocalizedText(fi: "Jäsenkunnat vastaavat etuuskuluista ja muista kuin lakisääteisistä palveluista itse, yhteisen budjetin ulkopuolella; valtionosuus kattaa lakisääteiset palvelut.",
                               en: "Members bear benefit costs and any non-statutory services themselves, outside the shared budget; the state share covers the statutory services."),
                 .string("yhteisen budjetin ulkopuolella"), [Passage.benefitsAndNonStatutory, Passage.stateShareCoversStatutory]),
            fact("cost_future_productisation", LocalizedText(fi: "Kustannuksia voidaan jatkossa kohdistaa kunnille palvelutuotteistuksen käytön perusteella.",
                               en: "Costs may later be allocated by the use of productised services."),
                 .string("mahdollinen tuleva malli"), [Passage.productisation]),
        ]
    }

    private var staffingFacts: [RegionFact] {
        [
            fact("team_size", LocalizedText(fi: "Henkilöstö työskentelee 8–12 hengen monialaisissa tiimeissä, jotka toimivat henkilöasiakkaiden vastuutyöntekijöinä.",
                               en: "Staff work in multi-disciplinary teams of 8–12 persons, the named responsible workers of person clients."),
                 .table(["min": .number(8), "max": .number(12)]), [Passage.teams, Passage.teamFigure]),
            fact("clients_per_worker_target", LocalizedText(fi: "Tavoite: keskimäärin 100 asiakasta työntekijää kohden.",
                               en: "Target: on average 100 clients per employee."), .number(100), [Passage.clientsPerWorker]),
            fact("throughput_target", LocalizedText(fi: "Läpivirtaustavoite: vähintään 80 % alle 3 kuukaudessa.",
                               en: "Target throughput: at least 80 % within 3 months."),
                 .table(["share": .number(Decimal(8) / 10), "withinMonths": .number(3)]),
                 [Passage.throughput, Passage.throughputSupport]),
            fact("management", LocalizedText(fi: "Johto kuuluu tukipalveluihin: johtaja ja tulosvastuulliset päälliköt.",
                               en: "Management sits in the support services: a director and managers with result responsibility."),
                 .string("johtaja, tulosvastuulliset päälliköt"), [Passage.management]),
        ]
    }

    private var organisationFacts: [RegionFact] {
        let catchment = settings.officeCatchment
        let point = settings.immigrantServicePoint
        let delegations = settings.delegations
        return [
            fact("main_offices", LocalizedText(fi: "Kaksi päätoimipaikkaa, Hämeenlinnassa ja Forssassa; kunnat tarjoavat tilat lähipalveluille; lisäksi liikkuvat yksiköt ja etäpalvelupisteet.",
                               en: "Two main offices, in Hämeenlinna and Forssa; members provide premises for local services; mobile units and remote points besides."),
                 .list(MainOffice.allCases.map { .string($0.rawValue) }), [Passage.mainOffices, Passage.localPremises]),
            fact("office_catchment", LocalizedText(fi: "Mikä päätoimipaikka palvelee mitäkin jäsenkuntaa (suunnitelma ei kerro; se käyttää osa-alueita Hämeenlinna-Hattula ja Forssan seutu).",
                               en: "Which main office serves which member (the plan does not say; it works with the sub-areas Hämeenlinna-Hattula and Forssan seutu)."),
                 .table(Dictionary(uniqueKeysWithValues: Membership.members.map { ($0.name, .string(catchment.value[$0.code]?.rawValue ?? "")) })),
                 [Passage.mainOffices, Passage.subAreas], catchment.status),
            fact("immigrant_service_point", LocalizedText(fi: "Monipalvelupiste, johon maahanmuuttajien palvelut keskitetään (suunnitelma ei kerro, mikä).",
                               en: "The multi-service point to which immigrant services are centralised (the plan does not say which)."),
                 .table(["name": .string(point.value.name), "city": .string(point.value.city ?? "")]), [Passage.immigrantPoint], point.status),
            fact("ohjaamo_count", LocalizedText(fi: "Ohjaamot (alle 30-vuotiaiden matalan kynnyksen palvelupisteet) alueella; sijainteja ei kerrota.",
                               en: "Ohjaamos (one-stop guidance for under-30s) in the area; their locations are not given."),
                 .number(2), [Passage.twoOhjaamos, Passage.ohjaamoUnder30]),
            fact("digital_services", LocalizedText(fi: "Digitaaliset palvelut 24/7-palvelulupauksella.",
                               en: "Digital services with a 24/7 service promise."), .string("24/7"), [Passage.digital247]),
            fact("delegations", LocalizedText(fi: "Vastuukunnan kuntiin tai julkisille organisaatioille siirtämät rajatut toimivallat (suunnitelma ei nimeä yhtään).",
                               en: "Limited powers the responsible municipality has transferred to municipalities or public organisations (none named in the plan)."),
                 .list(delegations.value.map { .table(["task": .string($0.task), "receiver": .string($0.receiver)]) }),
                 [Passage.delegation], delegations.status),
            fact("self_financed_extras", LocalizedText(fi: "Lakisääteisten palvelujen (oma tuotanto ja ostopalvelut) lisäksi TyöHäme voi tarjota asiakkaille omarahoitteisia lisäpalveluita.",
                               en: "Besides the statutory services (own production and purchases), TyöHäme may offer clients self-financed additional services."),
                 .string("mahdollinen"), [Passage.ownAndPurchased, Passage.selfFinancedExtras]),
            fact("ai_decisions_by_humans", LocalizedText(fi: "Tekoäly tukee päätöksentekoa, ihmiset tekevät päätökset.",
                               en: "AI supports decision-making; people make the decisions."), .string("tekoäly vain päätöksenteon tukena"), [Passage.aiAdvisory]),
            fact("daycare_for_clients", LocalizedText(fi: "Varhaiskasvatus järjestetään nopeasti asiakkaille, jotka tarvitsevat sitä päästäkseen koulutukseen ja palveluihin.",
                               en: "Early childhood education is arranged quickly for clients who need it to reach training and services."),
                 .string("järjestetään nopeasti"), [Passage.daycare]),
            fact("integration_programme_max_years", LocalizedText(fi: "Työmarkkinoille suuntaava kotoutumisohjelma kestää pääsääntöisesti enintään 2 vuotta; luku- ja kirjoitustaidon koulutus säilyy maksuttomana.",
                               en: "The labour-market integration programme lasts as a rule at most 2 years; literacy training stays free of charge."),
                 .number(2), [Passage.integrationProgramme, Passage.literacyFree]),
            fact("tym_cooperation_agreement", LocalizedText(fi: "Monialaisen tuen yhteistoimintamallista erillinen yhteistyösopimus Kanta-Hämeen työllisyysalueiden, Kanta-Hämeen hyvinvointialueen ja Kelan kesken.",
                               en: "A separate cooperation agreement on the multi-sectoral model between the Kanta-Häme employment areas, the Kanta-Häme wellbeing services county and Kela."),
                 .list([.string("Kanta-Hämeen työllisyysalueet"), .string("Kanta-Hämeen hyvinvointialue"), .string("Kela")]),
                 [Passage.tymAgreement, Passage.tymAgreementParties]),
            fact("employer_single_contact", LocalizedText(fi: "TyöHäme ja Etelä-Hämeen työllisyyspalvelualue palvelevat työnantajia yhden kontaktin periaatteella.",
                               en: "TyöHäme and the Etelä-Häme employment area serve employers on the single-contact principle."),
                 .list([.string("TyöHäme"), .string("Etelä-Hämeen työllisyyspalvelualue")]), [Passage.singleContact]),
        ]
    }

    /// "1 Dynaaminen pientankinta", … in the plan's order.
    private var modelNames: [String] {
        ProcurementRoutes.all.map { "\($0.number) \($0.modelName)" }.uniqued()
    }

    /// "Työllistymisen palvelut (Elinvoimainen ja yhdessä tekevä)", … — each basket with its strategic theme.
    private var basketNames: [String] {
        Baskets.all.map { "\($0.basket) (\($0.theme))" }.uniqued()
    }

    private var procurementFacts: [RegionFact] {
        [
            fact("procurement_models", LocalizedText(fi: "Suunnitelman neljä hankintamallia (alatyypit lähteissä ja procurement.get-vastauksissa).",
                               en: "The plan's four procurement models (sub-types and their pinned model values in the citations and in procurement.get)."),
                 .list(modelNames.map { .string($0) }), ProcurementRoutes.all.map(\.citation) + [Passage.dynamicSmallProcurement]),
            fact("service_baskets", LocalizedText(fi: "Korimalli: kolme palvelukategorioiden koria (niiden kohdat lähteissä).",
                               en: "The basket model (Korimalli): three baskets of service categories (their items in the citations)."),
                 .list(basketNames.map { .string($0) }), [Passage.basketModel] + Baskets.all.map(\.citation)),
            fact("employment_condition", LocalizedText(fi: "Julkisissa hankinnoissa käytetään työllistämisehtoa.",
                               en: "Public procurements use an employment condition (työllistämisehto)."),
                 .string("työllistämisehto"), [Passage.employmentCondition]),
            fact("procurement_effectiveness", LocalizedText(fi: "Kaikkien hankintojen vaikuttavuus mitataan työllistymisellä ja työssä pysymisellä, seurannalla ja raportoinnilla.",
                               en: "Every procurement is measured by employment and job retention, with monitoring and reporting."),
                 .list([.string("työllistyminen"), .string("työssä pysyminen")]), [Passage.effectiveness]),
        ]
    }
}
