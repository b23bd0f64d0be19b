// Membership.swift — the eleven member municipalities as the plan names them, the responsible
// municipality Oulu, and the lookup from a query's municipality to its member record.

import PluginAPI

/// A member municipality: its official reference, the plan's own name for it (§1, lines 56–66)
/// and the forms the rules need (the coach who owns a local client's case).
struct Member: Sendable, Hashable {
    let ref: MunicipalityRef
    /// As listed in the plan, e.g. «Kempeleen kunta».
    let planName: String
    /// The genitive of `planName`, e.g. «Kempeleen kunnan».
    let genitive: String
    /// The line of §1 that lists it.
    let line: Int

    /// The municipality's own coach («kunnan omavalmentaja»), who keeps the client's case.
    var coach: String { "\(genitive) omavalmentaja" }

    /// The municipality as the producer of its own local services.
    var party: Party { Party(name: planName, municipality: ref) }

    var isResponsible: Bool { ref.code == Membership.oulu.ref.code }

    /// Where the plan lists this member.
    var citation: Citation {
        Plan.cite(.purpose, "\(line)", planName)
    }
}

enum Membership {
    static let oulu = Member(ref: MunicipalityRef(code: "564", name: "Oulu"), planName: "Oulun kaupunki",
                             genitive: "Oulun kaupungin", line: 62)

    /// In the plan's order (§1, lines 56–66); names as in config/data/municipalities.csv.
    static let members: [Member] = [
        Member(ref: MunicipalityRef(code: "072", name: "Hailuoto"), planName: "Hailuodon kunta", genitive: "Hailuodon kunnan", line: 56),
        Member(ref: MunicipalityRef(code: "139", name: "Ii"), planName: "Iin kunta", genitive: "Iin kunnan", line: 57),
        Member(ref: MunicipalityRef(code: "244", name: "Kempele"), planName: "Kempeleen kunta", genitive: "Kempeleen kunnan", line: 58),
        Member(ref: MunicipalityRef(code: "425", name: "Liminka"), planName: "Limingan kunta", genitive: "Limingan kunnan", line: 59),
        Member(ref: MunicipalityRef(code: "436", name: "Lumijoki"), planName: "Lumijoen kunta", genitive: "Lumijoen kunnan", line: 60),
        Member(ref: MunicipalityRef(code: "494", name: "Muhos"), planName: "Muhoksen kunta", genitive: "Muhoksen kunnan", line: 61),
        oulu,
        Member(ref: MunicipalityRef(code: "615", name: "Pudasjärvi"), planName: "Pudasjärven kaupunki", genitive: "Pudasjärven kaupungin", line: 63),
        Member(ref: MunicipalityRef(code: "859", name: "Tyrnävä"), planName: "Tyrnävän kunta", genitive: "Tyrnävän kunnan", line: 64),
        Member(ref: MunicipalityRef(code: "889", name: "Utajärvi"), planName: "Utajärven kunta", genitive: "Utajärven kunnan", line: 65),
        Member(ref: MunicipalityRef(code: "785", name: "Vaala"), planName: "Vaalan kunta", genitive: "Vaalan kunnan", line: 66),
    ]

    /// The member behind a query's municipality; the daemon routes by membership, so a miss is a bug.
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
