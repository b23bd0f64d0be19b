// SelfCheckTests.swift — a plugin whose data fails its self-check is reported and skipped, at start
// and at reload; the other regions keep serving.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct SelfCheckTests {
    /// A copy of config/data without Oulu's parameters.
    static func dataWithoutOuluParameters(in directory: String) throws -> String {
        let data = "\(directory)/data"
        try FileManager.default.copyItem(atPath: Repository.dataDir, toPath: data)
        try FileManager.default.removeItem(atPath: "\(data)/oulu/parameters.json")
        return data
    }

    @Test func aPluginFailingItsSelfCheckIsSkippedAndTheOthersServe() throws {
        let directory = TemporaryDirectory("alue-selfcheck")
        let data = try Self.dataWithoutOuluParameters(in: directory.path)
        let config = try TestConfig.write(in: directory.path, dataDir: data)
        let daemon = try DaemonProcess(config: config)
        let connection = try daemon.connect()
        let plugins = try #require(try connection.call("system.status")["plugins"]?.arrayValue)
        let oulu = try #require(plugins.first { $0["id"] == .string("oulu") })
        #expect(oulu["state"] == .string("failed"))
        #expect(oulu["error"]?.stringValue?.contains("self-check") == true)
        #expect(try connection.error("route", json: #"{"municipality": "Kempele", "service": "palkkatuki"}"#).errorKind == "no_region")
        #expect(try connection.call("municipalities.resolve", json: #"{"municipality": "Forssa"}"#)["region"] == .string("tyohame"))
    }
}
