// BrokenPlugin.swift — a plugin that is wrong on purpose, so tests can prove the daemon survives it.
//
// ALUE_BROKEN_MODE selects the defect (read from the environment because one library must serve
// several tests): `abi` (default) declares API version 99; `foreign` returns an object that is not
// a PluginBox; `trap` traps inside `alue_plugin_create`, which only a child-process check survives;
// `marker` plays a planted library: the first call alued makes into it writes `uid=N` (the uid it
// runs as) to the file ALUE_BROKEN_MARKER names, then it declares API version 99 like `abi`.

import PluginAPI
#if canImport(Glibc)
import Glibc
#endif

private var brokenMode: String {
    getenv("ALUE_BROKEN_MODE").map { String(cString: $0) } ?? "abi"
}

private final class NotAPluginBox {}

@_cdecl("alue_plugin_abi")
public func alue_plugin_abi() -> Int32 {
    switch brokenMode {
    case "abi": return 99
    case "marker":
        if let path = getenv("ALUE_BROKEN_MARKER"), let file = fopen(path, "w") {
            fputs("uid=\(geteuid())\n", file)
            fclose(file)
        }
        return 99
    default: return PluginABI.version
    }
}

@_cdecl("alue_plugin_create")
public func alue_plugin_create() -> UnsafeMutableRawPointer {
    switch brokenMode {
    case "trap": fatalError("BrokenPlugin: alue_plugin_create traps on purpose")
    default: return Unmanaged.passRetained(NotAPluginBox()).toOpaque()
    }
}
