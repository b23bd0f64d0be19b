// ClientPaths.swift — the target-group paths of plan §4.2 (youth, immigrants, partially able,
// long-term unemployed, multi-sectoral clients) laid over the routing facts of a person-client service.

import PluginAPI

struct ClientPaths {
    let settings: Settings

    /// The person-client services the paths apply to; subsidies, employer and statement services follow their own rules.
    private static let categories: Set<ServiceCategory> = [.jobseeker, .competence, .workAbility, .integration]

    func refined(_ route: RouteFacts, for query: RouteQuery) -> RouteFacts {
        guard let category = ServiceCatalog.entry(query.service)?.category, ClientPaths.categories.contains(category),
              ![.state, .wellbeingCounty].contains(route.delivery) else { return route }
        var routed = route
        if query.segment == .multisectoral, query.service != .monialainenPalvelu { routed = multisectoral(routed) }
        if query.service != .nuortenPalvelut { routed = youthPath(routed, query) }
        if query.service == .nuortenPalvelut { routed = youthServiceAge(routed, query) }
        if isImmigrant(query), ![.kotoutumissuunnitelma, .kotoutumiskoulutus].contains(query.service) {
            routed.grounds = routed.grounds.adding([Passage.immigrantServices], notes: [LocalizedText(
                fi: "Maahanmuuttajien polku: vieraskielisten asiakkaiden palvelutarpeesta huolehtiminen, lähipalvelut, vastinparityö ja "
                    + "yhteistyössä Lahden kanssa toteutetut palvelut (suunnitelma r. 450–454); ks. kotoutumissuunnitelma.",
                en: "Immigrant path: care for foreign-language clients' service needs, local services, pair work, and services "
                    + "delivered in cooperation with Lahti (plan L450-454); see kotoutumissuunnitelma.")])
        }
        if query.segment == .partialWorkAbility || query.client.partialWorkAbility == true {
            routed.grounds = routed.grounds.adding([Passage.workAbilityCoordinators, Passage.tyokanava, Passage.tyokanavaWithLahti], notes: [
                LocalizedText(
                    fi: "Osatyökykyisten polku: alueen työkykykoordinaattorit; kaikkein vaikeimmassa asemassa olevat osatyökykyiset "
                        + "ohjataan Työkanava Oy:n palvelukseen Lahden kanssa rakennettavan koordinaatiorakenteen kautta (suunnitelma "
                        + "r. 441, 554–556).",
                    en: "Partially able path: the area's work-ability coordinators; the most disadvantaged partially able are referred "
                        + "to Työkanava Oy, through a coordination structure built with Lahti (plan L441, L554-556)."),
            ])
        }
        if query.segment == .longTermUnemployed || query.client.longTermUnemployed == true {
            routed.grounds = routed.grounds.adding([Passage.healthCheck, Passage.rehabilitationPath, Passage.padasjokiModel], notes: [
                LocalizedText(
                    fi: "Pitkäaikaistyöttömien polku: selkeä työ- ja toimintakyvyn arviointi työttömien terveystarkastuksineen, "
                        + "työkykykoordinaattorit, palvelupolku kuntouttavasta työtoiminnasta työkokeiluun ja työkokeilut kunnan "
                        + "yksiköissä (suunnitelma r. 439–444, 468).",
                    en: "Long-term unemployed path: a clear work-ability assessment with the health check for the unemployed, "
                        + "work-ability coordinators, the path from rehabilitative work activity to a work trial, and work trials in "
                        + "municipal units (plan L439-444, L468)."),
            ])
        }
        return routed
    }

    private func isImmigrant(_ query: RouteQuery) -> Bool {
        query.segment == .immigrant || query.client.foreignLanguage == true || query.client.integrationClient == true
    }

    /// Meetings of multi-sectoral clients are held jointly with the wellbeing area and Kela (plan line 494);
    /// applying that to this service is a reading.
    private func multisectoral(_ route: RouteFacts) -> RouteFacts {
        var joint = route
        joint.grounds = route.grounds.adding([Passage.jointLocalMeetings, Passage.weakerPositionRouting], .inferred, notes: [LocalizedText(
            fi: "Päätelty: monialaista palvelua tarvitsevan asiakkaan tapaamiset järjestetään lähitapaamisina yhdessä alueen, "
                + "hyvinvointialueen (Päijät-Sote) ja Kelan kanssa, ja asiakas ohjataan sen viranomaisen palveluihin, joihin hänen "
                + "tarpeensa ensisijaisesti liittyvät (suunnitelma r. 433, 494).",
            en: "Inferred: a multi-sectoral client's meetings are held locally and jointly by the area, the wellbeing area "
                + "(Päijät-Sote) and Kela, and the client is directed to the authority whose services the needs mainly concern "
                + "(plan L433, L494).")])
        if [.local, .centralized].contains(route.delivery) {
            joint.delivery = .joint
            joint.provider = Party(name: "Päijät-Hämeen työllisyysalue yhdessä Päijät-Soten ja Kelan kanssa")
        }
        return joint
    }

    private static let youthNote = LocalizedText(
        fi: "Nuorten polku: alueen omat tiimit, vastinparityö kunnissa, etsivä nuorisotyö, nuorten työpajat, monialainen yhteistyö "
            + "hyvinvointialueen kanssa ja matalan kynnyksen ostopalvelut (suunnitelma r. 455–462); ks. nuorten_palvelut.",
        en: "Youth path: the area's own teams, pair work in the municipality, outreach youth work, youth workshops, multi-sectoral "
            + "cooperation with the wellbeing area and low-threshold purchased services (plan L455-462); see nuorten_palvelut.")

    /// The youth path, if the client is young: by segment, or by age under the configurable limit (the
    /// documents give no age).
    private func youthPath(_ route: RouteFacts, _ query: RouteQuery) -> RouteFacts {
        var young = route
        if query.segment == .youth {
            young.grounds = route.grounds.adding([Passage.youthServices], notes: [Self.youthNote])
            return young
        }
        let limit = settings.youthAgeLimit
        guard let age = query.client.age, age < limit.value else { return route }
        young.grounds = route.grounds.adding([Passage.youthServices], limit.status, notes: [
            Self.youthNote,
            LocalizedText(fi: "Asiakas luetaan nuoreksi iän perusteella: \(age) < \(limit.value).",
                          en: "Counted as young by age \(age) < \(limit.value)."),
            limit.note,
        ])
        return young
    }

    /// A client given by age above the youth limit is still answered, but told so.
    private func youthServiceAge(_ route: RouteFacts, _ query: RouteQuery) -> RouteFacts {
        let limit = settings.youthAgeLimit
        guard query.segment != .youth, let age = query.client.age, age >= limit.value else { return route }
        var adult = route
        adult.grounds = route.grounds.adding([], limit.status, notes: [
            LocalizedText(fi: "Ikänsä (\(age)) vuoksi asiakas ei ole nuori ikärajan \(limit.value) mukaan; yleiset palvelut koskevat häntä, "
                              + "ellei häntä ohjata nuorten polulle.",
                          en: "At \(age) the client is not young under the limit of \(limit.value); the general services apply unless "
                              + "the client is referred to the youth path."),
            limit.note,
        ])
        return adult
    }
}
