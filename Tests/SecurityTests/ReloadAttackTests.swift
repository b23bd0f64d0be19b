// ReloadAttackTests.swift — issue 14 item 9: a reload must not drop a region because a configured
// plugin cannot be loaded (a misspelt name); only a plugin the config marks `optional` may fail.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct ReloadAttackTests {
    static let kempele = #"{"municipality": "Kempele", "service": "palkkatuki", "date": "2025-03-01"}"#

    @Test func aMisspeltPluginFailsTheReloadAndTheOldSetKeepsServing() throws {
        let directory = TemporaryDirectory("alue-misspelt")
        let config = try TestConfig.write(in: directory.path)
        let daemon = try DaemonProcess(config: config)
        let connection = try daemon.connect()
        try TestConfig.write(in: directory.path, plugins: ["PaijatHame", "TyoHame", "Oulux"].map(JSONValue.string))
        let answer = try connection.request("system.reload")
        let route = try connection.request("route", try JSONParser.parse(Self.kempele))
        print("attack 9 (\"Oulux\" on reload): reload \(answer["result"]?.jsonText ?? answer["error"]?.errorKind ?? "?"); "
              + "Kempele routes to \(route["result"]?["region"]?.stringValue ?? route["error"]?.errorKind ?? "?")")
        let error = try #require(answer["error"], "the reload took: \(answer.jsonText)")
        #expect(error.errorKind == "reload_failed")
        #expect(error["data"]?["messages"]?.arrayValue?.contains { $0.stringValue?.contains("Oulux") == true } == true, "\(error.jsonText)")
        #expect(route["result"]?["region"] == .string("oulu"))
        #expect(try connection.call("system.status")["generation"] == .number("1"))
        // SIGHUP takes the same path.
        kill(daemon.pid, SIGHUP)
        #expect(try connection.call("system.ping")["pong"] == .bool(true))
        #expect(try connection.request("route", try JSONParser.parse(Self.kempele))["result"]?["region"] == .string("oulu"))
    }

    @Test func anOptionalPluginMayFailOnReload() throws {
        let directory = TemporaryDirectory("alue-optional")
        let config = try TestConfig.write(in: directory.path)
        let daemon = try DaemonProcess(config: config)
        try TestConfig.write(in: directory.path, plugins: [
            .string("PaijatHame"), .string("TyoHame"), .string("Oulu"),
            .object([("name", .string("Lappi")), ("optional", .bool(true))]),
        ])
        let reload = try daemon.connect().call("system.reload")
        #expect(reload["ok"] == .bool(true))
        #expect(reload["messages"]?.arrayValue?.contains { $0.stringValue?.hasPrefix("Lappi: failed") == true } == true, "\(reload.jsonText)")
        let plugins = try daemon.connect().call("system.status")["plugins"]?.arrayValue ?? []
        #expect(plugins.count == 4)
    }

    @Test func atStartAFailingPluginIsSkippedUnlessRequired() throws {
        let directory = TemporaryDirectory("alue-start")
        let config = try TestConfig.write(in: directory.path, plugins: ["PaijatHame", "TyoHame", "Oulux"].map(JSONValue.string))
        let daemon = try DaemonProcess(config: config)
        let connection = try daemon.connect()
        let plugins = try connection.call("system.status")["plugins"]?.arrayValue ?? []
        #expect(plugins.first { $0["id"] == .string("Oulux") }?["state"] == .string("failed"))
        #expect(try connection.call("municipalities.resolve", json: #"{"municipality": "Forssa"}"#)["region"] == .string("tyohame"))
        #expect(daemon.log.contains("reload will fail until it loads or the config marks it optional"), "\(daemon.log)")
    }
}
