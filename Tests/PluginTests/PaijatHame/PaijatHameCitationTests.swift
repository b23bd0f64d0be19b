// PaijatHameCitationTests.swift — every quote the plugin cites appears verbatim in its seed document
// at the cited lines (the documents are kept in config/data/paijat-hame/sources).

import Foundation
import PluginAPI
import Testing
import TestSupport

@Suite struct PaijatHameCitationTests {
    typealias F = PaijatHameFixture

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
        let documents = try F.seeds.map { try SourceDocument(region: "paijat-hame", name: $0) }
        let problems = try allCitations().flatMap { citation in documents.compactMap { $0.problem(with: citation) } }
        #expect(problems.isEmpty, "\(problems)")
    }
}

enum PaijatHameSalpausFields {
    static let all = ["TUVA", "Liiketalous", "Sosiaali- ja terveys", "Elintarvike", "Ravintola", "Teollisuus",
                      "Kone- ja tuotantotekniikka", "Rakennus", "Logistiikka", "Kiinteistöhoito+puhtaus"]
}
