// Preview/ImpactPreview.swift — `system.reload {dryRun: true}`: which answers would change if the
// config, data and plugins on disk were loaded now. The candidate is built and asked in a child
// process (CandidateProcess), the running generation is asked in this one through the same
// dispatcher, and every cell that differs is reported. Nothing is swapped.

import AlueWire
import Foundation
import PluginAPI

enum ImpactPreview {
    /// How long the candidate may take for one answer (loading its plugins included).
    static let answerTimeout = 300.0

    /// Compares `current` with the candidate that `options` describe on disk.
    static func run(current: RuntimeSnapshot, options: DaemonOptions, log: Log, today: EffectiveDate) throws(RPCError) -> JSONValue {
        let candidate = try CandidateProcess(arguments: options.candidateArguments, timeout: answerTimeout)
        defer { candidate.finish() }
        let header = try candidate.header()
        guard header["ready"] == .bool(true), let candidateScope = header["scope"].flatMap(ImpactScope.init(json:)) else {
            let messages = header["messages"]?.arrayValue?.compactMap(LocalizedText.init(json:))
                ?? [LocalizedText(fi: "ehdokasta ei voitu rakentaa", en: "the candidate could not be built")]
            let problems = messages.joined(separator: "; ")
            throw RPCError(.reloadFailed, LocalizedText(fi: "ehdokasta ei voi ladata, uudelleenlataus epäonnistuisi: \(problems.fi)",
                                                        en: "the candidate cannot be loaded, a reload would fail: \(problems.en)"),
                           data: [("dryRun", .bool(true))], localizedData: [("messages", .texts(messages))])
        }
        var scope = ImpactScope(current).union(candidateScope)
        scope.dates.insert(today.description)

        let running = Dispatcher(daemon: SnapshotServices(snapshot: current, log: log))
        let encoder = ResponseEncoder()
        func ask(_ questions: [PreviewQuestion]) throws(RPCError) -> [(before: [UInt8], after: [UInt8])] {
            let lines = questions.map(\.line)
            let after = try candidate.answers(lines)
            return zip(lines, after).map { line, after in (running.handle(line: line, peer: nil, encoder: encoder) ?? [], after) }
        }

        var changes: [ImpactChange] = []
        var changedQuestions = 0
        var pools = Set<RegionPool>()
        let decisions = scope.decisionQuestions
        for (question, answer) in zip(decisions, try ask(decisions)) {
            if question.kind == .cost {
                for bytes in [answer.before, answer.after] { pools.formUnion(AnswerCells.sharedPools(in: bytes)) }
            }
            let found = ImpactChange.changes(question, before: answer.before, after: answer.after, current: current)
            changes += found
            changedQuestions += found.isEmpty ? 0 : 1
        }
        let allocations = scope.allocationQuestions(pools: pools)
        for (question, answer) in zip(allocations, try ask(allocations)) {
            let found = ImpactChange.changes(question, before: answer.before, after: answer.after, current: current)
            changes += found
            changedQuestions += found.isEmpty ? 0 : 1
        }

        let statuses = header["plugins"]?.arrayValue?.compactMap(PluginStatus.init(json:)) ?? []
        let summary: JSONValue = .object([
            ("questions", .number(String(decisions.count + allocations.count))),
            ("changedQuestions", .number(String(changedQuestions))),
            ("changes", .number(String(changes.count))),
            ("dates", .array(scope.dates.sorted().map(JSONValue.string))),
            ("regions", .object([("before", .array(current.regions.regions.map { .string($0.declaration.id) })),
                                 ("after", .array(candidateScope.regions.sorted().map(JSONValue.string)))])),
            ("plugins", .array(statuses.map(\.json))),
            ("messages", .array(statuses.filter { $0.state == .failed }.map { .string("\($0.id): \($0.state.rawValue) (\($0.error ?? ""))") })),
        ])
        log.notice("impact preview: \(changes.count) changed cells in \(changedQuestions) of \(decisions.count + allocations.count) answers; nothing swapped")
        return .object([("ok", .bool(true)), ("changes", .array(changes.map(\.json))), ("summary", summary)])
    }
}

/// One cell that differs between the running generation and the candidate.
struct ImpactChange {
    var kind: PreviewQuestion.Kind
    var region: String
    var municipality: JSONValue
    var service: String
    var date: String
    var field: String
    var before: JSONValue
    var after: JSONValue

    var json: JSONValue {
        .object([("region", .string(region)), ("municipality", municipality), ("service", .string(service)), ("date", .string(date)),
                 ("field", .string(field)), ("before", before), ("after", after), ("kind", .string(kind.rawValue))])
    }

    /// The cells of `question` whose answers differ (none when the bytes are equal).
    static func changes(_ question: PreviewQuestion, before: [UInt8], after: [UInt8], current: RuntimeSnapshot) -> [ImpactChange] {
        guard before != after else { return [] }
        let old = AnswerCells(answerLine: before), new = AnswerCells(answerLine: after)
        let region = question.region ?? new.region ?? old.region
            ?? question.municipality.flatMap(MunicipalityCode.init(rawValue:)).flatMap { current.regions.region(covering: $0)?.declaration.id } ?? ""
        let service = question.service ?? new.pool ?? old.pool ?? ""
        return Set(old.cells.keys).union(new.cells.keys).sorted().compactMap { key in
            let was = old.cells[key] ?? .null, now = new.cells[key] ?? .null
            guard was != now else { return nil }
            let municipality = key.municipality ?? question.municipality
            return ImpactChange(kind: question.kind, region: region,
                                municipality: municipality.flatMap(MunicipalityCode.init(rawValue:)).map { current.directory.json($0) } ?? .null,
                                service: service, date: question.date, field: key.field, before: was, after: now)
        }
    }
}

extension DaemonOptions {
    /// The options a reload resolves its settings from, for the preview child to resolve the same.
    var candidateArguments: [String] {
        var arguments: [String] = []
        if let configPath { arguments += ["--config", configPath] }
        if let pluginDir { arguments += ["--plugin-dir", pluginDir] }
        if let stateDir { arguments += ["--state-dir", stateDir] }
        if let socketPath { arguments += ["--socket", socketPath] }
        arguments += ["--log-level", "warning"]
        return arguments
    }
}
