// PaijatHameFixture.swift — the Päijät-Häme plugin loaded once from its .so as the daemon loads it,
// and the query helpers its rule tests share.

import AlueCore
import PluginAPI
import TestSupport

enum PaijatHameFixture {
    static let plan = "001_ee65168c221e2ff3.txt"
    static let annex = "000_11bdabc63440b9e6.txt"
    static let letterOfIntent = "002_a0b78d7245c3aeb7.txt"
    static let seeds: Set<String> = [plan, annex, letterOfIntent]

    /// The nine members as plan line 106 lists them.
    static let memberNames = ["Asikkala", "Hartola", "Heinola", "Hollola", "Iitti", "Kärkölä", "Orimattila", "Padasjoki", "Sysmä"]

    private static let loaded = Result { try PluginFixture.load("PaijatHame") }

    static func plugin() throws -> any RegionPlugin { try loaded.get() }

    static let day = PluginFixture.day("2025-06-02")

    static func member(_ name: String) throws -> MunicipalityRef {
        guard let member = try plugin().declaration.members.first(where: { $0.name == name }) else {
            throw PaijatHameFixtureError("\(name) is not a member")
        }
        return member
    }

    /// The municipality `name` from the daemon's directory (for non-members such as Lahti).
    static func municipality(_ name: String) throws -> MunicipalityRef {
        guard let record = try PluginFixture.directory().resolve(name) else { throw PaijatHameFixtureError("unknown municipality \(name)") }
        return MunicipalityRef(code: record.code, name: record.nameFi)
    }

    static func route(_ name: String, _ service: ServiceID, on date: EffectiveDate = day, segment: ClientSegment? = nil,
                      client: ClientProfile = ClientProfile(), employer: String? = nil,
                      training: TrainingQuery? = nil) throws -> RoutingDecision {
        let query = RouteQuery(municipality: try member(name), service: service, date: date, segment: segment, client: client,
                               employer: try employer.map { EmployerProfile(location: try municipality($0)) }, training: training)
        return try plugin().route(query)
    }

    static func cost(_ name: String, _ service: ServiceID, on date: EffectiveDate = day) throws -> CostDecision {
        try plugin().costResponsibility(CostQuery(municipality: try member(name), service: service, date: date))
    }

    static func procurement(_ service: ServiceID, on date: EffectiveDate = day) throws -> ProcurementDecision {
        try plugin().procurement(ProcurementQuery(service: service, date: date))
    }

    /// The repository's data for the region, as the daemon loads it.
    static func repositoryData() throws -> RegionData {
        let declaration = try plugin().declaration
        return try PluginFixture.data(regionID: declaration.id, members: declaration.members.map(\.code))
    }

    /// Whether `decision` cites `document` at `lines`.
    static func cites<Outcome>(_ decision: Decision<Outcome>, _ document: String, _ lines: String) -> Bool {
        cites(decision.basis, document, lines)
    }

    static func cites(_ basis: [Citation], _ document: String, _ lines: String) -> Bool {
        basis.contains { $0.document == document && $0.lines == lines }
    }

    /// Every citation the statutory layer (config/data/national) holds: the statutes a plugin may cite
    /// besides its own documents.
    static func statuteCitations() throws -> Set<Citation> { try statutes.get() }

    private static let statutes = Result {
        Set(try repositoryData().statutes.services.values.flatMap { $0.legalBasis + ($0.funding?.basis ?? []) })
    }

    /// The plugin configured with the repository's parameters as edited by `change`.
    static func plugin(editing change: (inout [String: ParameterSeries]) -> Void) throws -> any RegionPlugin {
        var data = try repositoryData()
        change(&data.parameters)
        return try plugin().configured(with: data)
    }
}

struct PaijatHameFixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
