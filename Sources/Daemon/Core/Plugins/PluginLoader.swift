// Plugins/PluginLoader.swift — checks who could have written a plugin library, opens it, checks its
// API version, creates the plugin.
//
// The loading rules are docs/architecture.md §7: RTLD_NOW so unresolved symbols fail
// here and not in the middle of a request, RTLD_LOCAL so two plugins' identical entry-point names
// do not collide, RTLD_NODELETE and never dlclose because the Swift runtime keeps pointers into a
// loaded image's metadata.

import PluginAPI
#if canImport(Glibc)
import Glibc
#endif

/// Why a library could not be loaded as a plugin. The description is what ops read in the log and
/// in `system.status`.
public enum PluginLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    case fileNotFound(String)
    case dlopenFailed(String, String)
    case missingSymbol(String, String)
    case abiMismatch(String, found: Int32, expected: Int32)
    case foreignPluginAPI(String)
    /// Someone other than root or alued's user could have written the file (PluginTrust).
    case untrusted(String, String)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): no such file"
        case .dlopenFailed(_, let message):
            return "cannot load library: \(message)"
        case .missingSymbol(let path, let symbol):
            return "\(path) is not an Alue plugin: missing symbol \(symbol)"
        case .abiMismatch(let path, let found, let expected):
            return "\(path) was built for plugin API \(found), this alued speaks API \(expected); rebuild the plugin with the daemon's toolchain and PluginAPI"
        case .foreignPluginAPI(let path):
            return "\(path): alue_plugin_create returned an object that is not a PluginAPI.PluginBox (was the plugin linked against its own copy of PluginAPI?)"
        case .untrusted(let path, let problem):
            return "refusing to load \(path): \(problem); a plugin runs as alued's user, so only root or that user may be able to change it"
        }
    }
}

public enum PluginLoader {
    /// Loads the library at `path` and returns its plugin. Never unloads anything. Every process
    /// that loads a plugin (the daemon, the probing child, the conformance kit) comes through here,
    /// so no code of a library that fails PluginTrust ever runs.
    public static func load(path: String) throws(PluginLoadError) -> any RegionPlugin {
        let trusted = try PluginTrust.verify(path)
        _ = dlerror()
        guard let handle = dlopen(trusted, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE) else {
            throw .dlopenFailed(path, dlerror().map { String(cString: $0) } ?? "unknown dlopen error")
        }
        guard let abiSymbol = dlsym(handle, PluginABI.versionSymbol) else {
            throw .missingSymbol(path, PluginABI.versionSymbol)
        }
        let found = unsafeBitCast(abiSymbol, to: PluginABIFunction.self)()
        guard found == PluginABI.version else {
            throw .abiMismatch(path, found: found, expected: PluginABI.version)
        }
        guard let createSymbol = dlsym(handle, PluginABI.createSymbol) else {
            throw .missingSymbol(path, PluginABI.createSymbol)
        }
        let object = Unmanaged<AnyObject>.fromOpaque(unsafeBitCast(createSymbol, to: PluginCreateFunction.self)())
            .takeRetainedValue()
        guard let box = object as? PluginBox else { throw .foreignPluginAPI(path) }
        return box.plugin
    }
}
