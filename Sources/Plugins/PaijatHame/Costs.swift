// Costs.swift — the cost parts the area's rules use: who pays first (`payer`) and who finally bears the
// cost (`bearer`) — the shared budget split by the plan's three criteria, the causation principle, Lahti's
// call-transfer invoice and Lahti's own services, splits agreed case by case with Lahti, and the state's
// tasks (the services other bodies fund by law are the statutory layer's, see `Settings.statutoryCosts`).

import PluginAPI

enum Costs {
    /// The area's budget from 2025 (plan line 268), the default pool of `costs.allocate`.
    static let sharedPool = "shared_services"

    /// The parties of a cost settled case by case between the province's two employment authorities.
    static let bothAuthorities = [Parties.area.name, Lahti.name]

    // MARK: The shared budget

    /// A cost of the area's own: Hollola, the responsible municipality, pays it from the area's budget and
    /// the members bear it by the plan's criteria (plan line 268). The plan names no service's cost, so
    /// the principle is read (inferred); the key's weights are a parameter (its own grounds).
    static func sharedBudget(_ settings: Settings, region: String, year: Int) -> CostTerms {
        CostTerms(principle: .sharedByKey, payer: .responsibleMunicipality,
                  bearer: .membersByKey(sharedServicesKey(settings, region: region, year: year).poolKey),
                  grounds: Grounds([Passage.cooperationAgreementFinance, Passage.sharedBudgetCriteria], .inferred, notes: [
                      LocalizedText(
                          fi: "Päätelty: suunnitelman mukaan alueen taloudessa lähtökohtana ovat kuntien laaja työttömyys, "
                              + "18–64-vuotiaiden määrä ja vieraskielisten määrä, ja vain osa kustannuksista katetaan "
                              + "aiheuttamisperiaatteella, esimerkkeinä palkkatuki ja starttiraha (suunnitelma r. 268). Tämän "
                              + "palvelun kustannusta ei nimetä erikseen, joten se luetaan alueen yhteiseksi: vastuukunta Hollola "
                              + "maksaa sen, ja jäsenkunnat kantavat sen jakoperusteen mukaan.",
                          en: "Inferred: the plan bases the area's finances on the members' broad unemployment, residents aged "
                              + "18–64 and foreign-language speakers, covering only some costs by causation, pay subsidy and "
                              + "start-up grant as examples (plan L268). This service's cost is not named, so it is read as the "
                              + "area's shared cost: Hollola, the responsible municipality, pays it and the members bear it by the key."),
                  ]))
    }

    /// The shared budget's key: the plan's three criteria in its order (line 268) with the weights of
    /// parameter `shared_pool_weights`, since the cooperation agreement that would hold them (the plan's
    /// «liite 1») is not among the documents.
    static func sharedServicesKey(_ settings: Settings, region: String, year: Int) -> AllocationKey {
        let weights = settings.sharedPoolWeights
        let factors = weights.value.factors.map {
            AllocationFactor(name: $0.statistic, weight: $0.weight,
                             source: "parameters.json: shared_pool_weights (\(weights.status.rawValue), from \(weights.entry.from))")
        }
        let listed = factors.map { "\($0.name) \($0.weight.plainText)" }.joined(separator: ", ")
        return AllocationKey(
            region: region, pool: sharedPool, year: year, factors: factors,
            basis: [Passage.cooperationAgreementFinance, Passage.sharedBudgetCriteria], status: weights.status,
            notes: [LocalizedText(
                        fi: "Poolin '\(sharedPool)' jakoavain: \(listed). Suunnitelma nimeää jakoperusteet (r. 268) mutta ei painoja; "
                            + "yhteistoimintasopimus (suunnitelman liite 1), johon talous perustuu, ei ole asiakirjojen joukossa.",
                        en: "Key of pool '\(sharedPool)': \(listed). The plan names the criteria (L268) but no weights; the "
                            + "cooperation agreement (the plan's annex 1) the finances follow is not among the documents."),
                    LocalizedText(
                        fi: "Aiheuttamisperiaatteella katettavat kustannukset (palkkatuki, starttiraha ja parametrin "
                            + "causer_pays_services palvelut) eivät kuulu tähän pooliin (r. 268).",
                        en: "Costs covered by causation (pay subsidy, start-up grant and the services of parameter "
                            + "causer_pays_services) are not in this pool (L268)."),
                    weights.note])
    }

    // MARK: Causation

    /// Pay subsidy and start-up grant: the plan names them as covered by causation (line 268), so the
    /// client's home municipality pays and bears them.
    static let causerPays = CostTerms(
        principle: .causerPays, payer: .clientMunicipality, bearer: .clientMunicipality,
        grounds: Grounds([Passage.causerPays], notes: [LocalizedText(
            fi: "Aiheuttaja on tuettavan henkilön kotikunta; yrityksen sijaintikunta olisi toinen mahdollinen luenta.",
            en: "The causer is the subsidised person's home municipality; the company's location would be the other reading.")]))

    /// A cost the plan covers by causation only by the area's own choice: the plan names pay subsidy and
    /// start-up grant as examples of «osa kustannuksista» (line 268); parameter `causer_pays_services` lists the others.
    static func causerPaysByParameter(_ setting: DatedSetting<Set<ServiceID>>) -> CostTerms {
        CostTerms(principle: .causerPays, payer: .clientMunicipality, bearer: .clientMunicipality,
                  grounds: Grounds(setting, basis: [Passage.causerPays]).adding(notes: [LocalizedText(
                      fi: "Suunnitelma kattaa aiheuttamisperiaatteella «osan kustannuksista» ja nimeää esimerkkeinä vain palkkatuen "
                          + "ja starttirahan (r. 268); parametri causer_pays_services lukee tämänkin palvelun niihin.",
                      en: "The plan covers «some costs» by causation and names only pay subsidy and start-up grant as examples "
                          + "(L268); parameter causer_pays_services counts this service among them.")]))
    }

