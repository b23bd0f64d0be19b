// ProductionModes.swift — the plan's three production modes (L84) as whole rules: a local service
// delegated to the members, a service Oulu produces centrally, a service Oulu purchases centrally.
// Each builds the three parts with their own passages; a rule adds its service's own passages.

import PluginAPI

/// Who keeps the client's case in a centralised service.
enum CentralCaseOwner {
    /// The plan names none (decisions and payments, employer services, advice).
    case unnamed
    /// The service's own passage (among the rule's passages) names it.
    case stated(String)
    /// A jobseeker service whose passage is silent: L113 says the case *usually* stays with the
    /// member's coach, a hedged general rule, so the routing part is inferred.
    case usuallyTheCoach
}

extension Rules {
    /// A service the plan delegates to the members as a local service (§2.2.1 L119, §2.4 L290,
    /// LIITE 1 «LÄHIPALVELUINA KUNNISSA»): the client's municipality produces it in its own premises,
    /// its coach keeps the case (`caseOwner` false for employer services, which have none) and it
    /// pays for it (L617). `passages` are the service's own; `item` its LIITE 1 entry.
    func local(_ member: Member?, _ passages: [Citation], listed item: String,
               delegation: Citation = Plan.delegatedJobseekerServices, caseOwner: Bool = true,
               notes: [LocalizedText] = []) -> ServiceRule {
        let listing = Plan.annex1(.annex1Local, item)
        let place: (Citation, LocalizedText)
        if member?.isResponsible == true {
            place = (Plan.businessAsemaPremises, LocalizedText(
                fi: "Lähipalvelu (LIITE 1, «LÄHIPALVELUINA KUNNISSA»): Oulun henkilöstön tilat ja palvelut on koottu BusinessAseman yhteyteen (r. 571).",
                en: "Local service (LIITE 1, «LÄHIPALVELUINA KUNNISSA»): Oulu's own services are gathered at BusinessAsema (L571)."))
        } else {
            place = (Plan.ownPremises, LocalizedText(
                fi: "Lähipalvelu (LIITE 1, «LÄHIPALVELUINA KUNNISSA»): asiakkaan kotikunta tuottaa sen itse omissa tiloissaan (r. 569). "
                    + "Suunnitelmassa ei ole osoitteita.",
                en: "Local service (LIITE 1, «LÄHIPALVELUINA KUNNISSA»): the client's own municipality produces it in its own "
                    + "premises (L569). The plan gives no addresses."))
        }
        return ServiceRule(
            route: RouteFacts(delivery: .local, provider: member?.party ?? Parties.members,
                              caseOwner: caseOwner ? CaseOwner.coach(member) : nil,
                              locations: member.map { [Locations.ownServicePoint($0)] } ?? [], channels: [.inPerson],
                              grounds: Grounds(passages + [listing, place.0], notes: notes + [place.1])),
            procurement: OuluProcurement.membersOwnProduction(delegation, listing: listing),
            cost: Costs.ownMunicipality(listing))
    }

    /// A service LIITE 1 lists among «KESKITETTÄVÄT PALVELUT OMANA TUOTANTONA (VASTUUKUNTA)» (`items`):
    /// Oulu's own staff produce it for the whole area. The plan names a place or a channel for only a
    /// few of these services, so none is claimed unless given.
    func centralised(_ member: Member?, _ passages: [Citation], listed items: [String], caseOwner: CentralCaseOwner = .unnamed,
                     provider: Party = Parties.oulu, locations: [Location] = [], channels: [Channel] = [],
                     cost: CostTerms, notes: [LocalizedText] = []) -> ServiceRule {
        let listings = items.map { Plan.annex1(.annex1Centralised, $0) }
        var grounds = Grounds(passages + listings, notes: notes)
        if locations.isEmpty && channels.isEmpty {
            grounds = grounds.adding(notes: [LocalizedText(
                fi: "Suunnitelma ei nimeä tälle palvelulle asiointipaikkaa eikä -kanavaa.",
                en: "The plan names no place or channel for this service.")])
        }
        let owner: String?
        switch caseOwner {
        case .unnamed: owner = nil
        case .stated(let name): owner = name
        case .usuallyTheCoach:
            owner = CaseOwner.coach(member)
            grounds = grounds.adding(CaseOwner.usuallyTheCoach)
        }
        return ServiceRule(
            route: RouteFacts(delivery: .centralized, provider: provider, caseOwner: owner, locations: locations,
                              channels: channels, grounds: grounds),
            procurement: OuluProcurement.ouluOwnProduction(listings),
            cost: cost)
    }

