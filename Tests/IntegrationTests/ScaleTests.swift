// ScaleTests.swift — a synthetic region of 300 municipalities loads, passes the conformance kit
// and routes for its first and last member (its speed is measured by `aluectl bench --scale`).

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct ScaleTests {
    @Test func aThreeHundredMunicipalityRegionLoadsAndAnswers() throws {
        let directory = TemporaryDirectory("alue-scale")
        let pluginDir = try TestConfig.pluginDirectory(in: directory.path, plugins: ["ScaleRegion"])
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", pluginDir])
        let connection = try daemon.connect()
        let region = try #require(try connection.call("regions.list").arrayValue?.first)
        #expect(region["members"]?.arrayValue?.count == 300)
        for municipality in ["Alajärvi", "Virrat"] {
            let decision = try connection.call("route", .object([("municipality", .string(municipality)), ("service", .string("palkkatuki")),
                                                                 ("date", .string("2025-06-01"))]))
            #expect(decision["region"] == .string("scale-test"))
            #expect(decision["municipality"]?["name"] == .string(municipality))
        }
        let check = try CommandRunner.run(BuildProducts.alued, ["--plugin-dir", pluginDir, "--config", Repository.config, "--check"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("member codes real and unique: 300 members"))
    }
}
