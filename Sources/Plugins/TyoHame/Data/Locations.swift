// Data/Locations.swift — TyöHäme's service points as the plan describes them: two main offices,
// local premises, mobile units, remote points with Kela's video link, the Ohjaamos.

import PluginAPI

/// The plan gives no addresses, opening hours or phone numbers (opening hours «rakentuvat alueiden
/// tarpeiden mukaan», line 507), so a location is a name, a city where known, and a status that
/// says (in Finnish, as staff read it) what is not known.
enum Locations {
    static func mainOffice(_ office: MainOffice, status: String? = nil) -> Location {
        Location(name: "TyöHämeen päätoimipaikka, \(office.rawValue)", city: office.rawValue, status: status)
    }

    /// Premises the member offers for local services (line 499); the plan names none of them.
    static func localPremises(_ municipality: MunicipalityRef) -> Location {
        Location(name: "Lähipalvelut kunnan tiloissa (\(municipality.name))", city: municipality.name,
                 status: "suunnitelma ei nimeä tiloja")
    }

    /// A remote service point: the municipality's room and camera, Kela's video connection (line 334).
    static func remotePoint(_ municipality: MunicipalityRef) -> Location {
        Location(name: "Etäpalvelupiste, Kelan videoyhteys (\(municipality.name))", city: municipality.name,
                 status: "suunnitelma ei nimeä tiloja")
    }

    static let mobileUnit = Location(name: "Liikkuva yksikkö (liikkuvat lähi- ja digipalvelut)", status: "koko alue; suunnitelmassa ei aikataulua")

    static let digitalServices = Location(name: "Digitaaliset palvelut 24/7", status: "verkossa")

    static let ohjaamo = Location(name: "Ohjaamo (kaksi TyöHämeen alueella)", status: "suunnitelma ei nimeä sijainteja")
}
