// ClientPaths.swift — the target-group paths of plan §4.2 (youth, immigrants, partially able,
// long-term unemployed, multi-sectoral clients) laid over the route of a person-client service.

import PluginAPI

struct ClientPaths: Sendable {
    let parameters: Parameters

    /// The person-client services the paths apply to; subsidies, employer and statement services follow their own rules.
    private static let categories: Set<ServiceCategory> = [.jobseeker, .competence, .workAbility, .integration]

    func refined(_ part: RoutePart, for query: RouteQuery) throws(DecisionError) -> RoutePart {
        guard let category = ServiceCatalog.entry(query.service)?.category, ClientPaths.categories.contains(category),
              ![.state, .wellbeingCounty].contains(part.delivery) else { return part }
        var routed = part
        if isMultisectoral(query), query.service != .monialainenPalvelu { routed = multisectoral(routed) }
        if query.service != .nuortenPalvelut, let youth = try youthPath(query) { routed = youth(routed) }
        if query.service == .nuortenPalvelut { routed = try youthServiceAge(routed, query) }
        if isImmigrant(query), ![.kotoutumissuunnitelma, .kotoutumiskoulutus].contains(query.service) {
            routed = routed.adding([Passage.immigrantServices],
                                   notes: ["Immigrant path: care for foreign-language clients' service needs, local services, pair work, and services delivered in cooperation with Lahti (plan §4.2); see kotoutumissuunnitelma."])
        }
        if query.segment == .partialWorkAbility || query.client.partialWorkAbility == true {
            routed = routed.adding([Passage.workAbilityCoordinators, Passage.tyokanava, Passage.tyokanavaWithLahti],
                                   notes: ["Partially able path: the area's work-ability coordinators; the most disadvantaged partially able are referred to Työkanava Oy, through a coordination structure built with Lahti (plan §4.2, §6)."])
        }
        if query.segment == .longTermUnemployed || query.client.longTermUnemployed == true {
            routed = routed.adding([Passage.healthCheck, Passage.rehabilitationPath, Passage.padasjokiModel],
                                   notes: ["Long-term unemployed path: a clear work-ability assessment with the health check for the unemployed, work-ability coordinators, the path from rehabilitative work activity to a work trial, and work trials in municipal units (plan §4.2, §4.2.1)."])
        }
        return routed
    }

    private func isMultisectoral(_ query: RouteQuery) -> Bool { query.segment == .multisectoral }

    private func isImmigrant(_ query: RouteQuery) -> Bool {
        query.segment == .immigrant || query.client.foreignLanguage == true || query.client.integrationClient == true
    }

    /// Meetings of multi-sectoral clients are held jointly with the wellbeing area and Kela (plan §5 line 494).
    private func multisectoral(_ part: RoutePart) -> RoutePart {
        var joint = part.adding([Passage.jointLocalMeetings, Passage.weakerPositionRouting],
                                notes: ["Multi-sectoral client: meetings are held locally and jointly by the area, the wellbeing area (Päijät-Sote) and Kela; the client is directed to the authority whose services the needs mainly concern (plan §4.2, §5)."])
        if [.local, .centralized].contains(part.delivery) {
            joint.delivery = .joint
            joint.provider = Party(name: "Päijät-Hämeen työllisyysalue yhdessä Päijät-Soten ja Kelan kanssa")
        }
        return joint
    }

    /// The youth path, if the client is young: by segment, or by age under the configurable limit
    /// (the documents give no age, G10).
    private func youthPath(_ query: RouteQuery) throws(DecisionError) -> ((RoutePart) -> RoutePart)? {
        let youthNote: LocalizedText = "Youth path: the area's own teams, pair work in the municipality, outreach youth work, youth workshops, multi-sectoral cooperation with the wellbeing area and low-threshold purchased services (plan §4.2); see nuorten_palvelut."
        if query.segment == .youth {
            return { $0.adding([Passage.youthServices], notes: [youthNote]) }
        }
        let limit = try parameters.read(ParameterSpecs.youthAgeLimit, on: query.date)
        guard let age = query.client.age, age < limit.value else { return nil }
        return { $0.adding([Passage.youthServices], status: limit.status, notes: [youthNote, "Counted as young by age \(age) < \(limit.value).", limit.note]) }
    }

    /// A client given by age above the youth limit is still answered, but told so.
    private func youthServiceAge(_ part: RoutePart, _ query: RouteQuery) throws(DecisionError) -> RoutePart {
        guard query.segment != .youth, let age = query.client.age else { return part }
        let limit = try parameters.read(ParameterSpecs.youthAgeLimit, on: query.date)
        guard age >= limit.value else { return part }
        return part.adding([], status: limit.status,
                           notes: ["At \(age) the client is not young under the limit of \(limit.value); the general services apply unless the client is referred to the youth path. \(limit.note)"])
    }
}
