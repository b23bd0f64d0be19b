// TyoHamePlugin.swift — the TyöHäme employment area (lead municipality Hämeenlinna): declaration,
// entry points, and the protocol conformance, which only delegates to the rule files.

import PluginAPI

struct TyoHamePlugin: RegionPlugin {
    static let plan = "003_534daa39d3e418e0.txt"

    let declaration = RegionDeclaration(
        id: "tyohame",
        name: "TyöHäme-työllisyysalue",
        version: "0.1.0",
        members: [
            MunicipalityRef(code: "109", name: "Hämeenlinna"), MunicipalityRef(code: "082", name: "Hattula"),
            MunicipalityRef(code: "061", name: "Forssa"), MunicipalityRef(code: "834", name: "Tammela"),
            MunicipalityRef(code: "169", name: "Jokioinen"), MunicipalityRef(code: "981", name: "Ypäjä"),
            MunicipalityRef(code: "103", name: "Humppila"),
        ],
        responsibleMunicipality: MunicipalityRef(code: "109", name: "Hämeenlinna"),
        effectiveFrom: EffectiveDate(year: 2025, month: 1, day: 1)!,
        basis: [
            Citation(document: plan, section: "1 Johdanto", lines: "96",
                     quote: "TyöHämeen muodostavat Hämeenlinna, Hattula, Forssa, Tammela, Jokioinen, Ypäjä ja Humppila. Hämeenlinnan kaupunki toimii TyöHämeen vastuukuntana."),
        ])

    var data = RegionData()

    func configured(with data: RegionData) throws(DecisionError) -> TyoHamePlugin {
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
        throw .invalidData("the TyöHäme allocation key is not encoded yet")
    }

    func facts(on date: EffectiveDate) -> [RegionFact] { [] }

    private func notYetEncoded(_ service: ServiceID) -> DecisionError {
        .notOffered(service: service, reason: "the TyöHäme plugin does not encode this service's rules yet",
                    basis: declaration.basis)
    }
}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 { PluginABI.version }

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer { PluginBox.export(TyoHamePlugin()) }
