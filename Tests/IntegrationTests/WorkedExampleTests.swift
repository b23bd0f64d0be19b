// WorkedExampleTests.swift — docs/plugin-guide.md done for real: a plugin for a fictional area is
// made FROM THE TEMPLATE in a package of its own, built with the Swift toolchain, deployed into the
// plugin directory of a running alued beside the three real plugins, reloaded and queried over the
// socket. If this passes, the guide's steps work.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct WorkedExampleTests {
    /// `swift` as a plugin author would run it: from PATH, else the toolchain this repository is built with.
    static let swift: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { "\($0)/swift" } + ["/opt/swift/usr/bin/swift"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    @Test(.timeLimit(.minutes(10)), .enabled(if: swift != nil, "needs a Swift toolchain (swift on PATH or /opt/swift)"))
    func aNewAreaBuiltFromTheTemplateServesBesideTheRealThree() throws {
        let work = TemporaryDirectory("alue-worked-example")

        // 1. A package of its own, depending on the repository's PluginAPI (the daemon's copy).
        let package = "\(work.path)/LappiTesti"
        let sources = "\(package)/Sources/LappiTesti"
        try FileManager.default.createDirectory(atPath: sources, withIntermediateDirectories: true)
        try """
            // swift-tools-version:6.0
            import PackageDescription

            let package = Package(
                name: "LappiTesti",
                products: [.library(name: "LappiTesti", type: .dynamic, targets: ["LappiTesti"])],
                dependencies: [.package(path: "\(Repository.root)/Sources/PluginAPI")],
                targets: [
                    .target(name: "LappiTesti", dependencies: [.product(name: "PluginAPI", package: "PluginAPI")]),
                ],
                swiftLanguageModes: [.v6]
            )

            """.write(toFile: "\(package)/Package.swift", atomically: true, encoding: .utf8)

        // 2. The template's sources, renamed: type, id, name, members (municipalities.csv: 047
        //    Enontekiö, 583 Pelkosenniemi), and one more rule. The citations keep pointing at the
        //    template's plan; a real area replaces Documents.swift with its own plan's passages.
        let template = "\(Repository.root)/Sources/Plugins/Template"
        for file in try FileManager.default.contentsOfDirectory(atPath: template).sorted() where file.hasSuffix(".swift") {
            var text = try String(contentsOfFile: "\(template)/\(file)", encoding: .utf8)
            text = text.replacingOccurrences(of: "TemplatePlugin", with: "LappiTestiPlugin")
                .replacingOccurrences(of: "\\bkolari\\b", with: "enontekio", options: .regularExpression)
                .replacingOccurrences(of: "\\bmuonio\\b", with: "pelkosenniemi", options: .regularExpression)
            switch file {
            case "TemplatePlugin.swift":
                try Self.replace(&text, [
                    ("id: \"template\"", "id: \"lappi-testi\""),
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
                                 return ServiceRule(delivery: .centralized, provider: Members.enontekio.party,
                                                    procurement: Procurement.responsibleOwnProduction, principle: .causerPays,
                                                    payer: .clientMunicipality, basis: [Plan.paySubsidyCentralised], status: .inferred,
                                                    notes: ["Inferred: start-up grants are decided centrally like pay subsidy."])
                             case .neuvonta:

                     """),
                ])
            default:
                break
            }
            try text.write(toFile: "\(sources)/\(file.replacingOccurrences(of: "TemplatePlugin", with: "LappiTestiPlugin"))",
                           atomically: true, encoding: .utf8)
        }

        // 3. Build it, as the guide says, and time it.
        let started = Date()
        let build = try CommandRunner.run(try #require(Self.swift),
                                          ["build", "--package-path", package, "--scratch-path", "\(work.path)/.build"])
        let seconds = Date().timeIntervalSince(started)
        print("worked example: swift build of the LappiTesti plugin took \(String(format: "%.1f", seconds)) s")
        try #require(build.status == 0, "swift build failed:\n\(build.stdout)\n\(build.stderr)")
        let library = "\(work.path)/.build/debug/libLappiTesti.so"
        try #require(FileManager.default.fileExists(atPath: library))

        // 4. Its data: parameters.json under its id, and the members' statistics the key needs
        //    (config/data has none for these two municipalities; these are illustrative figures).
        let dataDir = "\(work.path)/data"
        try FileManager.default.copyItem(atPath: Repository.dataDir, toPath: dataDir)
        try FileManager.default.createDirectory(atPath: "\(dataDir)/lappi-testi", withIntermediateDirectories: true)
        try Self.parameters.write(toFile: "\(dataDir)/lappi-testi/parameters.json", atomically: true, encoding: .utf8)
        for (statistic, enontekio, pelkosenniemi) in [("unemployed", 90, 60), ("population_18_64", 1000, 500)] {
            try Self.statistic(statistic, ["047": enontekio, "583": pelkosenniemi])
                .write(toFile: "\(dataDir)/statistics/worked-example-\(statistic).json", atomically: true, encoding: .utf8)
        }

        // 5. alued with the three real plugins; then deploy the new one and reload.
        let config = try TestConfig.write(in: work.path, dataDir: dataDir)
        let pluginDir = try TestConfig.pluginDirectory(in: work.path, plugins: ["PaijatHame", "TyoHame", "Oulu"])
        let daemon = try DaemonProcess(arguments: ["--plugin-dir", pluginDir], config: config)
        let connection = try daemon.connect()
        func regionIDs() throws -> [String] {
            try connection.call("regions.list").arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        }
        #expect(try regionIDs() == ["oulu", "paijat-hame", "tyohame"])

        try FileManager.default.copyItem(atPath: library, toPath: "\(pluginDir)/libLappiTesti.so")
        let reload = try connection.call("system.reload")
        #expect(reload["ok"] == .bool(true), "\(reload.jsonText)\n\(daemon.log)")
        #expect(try regionIDs() == ["lappi-testi", "oulu", "paijat-hame", "tyohame"], "\(daemon.log)")
        let region = try connection.call("regions.get", json: #"{"region": "lappi-testi"}"#)
        #expect(region["responsibleMunicipality"]?["name"] == .string("Enontekiö"))
        #expect(region["members"]?.arrayValue?.compactMap { $0["code"]?.stringValue } == ["047", "583"])

        // 6. Ask it over the socket, as aluectl would.
        let plan = try connection.call("route", json: #"{"municipality": "Enontekiö", "service": "tyollistymissuunnitelma", "date": "2025-03-03"}"#)
        #expect(plan["region"] == .string("lappi-testi"))
        #expect(plan["delivery"] == .string("local"))
        #expect(plan["provider"]?["name"] == .string("Enontekiön kunta"))
        #expect(plan["status"] == .string("explicit"))

        let advice = try connection.call("route", json: #"{"municipality": "pelkosenniemi", "service": "neuvonta", "date": "2025-03-03"}"#)
        #expect(advice["cost"]?["principle"] == .string("causer_pays"), "its own parameters.json says causer_pays")
        #expect(advice["cost"]?["payer"]?["code"] == .string("583"))
        #expect(advice["status"] == .string("default"))

        let grant = try connection.call("route", json: #"{"municipality": "583", "service": "starttiraha", "date": "2025-03-03"}"#)
        #expect(grant["delivery"] == .string("centralized"), "the rule the example added")

        let earlier = try connection.error("route", json: #"{"municipality": "047", "service": "palkkatuki", "date": "2024-12-31"}"#)
        #expect(earlier.errorKind == "out_of_effect")

        let allocation = try connection.call("costs.allocate", json: #"{"region": "lappi-testi", "amount": "100000.00", "year": 2025}"#)
        let shares = allocation["shares"]?.arrayValue ?? []
        let amounts = Dictionary(uniqueKeysWithValues: shares.compactMap { share in
            share["municipality"]?["code"]?.stringValue.flatMap { code in share["amount"]?.stringValue.map { (code, $0) } }
        })
        // 0.6 × 90/150 + 0.4 × 1000/1500 = 0.626666…: 62666.67 and 37333.33, adding up to the cent.
        #expect(amounts == ["047": "62666.67", "583": "37333.33"], "\(allocation.jsonText)")
        #expect(allocation["pool"] == .string("shared_services"))
        withExtendedLifetime(daemon) {}
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
