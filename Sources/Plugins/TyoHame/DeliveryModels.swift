// DeliveryModels.swift — the ways the plan delivers services (the team model, the company team,
// purchased services, the immigrant multi-service point, the multi-sectoral model, the wellbeing
// county, Ohjaamo …), each as routing facts with the passages that describe the model itself.
// Routing.swift picks one per service and adds how firmly the plan ties the service to it.

import PluginAPI

extension Rules {
    static let responsibleWorker = "Nimetty vastuutyöntekijä TyöHämeen monialaisessa tiimissä (8–12 asiantuntijaa)"

    /// Own production by the multi-disciplinary teams at the main office serving the municipality,
    /// in the municipality's own premises, by mobile unit, remote point and online (R4, R6). The
    /// passages describe how person clients are served in general; a service that is not named in
    /// them is added with an `inferred` reading by its caller. `keepsCase` is false for services
    /// without a client case (general advice).
    func teamModel(_ municipality: MunicipalityRef, keepsCase: Bool = true) -> RouteFacts {
        let catchment = settings.officeCatchment
        // Settings guarantee an office for every member; the fallback only serves a non-member,
        // which the plugin refuses before it gets here.
        let office = catchment.value[municipality.code] ?? .hameenlinna
        let ownOffice = office.municipality == municipality
        var locations = [Locations.mainOffice(office, status: ownOffice ? nil : Locations.configured(by: catchment))]
        if !ownOffice { locations.append(Locations.localPremises(municipality)) }
        locations += [Locations.mobileUnit, Locations.remotePoint(municipality), Locations.digitalServices]
        var grounds = Grounds((keepsCase ? [Passage.teams] : []) + [Passage.mainOffices, Passage.localPremises, Passage.outreach,
                                                                   Passage.remotePoints, Passage.kelaVideo, Passage.digital247])
        if !ownOffice {
            grounds = grounds.adding([Passage.subAreas, Passage.officesSupportSmaller], catchment.status, notes: [
                LocalizedText(
                    fi: "Suunnitelma nimeää kaksi päätoimipaikkaa (Hämeenlinna ja Forssa, r. 499), mutta ei sitä, kumpi palvelee mitäkin kuntaa; "
                        + "\(municipality.name) kuuluu parametrin '\(catchment.name)' mukaan \(office.rawValue)n toimipaikalle "
                        + "(\(catchment.status.rawValue)), suunnitelman osa-alueiden Hämeenlinna-Hattula ja Forssan seutu mukaan (r. 228).",
                    en: "The plan names the two main offices (Hämeenlinna and Forssa, L499) but not which serves whom; "
                        + "\(municipality.name) is served from the \(office.rawValue) office by parameter '\(catchment.name)' "
                        + "(\(catchment.status.rawValue)), which follows the plan's sub-areas Hämeenlinna-Hattula and Forssan seutu (L228)."),
                LocalizedText(
                    fi: "Lähipalveluja tuodaan jäsenkuntaan (\(municipality.name)) sen tarjoamissa tiloissa ja liikkuvilla yksiköillä (r. 499, 507); "
                        + "suunnitelma ei nimeä tiloja, osoitteita eikä aukioloaikoja.",
                    en: "Local services are brought to \(municipality.name) in premises the municipality provides and by mobile units "
                        + "(L499, L507); the plan names no premises, addresses or opening hours."),
            ])
        }
        return RouteFacts(delivery: .local, provider: Parties.tyoHame, caseOwner: keepsCase ? Self.responsibleWorker : nil,
                          locations: locations, channels: [.inPerson, .video, .mobile, .online], grounds: grounds)
    }

