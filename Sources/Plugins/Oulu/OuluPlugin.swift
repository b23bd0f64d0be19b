// OuluPlugin.swift — the Oulu region employment area (Oulun seudun työllisyysalue): declaration,
// entry points, and the protocol conformance, which only delegates to the rule files.

import PluginAPI

struct OuluPlugin: RegionPlugin {
    static let plan = "004_cc00a80936f2630b.txt"

    let declaration = RegionDeclaration(
        id: "oulu",
        name: "Oulun seudun työllisyysalue",
        version: "0.1.0",
        members: [
            MunicipalityRef(code: "072", name: "Hailuoto"), MunicipalityRef(code: "139", name: "Ii"),
            MunicipalityRef(code: "244", name: "Kempele"), MunicipalityRef(code: "425", name: "Liminka"),
            MunicipalityRef(code: "436", name: "Lumijoki"), MunicipalityRef(code: "494", name: "Muhos"),
            MunicipalityRef(code: "564", name: "Oulu"), MunicipalityRef(code: "615", name: "Pudasjärvi"),
            MunicipalityRef(code: "859", name: "Tyrnävä"), MunicipalityRef(code: "889", name: "Utajärvi"),
            MunicipalityRef(code: "785", name: "Vaala"),
        ],
        responsibleMunicipality: MunicipalityRef(code: "564", name: "Oulu"),
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [
            Citation(document: plan, section: "1 Suunnitelman tarkoitus", lines: "54-66",
                     quote: "Seuraavilla kunnilla on tavoitteena muodostaa yhteinen työllisyysalue työvoimapalveluiden järjestämiseksi 1.1.2025 alkaen vastuukuntamallilla"),
            Citation(document: plan, section: "1 Suunnitelman tarkoitus", lines: "68",
                     quote: "Oulun kaupunki toimisi työllisyysalueen vastuukuntana."),
        ])

    var data = RegionData()

    func configured(with data: RegionData) throws(DecisionError) -> OuluPlugin {
        var plugin = self
        plugin.data = data
        return plugin
    }

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try declaration.requireInEffect(on: query.date)
        throw notYetEncoded(query.service)
    }

    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision {
        try declaration.requireInEffect(on: query.date)
        throw notYetEncoded(query.service)
    }

    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision {
        try declaration.requireInEffect(on: query.date)
        throw notYetEncoded(query.service)
    }

    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey {
        throw .invalidData("the Oulu allocation key is not encoded yet")
    }

    func facts(on date: EffectiveDate) -> [RegionFact] { [] }

    private func notYetEncoded(_ service: ServiceID) -> DecisionError {
        .notOffered(service: service, reason: "the Oulu plugin does not encode this service's rules yet",
                    basis: declaration.basis)
    }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(OuluPlugin()) }
