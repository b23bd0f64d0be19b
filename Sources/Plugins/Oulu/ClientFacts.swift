// ClientFacts.swift — what a route query says about the client that changes Oulu's rule: an
// integration client is a client of Oulu's centralised integration services (L237, L267), another
// immigrant client is their own municipality's (L267), an employer may be located in another member.

import PluginAPI

struct ClientFacts {
    /// Entitled to an integration plan: a client of Oulu's centralised services (L237).
    var integrationClient = false
    var foreignLanguage = false
    /// An immigrant (by segment) or a foreign-language client.
    var immigrant = false
    /// The employer's municipality, when the query names one inside the area.
    var employer: Member?

    /// Nothing known about the client (procurement and cost questions).
    init() {}

    init(_ query: RouteQuery) {
        integrationClient = query.client.integrationClient == true
        foreignLanguage = query.client.foreignLanguage == true
        immigrant = query.segment == .immigrant || foreignLanguage
        employer = query.employer.flatMap { Membership.member(code: $0.location.code) }
    }

    /// `rule` for this client of `member`. An integration client's case is never their home
    /// municipality's coach's: where a rule names the coach, the case is read as Oulu's centralised
    /// integration services' (inferred; the services L237–241 name are Oulu's by their own rules).
    /// Another immigrant client of a contract municipality is served there like any jobseeker (L267).
    func adjusted(_ rule: ServiceRule, for member: Member?) -> ServiceRule {
        guard let member else { return rule }
        var rule = rule
        let local = rule.route.delivery == .local
        if integrationClient, rule.route.caseOwner == CaseOwner.coach(member) {
            rule.route.caseOwner = CaseOwner.centralIntegrationServices
            rule.route.grounds = rule.route.grounds.adding(
                [Plan.centralIntegrationServices, Plan.otherImmigrantClients] + (local ? [Plan.integrationClientsLocalServices] : []),
                .inferred, notes: [LocalizedText(
                    fi: "Päätelty: kotoutumisasiakas on vastuukunnan keskitettyjen palveluiden asiakas (r. 237), ja sopimuskunnat vastaavat "
                        + "vain muiden maahanmuuttaja-asiakkaiden työvoimapalveluista (r. 267); siksi asiakkuus luetaan vastuukunnalle, vaikka "
                        + "palvelun sääntö nimeää kunnan omavalmentajan."
                        + (local ? " Oman kunnan palveluja käytetään asiakkaan palvelutarpeen mukaan (r. 265)." : ""),
                    en: "Inferred: an integration client is a client of Oulu's centralised services (L237), and the contract municipalities "
                        + "answer only for other immigrant clients' employment services (L267); so the case is read as Oulu's, although the "
                        + "service's rule names the municipality's coach."
                        + (local ? " The client's own municipality's services are used as the client needs them (L265)." : ""))])
        } else if immigrant, !integrationClient, local, !member.isResponsible {
            rule.route.grounds = rule.route.grounds.adding([Plan.otherImmigrantClients], notes: [LocalizedText(
                fi: "Maahanmuuttaja-asiakas, joka ei kuulu keskitettyjen palveluiden piiriin, on kotikuntansa asiakas kuten muutkin "
                    + "työnhakijat (r. 267).",
                en: "An immigrant client outside the centralised services is served by their own municipality like any jobseeker (L267).")])
        }
        return rule
    }
}
