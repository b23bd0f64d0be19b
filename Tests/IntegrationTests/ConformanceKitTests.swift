// ConformanceKitTests.swift — `aluectl plugin check` and `alued --check` on the real plugins and on
// defect fixtures: each defect is named precisely, and a trapping plugin never takes the checker
// (or the daemon) down.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct ConformanceKitTests {
    private func check(_ libraries: [String], environment: [String: String] = [:]) throws -> (status: Int32, reports: [JSONValue]) {
        let result = try CommandRunner.run(BuildProducts.aluectl, ["--json", "plugin", "check", "--config", Repository.config] + libraries,
                                           environment: environment)
        return (result.status, try JSONParser.parse(result.stdout).arrayValue ?? [])
    }

    private func failures(_ report: JSONValue) -> [String: String] {
        Dictionary(uniqueKeysWithValues: (report["checks"]?.arrayValue ?? []).filter { $0["passed"] == .bool(false) }
            .map { ($0["name"]?.stringValue ?? "", $0["detail"]?.stringValue ?? "") })
    }

    @Test func theThreeRealPluginsAndTheTemplatePassEveryCheck() throws {
        let (status, reports) = try check(["PaijatHame", "TyoHame", "Oulu", "Template"].map(BuildProducts.plugin))
        #expect(status == 0)
        #expect(reports.count == 4)
        for report in reports {
            #expect(failures(report).isEmpty, "\(report["library"]?.stringValue ?? ""): \(failures(report))")
            #expect((report["checks"]?.arrayValue?.count ?? 0) >= 18)
        }
    }

    @Test(arguments: [
        ("duplicate_member", "member codes real and unique", "148 listed twice"),
        ("unanswered", "every catalog service answered for every member", "eures forgotten"),
        ("no_basis", "every decision cited with a valid status", "no basis"),
        ("bad_weights", "allocation shares sum exactly", "sum to 0.9"),
        ("offers_repealed", "nothing offered that is not in force nationally", "Inari velvoitetyollistaminen route is answered"),
        ("state_without_plan", "responsibility as the statutory layer says, unless the plan says otherwise",
         "delivery state gives it to state, but the statutory layer makes employment_authority responsible"),
        ("unquoted_explicit", "explicit parts quote their passage", "Inari neuvonta route: explicit, but no cited passage is quoted"),
        ("bearer_mismatch", "bearer agrees with the cost principle", "principle shared_by_key with bearer municipality"),
    ])
    func eachDefectIsNamed(defect: String, failingCheck: String, detail: String) throws {
        let (status, reports) = try check([BuildProducts.plugin("FixtureRegion")], environment: ["ALUE_FIXTURE_DEFECT": defect])
        #expect(status == 1)
        let failed = failures(try #require(reports.first))
        #expect(failed[failingCheck]?.contains(detail) == true, "\(failed)")
    }

    @Test func theFixtureWithoutDefectsPasses() throws {
        let (status, reports) = try check([BuildProducts.plugin("FixtureRegion")])
        #expect(status == 0, "\(reports.map(failures))")
    }

    @Test func libraryDefectsAreNamed() throws {
        let directory = TemporaryDirectory("alue-defects")
        let noEntry = "\(directory.path)/libNoEntry.so"
        try FileManager.default.copyItem(atPath: "\(BuildProducts.binDirectory)/libPluginAPI.so", toPath: noEntry)
        let (status, reports) = try check([noEntry, BuildProducts.plugin("BrokenPlugin")])
        #expect(status == 1)
        #expect(failures(reports[0])["declaration symbol and API version"]?.contains("missing symbol alue_plugin_abi") == true)
        #expect(failures(reports[1])["declaration symbol and API version"]?.contains("built for plugin API 99") == true)
    }

    @Test func aTrappingPluginIsReportedNotFatal() throws {
        let (status, reports) = try check([BuildProducts.plugin("BrokenPlugin")], environment: ["ALUE_BROKEN_MODE": "trap"])
        #expect(status == 1)
        let crash = failures(try #require(reports.first))["no crash"]
        #expect(crash?.contains("signal 4") == true)
        #expect(crash?.contains("alue_plugin_create traps on purpose") == true)
    }

    @Test func aCopyOfARealPluginOverlapsAndClashes() throws {
        let directory = TemporaryDirectory("alue-overlap")
        let copy = "\(directory.path)/libOuluCopy.so"
        try FileManager.default.copyItem(atPath: BuildProducts.plugin("Oulu"), toPath: copy)
        let (status, reports) = try check([copy])
        #expect(status == 1)
        let failed = failures(try #require(reports.first))
        #expect(failed["id unique"]?.contains("'oulu' is also the id of") == true)
        #expect(failed["no overlap with other regions"]?.contains("is also in 'oulu'") == true)
    }

    @Test func theDaemonSurvivesATrappingPluginAtStartup() throws {
        let directory = TemporaryDirectory("alue-trap")
        let pluginDir = try TestConfig.pluginDirectory(in: directory.path, plugins: ["Oulu", "BrokenPlugin"])
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", pluginDir], environment: ["ALUE_BROKEN_MODE": "trap"])
        let plugins = try daemon.connect().call("system.status")["plugins"]?.arrayValue ?? []
        let broken = try #require(plugins.first { $0["library"]?.stringValue?.hasSuffix("libBrokenPlugin.so") == true })
        #expect(broken["state"] == .string("failed"))
        #expect(broken["error"]?.stringValue?.contains("signal 4") == true)
        #expect(plugins.contains { $0["id"] == .string("oulu") && $0["state"] == .string("loaded") })
        let check = try CommandRunner.run(BuildProducts.alued, ["--plugin-dir", pluginDir, "--config", Repository.config, "--check"],
                                          environment: ["ALUE_BROKEN_MODE": "trap"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("FAIL no crash"))
    }
}