    /// The company team serves employers without municipal borders, at both main offices, on the
    /// single-contact principle shared with the Etelä-Häme area (R5).
    func companyTeam(_ employer: EmployerProfile?) -> RouteFacts {
        var notes = [LocalizedText(
            fi: "Työnantajia palvellaan kuntarajojen rajoittamatta; TyöHäme ja Etelä-Hämeen työllisyyspalvelualue palvelevat työnantajia "
                + "yhden kontaktin periaatteella (se, johon otetaan yhteyttä, palvelee). Yrityspalveluita kehitetään ja toteutetaan "
                + "yhdessä ELY:n, valtakunnallisten palveluiden ja yrittäjäjärjestöjen kanssa.",
            en: "Employers are served without municipal borders; TyöHäme and the Etelä-Häme employment area serve employers on the "
                + "single-contact principle (the one contacted serves). Company services are developed and delivered with the ELY "
                + "centre, national services and entrepreneur organisations.")]
        if let location = employer?.location, !Membership.members.contains(where: { $0.code == location.code }) {
            notes.append(LocalizedText(
                fi: "Työnantaja sijaitsee TyöHämeen ulkopuolella (\(location.name)); suunnitelman mukaan sitäkin palvellaan «kuntarajojen rajoittamatta».",
                en: "The employer is located in \(location.name), outside TyöHäme; the plan still serves it («kuntarajojen rajoittamatta»)."))
        }
        return RouteFacts(delivery: .centralized, provider: Parties.companyTeam, caseOwner: "TyöHämeen yritystiimi",
                          locations: MainOffice.allCases.map { Locations.mainOffice($0) } + [Locations.digitalServices],
                          channels: [.inPerson, .online],
                          grounds: Grounds([Passage.noMunicipalBorders, Passage.companyTeam, Passage.singleContact, Passage.officesServeBoth],
                                           notes: notes))
    }

    /// A service TyöHäme buys from a provider, cited by the passages that say it is bought; the
    /// client's team keeps the case, which the plan says of person clients in general (L190).
    func purchased(_ basis: [Citation]) -> RouteFacts {
        RouteFacts(delivery: .purchased, provider: Parties.purchasedProvider, caseOwner: Self.responsibleWorker,
                   grounds: Grounds(basis, notes: [LocalizedText(
                       fi: "Palveluntuottaja valitaan hankinnalla (ks. procurement.get); suunnitelma ei nimeä tuottajia.",
                       en: "The provider is chosen by procurement (see procurement.get); the plan names no providers.")])
                       .adding([Passage.teams], .inferred, notes: [LocalizedText(
                           fi: "Päätelty: asiakkuus pysyy asiakkaan tiimin vastuutyöntekijällä, koska tiimit toimivat "
                               + "henkilöasiakkaiden vastuutyöntekijöinä (r. 190); ostopalvelusta suunnitelma ei sano tätä erikseen.",
                           en: "Inferred: the client's team keeps the case, since the teams act as the responsible workers of "
                               + "person clients (L190); the plan does not say so of purchased services in particular.")]))
    }

    /// Services of immigrant-background jobseekers, integration clients and immigrants outside the
    /// labour force, centralised to one multi-service point (R8) — which point is a setting.
    func immigrantServicePoint() -> RouteFacts {
        let point = settings.immigrantServicePoint
        return RouteFacts(delivery: .centralized, provider: Parties.tyoHame, caseOwner: Self.responsibleWorker,
                          locations: [point.value, Locations.digitalServices], channels: [.inPerson, .video, .online],
                          grounds: Grounds(point, basis: [Passage.immigrantPoint]).adding(notes: [LocalizedText(
                              fi: "Suunnitelma keskittää nämä palvelut «monipalvelupisteeseen» (r. 483) nimeämättä pistettä; "
                                  + "piste on parametrin '\(point.name)' arvo \(point.value.name).",
                              en: "The plan centralises these services «monipalvelupisteeseen» (L483) without naming the point; "
                                  + "the point is parameter '\(point.name)', \(point.value.name).")]))
    }

    /// The multi-sectoral cooperation model with the Kanta-Häme wellbeing services county and Kela
    /// (R10): produced by the team model as a local service (L328), resourced by all three (L489).
    func multisectoralModel() -> RouteFacts {
        RouteFacts(delivery: .joint, provider: Parties.tymPartners, caseOwner: Self.responsibleWorker, channels: [.inPerson, .video],
                   grounds: Grounds([Passage.tym, Passage.tymContent, Passage.tymTeamModel, Passage.teams, Passage.tymAgreement,
                                     Passage.network, Passage.kelaVideo], notes: [LocalizedText(
                       fi: "Koko Kanta-Häme muodostaa yhden verkoston; sen lakisääteiset toimijat ovat työvoimaviranomainen, "
                           + "hyvinvointialue ja Kela, ja yhteistoimintamallista tehdään erillinen yhteistyösopimus.",
                       en: "All of Kanta-Häme forms one network; its statutory members are the employment authority, the wellbeing "
                           + "services county and Kela, under a separate cooperation agreement.")]))
    }

