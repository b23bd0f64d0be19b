// Facts.swift — the plan's figures and governance rules as `regions.get` lists them, each cited,
// plus the configured values that stand in where the plan is silent.

import PluginAPI

enum Facts {
    private static let planDate = EffectiveDate(year: 2023, month: 9, day: 11)

    static func all(settings: Settings?) -> [RegionFact] {
        plan + (settings.map(configured) ?? [])
    }

    /// What the plan itself says.
    static let plan: [RegionFact] = [
        fact("plan_date", LocalizedText(fi: "Järjestämissuunnitelman päiväys; laadittu ennen alueen perustamista, konditionaalissa.",
                                        en: "Date of the organising plan; written before the area existed, in the conditional mood."),
             .string("2023-09-11"), Plan.cite(.cover, "21", "Päiväys: 11.9.2023")),
        fact("plan_period", LocalizedText(fi: "Suunnitelma kertoo vain alkamispäivän 1.1.2025; kattamaansa kautta, päättymis- tai "
                                              + "tarkistuspäivää se ei nimeä.",
                                          en: "The plan gives only its start, 1.1.2025; it names no period it covers, no end and no "
                                              + "review date."),
             .table(["from": .string("2025-01-01")]), Plan.cite(.purpose, "54", "1.1.2025 alkaen vastuukuntamallilla")),
        fact("organisation_model", LocalizedText(fi: "Jäsenkunnat järjestävät työvoimapalvelut yhdessä 1.1.2025 alkaen vastuukuntamallilla.",
                                                 en: "The members organise employment services jointly from 1.1.2025 with the responsible-municipality model."),
             .string("vastuukuntamalli"), Plan.cite(.purpose, "54", "1.1.2025 alkaen vastuukuntamallilla")),
        fact("responsible_municipality", LocalizedText(fi: "Oulun kaupunki toimisi työllisyysalueen vastuukuntana.",
                                                       en: "The City of Oulu would act as the responsible municipality."),
             .table(["code": .string("564"), "name": .string("Oulu")]), Plan.responsibleMunicipality),
        fact("member_count", LocalizedText(fi: "Suunnitelman luettelemat jäsenkunnat.", en: "Member municipalities listed in the plan."),
             .number(11), Plan.cite(.purpose, "54-66", "Seuraavilla kunnilla on tavoitteena muodostaa yhteinen työllisyysalue")),
        RegionFact(name: "contract_municipalities",
                   description: LocalizedText(fi: "Muut jäsenkunnat kuin Oulu: sopimuskunnat, joille Oulu delegoi toimivallan lähipalveluihin.",
                                              en: "The members other than Oulu, to which Oulu delegates authority for the local services."),
                   value: .list(Membership.members.filter { !$0.isResponsible }.map { .string($0.ref.name) }),
                   asOf: planDate, basis: [Plan.delegation], status: .inferred),
        fact("delegation_basis", LocalizedText(fi: "Oulu antaa sopimuskunnille viranomaistoimivallan lähipalveluihin kuntalain 54 §:n mukaisesti.",
                                               en: "Oulu gives the contract municipalities authority for the local services under the Local Government Act."),
             .string("kuntalaki 54 §"), Plan.delegation),
        fact("cooperation_agreement", LocalizedText(fi: "Suunnitelma on kuntien yhteistoimintasopimuksen liite; sopimus määrittelee "
                                                        + "kustannustenjaon periaatteet eikä ole aineistossa.",
                                                    en: "The plan is an annex to the municipalities' cooperation agreement, which sets the "
                                                        + "cost-split principles and is not among the documents."),
             .string("yhteistoimintasopimus"), Plan.cite(.purpose, "70", "on laadittu kuntien välisen yhteistoimintasopimuksen liitteeksi")),
        fact("governance", LocalizedText(fi: "Oulu johtaa aluetta yhteisen toimielimen asettamien tavoitteiden mukaisesti; toimielimen "
                                             + "kokoonpanoa ja äänestystapaa ei kerrota.",
                                         en: "Oulu leads the area by the goals a joint body sets; the body's composition and voting are not stated."),
             .string("yhteinen toimielin"),
             Plan.cite(.leadership, "357", "Vastuukunta vastaa työllisyysalueen johtamisesta yhteisen toimielimen asettamien tavoitteiden mukaisesti")),
        fact("appropriations_planning", LocalizedText(fi: "Oulu suunnittelee työllisyysmäärärahojen käytön.",
                                                      en: "Oulu plans the use of the employment appropriations."),
             .string("Oulu"), Plan.cite(.leadership, "359", "Vastuukunta vastaa työllisyysmäärärahojen käytön suunnittelusta.")),
        fact("staff_central_statutory_services_fte", LocalizedText(fi: "Alustava arvio lakisääteisten keskitettyjen palveluiden "
                                                                       + "henkilötyövuosista (Oulun palveluksessa).",
                                                                   en: "Preliminary estimate of person-years for the statutory centralised "
                                                                       + "services (employed by Oulu)."),
             .number(47), Plan.cite(.staffEstimate, "592", "noin 47 henkilötyövuotta")),
        fact("staff_support_services_fte", LocalizedText(fi: "Alustava arvio yhteisten tukipalveluiden, koordinaation ja johtamisen henkilötyövuosista.",
                                                         en: "Preliminary estimate of person-years for the common support services, coordination and leadership."),
             .number(24), Plan.cite(.staffEstimate, "594", "noin 24 henkilötyövuotta")),
        fact("staff_employer", LocalizedText(fi: "Lähipalveluiden henkilöstö on sen kunnan palveluksessa, jossa se tekee asiakastyötä; "
                                                 + "keskitettyjen palveluiden henkilöstö Oulun.",
                                             en: "Local staff work for the municipality where they do client work; centralised staff for Oulu."),
             .table(["local": .string("the member where the client work is done"), "centralised": .string("Oulu")]),
             Plan.cite(.staffPlacement, "579", "Lähipalveluita toteuttava henkilöstö sijoittuu sen kunnan palvelukseen, jossa tekee asiakastyötä.")),
        fact("premises", LocalizedText(fi: "Kukin jäsenkunta järjestää omat tilansa; Oulu omien lähipalveluidensa ja keskitettyjen palveluiden tilat.",
                                       en: "Each member arranges its own premises; Oulu those of its local and centralised staff."),
             .string("each member"), Plan.ownPremises),
        fact("local_services_financing", LocalizedText(fi: "Lähipalveluiden taloudellinen resursointi on kunkin kunnan omalla vastuulla.",
                                                       en: "Local services are financed by each municipality itself."),
             .string("own_municipality"), Plan.localFinancing),
        fact("cost_split_principles", LocalizedText(fi: "LIITE 2 jakaa keskitettyjen palveluiden kustannukset kahdella periaatteella.",
                                                    en: "LIITE 2 splits the centralised services' costs by two principles."),
             .list([.string("VOS-PERIAATTEILLA"), .string("AIHEUTTAMISPERIAATTEILLA")]), Plan.costSplitInAgreement),
        fact("causer_pays_items", LocalizedText(fi: "Erät, jotka LIITE 2 jakaa aiheuttamisperiaatteella.",
                                                en: "The items LIITE 2 splits by the causer principle."),
             .list(["Palkkatukipäätökset ja maksatus", "Starttirahapäätökset ja maksatus",
                    "Harkinnanvarainen kulukorvaus palveluun osallistumisesta", "Matka- ja yöpymiskustannusten korvaus",
                    "Työskentelyolosuhteiden järjestelytuki"].map { .string($0) }),
             Plan.annex2(.annex2Causer, "Työskentelyolosuhteiden järjestelytuki", line: 649)),
        RegionFact(name: "support_functions",
                   description: LocalizedText(fi: "Ouluun keskitetyt tukipalvelut, jotka jaetaan «VOS-PERIAATTEILLA» yhteisessä poolissa "
                                                  + "(LIITE 1:n tukipalvelusarake, LIITE 2:n ryhmä 3).",
                                              en: "Support functions centralised in Oulu and split «VOS-PERIAATTEILLA» in the shared pool "
                                                  + "(LIITE 1 support column, LIITE 2 group 3)."),
                   value: .list(["Tiedolla johtaminen, raportointi", "Suunnittelu, valmistelu, johtaminen, koordinointi",
                                 "Viestintä", "Tietojärjestelmien käytön tuki"].map { .string($0) }),
                   asOf: planDate,
                   basis: [Plan.annex1(.annex1Support, "Tiedolla johtaminen, raportointi"),
                           Plan.annex2(.annex2Support, "Tietojärjestelmien käytön tuki")],
                   status: .explicit),
        fact("other_area_clients", LocalizedText(fi: "Muiden työllisyysalueiden työnhakijat Oulun hankkimissa palveluissa: kustannusten "
                                                     + "jakautumisesta sovitaan asiakkaan työllisyysalueen kanssa.",
                                                 en: "Jobseekers of other employment areas in services Oulu procured: the cost split is "
                                                     + "agreed case by case with their area."),
             .string("case_by_case"),
             Plan.cite(.statutoryProcurement, "331", "Tällöin kustannusten jakautumisesta sovitaan asiakkaan työllisyysalueen kanssa.")),
        fact("supplementary_language_training_cost", LocalizedText(fi: "Oulun tai kuntien hankkima täydentävä (ei-lakisääteinen) "
                                                                       + "kielikoulutus maksetaan käytön mukaan.",
                                                                   en: "Supplementary (non-statutory) language training, bought by Oulu or "
                                                                       + "the members, is paid by use."),
             .string("causer_pays"), Plan.cite(.nonStatutoryProcurement, "343", "Kustannukset käytön mukaan.")),
        fact("alternation_leave", LocalizedText(fi: "Suunnitelma keskittää vuorotteluvapaapalvelut Ouluun ja jakaa ne VOS-periaatteella; "
                                                    + "luettelossa ei ole niille tunnusta.",
                                                en: "The plan centralises alternation-leave services (vuorotteluvapaa) in Oulu and splits "
                                                    + "them by the VOS key; there is no catalog id for them."),
             .string("centralised, shared_by_key"), Plan.cite(.employers, "310", "e. Vuorotteluvapaa-palvelut ja päätökset")),
        fact("associations", LocalizedText(fi: "Yhdistykset, joiden kanssa alue tekee yhteistyötä erityisesti heikossa työmarkkina-asemassa "
                                               + "olevien työnhakijoiden kanssa.",
                                           en: "Associations the area works with, mainly for jobseekers in a weak labour-market position."),
             .number(110), Plan.cite(.stakeholdersEmployers, "513", "Alueella n. 110 erilaista yhdistystä")),
    ]

