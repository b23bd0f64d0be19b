// FixtureRegionPlugin.swift — a small, valid region plugin for a fictional area in Lapland, used
// by the tests: it answers two services (neuvonta paid by the client's municipality,
// tyovoimakoulutus from a shared pool split by population) and refuses the rest, so tests can
// reach `not_offered`, exercise the ledger's statements, and load a fourth region next to the real
// three without touching them.

import PluginAPI
#if canImport(Glibc)
import Glibc
#endif

/// The conformance kit's defect fixtures: ALUE_FIXTURE_DEFECT makes this otherwise valid plugin
/// wrong in exactly one way (`duplicate_member`, `unanswered`, `no_basis`, `bad_weights`, and the
/// protocol-2 ones: `offers_repealed` answers a service national law no longer has,
/// `state_without_plan` hands an employment-authority task to the state with no passage of its plan,
/// `unquoted_explicit` claims explicit on a passage it does not quote, `bearer_mismatch` splits a pool
/// but names one municipality as its bearer). Read from the environment because one library serves
/// several tests; a real plugin reads nothing.
private let defect = getenv("ALUE_FIXTURE_DEFECT").map { String(cString: $0) } ?? ""

struct FixtureRegionPlugin: RegionPlugin {
    static let document = "fixture-plan.txt"

    let declaration = RegionDeclaration(
        id: "testialue",
        name: "Testialueen työllisyysalue (fixture)",
        version: "0.0.1",
        members: [MunicipalityRef(code: "148", name: "Inari"), MunicipalityRef(code: "890", name: "Utsjoki")]
            + (defect == "duplicate_member" ? [MunicipalityRef(code: "148", name: "Inari")] : []),
        responsibleMunicipality: MunicipalityRef(code: "148", name: "Inari"),
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [Citation(document: document, section: "1 Jäsenet", lines: "1-2", quote: "Inari ja Utsjoki")])

    private static let services = Citation(document: document, section: "2 Palvelut", lines: "3",
                                           quote: defect == "unquoted_explicit" ? nil : "neuvonta ja työvoimakoulutus")
    /// A statute alone: no passage of the area's own plan.
    private static let statuteOnly = Citation(document: "Laki työvoimapalveluiden järjestämisestä 380/2023", section: "50 §")

    private func rule(_ service: ServiceID) -> ServiceRule {
        let shared = service == .tyovoimakoulutus
        let grounds = Grounds([Self.services])
        let toTheState = defect == "state_without_plan" && service == .neuvonta
        return ServiceRule(
            route: RouteFacts(delivery: toTheState ? .state : shared ? .purchased : .local,
                              provider: Party(name: "Inarin työllisyyspalvelut"),
                              grounds: toTheState ? Grounds([Self.statuteOnly], .inferred, notes: [LocalizedText(fi: "valtio", en: "the state")]) : grounds),
            procurement: ProcurementTerms(ProcurementOutcome(model: shared ? .frameworkAgreement : .ownProduction,
                                                             procuringAuthority: Party(name: "Inarin kunta")), grounds: grounds),
            cost: CostTerms(principle: shared ? .sharedByKey : .ownMunicipality,
                            payer: shared ? .responsibleMunicipality : .clientMunicipality,
                            bearer: shared && defect != "bearer_mismatch" ? .membersByKey(key.poolKey) : .clientMunicipality,
                            grounds: grounds))
    }

    private var key: AllocationKey {
        AllocationKey(region: declaration.id, pool: "shared", year: 2025,
                      factors: [AllocationFactor(name: Statistic.population, weight: defect == "bad_weights" ? 0.9 : 1, source: "fixture")],
                      basis: declaration.basis, status: .default,
                      notes: [LocalizedText(fi: "Jakoavain on testiaineiston oletus.", en: "The key is the fixture's default.")])
    }

    func configured(with data: RegionData) throws(DecisionError) -> FixtureRegionPlugin { self }

    private func requireOffered(_ service: ServiceID, on date: EffectiveDate) throws(DecisionError) {
        try declaration.requireInEffect(on: date)
        if defect == "unanswered" && service == .eures { throw .invalidData(LocalizedText(verbatim: "eures forgotten")) }
        let offered: [ServiceID] = [.neuvonta, .tyovoimakoulutus] + (defect == "offers_repealed" ? [.velvoitetyollistaminen] : [])
        guard offered.contains(service) else {
            throw .notOffered(service: service, reason: LocalizedText(fi: "testialue tarjoaa vain palvelut neuvonta ja tyovoimakoulutus",
                                                      en: "the fixture area offers only neuvonta and tyovoimakoulutus"),
                              basis: [Self.services])
        }
    }

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try requireOffered(query.service, on: query.date)
        var decision = declaration.routingDecision(query, rule(query.service))
        if defect == "no_basis" { decision.basis = [] }
        return decision
    }

    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        try requireOffered(query.service, on: query.date)
        return declaration.procurementDecision(query, rule(query.service))
    }

    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision {
        try requireOffered(query.service, on: query.date)
        return declaration.costDecision(query, rule(query.service))
    }

    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        guard query.pool == nil || query.pool == "shared" else { throw .invalidParameter(LocalizedText(fi: "tuntematon pooli '\(query.pool!)'; alueella on: shared", en: "unknown pool '\(query.pool!)'; this region has: shared")) }
        var key = self.key
        key.year = query.year
        return key
    }

    func facts(on date: EffectiveDate) -> [RegionFact] { [] }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(FixtureRegionPlugin()) }
