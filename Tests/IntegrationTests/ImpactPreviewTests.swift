// ImpactPreviewTests.swift — `system.reload {dryRun: true}` / `aluectl reload --dry-run` through the
// real daemon: nothing on disk changed → no changes, exit 0; a dated parameter edited in a copy of the
// data → the changed cells on its day and no other, exit 1, nothing swapped; a Template plugin rebuilt
// with one rule changed → that rule's cells only; broken candidates (a config that does not parse, a
// plugin that traps) → reported while the running daemon keeps serving its generation.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite(.timeLimit(.minutes(10))) struct ImpactPreviewTests {
    static func preview(_ daemon: DaemonProcess, format: String = "json") throws -> CommandResult {
        try CommandRunner.aluectl(["--timeout", "600", "reload", "--dry-run", "--format", format], socket: daemon.socketPath)
    }

    static func generation(_ daemon: DaemonProcess) throws -> Int? {
        try daemon.connect().call("system.status")["generation"]?.intValue
    }

    /// A copy of config/data whose files a test may edit.
    static func dataCopy(in directory: String) throws -> String {
        let copy = "\(directory)/data"
        try FileManager.default.copyItem(atPath: Repository.dataDir, toPath: copy)
        return copy
    }

    @Test func aDatedParameterChangeShowsOnItsDayAndNothingIsSwapped() throws {
        let work = TemporaryDirectory("alue-preview-data")
        let data = try Self.dataCopy(in: work.path)
        let config = try TestConfig.write(in: work.path, plugins: [.string("PaijatHame")], dataDir: data)
        let daemon = try DaemonProcess(config: config)

        let unchanged = try Self.preview(daemon, format: "table")
        #expect(unchanged.status == 0, "\(unchanged.stdout)\(unchanged.stderr)")
        #expect(unchanged.stdout.contains("Ei muutoksia."))

        // From 2031 the area also charges job-search coaching to the client's home municipality.
        let path = "\(data)/paijat-hame/parameters.json"
        var file = try JSONParser.parse(Array(try #require(FileManager.default.contents(atPath: path))))
        var parameters = try #require(file["parameters"]?.objectValue)
        let index = try #require(parameters.firstIndex { $0.key == "causer_pays_services" })
        var values = try #require(parameters[index].value["values"]?.arrayValue)
        let services = try #require(values.last?["value"]?.arrayValue)
        values.append(.object([("from", .string("2031-01-01")), ("value", .array(services + [.string("tyonhakuvalmennus")])),
                               ("source", .string("ImpactPreviewTests: a decision of the area, effective 2031")), ("status", .string("default"))]))
        parameters[index].value = .object([("description", parameters[index].value["description"] ?? .string("")), ("values", .array(values))])
        file = .object((file.objectValue ?? []).map { $0.key == "parameters" ? ($0.key, .object(parameters)) : $0 })
        try file.prettyText().write(toFile: path, atomically: true, encoding: .utf8)

        let changed = try Self.preview(daemon)
        #expect(changed.status == 1, "\(changed.stderr)")
        let result = try JSONParser.parse(Array(changed.stdout.utf8))
        let changes = result["changes"]?.arrayValue ?? []
        #expect(result["ok"] == .bool(true))
        #expect(result["summary"]?["dates"]?.arrayValue?.contains(.string("2031-01-01")) == true)
        #expect(changes.contains { change in
            change["region"] == .string("paijat-hame") && change["municipality"]?["name"] == .string("Asikkala")
                && change["service"] == .string("tyonhakuvalmennus") && change["date"] == .string("2031-01-01")
                && change["field"] == .string("principle") && change["before"] == .string("shared_by_key")
                && change["after"] == .string("causer_pays") && change["kind"] == .string("cost")
        }, "\(changes.prefix(3))")
        #expect(changes.allSatisfy { $0["date"]?.stringValue.map { $0 >= "2031-01-01" } == true }, "nothing changes before the new value's day")
        #expect(Set(changes.compactMap { $0["municipality"]?["code"]?.stringValue }).count == 9, "every member")
        #expect(changes.contains { $0["kind"] == .string("allocation") } == false, "the pool's key did not change")

        let csv = try Self.preview(daemon, format: "csv")
        #expect(csv.status == 1)
        #expect(csv.stdout.hasPrefix("region,municipality_code,municipality,service,date,field,before,after,kind\r\n"))
        #expect(csv.stdout.contains("paijat-hame,016,Asikkala,tyonhakuvalmennus,2031-01-01,principle,shared_by_key,causer_pays,cost"))

        // Nothing was swapped: the running generation still answers by the old value.
        let cost = try daemon.connect().call("costs.responsibility", json: #"{"municipality": "Asikkala", "service": "tyonhakuvalmennus", "date": "2031-06-01"}"#)
        #expect(cost["principle"] == .string("shared_by_key"))
        #expect(try Self.generation(daemon) == 1)
        #expect(daemon.log.contains("impact preview: "), "\(daemon.log)")
    }

    @Test(.enabled(if: WorkedExampleTests.swift != nil && BuildProducts.binDirectory.hasSuffix("debug"),
                   "builds against this debug build's modules with the toolchain's swiftc"))
    func aTemplatePluginWithOneRuleChangedShowsThatRuleOnly() throws {
        let work = TemporaryDirectory("alue-preview-template")
        let pluginDir = try TestConfig.pluginDirectory(in: work.path, plugins: ["Template"])
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", pluginDir])

        // The template's sources with one rule changed: general advice is also given by video.
        let sources = "\(work.path)/Template"
        try FileManager.default.copyItem(atPath: "\(Repository.root)/Sources/Plugins/Template", toPath: sources)
        var routing = try String(contentsOfFile: "\(sources)/Routing.swift", encoding: .utf8)
        try WorkedExampleTests.replace(&routing, [("channels: [.online, .phone],", "channels: [.online, .phone, .video],")])
        try routing.write(toFile: "\(sources)/Routing.swift", atomically: true, encoding: .utf8)
        let built = "\(work.path)/libTemplate.so"
        let swiftc = (try #require(WorkedExampleTests.swift) as NSString).deletingLastPathComponent + "/swiftc"
        let files = try FileManager.default.contentsOfDirectory(atPath: sources).filter { $0.hasSuffix(".swift") }.map { "\(sources)/\($0)" }
        let compile = try CommandRunner.run(swiftc, ["-emit-library", "-swift-version", "6", "-parse-as-library", "-module-name", "Template",
                                                     "-I", "\(BuildProducts.binDirectory)/Modules", "-L", BuildProducts.binDirectory,
                                                     "-lPluginAPI", "-Xlinker", "-rpath=\(BuildProducts.binDirectory)", "-o", built] + files)
        try #require(compile.status == 0, "\(compile.stderr)")
        // Deployed as an installer would: a new file renamed over the old one.
        #expect(rename(built, "\(pluginDir)/libTemplate.so") == 0)

        let result = try Self.preview(daemon)
        #expect(result.status == 1, "\(result.stderr)")
        let changes = try JSONParser.parse(Array(result.stdout.utf8))["changes"]?.arrayValue ?? []
        #expect(!changes.isEmpty)
        for change in changes {
            #expect(change["region"] == .string("template") && change["service"] == .string("neuvonta")
                    && change["field"] == .string("channels") && change["kind"] == .string("route"), "\(change.jsonText)")
            #expect(change["after"]?.arrayValue?.contains(.string("video")) == true && change["before"]?.arrayValue?.contains(.string("video")) == false)
        }
        let members = Set(changes.compactMap { $0["municipality"]?["code"]?.stringValue })
        #expect(members == ["273", "498"], "both members of the template area")
        let route = try daemon.connect().call("route", json: #"{"municipality": "273", "service": "neuvonta"}"#)
        #expect(route["channels"]?.arrayValue?.contains(.string("video")) == false, "the running plugin is still the old one")
    }

    @Test func aBrokenCandidateIsReportedAndTheRunningDaemonKeepsServing() throws {
        let work = TemporaryDirectory("alue-preview-broken")
        let pluginDir = try TestConfig.pluginDirectory(in: work.path, plugins: ["Template"])
        let config = try TestConfig.write(in: work.path, plugins: [])
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", pluginDir], config: config, environment: ["ALUE_BROKEN_MODE": "trap"])

        // A config that does not parse: the reload would fail, and the preview says so.
        let good = try String(contentsOfFile: config, encoding: .utf8)
        try "{\"plugins\": [".write(toFile: config, atomically: true, encoding: .utf8)
        let unparsable = try Self.preview(daemon, format: "table")
        #expect(unparsable.status == 1 && unparsable.stderr.contains("[reload_failed]") && unparsable.stderr.contains("not valid JSON"),
                "\(unparsable.stderr)")
        try good.write(toFile: config, atomically: true, encoding: .utf8)

        // The template replaced by a plugin that traps while it is created: the candidate's check
        // catches it, so the preview shows every answer of the area going away.
        try FileManager.default.removeItem(atPath: "\(pluginDir)/libTemplate.so")
        try FileManager.default.copyItem(atPath: BuildProducts.plugin("BrokenPlugin"), toPath: "\(pluginDir)/libTemplate.so")
        let trapping = try Self.preview(daemon)
        #expect(trapping.status == 1, "\(trapping.stderr)")
        let result = try JSONParser.parse(Array(trapping.stdout.utf8))
        let messages = result["summary"]?["messages"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(messages.contains { $0.contains("failed") }, "\(messages)")
        #expect(result["summary"]?["regions"]?["after"]?.arrayValue?.isEmpty == true)
        let changes = result["changes"]?.arrayValue ?? []
        #expect(changes.contains { $0["service"] == .string("neuvonta") && $0["field"] == .string("error") && $0["after"] == .string("no_region") })

        // The running daemon never loaded either candidate.
        #expect(try Self.generation(daemon) == 1)
        let route = try daemon.connect().call("route", json: #"{"municipality": "Kolari", "service": "neuvonta"}"#)
        #expect(route["region"] == .string("template"))
        #expect(daemon.process.isRunning)
    }
}
