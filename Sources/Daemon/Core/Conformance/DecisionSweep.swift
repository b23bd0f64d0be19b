// Conformance/DecisionSweep.swift — asks a configured plugin every catalog question for every
// member and judges the answers: all answered, all cited, echoing the query, consistent between
// route and cost, out of effect before the start, deterministic, and robust to unusual input.

import PluginAPI

struct DecisionSweep {
    let plugin: any RegionPlugin
    let declaration: RegionDeclaration

    /// A day the rules are in force: half a year after the start (or the start itself if the plan ends sooner).
    var sampleDate: EffectiveDate {
        let later = EffectiveDate(year: declaration.effectiveFrom.year, month: 6, day: 1)!
        if let until = declaration.effectiveUntil, later > until { return declaration.effectiveFrom }
        return max(later, declaration.effectiveFrom)
    }

    func checks() -> [ConformanceCheck] {
        var unanswered: [String] = [], uncited: [String] = [], echo: [String] = [], inconsistent: [String] = []
        var nondeterministic: [String] = [], notOutOfEffect: [String] = []
        var decisions = 0, refusals = 0
        let dayBefore = Self.dayBefore(declaration.effectiveFrom)
        for member in declaration.members {
            for service in ServiceCatalog.ids {
                let label = "\(member.name) \(service)"
                let route = RouteQuery(municipality: member, service: service, date: sampleDate)
                let cost = CostQuery(municipality: member, service: service, date: sampleDate)
                let procurement = ProcurementQuery(service: service, date: sampleDate)
                let answers = (route: Result { () throws(DecisionError) in try plugin.route(route) },
                               cost: Result { () throws(DecisionError) in try plugin.costResponsibility(cost) },
                               procurement: Result { () throws(DecisionError) in try plugin.procurement(procurement) })
                for (method, outcome) in [("route", answers.route.map { $0.header }), ("cost", answers.cost.map { $0.header }),
                                          ("procurement", answers.procurement.map { $0.header })] {
                    switch outcome {
                    case .success(let header):
                        decisions += 1
                        uncited += Self.citationProblems(header, label: "\(label) \(method)")
                        if header.region != declaration.id || header.service != service || header.date != sampleDate
                            || (method != "procurement" && header.municipality?.code != member.code) {
                            echo.append("\(label) \(method) answers for \(header.region)/\(header.municipality?.code.rawValue ?? "-")/\(header.service)/\(header.date)")
                        }
                    case .failure(.notOffered(_, let reason, let basis)):
                        refusals += 1
                        if reason.isEmpty || basis.isEmpty { uncited.append("\(label) \(method): not_offered without a reason and a basis") }
                    case .failure(let error):
                        unanswered.append("\(label) \(method): \(error.kind.rawValue): \(error.message)")
                    }
                }
                if case .success(let routing) = answers.route, case .success(let costDecision) = answers.cost,
                   routing.cost != costDecision.outcome.summary {
                    inconsistent.append("\(label): route says \(routing.cost.principle.rawValue), costs.responsibility says \(costDecision.principle.rawValue)")
                }
                if (try? plugin.route(route)).map(Self.withoutID) != (try? answers.route.get()).map(Self.withoutID) {
                    nondeterministic.append("\(label) route")
                }
                var early = route
                early.date = dayBefore
                do {
                    _ = try plugin.route(early)
                    notOutOfEffect.append("\(label) on \(dayBefore) was answered")
                } catch {
                    if error.kind != .outOfEffect { notOutOfEffect.append("\(label) on \(dayBefore): \(error.kind.rawValue) instead of out_of_effect") }
                }
            }
        }
        let asked = declaration.members.count * ServiceCatalog.ids.count
        return [
            ConformanceCheck("every catalog service answered for every member", passed: unanswered.isEmpty,
                             detail: ConformanceKit.summary(unanswered, ok: "\(asked) member × service pairs on \(sampleDate): \(decisions) decisions, \(refusals) not_offered")),
            ConformanceCheck("every decision cited with a valid status", passed: uncited.isEmpty, detail: ConformanceKit.summary(uncited, ok: "")),
            ConformanceCheck("decisions echo the query", passed: echo.isEmpty, detail: ConformanceKit.summary(echo, ok: "")),
            ConformanceCheck("route cost agrees with costs.responsibility", passed: inconsistent.isEmpty, detail: ConformanceKit.summary(inconsistent, ok: "")),
            ConformanceCheck("out_of_effect before the effective date", passed: notOutOfEffect.isEmpty,
                             detail: ConformanceKit.summary(notOutOfEffect, ok: "every route on \(dayBefore)")),
            ConformanceCheck("deterministic answers", passed: nondeterministic.isEmpty, detail: ConformanceKit.summary(nondeterministic, ok: "")),
            unusualInput(),
        ]
    }

