// swift-tools-version:6.0
// Alue: a local daemon answering how Finnish employment areas route, procure and pay for employment
// services, with one dynamically loaded plugin per area. No external package dependencies: the one
// package dependency is the local Sources/PluginAPI, a package of its own so that the daemon and
// every plugin share ONE libPluginAPI.so (docs/architecture.md, "The plugin ABI").
import PackageDescription

let pluginAPI: Target.Dependency = .product(name: "PluginAPI", package: "PluginAPI")

/// Where the installed binaries find libPluginAPI.so: `make install` puts alued in sbin/, aluectl in
/// bin/, libPluginAPI.so in lib/alue/ and the plugins in lib/alue/plugins/. SwiftPM's own `$ORIGIN`
/// (the build directory, where everything lies side by side) comes first, so builds run as before.
func installedRunpath(_ relative: String) -> [LinkerSetting] {
    [.unsafeFlags(["-Xlinker", "-rpath=$ORIGIN/\(relative)"])]
}

/// A region plugin: a dynamic library built from Sources/Plugins/<name>.
func regionPlugin(_ name: String) -> Target {
    .target(name: name, dependencies: [pluginAPI], path: "Sources/Plugins/\(name)", linkerSettings: installedRunpath(".."))
}

/// A region plugin's tests: a test target of its own per area, so that a new area's tests (a copy
/// of Tests/PluginTests/Template, docs/plugin-guide.md §2) never collide with another area's files.
/// Plugins are tested as the daemon uses them: loaded from their .so files (linking them statically
/// would clash, since every plugin exports the same two C symbols).
func regionPluginTests(_ name: String) -> Target {
    .testTarget(name: "\(name)Tests", dependencies: ["AlueCore", "TestSupport", pluginAPI], path: "Tests/PluginTests/\(name)")
}

let regionPlugins = ["PaijatHame", "TyoHame", "Oulu"]
/// Built and tested like the region plugins, never listed in the default config: the starting
/// point for a new employment area (docs/plugin-guide.md).
let templatePlugin = "Template"

let package = Package(
    name: "Alue",
    products: [
        .executable(name: "alued", targets: ["alued"]),
        .executable(name: "aluectl", targets: ["aluectl"]),
        // Test fixtures, products only so that `swift test` builds them; never in a config:
        // a deliberately broken plugin, a small valid region for a fictional area, a synthetic
        // 300-municipality region for the scale check, and the attackers of the security tests (a
        // client hogging connections, an LD_PRELOAD shim racing alued's bind).
        .library(name: "BrokenPlugin", type: .dynamic, targets: ["BrokenPlugin"]),
        .library(name: "FixtureRegion", type: .dynamic, targets: ["FixtureRegion"]),
        .library(name: "ScaleRegion", type: .dynamic, targets: ["ScaleRegion"]),
        .executable(name: "hostile-peer", targets: ["HostilePeer"]),
        .library(name: "BindRace", type: .dynamic, targets: ["BindRace"]),
    ] + (regionPlugins + [templatePlugin]).map { .library(name: $0, type: .dynamic, targets: [$0]) },
    dependencies: [
        .package(path: "Sources/PluginAPI"),
    ],
    targets: [
        // JSON values, parser and writer, line framing: shared by the daemon and aluectl.
        .target(name: "AlueWire", path: "Sources/Daemon/Wire"),
        // The system libsqlite3 for the ledger (no package: Debian's libsqlite3-dev).
        .systemLibrary(name: "CSQLite", path: "Sources/Daemon/CSQLite"),
        // Everything alued does, as a library the tests import.
        .target(name: "AlueCore", dependencies: [pluginAPI, "AlueWire", "CSQLite"], path: "Sources/Daemon/Core"),
        .executableTarget(name: "alued", dependencies: ["AlueCore"], path: "Sources/Daemon/Main",
                          linkerSettings: installedRunpath("../lib/alue")),
        // aluectl's commands, renderers and client, as a library the tests import.
        .target(name: "CtlKit", dependencies: [pluginAPI, "AlueWire"], path: "Sources/ctl/Kit"),
        .executableTarget(name: "aluectl", dependencies: ["CtlKit"], path: "Sources/ctl/Main",
                          linkerSettings: installedRunpath("../lib/alue")),
        .target(name: "BrokenPlugin", dependencies: [pluginAPI], path: "Tests/Fixtures/BrokenPlugin"),
        .target(name: "FixtureRegion", dependencies: [pluginAPI], path: "Tests/Fixtures/FixtureRegion"),
        .target(name: "ScaleRegion", dependencies: [pluginAPI], path: "Tests/Fixtures/ScaleRegion"),
        .executableTarget(name: "HostilePeer", path: "Tests/Fixtures/HostilePeer"),
        .target(name: "BindRace", path: "Tests/Fixtures/BindRace"),
        // Helpers the test targets share: build paths, a real daemon on a temp socket, plugin loading.
        .target(name: "TestSupport", dependencies: [pluginAPI, "AlueWire", "AlueCore", "CSQLite"], path: "Tests/TestSupport"),
        .testTarget(name: "WireTests", dependencies: ["AlueWire"]),
        .testTarget(name: "CoreTests", dependencies: ["AlueCore", "TestSupport", pluginAPI]),
        // aluectl's parsing and formatting in process: command lines, CSV, Finnish numbers and dates.
        .testTarget(name: "CtlTests", dependencies: ["CtlKit", "AlueWire"]),
        .testTarget(name: "IntegrationTests", dependencies: ["TestSupport", "AlueWire", pluginAPI]),
        // Tries to break the real daemon: fuzzing, connection storms, reloads under load, systemd.
        .testTarget(name: "ReliabilityTests", dependencies: ["TestSupport", "AlueWire"]),
        // The attacks of the security review, each reproduced against the real daemon.
        .testTarget(name: "SecurityTests", dependencies: ["TestSupport", "AlueWire"]),
    ] + (regionPlugins + [templatePlugin]).flatMap { [regionPlugin($0), regionPluginTests($0)] },
    swiftLanguageModes: [.v6]
)
