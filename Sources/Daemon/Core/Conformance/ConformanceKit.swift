// Conformance/ConformanceKit.swift — the checks every region plugin must pass before it serves,
// run inside a child process so a plugin that traps cannot take its checker down
// (ChildProcessCheck.swift). Each check names what is wrong, precisely enough to fix.

import Foundation
import PluginAPI

public struct ConformanceKit {
    let directory: MunicipalityDirectory
    let dataDir: String
    let statistics: StatisticsTable
    /// The statutory layer a plugin must not contradict.
    let law: NationalLaw

    public init(directory: MunicipalityDirectory, dataDir: String, statistics: StatisticsTable, law: NationalLaw) {
        self.directory = directory
        self.dataDir = dataDir
        self.statistics = statistics
        self.law = law
    }

    /// How many problems a check lists before it says "and N more".
    static let problemsShown = 5

    /// Runs every check on the library at `path` — or with `quick`, only loading, the declaration
    /// and the self-check (what the daemon probes before it loads a plugin in process).
    public func check(path: String, quick: Bool = false) -> ConformanceReport {
        var report = ConformanceReport(library: path)
        let loaded: any RegionPlugin
        do {
            loaded = try PluginLoader.load(path: path)
            report.checks.append(ConformanceCheck("loadable", passed: true, detail: ""))
            report.checks.append(ConformanceCheck("declaration symbol and API version", passed: true,
                                                  detail: "\(PluginABI.versionSymbol) = \(PluginABI.version), \(PluginABI.createSymbol) returns a PluginBox"))
        } catch {
            switch error {
            case .fileNotFound, .dlopenFailed, .untrusted:
                report.checks.append(ConformanceCheck("loadable", passed: false, detail: error.description))
            case .missingSymbol, .abiMismatch, .foreignPluginAPI:
                report.checks.append(ConformanceCheck("loadable", passed: true, detail: ""))
                report.checks.append(ConformanceCheck("declaration symbol and API version", passed: false, detail: error.description))
            }
            return report
        }
        let declaration = loaded.declaration
        report.id = declaration.id
        report.version = declaration.version
        report.apiVersion = PluginABI.version
        report.members = declaration.members
        report.checks += Self.declarationChecks(declaration, directory: directory)
        let plugin: any RegionPlugin
        do {
            let data = try RegionDataLoader.load(regionID: declaration.id, members: declaration.members.map(\.code),
                                                 dataDir: dataDir, statistics: statistics, statutes: law.services)
            plugin = try loaded.configured(with: data)
            report.checks.append(ConformanceCheck("self-check with its data", passed: true, detail: "configured with \(dataDir)/\(declaration.id)"))
        } catch {
            let message = (error as? DecisionError)?.message(in: .en) ?? "\(error)"
            report.checks.append(ConformanceCheck("self-check with its data", passed: false, detail: message))
            return report
        }
        if quick { return report }
        report.checks += DecisionSweep(plugin: plugin, declaration: declaration, statutes: law.services).checks()
        report.checks.append(allocationCheck(plugin, declaration))
        return report
    }

    /// The checks a declaration must pass on its own (the daemon also runs them at every load).
    public static func declarationChecks(_ declaration: RegionDeclaration, directory: MunicipalityDirectory) -> [ConformanceCheck] {
        let id = declaration.id
        let wellFormed = !id.isEmpty && id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
            && !id.hasPrefix("-") && !id.hasSuffix("-")
        var memberProblems: [String] = []
        var nameProblems: [String] = []
        var seen: Set<MunicipalityCode> = []
        for member in declaration.members {
            if !seen.insert(member.code).inserted { memberProblems.append("\(member.code) listed twice") }
            if let record = directory.record(member.code) {
                if record.nameFi != member.name { nameProblems.append("\(member.code) is '\(record.nameFi)', not '\(member.name)'") }
            } else {
                memberProblems.append("\(member.code) (\(member.name)) is not a Finnish municipality code")
            }
        }
        let responsible = declaration.responsibleMunicipality
        return [
            ConformanceCheck("id well-formed", passed: wellFormed,
                             detail: wellFormed ? "'\(id)'" : "'\(id)' must be lowercase ASCII letters, digits and '-'"),
            ConformanceCheck("member codes real and unique", passed: !declaration.members.isEmpty && memberProblems.isEmpty,
                             detail: declaration.members.isEmpty ? "no members declared" : summary(memberProblems, ok: "\(declaration.members.count) members")),
            ConformanceCheck("member names as in the classification", passed: nameProblems.isEmpty, detail: summary(nameProblems, ok: "")),
            ConformanceCheck("responsible municipality among members",
                             passed: declaration.members.contains { $0.code == responsible.code },
                             detail: "\(responsible.name) (\(responsible.code))"),
            ConformanceCheck("declaration cites its basis", passed: !declaration.basis.isEmpty && declaration.basis.allSatisfy { !$0.document.isEmpty },
                             detail: "\(declaration.basis.count) citations"),
        ]
    }

    /// A region's claim on an id and on municipalities, as the checks across plugins compare them.
    public struct RegionClaim: Sendable {
        public var id: String
        public var members: [MunicipalityRef]
        public var library: String

