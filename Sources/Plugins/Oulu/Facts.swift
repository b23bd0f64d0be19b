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
        fact("plan_date", "Date of the organising plan; written before the area existed, in the conditional mood.",
             .string("2023-09-11"), Plan.cite(.cover, "21", "Päiväys: 11.9.2023")),
        fact("organisation_model", "The members organise employment services jointly from 1.1.2025 with the responsible-municipality model.",
             .string("vastuukuntamalli"), Plan.cite(.purpose, "54", "1.1.2025 alkaen vastuukuntamallilla")),
        fact("responsible_municipality", "The City of Oulu would act as the responsible municipality.",
             .table(["code": .string("564"), "name": .string("Oulu")]),
             Plan.cite(.purpose, "68", "Oulun kaupunki toimisi työllisyysalueen vastuukuntana.")),
        fact("member_count", "Member municipalities listed in the plan.", .number(11),
             Plan.cite(.purpose, "54-66", "Seuraavilla kunnilla on tavoitteena muodostaa yhteinen työllisyysalue")),
        RegionFact(name: "contract_municipalities",
                   description: "The members other than Oulu, to which Oulu delegates authority for the local services.",
                   value: .list(Membership.members.filter { !$0.isResponsible }.map { .string($0.ref.name) }),
                   asOf: planDate, basis: [Production.delegation], status: .inferred),
        fact("delegation_basis", "Oulu gives the contract municipalities authority for the local services under the Local Government Act.",
             .string("kuntalaki 54 §"), Production.delegation),
        fact("cooperation_agreement", "The plan is an annex to the municipalities' cooperation agreement, which sets the cost-split principles and is not among the documents.",
             .string("yhteistoimintasopimus"),
             Plan.cite(.purpose, "70", "on laadittu kuntien välisen yhteistoimintasopimuksen liitteeksi")),
        fact("governance", "Oulu leads the area by the goals a joint body sets; the body's composition and voting are not stated.",
             .string("yhteinen toimielin"),
             Plan.cite(.leadership, "357", "Vastuukunta vastaa työllisyysalueen johtamisesta yhteisen toimielimen asettamien tavoitteiden mukaisesti")),
        fact("appropriations_planning", "Oulu plans the use of the employment appropriations.",
             .string("Oulu"), Plan.cite(.leadership, "359", "Vastuukunta vastaa työllisyysmäärärahojen käytön suunnittelusta.")),
        fact("staff_central_statutory_services_fte", "Preliminary estimate of person-years for the statutory centralised services (employed by Oulu).",
             .number(47), Plan.cite(.staffEstimate, "592", "noin 47 henkilötyövuotta")),
        fact("staff_support_services_fte", "Preliminary estimate of person-years for the common support services, coordination and leadership.",
             .number(24), Plan.cite(.staffEstimate, "594", "noin 24 henkilötyövuotta")),
        fact("staff_employer", "Local staff work for the municipality where they do client work; centralised staff for Oulu.",
             .table(["local": .string("the member where the client work is done"), "centralised": .string("Oulu")]),
             Plan.cite(.staffPlacement, "579", "Lähipalveluita toteuttava henkilöstö sijoittuu sen kunnan palvelukseen, jossa tekee asiakastyötä.")),
        fact("premises", "Each member arranges its own premises; Oulu those of its local and centralised staff.",
             .string("each member"), Production.ownPremises),
        fact("local_services_financing", "Local services are financed by each municipality itself.",
             .string("own_municipality"), Plan.localFinancing),
        fact("cost_split_principles", "LIITE 2 splits the centralised services' costs by two principles.",
             .list([.string("VOS-PERIAATTEILLA"), .string("AIHEUTTAMISPERIAATTEILLA")]), Plan.costSplitInAgreement),
        fact("causer_pays_items", "The items LIITE 2 splits by the causer principle.",
             .list(["Palkkatukipäätökset ja maksatus", "Starttirahapäätökset ja maksatus",
                    "Harkinnanvarainen kulukorvaus palveluun osallistumisesta", "Matka- ja yöpymiskustannusten korvaus",
                    "Työskentelyolosuhteiden järjestelytuki"].map { .string($0) }),
             Plan.annex2(.annex2Causer, "Työskentelyolosuhteiden järjestelytuki", line: 649)),
        RegionFact(name: "support_functions",
                   description: "Support functions centralised in Oulu and split «VOS-PERIAATTEILLA» in the shared pool (LIITE 1 support column, LIITE 2 group 3).",
                   value: .list(["Tiedolla johtaminen, raportointi", "Suunnittelu, valmistelu, johtaminen, koordinointi",
                                 "Viestintä", "Tietojärjestelmien käytön tuki"].map { .string($0) }),
                   asOf: planDate,
                   basis: [Plan.annex1(.annex1Support, "Tiedolla johtaminen, raportointi"),
                           Plan.annex2(.annex2Support, "Tietojärjestelmien käytön tuki")],
                   status: .explicit),
        fact("other_area_clients", "Jobseekers of other employment areas in services Oulu procured: the cost split is agreed case by case with their area.",
             .string("case_by_case"),
             Plan.cite(.statutoryProcurement, "331", "Tällöin kustannusten jakautumisesta sovitaan asiakkaan työllisyysalueen kanssa.")),
        fact("supplementary_language_training_cost", "Supplementary (non-statutory) language training, bought by Oulu or the members, is paid by use.",
             .string("causer_pays"), Plan.cite(.nonStatutoryProcurement, "343", "Kustannukset käytön mukaan.")),
        fact("alternation_leave", "The plan centralises alternation-leave services (vuorotteluvapaa) in Oulu and splits them by the VOS key; there is no catalog id for them.",
             .string("centralised, shared_by_key"), Plan.cite(.employers, "310", "e. Vuorotteluvapaa-palvelut ja päätökset")),
        fact("associations", "Associations the area works with, mainly for jobseekers in a weak labour-market position.",
             .number(110), Plan.cite(.stakeholdersEmployers, "513", "Alueella n. 110 erilaista yhdistystä")),
    ]

    /// The configured values that stand in for what the plan leaves open.
    static func configured(_ settings: Settings) -> [RegionFact] {
        [setting("allocation_key_shared_services", "Allocation key of the default shared pool (LIITE 2 «VOS-PERIAATTEILLA»).",
                 settings.sharedServicesKey, [Plan.costSplitInAgreement, Plan.vosPrinciple, Statute.stateShareCriteria]),
         setting("allocation_key_integration_training", "Allocation key of the integration-training pool.",
                 settings.integrationTrainingKey, [Plan.vosPrinciple, Statute.integrationTrainingCriterion]),
         setting("overhead_coefficient", "Overhead coefficient on the centralised services (HR and finance work, premises, tools, telecom); the plan gives no value.",
                 settings.overheadCoefficient, [Plan.overheadCoefficient]),
         setting("unemployment_security_advice", "Who gives unemployment-security advice: LIITE 1 says Oulu, the body the state.",
                 settings.unemploymentSecurityAdvice,
                 [Plan.annex1(.annex1Centralised, "Työttömyysturvaneuvonta"),
                  Plan.cite(.advice, "109", "työttömyysturva-asioiden neuvontapalvelua"),
                  Plan.cite(.stakeholdersAdvice, "460", "Uudenmaan ELY-keskuksen työttömyysturvaneuvonta asiakkaille.")])]
    }

    private static func fact(_ name: String, _ description: LocalizedText, _ value: ParameterValue,
                             _ citation: Citation) -> RegionFact {
        RegionFact(name: name, description: description, value: value, asOf: planDate, basis: [citation], status: .explicit)
    }

    private static func setting<Value>(_ name: String, _ description: LocalizedText, _ setting: DatedSetting<Value>,
                                       _ basis: [Citation]) -> RegionFact {
        RegionFact(name: name, description: description + " " + setting.note, value: setting.entry.value,
                   asOf: setting.entry.from, basis: basis, status: setting.status)
    }
}
