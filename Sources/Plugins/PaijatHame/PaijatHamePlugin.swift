// PaijatHamePlugin.swift — the Päijät-Häme employment area (lead municipality Hollola): declaration,
// entry points, and the protocol conformance, which only delegates to the rule files.

import PluginAPI

struct PaijatHamePlugin: RegionPlugin {
    static let plan = "001_ee65168c221e2ff3.txt"

    let declaration = RegionDeclaration(
        id: "paijat-hame",
        name: "Päijät-Hämeen työllisyysalue",
        version: "0.1.0",
        members: [
            MunicipalityRef(code: "016", name: "Asikkala"), MunicipalityRef(code: "081", name: "Hartola"),
            MunicipalityRef(code: "111", name: "Heinola"), MunicipalityRef(code: "098", name: "Hollola"),
            MunicipalityRef(code: "142", name: "Iitti"), MunicipalityRef(code: "316", name: "Kärkölä"),
            MunicipalityRef(code: "560", name: "Orimattila"), MunicipalityRef(code: "576", name: "Padasjoki"),
            MunicipalityRef(code: "781", name: "Sysmä"),
        ],
        responsibleMunicipality: MunicipalityRef(code: "098", name: "Hollola"),
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [
            Citation(document: plan, section: "1.2 Päijät-Hämeen työllisyysalue", lines: "106",
                     quote: "Työllisyysalueella kuntalain (410/2015) 52 §:n mukaisesti vastuukuntana on Hollolan kunta."),
            Citation(document: "002_a0b78d7245c3aeb7.txt", section: "1 Aiesopimuksen tausta ja osapuolet", lines: "27",
                     quote: "Lahden kaupungin tarkoituksena on toimia itsenäisenä työvoimaviranomaisena"),
        ])

    var data = RegionData()

    func configured(with data: RegionData) throws(DecisionError) -> PaijatHamePlugin {
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
        throw .invalidData("the Päijät-Häme allocation key is not encoded yet")
    }

    func facts(on date: EffectiveDate) -> [RegionFact] { [] }

    private func notYetEncoded(_ service: ServiceID) -> DecisionError {
        .notOffered(service: service, reason: "the Päijät-Häme plugin does not encode this service's rules yet",
                    basis: declaration.basis)
    }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(PaijatHamePlugin()) }
