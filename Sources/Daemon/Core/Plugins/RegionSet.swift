// Plugins/RegionSet.swift — the region plugins of one generation: loaded, checked, configured
// with their data, and indexed by id and by member municipality.

import PluginAPI

/// A plugin that passed its checks and is configured with this generation's data.
public struct LoadedRegion: Sendable {
    public let plugin: any RegionPlugin
    public let declaration: RegionDeclaration
    public let library: String
    /// The data the plugin is configured with (the decision log digests it; the impact preview
    /// reads its dates).
    public let data: RegionData
    /// The library file as it was when loaded, so a digest taken later can tell it was replaced.
    public let libraryIdentity: FileIdentity?

    public init(plugin: any RegionPlugin, declaration: RegionDeclaration, library: String, data: RegionData = RegionData(),
                libraryIdentity: FileIdentity? = nil) {
        self.plugin = plugin
        self.declaration = declaration
        self.library = library
        self.data = data
        self.libraryIdentity = libraryIdentity
    }
}

/// The loaded regions and the status of every configured plugin, failed ones included.
public struct RegionSet: Sendable {
    public let regions: [LoadedRegion]
    public let statuses: [PluginStatus]
    private let byID: [String: Int]
    private let byMember: [MunicipalityCode: Int]

    public init(regions: [LoadedRegion], statuses: [PluginStatus]) {
        self.regions = regions.sorted { $0.declaration.id < $1.declaration.id }
        self.statuses = statuses
        var byID: [String: Int] = [:]
        var byMember: [MunicipalityCode: Int] = [:]
        for (index, region) in self.regions.enumerated() {
            byID[region.declaration.id] = index
            for member in region.declaration.members { byMember[member.code] = index }
        }
        self.byID = byID
        self.byMember = byMember
    }

    public func region(id: String) -> LoadedRegion? { byID[id].map { regions[$0] } }

    public func region(covering code: MunicipalityCode) -> LoadedRegion? { byMember[code].map { regions[$0] } }

    /// Loads every source in order. A plugin that fails is recorded as `failed` and skipped; the
    /// failures are returned with their sources so the caller can decide which ones stop it.
    /// `probe` (the daemon passes a child-process check) sees each library first: a library it
    /// rejects — or that crashes it — is never loaded into this process.
    public static func load(sources: [PluginSource], directory: MunicipalityDirectory, dataDir: String,
                            statistics: StatisticsTable, statutes: StatutoryLayer, log: Log,
                            probe: (([String]) -> [ConformanceReport])? = nil) -> (set: RegionSet, failures: [PluginFailure]) {
        var loaded: [LoadedRegion] = []
        var statuses: [PluginStatus] = []
        var failures: [PluginFailure] = []
        let probes = probe.map { probe in Dictionary(zip(sources.map(\.path), probe(sources.map(\.path))), uniquingKeysWith: { first, _ in first }) }

        for source in sources {
            do {
                if let report = probes?[source.path], let failure = report.checks.first(where: { !$0.passed }) {
                    throw PluginRejection(id: report.id ?? source.name, version: report.version ?? "",
                                          message: "\(failure.name): \(failure.detail)")
                }
                let plugin = try PluginLoader.load(path: source.path)
                let identity = FileIdentity.of(source.path)
                let declaration = plugin.declaration
                var problems = ConformanceKit.declarationChecks(declaration, directory: directory).filter { !$0.passed }
                    .map { "\($0.name): \($0.detail)" }
                let (idClashes, overlaps) = ConformanceKit.conflicts(
                    .init(id: declaration.id, members: declaration.members, library: source.path),
                    with: loaded.map { .init(id: $0.declaration.id, members: $0.declaration.members, library: $0.library) })
                problems += idClashes.map { "region id '\(declaration.id)' is already served by \($0)" }
                if !overlaps.isEmpty { problems.append("overlapping regions: " + ConformanceKit.summary(overlaps, ok: "")) }
                guard problems.isEmpty else {
                    throw PluginRejection(id: declaration.id, version: declaration.version,
                                          message: problems.joined(separator: "; "))
                }
                let data = try RegionDataLoader.load(regionID: declaration.id, members: declaration.members.map(\.code),
                                                     dataDir: dataDir, statistics: statistics, statutes: statutes)
                let configured: any RegionPlugin
                do {
                    configured = try plugin.configured(with: data)
                } catch {
                    throw PluginRejection(id: declaration.id, version: declaration.version,
                                          message: "self-check failed: \(error.message)")
                }
                loaded.append(LoadedRegion(plugin: configured, declaration: declaration, library: source.path, data: data,
                                           libraryIdentity: identity))
                statuses.append(PluginStatus(id: declaration.id, state: .loaded, version: declaration.version,
                                             library: source.path))
                log.info("plugin \(declaration.id) \(declaration.version) loaded from \(source.path): \(declaration.members.count) municipalities")
            } catch {
                let rejection = error as? PluginRejection
                let message = rejection?.message ?? "\(error)"
                statuses.append(PluginStatus(id: rejection?.id ?? source.name, state: .failed,
                                             version: rejection.flatMap { $0.version.isEmpty ? nil : $0.version },
                                             library: source.path, error: message))
                log.error("plugin \(source.name) (\(source.path)) not loaded: \(message)")
                failures.append(PluginFailure(source: source, message: message))
            }
        }
        return (RegionSet(regions: loaded, statuses: statuses), failures)
    }
}

/// A configured plugin that did not load, and why.
public struct PluginFailure: Sendable {
    public var source: PluginSource
    public var message: String
}

/// A plugin that loaded but may not serve, with what is known of it.
private struct PluginRejection: Error {
    var id: String
    var version: String
    var message: String
}