    /// Organised by the Kanta-Häme wellbeing services county, not by TyöHäme. The plan names no
    /// case owner for the county's services, so none is given.
    func wellbeingCounty(_ grounds: Grounds) -> RouteFacts {
        RouteFacts(delivery: .wellbeingCounty, provider: Parties.wellbeingCounty, grounds: grounds)
    }

    /// The two Ohjaamos: the municipalities' one-stop environment for under-30s (R7). The plan says
    /// who offers them and for whom, not who keeps a young client's case, so no case owner is given.
    func ohjaamo() -> RouteFacts {
        RouteFacts(delivery: .joint, provider: Parties.ohjaamo, locations: [Locations.ohjaamo, Locations.digitalServices],
                   channels: [.inPerson, .online],
                   grounds: Grounds([Passage.ohjaamoUnder30, Passage.twoOhjaamos, Passage.youthEnvironments], notes: [LocalizedText(
                       fi: "Alueella toimii kaksi Ohjaamoa; suunnitelma ei kerro, missä. Nuorten yhteispalvelu kokoaa yhteen olemassa "
                           + "olevia palveluntuottajia, ja työvoimaviranomainen neuvottelee nuorten palvelupisteistä koulutuksen järjestäjien kanssa.",
                       en: "Two Ohjaamos operate in the area; the plan does not say where. The youth joint service gathers existing "
                           + "providers, and the employment authority negotiates youth service points with education providers.")])
                       .adding([Passage.youthJointService, Passage.youthServicePoints]))
    }

    /// Training arranged with the area's education providers, which the plan says TyöHäme must
    /// cooperate with (L539); the client's team keeps the case (L190).
    func educationProviders(_ note: LocalizedText) -> RouteFacts {
        RouteFacts(delivery: .educationProvider, provider: Parties.educationProviders, caseOwner: Self.responsibleWorker,
                   grounds: Grounds([Passage.educationCooperation, Passage.teams], .inferred, notes: [note]))
    }

    /// Special-field training (e.g. maritime work): the plan says wider, also national tendering
    /// must be considered (R12) — «harkittava», so the route is inferred.
    func specialFieldTraining(_ field: String, matched: String) -> RouteFacts {
        let fields = settings.specialTrainingFields
        return RouteFacts(delivery: .purchased, provider: Party(name: "Laajempi yhteishankinta (erityisesti Lahden seudun kunnat) tai valtakunnallinen hankinta"),
                          caseOwner: Self.responsibleWorker,
                          grounds: Grounds([Passage.nationalProcurement, Passage.maritime, Passage.lahtiCooperation, Passage.widerTendering,
                                            Passage.selfMotivatedStudy, Passage.localInstitutions, Passage.teams], .inferred, notes: [
                              LocalizedText(
                                fi: "Päätelty: '\(field)' on erityisala (parametri '\(fields.name)': \(matched)). Kun osallistujia on kunta- ja "
                                    + "aluekohtaisesti vähän, koulutusten kilpailutusta on «harkittava» laajemmalla yhteistyöllä, myös "
                                    + "valtakunnallisesti (r. 467) — suunnitelma ei sano, että näin aina tehdään. Vaihtoehdot: omaehtoinen "
                                    + "koulutus, jos asiakkaan osaaminen vastaa hakukriteerejä (r. 469); paikallisesti Hämeen ammattikorkeakoulu "
                                    + "ja toisen asteen oppilaitokset (r. 471).",
                                en: "Inferred: '\(field)' is a special field (parameter '\(fields.name)': \(matched)). With few participants per "
                                    + "municipality and area, wider, also national tendering «must be considered» (L467) — the plan does not say "
                                    + "it always happens. Alternatives: self-motivated study if the client meets the admission criteria (L469); "
                                    + "locally Häme University of Applied Sciences and secondary institutions (L471)."),
                              fields.note,
                          ]))
    }
}
