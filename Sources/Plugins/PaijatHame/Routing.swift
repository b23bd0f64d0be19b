// Routing.swift — the `route` answer: the service's rule, refined by the employer's location, the
// training asked about and the client's target group, in that order, before the decision is built.

import PluginAPI

struct Routing {
    let declaration: RegionDeclaration
    let rules: Rules

    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision {
        try declaration.requireMember(query.municipality)
        let place = EmployerRouting.servedPlace(query)
        var rule = try rules.rule(query.service, at: declaration.member(place.code))
        rule = EmployerRouting.refined(rule, for: query)
        rule = try TrainingRouting(rules: rules).refined(rule, for: query)
        rule.route = ClientPaths(settings: rules.settings).refined(rule.route, for: query)
        return declaration.routingDecision(query, rule)
    }
}