        public init(id: String, members: [MunicipalityRef], library: String) {
            self.id = id
            self.members = members
            self.library = library
        }
    }

    /// Where `claim` collides with `others`: the libraries that use the same id, and each member
    /// another region already covers. The daemon refuses such a plugin at load; the kit reports it.
    public static func conflicts(_ claim: RegionClaim, with others: [RegionClaim]) -> (idClashes: [String], overlaps: [String]) {
        let idClashes = others.filter { $0.id == claim.id }.map(\.library)
        let overlaps = claim.members.compactMap { member in
            others.first { $0.members.contains { $0.code == member.code } }
                .map { "\(member.name) (\(member.code)) is also in '\($0.id)' (\($0.library))" }
        }
        return (idClashes, overlaps)
    }

    /// Adds to each of `candidates` the checks that need the other plugins: a unique id and no
    /// member shared with another region. `context` are the plugins loaded beside them.
    public static func crossCheck(_ candidates: inout [ConformanceReport], context: [ConformanceReport]) {
        func claim(_ report: ConformanceReport) -> RegionClaim? {
            guard let id = report.id, let members = report.members else { return nil }
            return RegionClaim(id: id, members: members, library: report.library)
        }
        for index in candidates.indices {
            guard let candidate = claim(candidates[index]) else { continue }
            let others = (candidates + context).filter { $0.library != candidate.library }.compactMap(claim)
            let (idClashes, overlaps) = conflicts(candidate, with: others)
            candidates[index].checks.append(ConformanceCheck(
                "id unique", passed: idClashes.isEmpty,
                detail: idClashes.isEmpty ? "compared with \(others.count) other plugins"
                                          : "'\(candidate.id)' is also the id of \(idClashes.joined(separator: ", "))"))
            candidates[index].checks.append(ConformanceCheck(
                "no overlap with other regions", passed: overlaps.isEmpty,
                detail: summary(overlaps, ok: "compared with \(others.count) other plugins")))
        }
    }

    /// The default pool's key: weights non-negative and summing to 1; shares summing exactly to a
    /// sweep of amounts on synthetic statistics (so the check does not depend on the data at hand).
    func allocationCheck(_ plugin: any RegionPlugin, _ declaration: RegionDeclaration) -> ConformanceCheck {
        let name = "allocation shares sum exactly"
        let key: AllocationKey
        do {
            key = try plugin.allocationKey(AllocationKeyQuery(year: declaration.effectiveFrom.year))
        } catch {
            return ConformanceCheck(name, passed: false, detail: "allocationKey for \(declaration.effectiveFrom.year) failed: \(error.message(in: .en))")
        }
        let weights = key.factors.reduce(Decimal(0)) { $0 + $1.weight }
        guard !key.factors.isEmpty, key.factors.allSatisfy({ $0.weight >= 0 }), weights == 1 else {
            return ConformanceCheck(name, passed: false, detail: "the key's weights must be non-negative and sum to 1; they sum to \(weights)")
        }
        // Synthetic figures for every factor, at the key's year and at t−2 (the statutory data
        // year), and synthetic unit prices for a factor computed from them.
        var table = StatisticsTable()
        let year = declaration.effectiveFrom.year
        let synthetic = UnitPriceVersion(from: EffectiveDate(year: year, month: 1, day: 1)!, prices: [
            UnitPrice(statistic: Statistic.population18to64, price: 1, criterion: "synthetic"),
            UnitPrice(statistic: Statistic.broadUnemployment, price: 2, criterion: "synthetic"),
        ], basis: [])
        for name in Set(key.factors.map(\.name) + synthetic.prices.map(\.statistic)) {
            for (index, member) in declaration.members.enumerated() {
                for date in [declaration.effectiveFrom, EffectiveDate(year: year - 2, month: 12, day: 31)!] {
                    table.add(name, member.code, StatisticFigure(value: Decimal(index * 7 + 3), referenceDate: date, source: "synthetic"))
                }
            }
        }
        let library = KeyLibrary(unitPrices: UnitPriceTable(versions: [synthetic]))
        let amounts = ["0.01", "0.99", "1", "1234.56", "99999.99", "1000000", "333333333.33", "999999999999.99"].compactMap { Decimal(string: $0) }
        for amount in amounts {
            guard let allocation = try? AllocationEngine.allocate(amount: amount, key: key, members: declaration.members, statistics: table,
                                                                  library: library, rule: .newestUpToYear, year: year) else {
                return ConformanceCheck(name, passed: false, detail: "allocating \(amount) failed")
            }
            let total = allocation.shares.reduce(Decimal(0)) { $0 + $1.amount.amount }
            guard total == amount, allocation.shares.allSatisfy({ $0.amount.amount >= 0 }) else {
                return ConformanceCheck(name, passed: false, detail: "allocating \(amount) gave shares summing to \(total)")
            }
        }
        return ConformanceCheck(name, passed: true, detail: "pool '\(key.pool)', \(key.factors.count) factors, \(amounts.count) amounts")
    }

    static func summary(_ problems: [String], ok: String) -> String {
        guard !problems.isEmpty else { return ok }
        let shown = problems.prefix(problemsShown).joined(separator: "; ")
        return problems.count > problemsShown ? "\(shown); and \(problems.count - problemsShown) more" : shown
    }
}
