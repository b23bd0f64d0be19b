// Routing.swift — the rule of each catalog service: who serves the client, where and how, how the
// service is procured and who pays, each part with the passages that say so. One switch case per
// service; the route, procurement and cost answers are all built from the rule chosen here, so the
// three can never disagree.

import PluginAPI

/// The rules in force on one day: the plan's passages plus that day's settings.
struct Rules {
    /// The region id, for the answers that carry it (the allocation key).
    let region: String
    let date: EffectiveDate
    let settings: Settings

    /// The rule for `service` for a client of `member`; `member` is nil for a region-level question
    /// (procurement). Throws a reasoned `not_offered` for a service the plan does not organise.
    ///
    /// Each part's status is its own: `explicit` only where the cited line states that fact for
    /// this service; `inferred` where it is read from the plan (a note says how); `default` where
    /// a parameter decides (its note names it).
    func rule(_ service: ServiceID, for member: Member?) throws(DecisionError) -> ServiceRule {
        switch service {
        // explicit: the plan says where the plan is made (L12), where and how the service is given
        // (L13) and who keeps the case (L14); the cost rule too (L30).
        case .tyollistymissuunnitelma:
            return localService(member, Grounds([Plan.localPlanAndJobSearch, Plan.servicePoints, Plan.coachKeepsCase]))

        // inferred: the catalog's «personal job-search support by the own coach» is matched to the
        // plan's wording; the note says how, so a reader can disagree with the reading.
        case .tyonhaunTuki:
            return localService(member, Grounds([Plan.localPlanAndJobSearch, Plan.servicePoints, Plan.coachKeepsCase], .inferred,
                notes: [LocalizedText(
                    fi: "Päätelty: luettelon henkilökohtainen työnhaun tuki luetaan suunnitelman kohdaksi «työnhakua tuetaan "
                        + "asiakkaan kotikunnassa» (r. 12), lähipalveluksi, jossa asiakkuus on kotikunnan omavalmentajalla (r. 14).",
                    en: "Inferred: the catalog's personal job-search support is read as the plan's «työnhakua tuetaan asiakkaan "
                        + "kotikunnassa» (L12), a local service kept by the client's own coach (L14).")]))

        // Routing explicit (centralised in the responsible municipality, L17), procurement inferred
        // (the plan names no purchase), cost explicit (causer pays, L29).
        case .palkkatuki:
            return ServiceRule(
                route: RouteFacts(delivery: .centralized, provider: Members.kolari.party,
                                  locations: [Location(name: Members.kolari.planName, city: Members.kolari.ref.name)],
                                  grounds: Grounds([Plan.paySubsidyCentralised])),
                procurement: Procurement.responsibleOwnProduction(Plan.paySubsidyCentralised),
                cost: Costs.causerPays)

        // Routing: bought under the framework agreement (L21-22, explicit), but the plan names the case
        // owner only for local services (L14), so the route as a whole is inferred. Procurement
        // explicit (L22); cost shared by the key (L33), the key's weights a parameter.
        case .tyovoimakoulutus:
            return ServiceRule(
                route: RouteFacts(delivery: .purchased, provider: Party(name: "puitejärjestelyn koulutuksen järjestäjät"),
                                  caseOwner: member.map(coach),
                                  grounds: Grounds([Plan.trainingJointlyProcured, Plan.trainingFrameworkAgreement, Plan.coachKeepsCase],
                                                   .inferred, notes: [LocalizedText(
                                                       fi: "Koulutus ostetaan puitejärjestelystä (r. 21–22). Omavalmentajan pysyminen "
                                                           + "asiakkuuden omistajana on päätelty lähipalvelujen kohdasta (r. 14).",
                                                       en: "The training is bought under the framework agreement (L21-22). That the "
                                                           + "client's own coach keeps the case is inferred from the local-services line (L14).")])),
                procurement: Procurement.trainingFrameworkAgreement,
                cost: Costs.sharedByKey(settings, region: region, year: date.year))

        // Routing explicit (centralised, online and by phone: L18); procurement inferred; cost a
        // default: the plan is silent on it, so the parameter `neuvonta_cost` decides.
        case .neuvonta:
            return ServiceRule(
                route: RouteFacts(delivery: .centralized, provider: Members.kolari.party, channels: [.online, .phone],
                                  grounds: Grounds([Plan.adviceCentralised])),
                procurement: Procurement.responsibleOwnProduction(Plan.adviceCentralised),
                cost: Costs.advice(settings, region: region, year: date.year))

        // Every other catalog id: a reasoned refusal, never a silent default. AUTHOR: take an id out
        // of this list as you encode its rule; keeping it here is a decision too, so cite why.
        // In a real plan prefer routing to whoever does organise a service (the wellbeing county
        // for kuntouttava_tyotoiminta, the state for merityonvalitys, …) over not_offered. National
        // law (e.g. a service repealed nationally) is the daemon's statutory layer: never encode it here.
        case .tyonhakuvalmennus, .uravalmennus, .ammatinvalintaJaUraohjaus, .tyokokeilu, .koulutuskokeilu,
             .starttiraha, .tyoolosuhteidenJarjestelytuki, .yhteishankintakoulutus, .omaehtoinenOpiskelu,
             .vosKoulutus, .kotoutumissuunnitelma, .kotoutumiskoulutus, .monialainenPalvelu,
             .aktivointisuunnitelma, .kuntouttavaTyotoiminta, .tyottomienTerveystarkastus, .tyokykyarvio,
             .tyovoimapoliittinenLausunto, .velvoitetyollistaminen, .tyonvalitys, .tyonantajapalvelut,
             .tyonantajapuhelin, .yritysneuvonta, .muutosturva, .eures, .nuortenPalvelut, .merityonvalitys,
             .erityisasiantuntijalausunto, .asiantuntijaArviointi, .kulukorvaus:
            throw .notOffered(service: service,
                              reason: LocalizedText(
                                fi: "Esimerkkialueen suunnitelma järjestää vain palvelut tyollistymissuunnitelma, tyonhaun_tuki, "
                                    + "palkkatuki, tyovoimakoulutus ja neuvonta; muista työvoimapalveluista sovitaan erikseen (r. 25)",
                                en: "the Esimerkkialue plan organises only tyollistymissuunnitelma, tyonhaun_tuki, palkkatuki, "
                                    + "tyovoimakoulutus and neuvonta; other employment services are agreed separately (L25)"),
                              basis: [Plan.nothingElseOrganised])

        default:
            // An id outside the shared catalog: alued passes only catalog ids, but a direct caller (a test,
            // the conformance kit) may ask anything, and gets a refusal, not a crash.
            throw .notOffered(service: service,
                              reason: LocalizedText(fi: "'\(service)' ei ole Esimerkkialueen suunnitelman palvelu",
                                                    en: "'\(service)' is not a service of the Esimerkkialue plan"),
                              basis: [Plan.nothingElseOrganised])
        }
    }

