// Data/Locations.swift — the nine local service points and their preliminary addresses (plan §5,
// lines 500–510), one per member, each with the line that gives it.

import PluginAPI

/// A member's service point and the plan line it comes from.
struct ServicePoint: Sendable {
    let location: Location
    let basis: Citation
}

enum ServicePoints {
    /// The address list is headed «Alustavat … toimipisteiden osoitteet» (line 500): preliminary.
    static let status = LocalizedText(fi: "alustava (suunnitelma 25.9.2023); ajanvarauksella",
                                      en: "preliminary (plan 25.9.2023); by appointment")

    private static let byMunicipality: [MunicipalityCode: ServicePoint] = [
        "016": point("Asikkala", "Rusthollintie 2", "17200", "Vääksy", line: 502),
        "081": point("Hartola", "Kuninkaantie 16", "19600", "Hartola", line: 503),
        "111": point("Heinola", "Rauhankatu 3", "18100", "Heinola", line: 504),
        "098": point("Hollola", "Tiilijärventie 7 F", "15870", "Hollola", line: 505),
        "142": point("Iitti", "Rautatienkatu 20–22", "47400", "Kausala", line: 506),
        "316": point("Kärkölä", "Opintie 2", "16600", "Järvelä", line: 507),
        "560": point("Orimattila", "Erkontie 9", "16300", "Orimattila", line: 508),
        "576": point("Padasjoki", "Kellosalmentie 20", "17500", "Padasjoki", line: 509),
        "781": point("Sysmä", "Valittulantie 5", "19700", "SYSMÄ", line: 510),
    ]

    /// The service point of member `code`.
    static func of(_ code: MunicipalityCode) -> ServicePoint? { byMunicipality[code] }

    /// The plan writes each line as «Kunta, katuosoite, postinumero TOIMIPAIKKA»; the quote is that line.
    private static func point(_ municipality: String, _ street: String, _ postalCode: String, _ city: String,
                              line: Int) -> ServicePoint {
        ServicePoint(location: Location(name: "Päijät-Hämeen työllisyysalueen toimipiste, \(municipality)",
                                        address: street, postalCode: postalCode, city: city, status: status),
                     basis: plan(Heading.servicePoints, String(line), "\(municipality), \(street), \(postalCode) \(city)"))
    }
}
