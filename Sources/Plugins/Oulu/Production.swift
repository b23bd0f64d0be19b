// Production.swift — the routing half of a rule: the plan's three production modes (local in the
// members, centralised in Oulu, purchased centrally by Oulu; L84) and the services other bodies
// produce (the wellbeing county Pohde, the state, the Turku employment area).

import PluginAPI

/// Who delivers a service to a client of one member, where and through which channels, and how
/// it is procured.
struct Production: Sendable {
    var delivery: Delivery
    var provider: Party
    var caseOwner: String?
    var locations: [Location]
    var channels: [Channel]
    var procurement: ProcurementOutcome
    var basis: [Citation]
    var notes: [LocalizedText]
}

extension Production {
    static let delegation = Plan.cite(.purpose, "70",
        "Järjestämissuunnitelmassa on määritelty tehtävät, joiden hoitamiseksi vastuukunta antaa sopimuskunnille viranomaistoimivaltaa kuntalain 54 §:n mukaisesti.")
    static let ownPremises = Plan.cite(.premises, "569",
        "Jokainen työllisyysalueeseen kuuluva kunta järjestää toiminnan tarvitsemat tilat itse.")
    static let centralPhone = Plan.cite(.advice, "107",
        "Ouluun keskitetty työllisyysalueen puhelinpalvelu (BusinessOulu) tarjoaa henkilökohtaista asiantuntijan tarjoamaa asiakaspalvelua työllisyys- ja elinkeinoasioissa koko työllisyysalueella")
    static let coachRefers = Plan.cite(.statutoryProcurement, "337",
        "Kaikkien ostopalveluiden osalta kuntiin/omavalmentajille jää vastuu palveluiden markkinoinnista, asiakkaan ohjaamisesta palveluun sekä asiakaspalvelusta palvelun aikana.")

    /// Delegated to the member as a local service; Oulu's own local services are at BusinessAsema.
    /// `member` is nil for area-level questions (procurement), which name no municipality.
    static func local(_ member: Member?) -> Production {
        let place: (Citation, String)
        switch member {
        case let member? where member.isResponsible:
            place = (Plan.businessAsemaPremises, "Oulu's own local service, gathered at BusinessAsema (L571).")
        case .some:
            place = (ownPremises, "The client's own municipality produces it with its own staff in its own premises "
                     + "(L569, L579), under the authority the responsible municipality Oulu delegates to it (kuntalaki 54 §, L70).")
        case nil:
            place = (ownPremises, "Each member produces it with its own staff in its own premises (L569, L579); the "
                     + "contract municipalities act under the authority Oulu delegates to them (kuntalaki 54 §, L70).")
        }
        return Production(
            delivery: .local, provider: member?.party ?? Parties.members, caseOwner: coach(member),
            locations: member.map { [Locations.ownServicePoint($0)] } ?? [], channels: [.inPerson],
            procurement: OuluProcurement.memberOwnProduction,
            basis: [Plan.productionModes, delegation, place.0],
            notes: [LocalizedText(verbatim: "Local service (LIITE 1, «LÄHIPALVELUINA KUNNISSA»). " + place.1 + " The plan gives no addresses.")])
    }

    /// The coach who keeps the client's case: the member's own, or «kunnan omavalmentaja» in general.
    static func coach(_ member: Member?) -> String { member?.coach ?? "kunnan omavalmentaja" }

    /// Centralised own production by Oulu's staff; reachable area-wide by the central phone and
    /// BusinessOulu's video advice (L107); the client's case usually stays with the coach (L113).
    static func centralized(_ member: Member?) -> Production {
        Production(
            delivery: .centralized, provider: Parties.oulu, caseOwner: coach(member),
            locations: [Locations.businessAsema], channels: [.phone, .video],
            procurement: OuluProcurement.ouluOwnProduction,
            basis: [Plan.productionModes, Plan.staffPlacement, Plan.businessAsemaPremises, centralPhone, Plan.coachKeepsCase],
            notes: ["Centralised in Oulu as the responsible municipality's own production; Oulu employs the staff (L579). "
                    + "The client's own coach refers the client and usually keeps the case (L113). BusinessAsema hosts "
                    + "Oulu's staff (L571); walk-in without appointment there is for Oulu residents (L107)."])
    }

    /// Bought centrally by Oulu; the coach refers the client and keeps the case (L337).
    static func purchased(_ member: Member?, _ item: String) -> Production {
        Production(
            delivery: .purchased, provider: Parties.purchasedProvider, caseOwner: coach(member),
            locations: [], channels: [],
            procurement: OuluProcurement.centralPurchase(item),
            basis: [Plan.productionModes, Plan.centralProcurement, coachRefers],
            notes: ["Purchased centrally by Oulu for the whole area (L115, L329); the plan names no provider, "
                    + "procurement model or place, so none is given. The client's own coach markets the service, "
                    + "refers the client and serves them during it (L337)."])
    }

    /// Produced by the wellbeing services county Pohde; the coach keeps the employment-service case.
    static func wellbeingCounty(_ member: Member?) -> Production {
        Production(
            delivery: .wellbeingCounty, provider: Parties.pohde, caseOwner: coach(member),
            locations: [], channels: [], procurement: OuluProcurement.byWellbeingCounty,
            basis: [Plan.cite(.multisectoral, "223",
                              "Työllisyysalue laatii muiden toimijoiden, kuten hyvinvointialue Pohteen ja Kelan, kanssa selkeät monialaisen yhteistyön sopimukset")],
            notes: ["Produced by the wellbeing services county Pohde, with which the area agrees the cooperation (L223-227); "
                    + "the plan gives no places for it."])
    }

    /// Produced centrally by the state (the plan does not name the state body).
    static func state(_ member: Member?) -> Production {
        Production(
            delivery: .state, provider: Parties.state, caseOwner: coach(member),
            locations: [], channels: [], procurement: OuluProcurement.byState,
            basis: [Plan.cite(.centralJobFinding, "177",
                              "Lakisääteinen työnhakija-asiakkaan työn löytymiseen liittyvä palvelu, joka hoidetaan keskitetysti valtion toimesta:")],
            notes: ["Produced centrally by the state; the plan does not name the state body."])
    }

    /// Maritime job placement: the Turku employment area delivers it remotely (L187).
    static func turku(_ member: Member?) -> Production {
        Production(
            delivery: .otherAuthority, provider: Parties.turkuArea, caseOwner: coach(member),
            locations: [], channels: [.phone, .video], procurement: OuluProcurement.fromTurku,
            basis: [Plan.cite(.centralJobFinding, "183",
                              "Lakisääteinen työnhakija-asiakkaan työn löytymiseen liittyvä palvelu, joka hoidetaan keskitetysti toisen työllisyysalueen toimesta:"),
                    Plan.cite(.centralJobFinding, "187",
                              "Palvelu ostetaan Turun työllisyysalueelta, joka tuottaa palvelun etäpalveluna.")],
            notes: ["Delivered remotely by the Turku employment area, from which the Oulu area buys it (L187); "
                    + "the plan says «etäpalveluna» without naming the remote channels (phone and video assumed)."])
    }
}