    /// A statutory service Oulu purchases centrally for the whole area (L115; LIITE 1 «OSTOPALVELUT
    /// (HANKITAAN KESKITETYSTI)» lists `item` when it is given). The provider is whoever wins Oulu's
    /// tender; for every purchase the member's coach markets it, refers the client and serves them
    /// during it (L337), so the coach keeps the case.
    func purchased(_ member: Member?, _ passages: [Citation], listed item: String?, cost: CostTerms,
                   notes: [LocalizedText] = []) -> ServiceRule {
        let listing = item.map { [Plan.annex1(.annex1Purchased, $0)] } ?? []
        return ServiceRule(
            route: RouteFacts(delivery: .purchased, provider: Parties.purchasedProvider, caseOwner: CaseOwner.coach(member),
                              grounds: Grounds(passages + listing + [Plan.coachesServePurchasedClients], notes: notes + [LocalizedText(
                                fi: "Ostopalvelu: suunnitelma ei nimeä tuottajaa eikä paikkaa. Kunnan omavalmentaja markkinoi palvelua, "
                                    + "ohjaa asiakkaan siihen ja palvelee häntä palvelun aikana (r. 337).",
                                en: "Purchased service: the plan names no provider or place. The municipality's coach markets the "
                                    + "service, refers the client and serves them during it (L337).")])),
            procurement: OuluProcurement.centralPurchase(item),
            cost: cost)
    }

    /// The key of `pool` in force on the rules' day, for a shared cost.
    func poolKey(_ pool: Pool = .sharedServices) -> PoolKey {
        pool.key(settings, region: region, year: date.year).poolKey
    }

    /// A LIITE 2 group-1 item (centralised own production) split «VOS-PERIAATTEILLA».
    func sharedOwnProduction(_ items: String...) -> CostTerms {
        Costs.shared(items.map { Plan.annex2(.annex2OwnProduction, $0) }, poolKey())
    }

    /// A LIITE 2 group-2 item (central purchase) split «VOS-PERIAATTEILLA».
    func sharedPurchase(_ item: String, pool: Pool = .sharedServices) -> CostTerms {
        Costs.shared([Plan.annex2(.annex2Purchased, item)], poolKey(pool))
    }
}

/// The parts of a rule, for a reading that concerns only some of them.
enum RulePart { case route, procurement, cost }

extension ServiceRule {
    /// The rule read for a service the plan words differently, or by another reading a person can
    /// disagree with: the `parts` concerned are at most inferred, and say how they were read.
    func read(as note: LocalizedText, in parts: [RulePart] = [.route, .procurement, .cost]) -> ServiceRule {
        adding(.inferred, notes: [note], to: parts)
    }

    /// The rule as a parameter chooses it: every part has the setting's status and names it.
    func chosen<Value>(by setting: DatedSetting<Value>, _ note: LocalizedText) -> ServiceRule {
        adding(setting.status, notes: [note, setting.note], to: [.route, .procurement, .cost])
    }

    /// The rule with `partners` taking part in the service, as `passages` say.
    func withPartners(_ partners: [Party], _ passages: [Citation]) -> ServiceRule {
        var rule = self
        rule.procurement.outcome.partners = partners
        rule.procurement.grounds = rule.procurement.grounds.adding(passages)
        return rule
    }

    private func adding(_ status: DecisionStatus, notes: [LocalizedText], to parts: [RulePart]) -> ServiceRule {
        var rule = self
        for part in parts {
            switch part {
            case .route: rule.route.grounds = rule.route.grounds.adding([], status, notes: notes)
            case .procurement: rule.procurement.grounds = rule.procurement.grounds.adding([], status, notes: notes)
            case .cost: rule.cost.grounds = rule.cost.grounds.adding([], status, notes: notes)
            }
        }
        return rule
    }
}
