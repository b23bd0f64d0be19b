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

    static func refined(_ rule: ServiceRule, for query: RouteQuery) -> ServiceRule {
        var refined = rule
        guard keyed.contains(query.service) else {
            guard query.employer != nil else { return rule }
            refined.route.grounds = rule.route.grounds.adding([Passage.clientSpecificCosts], .inferred, notes: [LocalizedText(
                fi: "Päätelty: yrityksen sijainti ei muuta sitä, kuka palvelee henkilöasiakasta; ratkaisee asiakkaan kotikunta, kuten "
                    + "asiakaskohtaisissa kustannuksissa (liite 1, r. 9).",
                en: "Inferred: the company's location does not change who serves this person-client service: the client's home "
                    + "municipality decides, as it decides who bears client-specific costs (annex 1 L9).")])
            return refined
        }
        guard let location = query.employer?.location else {
            refined.route.grounds = rule.route.grounds.adding(notes: [LocalizedText(
                fi: "Yrityksen sijaintikunnaksi oletetaan \(query.municipality.name); anna employer.locationMunicipality, niin reitti "
                    + "määräytyy yrityksen sijainnin mukaan (liite 2, r. 15).",
                en: "The company is taken to be located in \(query.municipality.name); pass employer.locationMunicipality to route by "
                    + "the company's location (annex 2 L15).")])
            return refined
        }
        if location.code == Lahti.municipality.code { return lahtiCompany(rule, query.service) }
        guard Members.all.contains(where: { $0.code == location.code }) else {
            refined.route.grounds = rule.route.grounds.adding([Passage.oneStop], .inferred, notes: [LocalizedText(
                fi: "Päätelty: yrityksen sijaintikunta (\(location.name)) on maakunnan kummankin työvoimaviranomaisen ulkopuolella. "
                    + "Asiakirjat ohjaavat työnantajia vain alueen ja Lahden välillä; yhden luukun periaatteella (suunnitelma r. 178) "
                    + "alue palvelee yritystä, mutta toimivaltainen voi olla sijaintikunnan työvoimaviranomainen – avoin kysymys.",
                en: "Inferred: the company is located in \(location.name), outside both employment authorities of the province. The "
                    + "documents route employers only between the area and Lahti; under the one-stop principle (plan L178) the area "
                    + "serves it, but the employment authority of \(location.name) may be the competent one — an open question.")])
            return refined
        }
        guard location.code != query.municipality.code else { return rule }
        // The phone's transfer by location is the annex's own rule; the other employer services follow it by analogy.
        let byLocation = query.service == .tyonantajapuhelin
        let note = byLocation
            ? LocalizedText(fi: "Yritystä palvellaan sen sijaintikunnan (\(location.name)) mukaan (liite 2, r. 15).",
                            en: "The company is served where it is located (\(location.name)) (annex 2 L15).")
            : LocalizedText(fi: "Päätelty: yritystä palvellaan sen sijaintikunnan (\(location.name)) mukaan, kuten yhteisen "
                                + "työnantajanumeron siirroissa (liite 2, r. 15).",
                            en: "Inferred: the company is served where it is located (\(location.name)), as the joint employer "
                                + "number transfers calls (annex 2 L15).")
        refined.route.grounds = rule.route.grounds.adding([Passage.employerPhone], byLocation ? .explicit : .inferred, notes: [note])
        return refined
    }

    /// A company located in Lahti is a client of Lahti's own employment authority, which funds the service;
    /// the area's residents may still take part. The procurement part stays the area's own.
    private static func lahtiCompany(_ rule: ServiceRule, _ service: ServiceID) -> ServiceRule {
        let specific: (basis: [Citation], note: LocalizedText)
        switch service {
        case .tyonantajapuhelin:
            specific = ([Passage.employerPhone], LocalizedText(
                fi: "Päätelty: Lahti vastaa yhteiseen numeroon ja pitää puhelun, koska alueelle siirretään vain jäsenkunnissa "
                    + "sijaitsevien yritysten puhelut (liite 2, r. 15).",
                en: "Inferred: Lahti answers the joint number and keeps the call, since only calls of companies located in the area's "
                    + "members are transferred to the area (annex 2 L15)."))
        case .yhteishankintakoulutus:
            specific = ([Passage.trainingsIndependent, Passage.crossAuthorityParticipants], LocalizedText(
                fi: "Päätelty: Lahti vastaa omista yhteishankintakoulutuksistaan; alueen asiakas voidaan valita niihin, kun "
                    + "koulutukselle on puolto hänen työllistymissuunnitelmassaan (liite 1, r. 7).",
                en: "Inferred: Lahti runs its own joint-purchase trainings; the area's clients may be selected when the training is "
                    + "endorsed in their employment plan (annex 1 L7)."))
        default:
            specific = ([Passage.employerPhone, Passage.jointEmployerTeam], LocalizedText(
                fi: "Päätelty: yhteinen työnantajatiimi kohtaa yrityksen yhden luukun periaatteella, mutta vastuussa on Lahti, jossa "
                    + "yritys sijaitsee (liite 2, r. 15; suunnitelma r. 484).",
                en: "Inferred: the joint employer team meets the company one-stop, but the responsible authority is Lahti, where the "
                    + "company is located (annex 2 L15, plan L484)."))
        }
        var refined = rule
        refined.route = RouteFacts(
            delivery: .otherAuthority, provider: Lahti.party, caseOwner: Lahti.name,
            channels: service == .tyonantajapuhelin ? [.phone] : [], authority: Lahti.authority,
            grounds: Grounds(specific.basis + [Passage.lahtiOwnPart, Passage.twoAuthorities], .inferred, notes: [specific.note]))
        refined.cost = Costs.lahtiOwnService
        return refined
    }
}
