// Data/ProcurementModels.swift — the plan's four procurement models and their sub-types
// («Palveluiden hankintamallit», 4.2, lines 435–453), mapped to the pinned model values.

import PluginAPI

/// A sub-type of one of the four models, e.g. "2 b. Pitkäkestoinen hankinta".
struct ProcurementRoute: Hashable, Sendable {
    let number: Int
    let modelName: String
    let subType: String
    let model: ProcurementModel
    let citation: Citation

    init(_ number: Int, _ modelName: String, _ subType: String, _ model: ProcurementModel, lines: String) {
        self.number = number
        self.modelName = modelName
        self.subType = subType
        self.model = model
        citation = Passage.procurementList(lines, subType)
    }

    /// How notes and facts name it, in the plan's words.
    var label: String { "hankintamalli \(number) «\(modelName)», \(subType)" }
}

enum ProcurementRoutes {
    // «Dynaaminen pientankinta» (sic): below-threshold purchases run as a dynamic system in
    // TyöllisyysSampo; `dynamic_purchasing_system` is the nearest pinned value.
    private static let model1 = "Dynaaminen pientankinta"
    private static let model2 = "Puitesopimukset, palvelukorit ja minikilpailutus"
    private static let model3 = "Kehittyvät hankinnat"
    private static let model4 = "Avustukset ja perinteinen hankinta"

    static let complementary = ProcurementRoute(1, model1, "a. JTYP-lain mukaisia palveluita täydentävät palvelut",
                                                .dynamicPurchasingSystem, lines: "437-438")
    static let quick = ProcurementRoute(1, model1, "b. Pikapalvelut", .dynamicPurchasingSystem, lines: "437-439")
    static let group = ProcurementRoute(2, model2, "a. Ryhmämuotoiset palvelut", .frameworkAgreement, lines: "441-442")
    static let longTerm = ProcurementRoute(2, model2, "b. Pitkäkestoinen hankinta", .frameworkAgreement, lines: "441-443")
    static let resultBased = ProcurementRoute(2, model2, "c. Tulospöusteinen hankinta", .outcomeBased, lines: "441-444")
    static let innovations = ProcurementRoute(3, model3, "a. Uudet innovaatiot", .innovationOrPilot, lines: "446-447")
    static let projects = ProcurementRoute(3, model3, "b. Hankkeet", .innovationOrPilot, lines: "446-448")
    static let experiments = ProcurementRoute(3, model3, "c. Kokeilut", .innovationOrPilot, lines: "446-449")
    static let municipalGrants = ProcurementRoute(4, model4, "a. Harkinnanvaraiset avustukset kuntakohtaisiin palveluhankintoihin",
                                                  .grant, lines: "451-452")
    static let largeTenders = ProcurementRoute(4, model4, "b. Mahdolliset perinteisesti kilpailutettavat isot kokonaisuudet",
                                               .other, lines: "451-453")

    static let all = [complementary, quick, group, longTerm, resultBased, innovations, projects, experiments,
                      municipalGrants, largeTenders]
}
