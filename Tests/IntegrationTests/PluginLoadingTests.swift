// PluginLoadingTests.swift — alued loads what it can: broken libraries are reported and skipped,
// a required plugin that fails stops startup, --check reports without opening the socket.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct PluginLoadingTests {
    @Test func readelfShowsEveryBinaryNeedsTheSharedPluginAPI() throws {
        // docs/architecture.md §7: a static copy of PluginAPI in a plugin breaks the daemon's casts.
        for binary in [BuildProducts.alued] + ["PaijatHame", "TyoHame", "Oulu"].map(BuildProducts.plugin) {
            let result = try CommandRunner.run("/usr/bin/readelf", ["-d", binary])
            #expect(result.stdout.contains("Shared library: [libPluginAPI.so]"), "\(binary)")
        }
    }

    @Test func aBrokenLibraryInThePluginDirectoryIsReportedAndTheOthersServe() throws {
        let directory = TemporaryDirectory("alue-plugins")
        let pluginDir = try TestConfig.pluginDirectory(in: directory.path, plugins: ["Oulu", "TyoHame", "BrokenPlugin"],
                                                       extraFiles: ["libJunk.so": "this is not an ELF file\n"])
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", pluginDir])
        let status = try daemon.connect().call("system.status")
        let plugins = status["plugins"]?.arrayValue ?? []
        func state(_ library: String) -> JSONValue? {
            plugins.first { $0["library"]?.stringValue?.hasSuffix(library) == true }
        }
        #expect(state("libOulu.so")?["state"] == .string("loaded"))
        #expect(state("libTyoHame.so")?["state"] == .string("loaded"))
        #expect(state("libBrokenPlugin.so")?["state"] == .string("failed"))
        #expect(state("libBrokenPlugin.so")?["error"]?.stringValue?.contains("plugin API 99") == true)
        #expect(state("libJunk.so")?["state"] == .string("failed"))
        #expect(state("libJunk.so")?["error"]?.stringValue?.contains("cannot load library") == true)
        #expect(try daemon.connect().call("municipalities.resolve", json: #"{"municipality": "Forssa"}"#)["region"] == .string("tyohame"))
        #expect(daemon.log.contains("<3>plugin libBrokenPlugin.so"))
    }

    @Test func aForeignObjectFromCreateIsRefusedByTheCheckedCast() throws {
        let directory = TemporaryDirectory("alue-plugins")
        let pluginDir = try TestConfig.pluginDirectory(in: directory.path, plugins: ["BrokenPlugin"])
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", pluginDir], environment: ["ALUE_BROKEN_MODE": "foreign"])
        defer { withExtendedLifetime(daemon) {} }
        let plugin = try #require(try daemon.connect().call("system.status")["plugins"]?.arrayValue?.first)
        #expect(plugin["state"] == .string("failed"))
        #expect(plugin["error"]?.stringValue?.contains("not a PluginAPI.PluginBox") == true)
    }

    @Test func aRequiredPluginThatFailsStopsStartupWithExitOne() throws {
        let directory = TemporaryDirectory("alue-required")
        let config = try TestConfig.write(in: directory.path, plugins: [
            .string("Oulu"), .object([("name", .string("Missing")), ("required", .bool(true))]),
        ])
        let daemon = try DaemonProcess(config: config, waitForReady: false)
        daemon.process.waitUntilExit()
        #expect(daemon.process.terminationStatus == 1)
        #expect(daemon.log.contains("required plugin failed: Missing"))
        #expect(!FileManager.default.fileExists(atPath: daemon.socketPath))
    }

    @Test func checkReportsWithoutOpeningTheSocket() throws {
        let good = try CommandRunner.run(BuildProducts.alued, ["--config", Repository.config, "--check"])
        #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
        #expect(good.stdout.contains("(oulu "))
        #expect(good.stdout.contains("alued: check passed"))

        let directory = TemporaryDirectory("alue-check")
        let config = try TestConfig.write(in: directory.path, plugins: ["Oulu", "BrokenPlugin"].map(JSONValue.string))
        let bad = try CommandRunner.run(BuildProducts.alued, ["--config", config, "--check"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("FAILED"))
        #expect(bad.stdout.contains("plugin API 99"))
    }

    @Test func aFourthRegionLoadsBesideTheRealThreeWithoutTouchingThem() throws {
        let directory = TemporaryDirectory("alue-fourth")
        let pluginDir = try TestConfig.pluginDirectory(in: directory.path,
                                                       plugins: ["PaijatHame", "TyoHame", "Oulu", "FixtureRegion"])
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", pluginDir])
        defer { withExtendedLifetime(daemon) {} }
        let regions = try daemon.connect().call("regions.list").arrayValue?.compactMap { $0["id"]?.stringValue }
        #expect(regions == ["oulu", "paijat-hame", "testialue", "tyohame"])
    }
}
