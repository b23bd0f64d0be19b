// Runtime/NationalLaw.swift — reads the statutory layer (config/data/national): every catalog
// service's national facts (services.json) and the municipal shares of unemployment benefits
// (benefit-shares.json). National law is the same for every area, so it is read once per
// generation, checked here, and handed to every plugin in its RegionData.

import Foundation
import PluginAPI

/// National law as data, one generation's copy.
public struct NationalLaw: Sendable {
    public let services: StatutoryLayer
    public let benefitShares: BenefitShareTable

    public init(services: StatutoryLayer, benefitShares: BenefitShareTable) {
        self.services = services
        self.benefitShares = benefitShares
    }

    /// Reads `<dataDir>/national`. Every catalog service must have exactly one entry, each with a
    /// legal basis; a missing or malformed file names itself.
    public static func load(dataDir: String) throws -> NationalLaw {
        let directory = "\(dataDir)/national"
        struct ServicesFile: Decodable { var services: [StatutoryService] }
        let entries = try decode(ServicesFile.self, at: "\(directory)/services.json").services
        var problems: [String] = []
        var seen: Set<ServiceID> = []
        for entry in entries {
            if ServiceCatalog.entry(entry.service) == nil { problems.append("'\(entry.service)' is not a catalog service") }
            if !seen.insert(entry.service).inserted { problems.append("'\(entry.service)' is listed twice") }
            if entry.legalBasis.isEmpty { problems.append("'\(entry.service)' has no legal basis") }
        }
        let missing = ServiceCatalog.ids.filter { !seen.contains($0) }
        if !missing.isEmpty { problems.append("no entry for \(missing.map(\.rawValue).joined(separator: ", "))") }
        guard problems.isEmpty else {
            throw DataError("\(directory)/services.json: " + problems.joined(separator: "; "))
        }
        let shares = try decode(BenefitShareTable.self, at: "\(directory)/benefit-shares.json")
        if let problem = shares.problem { throw DataError("\(directory)/benefit-shares.json: \(problem)") }
        return NationalLaw(services: StatutoryLayer(entries), benefitShares: shares)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, at path: String) throws -> Value {
        guard let data = FileManager.default.contents(atPath: path) else { throw DataError("\(path) is missing") }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw DataError("\(path): \(describe(error))")
        }
    }
}
