// PaijatHameCitationTests.swift — every quote the plugin cites appears verbatim in its seed document
// at the cited lines (the documents are kept in config/data/paijat-hame/sources).

import Foundation
import PluginAPI
import Testing
import TestSupport

@Suite struct PaijatHameCitationTests {
    typealias F = PaijatHameFixture

    static let seedsDirectory = "\(Repository.dataDir)/paijat-hame/sources"

    /// Every citation a broad set of answers and the facts give.
    private func allCitations() throws -> [Citation] {
        let plugin = try F.plugin()
        var citations = plugin.declaration.basis + plugin.facts(on: F.day).flatMap(\.basis)
        for name in F.memberNames {
            for service in ServiceCatalog.ids {
                citations += (try? F.route(name, service))?.basis ?? []
                citations += (try? F.cost(name, service))?.basis ?? []
            }
        }
        for service in ServiceCatalog.ids { citations += (try? F.procurement(service))?.basis ?? [] }
        let special: [() throws -> RoutingDecision] = [
            { try F.route("Hollola", .tyonantajapuhelin, employer: "Lahti") },
            { try F.route("Hollola", .tyonantajapalvelut, employer: "Helsinki") },
            { try F.route("Hollola", .tyovoimakoulutus, training: TrainingQuery(provider: "Lahti")) },
            { try F.route("Hollola", .vosKoulutus, training: TrainingQuery(provider: "Other", field: "Ravintola")) },
            { try F.route("Hollola", .tyonhaunTuki, segment: .multisectoral, client: ClientProfile(age: 20, foreignLanguage: true, partialWorkAbility: true, longTermUnemployed: true)) },
        ]
        citations += try special.flatMap { try $0().basis }
        citations += PaijatHameSalpausFields.all.flatMap { field in
            (try? F.route("Hollola", .vosKoulutus, training: TrainingQuery(field: field)))?.basis ?? []
        }
        return Array(Set(citations))
    }

    @Test("PaijatHame: every cited quote is verbatim in its seed at the cited lines")
    func quotesAreVerbatim() throws {
        var documents: [String: [String]] = [:]
        for citation in try allCitations() where F.seeds.contains(citation.document) {
            let lines = try documents[citation.document] ?? String(contentsOfFile: "\(Self.seedsDirectory)/\(citation.document)",
                                                                   encoding: .utf8).components(separatedBy: "\n")
            documents[citation.document] = lines
            let range = try #require(citation.lines).split(separator: "-").compactMap { Int($0) }
            let first = try #require(range.first), last = range.last ?? first
            try #require(first >= 1 && last <= lines.count && first <= last, "\(citation.document) lines \(citation.lines ?? "")")
            let text = lines[(first - 1)..<last].joined(separator: " ")
            let quote = try #require(citation.quote)
            #expect(text.contains(quote), "\(citation.document):\(citation.lines ?? "") does not contain «\(quote)»")
        }
    }
}

enum PaijatHameSalpausFields {
    static let all = ["TUVA", "Liiketalous", "Sosiaali- ja terveys", "Elintarvike", "Ravintola", "Teollisuus",
                      "Kone- ja tuotantotekniikka", "Rakennus", "Logistiikka", "Kiinteistöhoito+puhtaus"]
}