    /// A local service: each member's own production at its own service point, by phone and online
    /// (L13), kept by the client's own coach (L14) and paid by the member itself (L30).
    private func localService(_ member: Member?, _ grounds: Grounds) -> ServiceRule {
        ServiceRule(
            route: RouteFacts(delivery: .local, provider: member?.party ?? Party(name: "kukin jäsenkunta"),
                              caseOwner: member.map(coach), locations: (member.map { [$0] } ?? Members.all).map(servicePoint),
                              channels: [.inPerson, .phone, .online], grounds: grounds),
            procurement: Procurement.membersOwnProduction,
            cost: Costs.ownMunicipality)
    }

    private func servicePoint(_ member: Member) -> Location {
        Location(name: member.servicePoint, city: member.ref.name)
    }

    /// The plan keeps the case with «asiakkaan kotikunnan omavalmentaja» (L14).
    private func coach(_ member: Member) -> String { "omavalmentaja, \(member.planName)" }

    /// `costs.allocate`'s key: alued applies it to the members' statistics and splits the amount to the cent.
    func allocationKey(pool: String?) throws(DecisionError) -> AllocationKey {
        guard pool == nil || pool == Costs.sharedPool else {
            throw .invalidParameter(LocalizedText(fi: "tuntematon pooli '\(pool ?? "")'; alueella on yksi pooli: \(Costs.sharedPool)",
                                                  en: "unknown pool '\(pool ?? "")'; this area has one pool: \(Costs.sharedPool)"))
        }
        return Costs.sharedServicesKey(settings, region: region, year: date.year)
    }
}
