// Routing.swift — the rule of each catalog service: who serves the client, where and how, with the
// passages that say so. One switch case per service; route, procurement and cost answers are all
// built from the rule chosen here, so the three can never disagree.

import PluginAPI

/// The rules in force on one day: the plan's passages plus that day's settings.
struct Rules {
    /// The region id, for the answers that carry it (the allocation key).
    let region: String
    let date: EffectiveDate
    let settings: Settings

    /// The rule for `service` for a client of `member`; `member` is nil for a region-level question
    /// (procurement). Throws a reasoned `not_offered` for a service the plan does not organise.
    func rule(_ service: ServiceID, for member: Member?) throws(DecisionError) -> ServiceRule {
        switch service {
        // explicit: the plan says it in so many words (L12-14), and the cost rule too (L30).
        case .tyollistymissuunnitelma:
            return localService(member, basis: [Plan.localPlanAndJobSearch, Plan.servicePoints, Plan.coachKeepsCase],
                                status: .explicit)

        // inferred: the catalog's «personal job-search support by the own coach» is matched to the
        // plan's wording; the notes say how, so a reader can disagree with the reading.
        case .tyonhaunTuki:
            return localService(member, basis: [Plan.localPlanAndJobSearch, Plan.coachKeepsCase], status: .inferred,
                                notes: ["Inferred: the catalog's personal job-search support is read as the plan's "
                                        + "«työnhakua tuetaan asiakkaan kotikunnassa» (L12), a local service kept by the "
                                        + "client's own coach (L14)."])

        // explicit, with a causer-pays cost rule: centralised in the responsible municipality (L17),
        // paid by the client's home municipality (L29).
        case .palkkatuki:
            return ServiceRule(delivery: .centralized, provider: Members.kolari.party, locations: [servicePoint(Members.kolari)],
                               channels: [.inPerson, .phone, .online], procurement: Procurement.responsibleOwnProduction,
                               principle: Costs.causerPays.principle, payer: Costs.causerPays.payer,
                               basis: [Plan.paySubsidyCentralised] + Costs.causerPays.basis, status: .explicit,
                               notes: ["Decided and paid centrally by Kolari (L17); the client's home municipality pays (L29)."])

        // explicit routing, procured by a framework agreement (L21-22) and paid from the shared pool
        // (L33). The pool's weights are a parameter: `Rules.costRule` adds them to the cost answer.
        case .tyovoimakoulutus:
            let shared = Costs.sharedByKey(settings)
            return ServiceRule(delivery: .purchased, provider: Party(name: "puitejärjestelyn koulutuksen järjestäjät"),
                               caseOwner: member.map(coach), procurement: Procurement.trainingFrameworkAgreement,
                               principle: shared.principle, payer: shared.payer, key: shared.key, billing: shared.billing,
                               basis: [Plan.trainingJointlyProcured, Plan.trainingFrameworkAgreement] + shared.basis,
                               status: .explicit,
                               notes: ["Bought for the whole area by Kolari under a framework agreement (L21-22); the "
                                       + "client's own coach keeps the case (L14)."])

        // default: the plan centralises the advice (L18) but says nothing of its cost, so the cost
        // principle is the parameter `neuvonta_cost`; the answer is `default` and its notes name it.
        case .neuvonta:
            let cost = Costs.advice(settings)
            return ServiceRule(delivery: .centralized, provider: Members.kolari.party, channels: [.online, .phone],
                               procurement: Procurement.responsibleOwnProduction, principle: cost.principle,
                               payer: cost.payer, key: cost.key, basis: [Plan.adviceCentralised] + cost.basis,
                               status: cost.status, notes: ["Given centrally online and by phone (L18)."] + cost.notes)

        // Every other catalog id: a reasoned refusal, never a silent default. AUTHOR: take an id out
        // of this list as you encode its rule; keeping it here is a decision too, so cite why.
        // In a real plan prefer routing to whoever does organise a service (the wellbeing county
        // for kuntouttava_tyotoiminta, the state for merityonvalitys, …) over not_offered.
        case .tyonhakuvalmennus, .uravalmennus, .ammatinvalintaJaUraohjaus, .tyokokeilu, .koulutuskokeilu,
             .starttiraha, .tyoolosuhteidenJarjestelytuki, .yhteishankintakoulutus, .omaehtoinenOpiskelu,
             .vosKoulutus, .kotoutumissuunnitelma, .kotoutumiskoulutus, .monialainenPalvelu,
             .aktivointisuunnitelma, .kuntouttavaTyotoiminta, .tyottomienTerveystarkastus, .tyokykyarvio,
             .tyovoimapoliittinenLausunto, .velvoitetyollistaminen, .tyonvalitys, .tyonantajapalvelut,
             .tyonantajapuhelin, .yritysneuvonta, .muutosturva, .eures, .nuortenPalvelut, .merityonvalitys,
             .erityisasiantuntijalausunto, .asiantuntijaArviointi, .kulukorvaus:
            throw .notOffered(service: service,
                              reason: "the Esimerkkialue plan organises only tyollistymissuunnitelma, tyonhaun_tuki, "
                                  + "palkkatuki, tyovoimakoulutus and neuvonta; other employment services are agreed "
                                  + "separately (L25)",
                              basis: [Plan.nothingElseOrganised])

        default:
            // An id outside the shared catalog: alued passes only catalog ids, but a direct caller (a test,
            // the conformance kit) may ask anything, and gets a refusal, not a crash.
            throw .notOffered(service: service, reason: "'\(service)' is not a service of the Esimerkkialue plan",
                              basis: [Plan.nothingElseOrganised])
        }
    }

    /// A local service: each member's own production at its own service point, kept by the client's
    /// own coach and paid by the member itself (L12-14, L30).
    private func localService(_ member: Member?, basis: [Citation], status: DecisionStatus,
                              notes: [String] = []) -> ServiceRule {
        let cost = Costs.ownMunicipality
        return ServiceRule(delivery: .local, provider: member?.party ?? Party(name: "kukin jäsenkunta"),
                           caseOwner: member.map(coach), locations: (member.map { [$0] } ?? Members.all).map(servicePoint),
                           channels: [.inPerson, .phone, .online], procurement: Procurement.membersOwnProduction,
                           principle: cost.principle, payer: cost.payer, basis: basis + cost.basis, status: status,
                           notes: notes + ["Produced by the client's home municipality at its own service point, also by "
                                           + "phone and online (L13); the municipality pays (L30)."])
    }

    private func servicePoint(_ member: Member) -> Location {
        Location(name: member.servicePoint, city: member.ref.name)
    }

    /// The plan keeps the case with «asiakkaan kotikunnan omavalmentaja» (L14).
    private func coach(_ member: Member) -> String { "omavalmentaja, \(member.planName)" }
}