    /// Odd but well-typed questions: the plugin may refuse them, but must answer or refuse.
    func unusualInput() -> ConformanceCheck {
        let member = declaration.members.first!
        let outsider = MunicipalityRef(code: "091", name: "Helsinki")
        var asked = 0
        for segment in [nil] + ClientSegment.allCases.map(Optional.some) {
            for client in [ClientProfile(), ClientProfile(age: 0, foreignLanguage: true, integrationClient: true, partialWorkAbility: true, longTermUnemployed: true),
                           ClientProfile(age: 130)] {
                for service in ServiceCatalog.ids {
                    for date in [sampleDate, EffectiveDate(year: 9999, month: 12, day: 31)!] {
                        let query = RouteQuery(municipality: member, service: service, date: date, segment: segment, client: client,
                                               employer: EmployerProfile(location: outsider),
                                               training: TrainingQuery(provider: "Tuntematon oppilaitos", field: "ÄÖ \u{0}"))
                        _ = try? plugin.route(query)
                        asked += 1
                    }
                }
            }
        }
        _ = try? plugin.route(RouteQuery(municipality: outsider, service: .neuvonta, date: sampleDate))
        _ = try? plugin.costResponsibility(CostQuery(municipality: outsider, service: .palkkatuki, date: sampleDate))
        _ = try? plugin.allocationKey(AllocationKeyQuery(year: 1900, pool: "no such pool"))
        _ = plugin.facts(on: EffectiveDate(year: 1, month: 1, day: 1)!)
        return ConformanceCheck("no crash on unusual input", passed: true,
                                detail: "\(asked + 4) questions with odd segments, ages, dates, outside municipalities and unknown pools")
    }

    static func citationProblems(_ header: DecisionHeader, label: String) -> [String] {
        var problems: [String] = []
        if header.basis.isEmpty { problems.append("\(label): no basis") }
        for citation in header.basis where citation.document.isEmpty || citation.section.isEmpty {
            problems.append("\(label): a citation without document or section")
        }
        if header.status != .explicit && header.notes.isEmpty {
            problems.append("\(label): status \(header.status.rawValue) but no notes saying what it rests on")
        }
        return problems
    }

    static func withoutID<Outcome>(_ decision: Decision<Outcome>) -> Decision<Outcome> {
        var copy = decision
        copy.decisionId = ""
        return copy
    }

    static func dayBefore(_ date: EffectiveDate) -> EffectiveDate {
        if date.day > 1 { return EffectiveDate(year: date.year, month: date.month, day: date.day - 1)! }
        if date.month > 1 { return EffectiveDate(year: date.year, month: date.month - 1, day: EffectiveDate.daysIn(month: date.month - 1, year: date.year))! }
        return EffectiveDate(year: date.year - 1, month: 12, day: 31)!
    }
}

/// The common fields of any decision, for checks that do not care about the outcome.
struct DecisionHeader {
    var region: String
    var municipality: MunicipalityRef?
    var service: ServiceID
    var date: EffectiveDate
    var basis: [Citation]
    var status: DecisionStatus
    var notes: [String]
}

extension Decision {
    var header: DecisionHeader {
        DecisionHeader(region: region, municipality: municipality, service: service, date: date, basis: basis, status: status, notes: notes)
    }
}
