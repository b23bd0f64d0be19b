// WorkedExampleTests.swift — docs/plugin-guide.md done for real, with the guide's OWN commands: in a
// copy of the repository, the shell block of its §2 runs exactly as written (only the plan's path is
// filled in), which copies the template and its tests and builds the new plugin; then the edits of
// §3–§6 for a fictional area, a rebuild, and the plugin deployed into a running alued beside the
// three real plugins, reloaded and queried over the socket. If this passes, the guide's steps work.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct WorkedExampleTests {
    /// `swift` as a plugin author would run it: from PATH, else the toolchain this repository is built with.
    static let swift = HostTools.path("swift", fallbacks: ["/opt/swift/usr/bin/swift"])

    @Test(.timeLimit(.minutes(10)), .enabled(if: swift != nil, "needs a Swift toolchain (swift on PATH or /opt/swift)"))
    func aNewAreaMadeWithTheGuidesCommandsServesBesideTheRealThree() throws {
        let work = TemporaryDirectory("alue-worked-example")
        let swift = try #require(Self.swift)

        // 1. A copy of the repository without its build, and §2's commands run in it as written.
        let repository = "\(work.path)/alue"
        try Self.copyWithoutBuild(Repository.root, to: repository)
        let commands = try Self.guideCommands(section: "## 2. Copy the template")
        try #require(commands.contains("/path/to/your/plan.txt"), "§2 no longer copies the plan")
        let started = Date()
        let copied = try Self.shell(commands.replacingOccurrences(of: "/path/to/your/plan.txt",
                                                                  with: "config/data/template/sources/template-plan.txt"),
                                    in: repository, swift: swift)
        print("worked example: §2 (copy and swift build of PluginAPI and the plugin) took \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
        try #require(copied.status == 0, "the guide's §2 failed:\n\(copied.stdout)\n\(copied.stderr)")

        // 2. The copied tests are a test target of their own that loads libLappi.so, and they compile.
        let tests = "\(repository)/Tests/PluginTests/Lappi"
        let testFiles = try FileManager.default.contentsOfDirectory(atPath: tests).filter { $0.hasSuffix(".swift") }.sorted()
        #expect(!testFiles.isEmpty)
        for file in testFiles {
            #expect(!(try String(contentsOfFile: "\(tests)/\(file)", encoding: .utf8)).contains("\"Template\""), "\(file) still loads libTemplate.so")
        }
        let described = try CommandRunner.run(swift, ["package", "--package-path", repository, "--scratch-path", "\(repository)/.build",
                                                      "describe", "--type", "json"])
        let targets = try JSONParser.parse(described.stdout)["targets"]?.arrayValue ?? []
        #expect(targets.contains { $0["name"] == .string("LappiTests") && $0["path"] == .string("Tests/PluginTests/Lappi") },
                "LappiTests is not a target of its own:\n\(described.stderr)")
        if BuildProducts.binDirectory.hasSuffix("debug") {
            // Against the modules this test run built (the copy's tests import AlueCore and TestSupport).
            let typecheck = try CommandRunner.run((swift as NSString).deletingLastPathComponent + "/swiftc",
                                                  ["-typecheck", "-swift-version", "6", "-module-name", "LappiTests", "-parse-as-library",
                                                   "-I", "\(BuildProducts.binDirectory)/Modules", "-I", "\(Repository.root)/Sources/Daemon/CSQLite"]
                                                  + testFiles.map { "\(tests)/\($0)" })
            #expect(typecheck.status == 0, "the copied tests do not compile:\n\(typecheck.stderr)")
        }

        // 3. §3–§4 by hand: type, id, name, members (municipalities.csv: 047 Enontekiö, 583
        //    Pelkosenniemi), and one more rule. The citations keep pointing at the template's plan,
        //    which §2 copied as the area's plan.
        let sources = "\(repository)/Sources/Plugins/Lappi"
        for file in try FileManager.default.contentsOfDirectory(atPath: sources).sorted() where file.hasSuffix(".swift") {
            var text = try String(contentsOfFile: "\(sources)/\(file)", encoding: .utf8)
            text = text.replacingOccurrences(of: "\\bkolari\\b", with: "enontekio", options: .regularExpression)
                .replacingOccurrences(of: "\\bmuonio\\b", with: "pelkosenniemi", options: .regularExpression)
            switch file {
            case "LappiPlugin.swift":
                try Self.replace(&text, [
                    ("id: \"template\"", "id: \"lappi\""),
                    ("name: \"Esimerkkialueen työllisyysalue\"", "name: \"Lapin testialueen työllisyysalue\""),
                    ("MunicipalityRef(code: \"273\", name: \"Kolari\")", "MunicipalityRef(code: \"047\", name: \"Enontekiö\")"),
                    ("\"Kolarin kunta\"", "\"Enontekiön kunta\""),
                    ("\"Kolarin palvelupiste\"", "\"Enontekiön palvelupiste\""),
                    ("MunicipalityRef(code: \"498\", name: \"Muonio\")", "MunicipalityRef(code: \"583\", name: \"Pelkosenniemi\")"),
                    ("\"Muonion kunta\"", "\"Pelkosenniemen kunta\""),
                    ("\"Muonion palvelupiste\"", "\"Pelkosenniemen palvelupiste\""),
                ])
            case "Routing.swift":
                // A rule of the area's own: start-up grants handled centrally like pay subsidy.
                try Self.replace(&text, [
                    (".starttiraha, .tyoolosuhteidenJarjestelytuki", ".tyoolosuhteidenJarjestelytuki"),
                    ("        case .neuvonta:\n", """
                             case .starttiraha:
                                 return ServiceRule(
                                     route: RouteFacts(delivery: .centralized, provider: Members.enontekio.party,
                                                       grounds: Grounds([Plan.paySubsidyCentralised], .inferred, notes: [LocalizedText(
                                                           fi: "Päätelty: starttirahat päätetään keskitetysti kuten palkkatuki.",
                                                           en: "Inferred: start-up grants are decided centrally like pay subsidy.")])),
                                     procurement: Procurement.responsibleOwnProduction(Plan.paySubsidyCentralised),
                                     cost: Costs.causerPays)
                             case .neuvonta:

                     """),
                ])
            default:
                break
            }
            try text.write(toFile: "\(sources)/\(file)", atomically: true, encoding: .utf8)
        }

        // 4. §6: its own parameters, and the members' statistics the key needs (config/data has
        //    none for these two municipalities; these are illustrative figures).
        let dataDir = "\(repository)/config/data"
        try Self.parameters.write(toFile: "\(dataDir)/lappi/parameters.json", atomically: true, encoding: .utf8)
        for (statistic, enontekio, pelkosenniemi) in [("unemployed", 90, 60), ("population_18_64", 1000, 500)] {
            try Self.statistic(statistic, ["047": enontekio, "583": pelkosenniemi])
                .write(toFile: "\(dataDir)/statistics/worked-example-\(statistic).json", atomically: true, encoding: .utf8)
        }

        // Rebuilt with §2's own build command.
        let buildLine = try #require(commands.split(separator: "\n").last { $0.hasPrefix("swift build") }.map(String.init))
        let build = try Self.shell(buildLine, in: repository, swift: swift)
        try #require(build.status == 0, "\(buildLine) failed:\n\(build.stdout)\n\(build.stderr)")
        let library = "\(repository)/.build/debug/libLappi.so"
        try #require(FileManager.default.fileExists(atPath: library))

        // 5. alued with the three real plugins; then deploy the new one and reload.
        let config = try TestConfig.write(in: work.path, dataDir: dataDir)
        let pluginDir = try TestConfig.pluginDirectory(in: work.path, plugins: ["PaijatHame", "TyoHame", "Oulu"])
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", pluginDir], config: config)
        let connection = try daemon.connect()
        func regionIDs() throws -> [String] {
            try connection.call("regions.list").arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        }
        #expect(try regionIDs() == ["oulu", "paijat-hame", "tyohame"])

        try FileManager.default.copyItem(atPath: library, toPath: "\(pluginDir)/libLappi.so")
        let reload = try connection.call("system.reload")
        #expect(reload["ok"] == .bool(true), "\(reload.jsonText)\n\(daemon.log)")
        #expect(try regionIDs() == ["lappi", "oulu", "paijat-hame", "tyohame"], "\(daemon.log)")
        let region = try connection.call("regions.get", json: #"{"region": "lappi"}"#)
        #expect(region["responsibleMunicipality"]?["name"] == .string("Enontekiö"))
        #expect(region["members"]?.arrayValue?.compactMap { $0["code"]?.stringValue } == ["047", "583"])

        // 6. Ask it over the socket, as aluectl would.
        let plan = try connection.call("route", json: #"{"municipality": "Enontekiö", "service": "tyollistymissuunnitelma", "date": "2025-03-03"}"#)
        #expect(plan["region"] == .string("lappi"))
        #expect(plan["delivery"] == .string("local"))
        #expect(plan["provider"]?["name"] == .string("Enontekiön kunta"))
        #expect(plan["status"] == .string("explicit"))

        let advice = try connection.call("route", json: #"{"municipality": "pelkosenniemi", "service": "neuvonta", "date": "2025-03-03"}"#)
        #expect(advice["cost"]?["principle"] == .string("causer_pays"), "its own parameters.json says causer_pays")
        #expect(advice["cost"]?["payer"]?["code"] == .string("583"))
        #expect(advice["status"] == .string("explicit") && advice["cost"]?["status"] == .string("default"),
                "where advice is given is the plan's; who pays is the parameter's")
        #expect(advice["cost"]?["bearer"]?["kind"] == .string("municipality"))

        let grant = try connection.call("route", json: #"{"municipality": "583", "service": "starttiraha", "date": "2025-03-03"}"#)
        #expect(grant["delivery"] == .string("centralized"), "the rule the example added")

        let earlier = try connection.error("route", json: #"{"municipality": "047", "service": "palkkatuki", "date": "2024-12-31"}"#)
        #expect(earlier.errorKind == "out_of_effect")

        let allocation = try connection.call("costs.allocate", json: #"{"region": "lappi", "amount": "100000.00", "year": 2025}"#)
        let shares = allocation["shares"]?.arrayValue ?? []
        let amounts = Dictionary(uniqueKeysWithValues: shares.compactMap { share in
            share["municipality"]?["code"]?.stringValue.flatMap { code in share["amount"]?.stringValue.map { (code, $0) } }
        })
        // 0.6 × 90/150 + 0.4 × 1000/1500 = 0.626666…: 62666.67 and 37333.33, adding up to the cent.
        #expect(amounts == ["047": "62666.67", "583": "37333.33"], "\(allocation.jsonText)")
        #expect(allocation["pool"] == .string("shared_services"))
        withExtendedLifetime(daemon) {}
    }

    /// The first ```sh block under `section` (a heading of docs/plugin-guide.md), as written there.
    static func guideCommands(section: String) throws -> String {
        let guide = try String(contentsOfFile: "\(Repository.root)/docs/plugin-guide.md", encoding: .utf8)
        let heading = try #require(guide.range(of: "\n\(section)\n"), "the guide has no section «\(section)»")
        let rest = guide[heading.upperBound...]
        let open = try #require(rest.range(of: "```sh\n"), "§ «\(section)» has no sh block")
        let close = try #require(rest[open.upperBound...].range(of: "\n```"))
        return String(rest[open.upperBound..<close.lowerBound])
    }

    /// Runs `commands` with bash -e in `directory`, with `swift`'s directory first on PATH.
    static func shell(_ commands: String, in directory: String, swift: String) throws -> CommandResult {
        let path = (swift as NSString).deletingLastPathComponent + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try CommandRunner.run(try HostTools.require("bash"), ["-e", "-c", "cd \"$1\"\n" + commands, "bash", directory],
                                     environment: ["PATH": path])
    }

    /// Copies the repository's files, leaving out hidden entries (.build, .git, .swiftpm) at every level.
    static func copyWithoutBuild(_ source: String, to destination: String) throws {
        try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source) where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(source)/\(name)", isDirectory: &isDirectory), isDirectory.boolValue {
                try copyWithoutBuild("\(source)/\(name)", to: "\(destination)/\(name)")
            } else {
                try FileManager.default.copyItem(atPath: "\(source)/\(name)", toPath: "\(destination)/\(name)")
            }
        }
    }

    /// Replaces each `old` once; fails if the template no longer contains it (the guide must follow).
    static func replace(_ text: inout String, _ edits: [(old: String, new: String)]) throws {
        for edit in edits {
            try #require(text.contains(edit.old), "the template no longer contains «\(edit.old)»")
            text = text.replacingOccurrences(of: edit.old, with: edit.new)
        }
    }

    /// The example area's own parameters: other weights, and advice paid by the client's municipality.
    static let parameters = """
        {
          "description": "Worked example (WorkedExampleTests): the template's parameters as a new area would set them.",
          "parameters": {
            "allocation_key_shared_services": {
              "description": "Allocation key of the pool 'shared_services'.",
              "values": [{"from": "2025-01-01", "value": {"unemployed": "0.6", "population_18_64": "0.4"},
                          "source": "worked example: weights chosen for the test", "status": "default"}]
            },
            "neuvonta_cost": {
              "description": "Cost principle of the centralised general advice.",
              "values": [{"from": "2025-01-01", "value": "causer_pays",
                          "source": "worked example: the other reading of the template's default", "status": "default"}]
            }
          }
        }

        """

    /// A statistics file for the two example members (illustrative figures, not official ones).
    static func statistic(_ name: String, _ values: [String: Int]) -> String {
        let rows = values.sorted { $0.key < $1.key }.map { code, value in
            #"    {"municipality": "\#(code)", "value": \#(value), "referenceDate": "2024-12-31", "source": "worked example: illustrative figure, not an official statistic", "from": "example"}"#
        }
        return """
            {
              "statistic": "\(name)",
              "description": "Worked example (WorkedExampleTests): illustrative figures for Enontekiö and Pelkosenniemi.",
              "unit": "persons",
              "sources": {"example": {"publisher": "worked example", "quality": "secondary"}},
              "values": [
            \(rows.joined(separator: ",\n"))
              ]
            }

            """
    }
}
