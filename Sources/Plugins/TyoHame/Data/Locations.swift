// Data/Locations.swift — TyöHäme's service points as the plan describes them: two main offices,
// local premises, mobile units, remote points with Kela's video link, the Ohjaamos.

import PluginAPI

/// The plan gives no addresses, opening hours or phone numbers (opening hours «rakentuvat alueiden
/// tarpeiden mukaan», line 507), so a location is a name, a city where known, and a status that
/// says what is not known.
enum Locations {
    /// The status of a place a parameter chooses: which parameter, and how firm it is.
    static func configured<Value>(by setting: DatedSetting<Value>) -> LocalizedText {
        LocalizedText(fi: "parametrin \(setting.name) mukaan (\(setting.status.rawValue))",
                      en: "by parameter \(setting.name) (\(setting.status.rawValue))")
    }

    static func mainOffice(_ office: MainOffice, status: LocalizedText? = nil) -> Location {
        Location(name: "TyöHämeen päätoimipaikka, \(office.rawValue)", city: office.rawValue, status: status)
    }

    /// Premises the member offers for local services (line 499); the plan names none of them.
    static func localPremises(_ municipality: MunicipalityRef) -> Location {
        Location(name: "Lähipalvelut kunnan tiloissa (\(municipality.name))", city: municipality.name,
                 status: LocalizedText(fi: "suunnitelma ei nimeä tiloja", en: "the plan names no premises"))
    }

    /// A remote service point: the municipality's room and camera, Kela's video connection (line 334).
    static func remotePoint(_ municipality: MunicipalityRef) -> Location {
        Location(name: "Etäpalvelupiste, Kelan videoyhteys (\(municipality.name))", city: municipality.name,
                 status: LocalizedText(fi: "suunnitelma ei nimeä tiloja", en: "the plan names no premises"))
    }

    static let mobileUnit = Location(name: "Liikkuva yksikkö (liikkuvat lähi- ja digipalvelut)", status: LocalizedText(fi: "koko alue; suunnitelmassa ei aikataulua", en: "the whole area; no schedule in the plan"))

    static let digitalServices = Location(name: "Digitaaliset palvelut 24/7", status: LocalizedText(fi: "verkossa", en: "online"))

    static let ohjaamo = Location(name: "Ohjaamo (kaksi TyöHämeen alueella)", status: LocalizedText(fi: "suunnitelma ei nimeä sijainteja", en: "the plan names no locations"))
}
