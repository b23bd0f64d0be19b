// EmployerRouting.swift — employer services follow the company's location municipality (annex 2
// line 15): a member's company is the area's, a Lahti company is Lahti's, the joint phone is Lahti's.

import PluginAPI

enum EmployerRouting {
    /// Services whose authority follows the company's location rather than the asking municipality.
    static let keyed: Set<ServiceID> = [.tyonantajapalvelut, .tyonantajapuhelin, .yhteishankintakoulutus]

    /// Where the service is given: the company's location for employer services, else the client's municipality.
    static func servedPlace(_ query: RouteQuery) -> MunicipalityRef {
        keyed.contains(query.service) ? (query.employer?.location ?? query.municipality) : query.municipality
    }

    static func refined(_ part: RoutePart, for query: RouteQuery) -> RoutePart {
        guard keyed.contains(query.service) else {
            guard query.employer != nil else { return part }
            return part.adding([Passage.clientSpecificCosts], status: .inferred,
                               notes: ["The company's location does not change who serves this person-client service: the client's home municipality decides, as it decides who bears client-specific costs (annex 1 line 9)."])
        }
        guard let location = query.employer?.location else {
            return part.adding([], notes: ["The company is taken to be located in \(query.municipality.name); pass employer.locationMunicipality to route by the company's location (annex 2 line 15)."])
        }
        if location.code == Lahti.municipality.code { return lahtiCompany(query.service) }
        guard Members.all.contains(where: { $0.code == location.code }) else {
            return part.adding([Passage.oneStop], status: .inferred,
                               notes: ["The company is located in \(location.name), outside both employment authorities of the province. The documents route employers only between the area and Lahti; under the one-stop principle (plan §2.1 line 178) the area serves it, but the employment authority of \(location.name) may be the competent one — an open question."])
        }
        guard location.code != query.municipality.code else { return part }
        return part.adding([], notes: ["Served where the company is located, \(location.name) (annex 2 line 15)."])
    }

    /// A company located in Lahti is Lahti's client; the area's residents may still take part.
    private static func lahtiCompany(_ service: ServiceID) -> RoutePart {
        let specific: (basis: [Citation], note: String)
        switch service {
        case .tyonantajapuhelin:
            specific = ([Passage.employerPhone],
                        "Lahti answers the joint employer number and keeps the call: only calls of companies located in the area's members are transferred to the area (annex 2 line 15).")
        case .yhteishankintakoulutus:
            specific = ([Passage.trainingsIndependent, Passage.crossAuthorityParticipants],
                        "Lahti runs its own joint-purchase trainings; the area's clients may be selected when the training is endorsed in their employment plan (annex 1 line 7).")
        default:
            specific = ([Passage.employerPhone, Passage.jointEmployerTeam],
                        "The joint employer team meets the company one-stop, but the responsible authority is Lahti, where the company is located (annex 2 line 15, plan §4.3).")
        }
        let lahtiPays = CostPart(principle: .ownMunicipality, payer: .authority(Lahti.name),
                                 basis: [Passage.lahtiIndependent], status: .inferred,
                                 notes: ["Lahti funds the services of its own employment authority; none of the area's members pays for them."])
        return RoutePart(delivery: .otherAuthority, provider: Lahti.party, caseOwner: Lahti.name,
                         channels: service == .tyonantajapuhelin ? [.phone] : [.inPerson, .phone, .online],
                         authority: Lahti.authority, basis: specific.basis + [Passage.lahtiIndependent], status: .inferred,
                         notes: [LocalizedText(verbatim: specific.note)], costOverride: lahtiPays)
    }
}
