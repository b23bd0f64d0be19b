// StatisticsImportTests.swift — the finance officer's path through the real daemon: before any
// import the keys answer missing_statistics naming every member × statistic; importing one
// Statistics Finland file per format (all 308 municipalities) changes statistics.list and the next
// allocation at once, survives a reload and a restart; a bad file changes nothing. Every pool of
// every region answers an allocation or missing_statistics, never internal_error.

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct StatisticsImportTests {
    static let pools = [("paijat-hame", ["shared_services", "preparation_2023_2024", "state_share", "state_share_integration"]),
                        ("tyohame", ["monthly_billing", "area_costs", "state_share"]),
                        ("oulu", ["shared_services", "integration_training", "state_share_integration"])]

    static func allocate(_ connection: RPCConnection, _ region: String, _ pool: String, _ year: Int) throws -> JSONValue {
        try connection.request("costs.allocate", .object([("region", .string(region)), ("amount", .string("1000000.00")),
                                                          ("year", .number(String(year))), ("pool", .string(pool))]))
    }

    static func importFile(_ daemon: DaemonProcess, _ name: String, _ statistic: String, _ extra: [String] = []) throws -> JSONValue {
        let result = try CommandRunner.aluectl(["--json", "statistics", "import", Repository.statisticsFixture(name), "--statistic", statistic] + extra,
                                               socket: daemon.socketPath)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        return try JSONParser.parse(result.stdout)
    }

    static func importAll(_ daemon: DaemonProcess) throws {
        let working = try importFile(daemon, "statfin_vaerak_pxt_11re_18-64_2023.json", "population_18_64")
        #expect(working["imported"] == .number("308"))
        #expect(working["quality"] == .string("official"))
        let foreign = try importFile(daemon, "statfin_vaerak_pxt_11rl_2023.px", "foreign_language_speakers")
        #expect(foreign["imported"] == .number("615"))
        #expect(foreign["missing"]?.arrayValue?.count == 1)
        let broad = try importFile(daemon, "laaja_tyottomyys_kunnittain_2022-2023.csv", "broad_unemployment",
                                   ["--publisher", "Työ- ja elinkeinoministeriö"])
        #expect(broad["imported"] == .number("616"))
        #expect(broad["replaced"] == .number("9"))
    }

    /// Every share of the state-share key for Hollola, and the shares' total.
    static func hollola(_ allocation: JSONValue) -> (amount: String?, cost: String?, total: Decimal) {
        let shares = allocation["shares"]?.arrayValue ?? []
        let hollola = shares.first { $0["municipality"]?["code"] == .string("098") }
        return (hollola?["amount"]?.stringValue, hollola?["calculatedCost"]?["amount"]?.stringValue,
                shares.compactMap { Decimal(string: $0["amount"]?.stringValue ?? "") }.reduce(0, +))
    }

    @Test func beforeAnyImportTheKeysNameEveryMissingFigure() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        let error = try connection.error("costs.allocate", json: #"{"region": "oulu", "amount": "1000.00", "year": 2025, "pool": "integration_training"}"#)
        #expect(error.errorCode == -32040)
        #expect(error.errorKind == "missing_statistics")
        let missing = error["data"]?["missing"]?.arrayValue ?? []
        #expect(missing.count == 11)
        #expect(missing.allSatisfy { $0["statistic"] == .string("foreign_language_speakers") })
        let statutory = try connection.error("costs.allocate", json: #"{"region": "paijat-hame", "amount": "1000.00", "year": 2025, "pool": "state_share"}"#)
        #expect(statutory["data"]?["missing"]?.arrayValue?.count == 18)
        #expect(statutory["data"]?["missing"]?.arrayValue?.first?["referenceDate"] == .string("2023-12-31"))
        // The plan's own 2022 table carries the preparation costs, so that pool allocates without imports.
        let preparation = try connection.call("costs.allocate", json: #"{"region": "paijat-hame", "amount": "1000.00", "year": 2023, "pool": "preparation_2023_2024"}"#)
        #expect(preparation["dataDates"]?["population"] == .string("2022-12-31"))
        #expect(preparation["dataYear"]?["rule"] == .string("plan_table"))
    }

    @Test func importsApplyAtOnceAndSurviveReloadAndRestart() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        let generation = try connection.call("system.status")["generation"]
        try Self.importAll(daemon)
        #expect(try connection.call("system.status")["generation"] != generation)

        let listing = try connection.call("statistics.list", json: #"{"region": "paijat-hame", "statistic": "population_18_64"}"#)
        let entry = try #require(listing.arrayValue?.first)
        #expect(entry["referenceDate"] == .string("2023-12-31"))
        #expect(entry["municipalities"]?.arrayValue?.count == 9)
        #expect(entry["missing"]?.arrayValue?.isEmpty == true)
        #expect(entry["quality"] == .string("official"))
        #expect(entry["source"]?["table"] == .string("11re"))

        let allocation = try connection.call("costs.allocate", json: #"{"region": "paijat-hame", "amount": "1000000.00", "year": 2025, "pool": "state_share"}"#)
        #expect(allocation["dataDates"] == .object([("broad_unemployment", .string("2023-12-31")), ("population_18_64", .string("2023-12-31"))]))
        #expect(allocation["substitutions"] == .array([]))
        let before = Self.hollola(allocation)
        // 83.48 € × 10 485 + 734.32 € × 527 (VN asetus 870/2024), from the imported 2023 figures.
        #expect(before.cost == "1262274.44")
        #expect(before.total == 1_000_000)

        _ = try connection.call("system.reload")
        #expect(Self.hollola(try connection.call("costs.allocate", json: #"{"region": "paijat-hame", "amount": "1000000.00", "year": 2025, "pool": "state_share"}"#)).amount == before.amount)

        daemon.stop()
        let restarted = try DaemonProcess(arguments: ["--state-dir", "\(daemon.directory.path)/state"])
        let again = try restarted.connect().call("costs.allocate", json: #"{"region": "paijat-hame", "amount": "1000000.00", "year": 2025, "pool": "state_share"}"#)
        #expect(Self.hollola(again).amount == before.amount)
        #expect(Self.hollola(again).cost == before.cost)
    }

    @Test func aBadFileIsRefusedWholeWithItsLineAndChangesNothing() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        let generation = try connection.call("system.status")["generation"]
        let csv = "\"Alue\";\"2023 Väestö\"\n\"Hollola\";23090\n\"Lahti\";kaksi\n"
        let error = try connection.error("statistics.import", json: #"{"statistic": "population", "format": "csv", "content": \#(JSONValue.string(csv).jsonText)}"#)
        #expect(error.errorCode == -32041)
        #expect(error.errorKind == "invalid_statistics")
        #expect(error["data"]?["line"] == .number("3"))
        #expect(try connection.call("system.status")["generation"] == generation)
        let listing = try connection.call("statistics.list", json: #"{"region": "paijat-hame", "statistic": "population"}"#)
        #expect(listing.arrayValue?.contains { $0["imported"] == .bool(true) } == false)
    }

    @Test func everyPoolOfEveryRegionAllocatesOrNamesWhatIsMissing() throws {
        let daemon = try DaemonProcess()
        let connection = try daemon.connect()
        func sweep() throws -> [String] {
            var outcomes: [String] = []
            for (region, pools) in Self.pools {
                for pool in pools {
                    for year in [2023, 2024, 2025, 2026, 2040] {
                        let answer = try Self.allocate(connection, region, pool, year)
                        let kind = answer["error"]?["data"]?["kind"]?.stringValue
                        #expect(kind != "internal_error", "\(region)/\(pool)/\(year): \(answer.jsonText)")
                        if kind == nil {
                            let total = (answer["result"]?["shares"]?.arrayValue ?? []).compactMap { Decimal(string: $0["amount"]?.stringValue ?? "") }.reduce(0, +)
                            #expect(total == 1_000_000, "\(region)/\(pool)/\(year)")
                        } else {
                            #expect(["missing_statistics", "invalid_params", "out_of_effect"].contains(kind!), "\(region)/\(pool)/\(year): \(kind!)")
                        }
                        outcomes.append("\(region)/\(pool)/\(year): \(kind ?? "ok")")
                    }
                }
            }
            return outcomes
        }
        let before = try sweep()
        try Self.importAll(daemon)
        let after = try sweep()
        #expect(after.contains("tyohame/monthly_billing/2025: ok"))
        #expect(after.contains("oulu/integration_training/2025: ok"))
        #expect(after.contains("paijat-hame/shared_services/2040: ok"))
        #expect(before.contains("paijat-hame/shared_services/2025: missing_statistics"))
    }
}
