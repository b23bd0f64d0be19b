// swift-tools-version:6.0
// The plugin API is a package of its own so that alued and every region plugin link ONE shared
// libPluginAPI.so: inside the root package SwiftPM would link it statically into each of them, the
// type metadata would be duplicated and the daemon's checked casts of plugin objects would fail
// (docs/architecture.md §7).
import PackageDescription

let package = Package(
    name: "PluginAPI",
    products: [
        .library(name: "PluginAPI", type: .dynamic, targets: ["PluginAPI"]),
    ],
    targets: [
        .target(name: "PluginAPI"),
    ],
    swiftLanguageModes: [.v6]
)
