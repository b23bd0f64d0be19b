// DecisionLog/PluginProvenance.swift — which rules answered: each plugin's id, version, and SHA-256
// digests of its library file and of the data it was configured with. Computed once per generation,
// in the decision log's background writer, never on a request's path.

import AlueWire
import Foundation
import PluginAPI

/// A file's identity when it was loaded: device, inode, size and modification time. A library
/// replaced on disk afterwards (by `install` or `cp`) no longer matches, so its digest is not taken
/// from a file that never answered.
public struct FileIdentity: Equatable, Hashable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int

    public static func of(_ path: String) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
                            modifiedSeconds: status.st_mtim.tv_sec, modifiedNanoseconds: status.st_mtim.tv_nsec)
    }
}

/// One plugin of a generation as the decision log records it.
struct PluginProvenance: Sendable {
    var id: String
    var version: String
    var library: String
    /// `sha256:<hex>` of the library file, nil when the file changed after it was loaded.
    var libraryDigest: String?
    /// `sha256:<hex>` of the region's parameters, its members' statistics and the statutory layer.
    var dataDigest: String

    var json: JSONValue {
        .object([("id", .string(id)), ("version", .string(version)), ("library", .string(library)),
                 ("libraryDigest", libraryDigest.map(JSONValue.string) ?? .null), ("dataDigest", .string(dataDigest))])
    }

    /// The plugins of `regions`; `libraries` caches library digests by file identity across generations
    /// (a statistics import makes a new generation of the same libraries).
    static func of(_ regions: [LoadedRegion], libraries: inout [FileIdentity: String]) -> [PluginProvenance] {
        regions.map { region in
            var libraryDigest: String?
            if let identity = region.libraryIdentity, FileIdentity.of(region.library) == identity {
                if let known = libraries[identity] {
                    libraryDigest = known
                } else if let contents = FileManager.default.contents(atPath: region.library), FileIdentity.of(region.library) == identity {
                    libraryDigest = "sha256:" + SHA256.hex(of: contents)
                    libraries[identity] = libraryDigest
                }
            }
            return PluginProvenance(id: region.declaration.id, version: region.declaration.version, library: region.library,
                                    libraryDigest: libraryDigest, dataDigest: "sha256:" + digest(of: region.data))
        }
    }

    /// A digest of `data` that does not depend on dictionary order (which differs per process).
    static func digest(of data: RegionData) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var hash = SHA256()
        func add(_ value: some Encodable) {
            hash.update((try? encoder.encode(value)) ?? Data())
            hash.update([0x0A])
        }
        add(data.parameters)
        for statistic in data.statistics.keys.sorted() {
            let byMunicipality = data.statistics[statistic] ?? [:]
            for code in byMunicipality.keys.sorted() {
                add([statistic, code.rawValue])
                add((byMunicipality[code] ?? []).sorted { ($0.referenceDate, $0.source) < ($1.referenceDate, $1.source) })
            }
        }
        for id in data.statutes.services.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
            if let service = data.statutes.services[id] { add(service) }
        }
        return hash.hex()
    }
}