    // MARK: Lahti

    /// A service of the City of Lahti's own employment authority (a Lahti-located company): Lahti organises
    /// for its own part (plan line 49) as the province's other authority (line 60), so it funds it.
    static let lahtiOwnService = CostTerms(
        principle: .ownMunicipality, payer: .authority(Lahti.name), bearer: .member(Lahti.municipality),
        grounds: Grounds([Passage.lahtiOwnPart, Passage.twoAuthorities], .inferred, notes: [LocalizedText(
            fi: "Päätelty: Lahti järjestää palvelut omalta osaltaan (suunnitelma r. 49) maakunnan toisena työvoimaviranomaisena "
                + "(r. 60), joten se rahoittaa oman viranomaisensa palvelut; alueen jäsenkunnat eivät maksa niitä.",
            en: "Inferred: Lahti organises the services for its own part (plan L49) as the province's other employment "
                + "authority (L60), so it funds its own authority's services; none of the area's members pays for them.")]))

    /// Lahti bills the call transfers of the joint employer number to the area (annex 2 lines 15–17): Hollola
    /// pays the invoice, and the members bear it by the key of the area's budget (the bearer is inferred).
    static func callTransfers(_ settings: Settings, region: String, year: Int) -> CostTerms {
        let billing = settings.employerPhoneBilling
        return CostTerms(
            principle: .billedByOtherAuthority, payer: .responsibleMunicipality,
            bearer: .membersByKey(sharedServicesKey(settings, region: region, year: year).poolKey),
            billing: Billing(invoicer: Lahti.name, period: billing.value.period, deadline: billing.value.deadline),
            grounds: Grounds([Passage.callTransferBilling, Passage.callTransferBillingAlternative, Passage.callTransferCostMonitoring,
                              Passage.sharedBudgetCriteria], .inferred, notes: [
                LocalizedText(
                    fi: "Lahti seuraa soitonsiirtojen kustannuksia ja laskuttaa ne alueelta koontilaskuna kerran vuodessa 15.12. "
                        + "mennessä; vaihtoehtona on laskutus tilikauden mukaan (liite 2, r. 15–17). Siirron hintaa ei kerrota.",
                    en: "Lahti monitors the call-transfer costs and bills them to the area as one summary invoice a year by "
                        + "15 December; the alternative is billing by the accounting period (annex 2 L15-17). No price per transfer is given."),
                LocalizedText(
                    fi: "Päätelty: lasku on alueen, joten vastuukunta Hollola maksaa sen ja jäsenkunnat kantavat sen alueen talouden "
                        + "jakoperusteen mukaan (suunnitelma r. 268).",
                    en: "Inferred: the invoice is the area's, so Hollola, the responsible municipality, pays it and the members bear "
                        + "it by the key of the area's finances (plan L268)."),
                billing.note,
            ]).adding(Grounds([], billing.status)))
    }

    /// A procurement made together with Lahti: the split of its costs is always agreed case by case (annex 1 line 5).
    static let jointProcurementWithLahti = CostTerms(
        principle: .caseByCase, payer: .responsibleMunicipality, bearer: .caseByCase(parties: bothAuthorities),
        grounds: Grounds([Passage.jointProcurementCostSplit, Passage.planningCosts, Passage.clientSpecificCosts], .inferred, notes: [
            LocalizedText(
                fi: "Päätelty: Lahden kanssa yhteisen hankinnan kustannusten jaosta sovitaan aina tapauskohtaisesti; suunnittelun "
                    + "ja prosessin hallinnan kustannukset kuuluvat hankinnan tekijälle, ellei toisin sovita, ja asiakaskohtaiset "
                    + "kustannukset asiakkaan kotikunnan työvoimaviranomaiselle (liite 1, r. 5 ja 9). Alueen osuuden maksaa Hollola.",
                en: "Inferred: the split of a procurement made together with Lahti is always agreed case by case; planning and "
                    + "process costs fall on the procuring authority unless agreed otherwise, client-specific costs on the client's "
                    + "home authority (annex 1 L5, L9). Hollola pays the area's share."),
        ]))

    // MARK: The state

    /// A task the plan leaves with the state (the «Valtion tehtäviä» column of its table, line 356).
    static let stateTask = CostTerms(
        principle: .stateFunded, payer: .authority(Parties.state.name), bearer: .state(body: Parties.state.name),
        grounds: Grounds([Passage.stateUnemploymentSecurity], .inferred, notes: [LocalizedText(
            fi: "Päätelty: suunnitelma jättää vaativat työttömyysturvan asiantuntijalausunnot valtiolle (r. 356), joten alue ei maksa niitä.",
            en: "Inferred: the plan leaves the demanding expert statements on unemployment security with the state (L356), "
                + "so the area does not pay for them.")]))
}

extension CostTerms {
    /// These terms resting also on `basis`, as the note reads it: at most inferred.
    func adding(_ basis: [Citation], reading note: LocalizedText) -> CostTerms {
        var terms = self
        terms.grounds = grounds.adding(basis, .inferred, notes: [note])
        return terms
    }

    /// These terms resting also on `basis`, which the notes quote: the status stays the terms' own.
    func adding(_ basis: [Citation], notes: [LocalizedText]) -> CostTerms {
        var terms = self
        terms.grounds = grounds.adding(basis, notes: notes)
        return terms
    }
}
