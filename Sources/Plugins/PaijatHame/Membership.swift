// Membership.swift — the area's members and the parties its rules name: the City of Lahti as the
// province's other employment authority, the wellbeing area, Kela, providers and development companies.

import Foundation
import PluginAPI

/// The nine members and the responsible municipality (plan §1.2 line 106).
enum Members {
    static let hollola = MunicipalityRef(code: "098", name: "Hollola")
    static let all = [
        MunicipalityRef(code: "016", name: "Asikkala"), MunicipalityRef(code: "081", name: "Hartola"),
        MunicipalityRef(code: "111", name: "Heinola"), hollola,
        MunicipalityRef(code: "142", name: "Iitti"), MunicipalityRef(code: "316", name: "Kärkölä"),
        MunicipalityRef(code: "560", name: "Orimattila"), MunicipalityRef(code: "576", name: "Padasjoki"),
        MunicipalityRef(code: "781", name: "Sysmä"),
    ]
}

/// The City of Lahti: the province's other employment authority, organising for its own part and not a
/// member (plan lines 49, 60), yet a partner in employer services, trainings, procurement and integration.
enum Lahti {
    static let municipality = MunicipalityRef(code: "398", name: "Lahti")
    /// The name config/data/authorities.json gives, so answers and no_region errors agree.
    static let name = "Lahden kaupunki (Lahden työllisyyspalvelut)"
    static let authority = Authority(id: "lahti", name: name, responsibleMunicipality: municipality)
    static let party = Party(name: name, municipality: municipality)

    /// Whether a free-text training provider means Lahti's own employment services (not an
    /// institution located in Lahti, such as Salpaus).
    static func isNamed(_ provider: String) -> Bool {
        ["lahti", "lahden kaupunki", "lahden työllisyyspalvelut", name.lowercased()]
            .contains(provider.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// Parties as the documents name them; no contact details, since the documents give none.
enum Parties {
    static let area = Party(name: "Päijät-Hämeen työllisyysalue (vastuukunta Hollola)", municipality: Members.hollola)
    static let procuringAuthority = Party(name: "Hollolan kunta (Päijät-Hämeen työllisyysalueen puolesta)",
                                          municipality: Members.hollola)
    static let jointEmployerTeam = Party(name: "Päijät-Hämeen työllisyysalueen ja Lahden kaupungin yhteinen työnantajatiimi")
    static let wellbeingArea = Party(name: "Päijät-Hämeen hyvinvointialue (Päijät-Sote)")
    static let kela = Party(name: "Kela")
    static let salpaus = Party(name: "Koulutuskeskus Salpaus")
    static let educationProvider = Party(name: "koulutuksen järjestäjä")
    static let purchasedProvider = Party(name: "hankittu palveluntuottaja")
    static let ladec = Party(name: "Lahden seudun kehitys LADEC Oy")
    static let proAgria = Party(name: "ProAgria")
    static let state = Party(name: "valtio")
    static let ministryOfEducation = Party(name: "Opetus- ja kulttuuriministeriö")
    static let otherHameAreas = [Party(name: "TyöHäme"), Party(name: "Etelä-Hämeen työllisyysalue")]
}

/// Who keeps a client's case, named only where a passage says so (a route leaves it out otherwise).
enum CaseOwner {
    /// The client's own employment authority when another body delivers: annex 1 line 7 (a client of one
    /// authority in the other's training) and annex 3 line 88 (the authority responsible for the client's process).
    static let clientsOwnAuthority = "Päijät-Hämeen työllisyysalue (asiakkaan oma työvoimaviranomainen)"
    /// The few change-security coordinators of the area's model (plan line 690).
    static let changeSecurity = "Päijät-Hämeen työllisyysalueen muutosturvakoordinaattorit"
}
