// Conformance/DecisionSweep.swift — asks a configured plugin every catalog question for every
// member and judges the answers: all answered, all cited, echoing the query, consistent between
// route and cost, true to the statutory layer, each part no firmer than its basis, out of effect
// before the start, honest past the plan period, deterministic, and robust to unusual input.

import PluginAPI

struct DecisionSweep {
    let plugin: any RegionPlugin
    let declaration: RegionDeclaration
    let statutes: StatutoryLayer

    /// A day the rules are in force: half a year after the start (or the start itself if the plan ends sooner).
    var sampleDate: EffectiveDate {
        let later = EffectiveDate(year: declaration.effectiveFrom.year, month: 6, day: 1)!
        if let until = declaration.effectiveUntil, later > until { return declaration.effectiveFrom }
        return max(later, declaration.effectiveFrom)
    }

    /// The problems each check found, by check.
    private struct Findings {
        var unanswered: [String] = [], uncited: [String] = [], echo: [String] = [], inconsistent: [String] = []
        var nondeterministic: [String] = [], notOutOfEffect: [String] = [], notInForce: [String] = []
        var responsibility: [String] = [], bearer: [String] = [], overstated: [String] = []
        var decisions = 0, refusals = 0
    }

    func checks() -> [ConformanceCheck] {
        var found = Findings()
        let dayBefore = Self.dayBefore(declaration.effectiveFrom)
        for member in declaration.members {
            for service in ServiceCatalog.ids {
                sweep(member, service, dayBefore: dayBefore, into: &found)
            }
        }
        let asked = declaration.members.count * ServiceCatalog.ids.count
        return [
            ConformanceCheck("every catalog service answered for every member", passed: found.unanswered.isEmpty,
                             detail: ConformanceKit.summary(found.unanswered, ok: "\(asked) member × service pairs on \(sampleDate): \(found.decisions) decisions, \(found.refusals) not_offered")),
            ConformanceCheck("every decision cited with a valid status", passed: found.uncited.isEmpty, detail: ConformanceKit.summary(found.uncited, ok: "")),
            ConformanceCheck("decisions echo the query", passed: found.echo.isEmpty, detail: ConformanceKit.summary(found.echo, ok: "")),
            ConformanceCheck("route cost agrees with costs.responsibility", passed: found.inconsistent.isEmpty, detail: ConformanceKit.summary(found.inconsistent, ok: "")),
            ConformanceCheck("nothing offered that is not in force nationally", passed: found.notInForce.isEmpty,
                             detail: ConformanceKit.summary(found.notInForce, ok: "statutory layer on \(sampleDate)")),
            ConformanceCheck("responsibility as the statutory layer says, unless the plan says otherwise", passed: found.responsibility.isEmpty,
                             detail: ConformanceKit.summary(found.responsibility, ok: "")),
            ConformanceCheck("bearer agrees with the cost principle", passed: found.bearer.isEmpty, detail: ConformanceKit.summary(found.bearer, ok: "")),
            ConformanceCheck("explicit parts quote their passage", passed: found.overstated.isEmpty, detail: ConformanceKit.summary(found.overstated, ok: "")),
            ConformanceCheck("out_of_effect before the effective date", passed: found.notOutOfEffect.isEmpty,
                             detail: ConformanceKit.summary(found.notOutOfEffect, ok: "every route on \(dayBefore)")),
            planPeriodCheck(),
            ConformanceCheck("deterministic answers", passed: found.nondeterministic.isEmpty, detail: ConformanceKit.summary(found.nondeterministic, ok: "")),
            unusualInput(),
        ]
    }

    /// Asks the three questions for one member and service and records what is wrong.
    private func sweep(_ member: MunicipalityRef, _ service: ServiceID, dayBefore: EffectiveDate, into found: inout Findings) {
        let label = "\(member.name) \(service)"
        let route = RouteQuery(municipality: member, service: service, date: sampleDate)
        let answers = (route: Result { () throws(DecisionError) in try plugin.route(route) },
                       cost: Result { () throws(DecisionError) in try plugin.costResponsibility(CostQuery(municipality: member, service: service, date: sampleDate)) },
                       procurement: Result { () throws(DecisionError) in try plugin.procurement(ProcurementQuery(service: service, date: sampleDate)) })
        let inForce = statutes.service(service)?.inForce.contains(sampleDate) ?? true
        for (method, outcome) in [("route", answers.route.map(\.header)), ("cost", answers.cost.map(\.header)),
                                  ("procurement", answers.procurement.map(\.header))] {
            switch outcome {
            case .success(let header):
                found.decisions += 1
                found.uncited += Self.citationProblems(header, label: "\(label) \(method)")
                found.overstated += Self.overstatement(status: header.status, basis: header.basis, label: "\(label) \(method)")
                if header.region != declaration.id || header.service != service || header.date != sampleDate
                    || (method != "procurement" && header.municipality?.code != member.code) {
                    found.echo.append("\(label) \(method) answers for \(header.region)/\(header.municipality?.code.rawValue ?? "-")/\(header.service)/\(header.date)")
                }
                if !inForce { found.notInForce.append("\(label) \(method) is answered though the service is not in force on \(sampleDate)") }
            case .failure(.notOffered(_, let reason, let basis)):
                found.refusals += 1
                if reason.fi.isEmpty || reason.en.isEmpty || basis.isEmpty {
                    found.uncited.append("\(label) \(method): not_offered without a reason in both languages and a basis")
                }
            case .failure(let error):
                found.unanswered.append("\(label) \(method): \(RPCError.from(error).kind.rawValue): \(error.message(in: .en))")
            }
        }
        if case .success(let routing) = answers.route {
            found.overstated += Self.overstatement(status: routing.cost.status, basis: routing.cost.basis, label: "\(label) route cost")
            found.bearer += Self.bearerProblems(routing.cost.principle, routing.cost.bearer, label: label)
            if let problem = responsibilityProblem(routing, service: service) { found.responsibility.append("\(label): \(problem)") }
            if case .success(let cost) = answers.cost, routing.cost != cost.summary {
                found.inconsistent.append("\(label): route's cost part (\(routing.cost.principle.rawValue), \(routing.cost.status.rawValue)) differs from costs.responsibility (\(cost.principle.rawValue), \(cost.status.rawValue))")
            }
        }
        if (try? plugin.route(route)).map(Self.withoutID) != (try? answers.route.get()).map(Self.withoutID) {
            found.nondeterministic.append("\(label) route")
        }
        var early = route
        early.date = dayBefore
        do {
            _ = try plugin.route(early)
            found.notOutOfEffect.append("\(label) on \(dayBefore) was answered")
        } catch {
            if case .outOfEffect = error {} else { found.notOutOfEffect.append("\(label) on \(dayBefore): \(error.message(in: .en)) instead of out_of_effect") }
        }
    }

