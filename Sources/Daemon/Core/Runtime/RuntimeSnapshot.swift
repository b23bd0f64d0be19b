// Runtime/RuntimeSnapshot.swift — one generation of everything a request reads: settings,
// municipalities, statistics and plugins. Immutable; a reload builds a new one beside it and
// swaps it in, so a request that started on the old generation finishes on it.

import Foundation
import PluginAPI

public final class RuntimeSnapshot: Sendable {
    public let generation: Int
    public let settings: DaemonSettings
    public let directory: MunicipalityDirectory
    public let statistics: StatisticsTable
    /// National law: the statutory layer and the benefit shares (config/data/national).
    public let law: NationalLaw
    /// Reusable allocation keys and declared statistic substitutes (config/data/keys).
    public let keys: KeyLibrary
    public let regions: RegionSet
    /// Encoded answers of this generation (DecisionCache.swift).
    public let answers: DecisionCache

    public init(generation: Int, settings: DaemonSettings, directory: MunicipalityDirectory,
                statistics: StatisticsTable, law: NationalLaw, keys: KeyLibrary, regions: RegionSet) {
        self.generation = generation
        self.settings = settings
        self.directory = directory
        self.statistics = statistics
        self.law = law
        self.keys = keys
        self.regions = regions
        self.answers = DecisionCache(limitBytes: settings.limits.answerCacheBytes)
    }

    /// Which failing plugins stop a generation. At start there is no other generation to serve, so
    /// only a `required` plugin stops it and the others are skipped (and reported); on reload the
    /// serving generation stays, so any plugin not marked `optional` keeps it — a misspelt name
    /// must not silently drop a region.
    public enum Occasion: Sendable {
        case start, reload

        func stops(_ source: PluginSource) -> Bool {
            switch self {
            case .start: return source.required
            case .reload: return !source.optional
            }
        }
    }

    /// Reads the data and loads the plugins `settings` name. With `probeInChild`, each plugin is
    /// first loaded and self-checked in a child alued, so one that traps never enters this process.
    /// - Throws: `SnapshotError` when data is unreadable or a plugin failed that stops `occasion`.
    public static func build(settings: DaemonSettings, generation: Int, log: Log, occasion: Occasion = .start,
                             probeInChild: Bool = false) throws -> RuntimeSnapshot {
        let directory: MunicipalityDirectory
        let statistics: StatisticsTable
        let law: NationalLaw
        let keys: KeyLibrary
        do {
            directory = try MunicipalityDirectory.load(dataDir: settings.dataDir)
            statistics = try StatisticsTable.load(dataDir: settings.dataDir, stateDir: settings.stateDir)
            law = try NationalLaw.load(dataDir: settings.dataDir)
            keys = try KeyLibrary.load(dataDir: settings.dataDir)
        } catch {
            throw SnapshotError(messages: [SnapshotError.diagnostic("\(error)")])
        }
        let (regions, failures) = RegionSet.load(sources: settings.plugins, directory: directory,
                                                 dataDir: settings.dataDir, statistics: statistics, statutes: law.services, log: log,
                                                 probe: probeInChild ? { ChildProcessCheck.run($0, configPath: settings.configPath, quick: true) } : nil)
        let stopping = failures.filter { occasion.stops($0.source) }
        guard stopping.isEmpty else {
            throw SnapshotError(messages: stopping.map { failure in
                occasion == .start
                    ? LocalizedText(fi: "pakollinen laajennus ei latautunut: \(failure.source.name): \(failure.message)",
                                    en: "required plugin failed: \(failure.source.name): \(failure.message)")
                    : LocalizedText(fi: "laajennus \(failure.source.name) ei latautunut: \(failure.message) "
                                        + "(merkitse se asetuksiin \"optional\", jos alued saa palvella ilman sitä)",
                                    en: "plugin \(failure.source.name) failed: \(failure.message) (mark it \"optional\" in the config to serve without it)")
            })
        }
        for failure in failures where occasion == .start && !failure.source.optional {
            log.warning("plugin \(failure.source.name) is skipped; a reload will fail until it loads or the config marks it optional")
        }
        return RuntimeSnapshot(generation: generation, settings: settings, directory: directory,
                               statistics: statistics, law: law, keys: keys, regions: regions)
    }
}

extension RuntimeSnapshot {
    /// The next generation with `statistics` in place of this one's: the same plugins, configured
    /// again with the new figures (no library is loaded again, so it takes milliseconds).
    public func with(statistics: StatisticsTable) throws -> RuntimeSnapshot {
        var regions: [LoadedRegion] = []
        for region in self.regions.regions {
            let data = try RegionDataLoader.load(regionID: region.declaration.id, members: region.declaration.members.map(\.code),
                                                 dataDir: settings.dataDir, statistics: statistics, statutes: law.services)
            do {
                regions.append(LoadedRegion(plugin: try region.plugin.configured(with: data), declaration: region.declaration,
                                            library: region.library, data: data, libraryIdentity: region.libraryIdentity))
            } catch {
                throw SnapshotError(messages: [LocalizedText(fi: "\(region.declaration.id) ei hyväksy uusia lukuja: \(error.message(in: .fi))",
                                                             en: "\(region.declaration.id) refuses the new figures: \(error.message(in: .en))")])
            }
        }
        return RuntimeSnapshot(generation: generation + 1, settings: settings, directory: directory, statistics: statistics,
                               law: law, keys: keys, regions: RegionSet(regions: regions, statuses: self.regions.statuses))
    }
}

/// Why a generation could not be built; each message is one problem. The log and `alued --check`
/// write them in English; `system.reload` answers in the caller's language.
public struct SnapshotError: Error, Sendable, CustomStringConvertible {
    public let messages: [LocalizedText]
    public var description: String { messages.map(\.en).joined(separator: "; ") }

    /// The problems of any error a reload or an import meets.
    public static func messages(of error: any Error) -> [LocalizedText] {
        (error as? SnapshotError)?.messages ?? [diagnostic("\(error)")]
    }

    /// A diagnostic of the config or data files (file, key, line and what is wrong) for the
    /// administrator: written once, as the journal and `alued --check` show it, so it is the same in
    /// both languages.
    static func diagnostic(_ text: String) -> LocalizedText {
        LocalizedText(verbatim: text)
    }
}
