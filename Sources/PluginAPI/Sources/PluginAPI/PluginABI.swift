// PluginABI.swift — the binary contract between alued and a region plugin: the API version and the
// two C-named entry points every plugin exports.

/// The version of the plugin API a library was built against.
///
/// - Important: `@_alwaysEmitIntoClient` copies this getter into every plugin, so a plugin's
///   `alue_plugin_abi` returns the version *it* was compiled with. A `static let` would be read
///   from the host's libPluginAPI.so in debug builds and the daemon's check would always pass
///   (docs/architecture.md §7). Bump it on every change to a protocol requirement or
///   to the layout of a type crossing the boundary, and rebuild everything from clean.
public enum PluginABI {
    @_alwaysEmitIntoClient public static var version: Int32 { 2 }

    /// Name of the exported symbol returning the plugin's API version (`() -> Int32`).
    public static let versionSymbol = "alue_plugin_abi"
    /// Name of the exported symbol returning a retained `PluginBox` (`() -> UnsafeMutableRawPointer`).
    public static let createSymbol = "alue_plugin_create"
}

/// Signature of `alue_plugin_abi`.
public typealias PluginABIFunction = @convention(c) () -> Int32
/// Signature of `alue_plugin_create`.
public typealias PluginCreateFunction = @convention(c) () -> UnsafeMutableRawPointer

/// The object `alue_plugin_create` hands to the daemon. The daemon takes it with
/// `Unmanaged.fromOpaque(_:).takeRetainedValue()` and a *checked* `as? PluginBox` cast, which is
/// what turns a plugin built against another copy of this API into an error instead of a crash.
public final class PluginBox: Sendable {
    public let plugin: any RegionPlugin

    public init(_ plugin: any RegionPlugin) {
        self.plugin = plugin
    }

    /// Retains a box around `plugin` and returns it as the opaque pointer `alue_plugin_create` returns.
    public static func export(_ plugin: any RegionPlugin) -> UnsafeMutableRawPointer {
        Unmanaged.passRetained(PluginBox(plugin)).toOpaque()
    }
}