    /// The body a route's delivery puts in charge, as the statutory layer names bodies.
    static func responsibleBody(_ delivery: Delivery) -> Responsibility {
        switch delivery {
        case .state: return .state
        case .wellbeingCounty: return .wellbeingCounty
        case .kela: return .kela
        case .educationProvider: return .other
        case .local, .centralized, .purchased, .joint, .otherAuthority, .partner: return .employmentAuthority
        }
    }

    /// A route that hands the service to another body than the law makes responsible, without a
    /// passage of the area's own plan (a citation with lines) saying so.
    func responsibilityProblem(_ routing: RoutingDecision, service: ServiceID) -> String? {
        guard let statute = statutes.service(service), statute.responsibility != .other else { return nil }
        let body = Self.responsibleBody(routing.delivery)
        guard body != statute.responsibility, !routing.basis.contains(where: { $0.lines != nil }) else { return nil }
        return "delivery \(routing.delivery.rawValue) gives it to \(body.rawValue), but the statutory layer makes \(statute.responsibility.rawValue) responsible and no passage of the plan is cited"
    }

    /// The bearer kinds each principle allows.
    static func bearerProblems(_ principle: CostPrinciple, _ bearer: Bearer, label: String) -> [String] {
        let allowed: [String]
        switch principle {
        case .sharedByKey: allowed = ["members_by_key"]
        case .causerPays, .ownMunicipality: allowed = ["municipality"]
        case .stateFunded: allowed = ["state"]
        case .fundedByOtherBody: allowed = ["public_body"]
        case .caseByCase: allowed = ["case_by_case", "municipality"]
        case .billedByOtherAuthority: allowed = ["municipality", "members_by_key"]
        }
        return allowed.contains(bearer.kind) ? []
            : ["\(label): principle \(principle.rawValue) with bearer \(bearer.kind) (expected \(allowed.joined(separator: " or ")))"]
    }

    /// An explicit part must quote the passage that states it.
    static func overstatement(status: DecisionStatus, basis: [Citation], label: String) -> [String] {
        guard status == .explicit, !basis.contains(where: { !($0.quote ?? "").isEmpty }) else { return [] }
        return ["\(label): explicit, but no cited passage is quoted"]
    }

    /// Past the plan's declared period every answer must say so and be at most inferred.
    func planPeriodCheck() -> ConformanceCheck {
        let name = "answers past the plan period say so and are at most inferred"
        guard let period = declaration.planPeriod else { return ConformanceCheck(name, passed: true, detail: "the plan declares no period") }
        let later = Self.dayAfter(period.until)
        guard declaration.effectiveUntil.map({ later <= $0 }) ?? true, let member = declaration.members.first else {
            return ConformanceCheck(name, passed: true, detail: "the region's rules end with the plan period")
        }
        var problems: [String] = []
        for service in ServiceCatalog.ids {
            let label = "\(member.name) \(service) on \(later)"
            if let route = try? plugin.route(RouteQuery(municipality: member, service: service, date: later)) {
                if route.beyondPlanPeriod == nil { problems.append("\(label) route: no beyondPlanPeriod") }
                if route.status == .explicit || route.cost.status == .explicit { problems.append("\(label) route: explicit") }
            }
            if let cost = try? plugin.costResponsibility(CostQuery(municipality: member, service: service, date: later)),
               cost.beyondPlanPeriod == nil || cost.status == .explicit {
                problems.append("\(label) cost: not marked beyond the plan period")
            }
            if let procurement = try? plugin.procurement(ProcurementQuery(service: service, date: later)),
               procurement.beyondPlanPeriod == nil || procurement.status == .explicit {
                problems.append("\(label) procurement: not marked beyond the plan period")
            }
        }
        return ConformanceCheck(name, passed: problems.isEmpty,
                                detail: ConformanceKit.summary(problems, ok: "plan period \(period.from)–\(period.until), asked on \(later)"))
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

    static func dayAfter(_ date: EffectiveDate) -> EffectiveDate {
        EffectiveDate(year: date.year, month: date.month, day: date.day + 1)
            ?? EffectiveDate(year: date.year, month: date.month + 1, day: 1)
            ?? EffectiveDate(year: date.year + 1, month: 1, day: 1)!
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
    var notes: [LocalizedText]
}

extension Decision {
    var header: DecisionHeader {
        DecisionHeader(region: region, municipality: municipality, service: service, date: date, basis: basis, status: status, notes: notes)
    }
}