    /// The configured values that stand in for what the plan leaves open.
    static func configured(_ settings: Settings) -> [RegionFact] {
        [setting("allocation_key_shared_services",
                 LocalizedText(fi: "Oletuspoolin jakoavain (LIITE 2 «VOS-PERIAATTEILLA»).",
                               en: "Allocation key of the default shared pool (LIITE 2 «VOS-PERIAATTEILLA»)."),
                 settings.sharedServicesKey, [Plan.costSplitInAgreement, Plan.vosPrinciple]),
         setting("allocation_key_integration_training",
                 LocalizedText(fi: "Kotoutumiskoulutuspoolin jakoavain.", en: "Allocation key of the integration-training pool."),
                 settings.integrationTrainingKey, [Plan.costSplitInAgreement, Plan.vosPrinciple]),
         setting("overhead_coefficient",
                 LocalizedText(fi: "Keskitettyjen palveluiden yleiskustannuskerroin (henkilöstö- ja talousasiantuntijoiden työ, tilat, "
                                   + "työvälineet, tietoliikenne); suunnitelma ei anna arvoa.",
                               en: "Overhead coefficient on the centralised services (HR and finance work, premises, tools, telecom); "
                                   + "the plan gives no value."),
                 settings.overheadCoefficient, [Plan.overheadCoefficient]),
         setting("unemployment_security_advice",
                 LocalizedText(fi: "Kuka antaa työttömyysturvaneuvonnan: LIITE 1:n mukaan Oulu, leipätekstin mukaan valtio.",
                               en: "Who gives unemployment-security advice: LIITE 1 says Oulu, the body the state."),
                 settings.unemploymentSecurityAdvice, Rules.unemploymentSecurityPassages)]
    }

    private static func fact(_ name: String, _ description: LocalizedText, _ value: ParameterValue,
                             _ citation: Citation) -> RegionFact {
        RegionFact(name: name, description: description, value: value, asOf: planDate, basis: [citation], status: .explicit)
    }

    private static func setting<Value>(_ name: String, _ description: LocalizedText, _ setting: DatedSetting<Value>,
                                       _ basis: [Citation]) -> RegionFact {
        RegionFact(name: name, description: description + LocalizedText(verbatim: " ") + setting.note, value: setting.entry.value,
                   asOf: setting.entry.from, basis: basis, status: setting.status)
    }
}
