// Membership.swift — the eleven member municipalities as the plan names them, the responsible
// municipality Oulu, the lookup from a query's municipality to its member record, and who keeps a
// client's case in the plan's own words.

import PluginAPI

/// A member municipality: its official reference and the plan's own name for it (§1, L56–66).
struct Member: Sendable, Hashable {
    let ref: MunicipalityRef
    /// As listed in the plan, e.g. «Kempeleen kunta».
    let planName: String
    /// The genitive of `planName`, e.g. «Kempeleen kunnan».
    let genitive: String

    /// The municipality as the producer of its own local services.
    var party: Party { Party(name: planName, municipality: ref) }

    var isResponsible: Bool { ref.code == Membership.oulu.ref.code }
}

enum Membership {
    static let oulu = Member(ref: MunicipalityRef(code: "564", name: "Oulu"), planName: "Oulun kaupunki", genitive: "Oulun kaupungin")

    /// In the plan's order (§1, L56–66); names as in config/data/municipalities.csv.
    static let members: [Member] = [
        Member(ref: MunicipalityRef(code: "072", name: "Hailuoto"), planName: "Hailuodon kunta", genitive: "Hailuodon kunnan"),
        Member(ref: MunicipalityRef(code: "139", name: "Ii"), planName: "Iin kunta", genitive: "Iin kunnan"),
        Member(ref: MunicipalityRef(code: "244", name: "Kempele"), planName: "Kempeleen kunta", genitive: "Kempeleen kunnan"),
        Member(ref: MunicipalityRef(code: "425", name: "Liminka"), planName: "Limingan kunta", genitive: "Limingan kunnan"),
        Member(ref: MunicipalityRef(code: "436", name: "Lumijoki"), planName: "Lumijoen kunta", genitive: "Lumijoen kunnan"),
        Member(ref: MunicipalityRef(code: "494", name: "Muhos"), planName: "Muhoksen kunta", genitive: "Muhoksen kunnan"),
        oulu,
        Member(ref: MunicipalityRef(code: "615", name: "Pudasjärvi"), planName: "Pudasjärven kaupunki", genitive: "Pudasjärven kaupungin"),
        Member(ref: MunicipalityRef(code: "859", name: "Tyrnävä"), planName: "Tyrnävän kunta", genitive: "Tyrnävän kunnan"),
        Member(ref: MunicipalityRef(code: "889", name: "Utajärvi"), planName: "Utajärven kunta", genitive: "Utajärven kunnan"),
        Member(ref: MunicipalityRef(code: "785", name: "Vaala"), planName: "Vaalan kunta", genitive: "Vaalan kunnan"),
    ]

    /// The member behind a query's municipality; the daemon routes by membership, so a miss is a
    /// daemon bug or a direct call with a stranger: refused, never guessed.
    static func member(_ municipality: MunicipalityRef) throws(DecisionError) -> Member {
        guard let member = members.first(where: { $0.ref.code == municipality.code }) else {
            throw .notMember(municipality)
        }
        return member
    }

    /// The member with `code`, if any (parameters and employer locations name members by code).
    static func member(code: MunicipalityCode) -> Member? {
        members.first { $0.ref.code == code }
    }
}

/// Who keeps the client's case, in the plan's words.
enum CaseOwner {
    /// The municipality's own coach («kunnan omavalmentaja»); «kunnan omavalmentaja» in general for
    /// an area-level answer, which names no member.
    static func coach(_ member: Member?) -> String {
        member.map { "\($0.genitive) omavalmentaja" } ?? "kunnan omavalmentaja"
    }

    /// Oulu's centralised services for integration clients (§2.2.6, L237–243).
    static let centralIntegrationServices = "Oulun kaupungin keskitetyt kotoutumisasiakkaan palvelut (vastuukunta)"

    /// The central expert who keeps the case during self-motivated study (L195).
    static let centralStudyExpert = "Oulun keskitetyn palvelun asiantuntija (opiskelun ajan)"

    /// L113: in centralised and purchased jobseeker services the case *usually* stays with the
    /// municipality's coach — a hedged general rule, so a part naming the coach on it is inferred.
    static let usuallyTheCoach = Grounds([Plan.caseUsuallyStaysWithCoach], .inferred, notes: [LocalizedText(
        fi: "Päätelty: palvelun kohta ei kerro, kenellä asiakkuus on; suunnitelman mukaan keskitetyissä palveluissa asiakkuus "
            + "useimmiten pysyy kunnan omavalmentajalla (r. 113).",
        en: "Inferred: the service's own passage does not say who keeps the case; the plan says that in centralised services "
            + "the case usually stays with the municipality's coach (L113).")])
}
