// PluginFixture.swift — a region plugin loaded from its built .so exactly as alued loads it, and
// configured with the repository's data, for the plugin rule tests.

import AlueCore
import PluginAPI

public enum PluginFixture {
    /// Loads `lib<name>.so` from the bin directory and configures it with config/data.
    public static func load(_ name: String) throws -> any RegionPlugin {
        let plugin = try PluginLoader.load(path: BuildProducts.plugin(name))
        return try plugin.configured(with: data(regionID: plugin.declaration.id, members: plugin.declaration.members.map(\.code)))
    }

    /// The repository's data for a region, as alued loads it: config/data/<regionID>/parameters.json
    /// and the members' statistics. Tests edit it to see the self-check refuse a bad value.
    public static func data(regionID: String, members: [MunicipalityCode]) throws -> RegionData {
        try RegionDataLoader.load(regionID: regionID, members: members, dataDir: Repository.dataDir,
                                  statistics: StatisticsTable.load(dataDir: Repository.dataDir),
                                  statutes: NationalLaw.load(dataDir: Repository.dataDir).services)
    }

    /// The municipality directory of config/data, to resolve names in tests.
    public static func directory() throws -> MunicipalityDirectory {
        try MunicipalityDirectory.load(dataDir: Repository.dataDir)
    }

    public static func day(_ iso: String) -> EffectiveDate {
        guard let date = EffectiveDate(iso: iso) else { preconditionFailure("bad test date \(iso)") }
        return date
    }
}
