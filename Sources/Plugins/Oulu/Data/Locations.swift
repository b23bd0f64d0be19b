// Data/Locations.swift — the service points and channels the plan names. The plan gives no
// address, postcode, opening hours or phone number for any of them; none is invented here.

import PluginAPI

enum Locations {
    static let noAddress = LocalizedText(fi: "suunnitelma ei kerro osoitetta", en: "address not given in the plan")
    static let noPlace = LocalizedText(fi: "suunnitelma ei kerro paikkaa eikä osoitetta", en: "place and address not given in the plan")

    /// Walk-in without appointment for Oulu residents (L107); Oulu's staff and services (L571).
    static let businessAsema = Location(name: "BusinessAsema", city: "Oulu", status: noAddress)
    /// Walk-in without appointment for foreign-language clients (L459).
    static let internationalHouse = Location(name: "International House Oulu", city: "Oulu", status: noAddress)
    /// Face-to-face integration services are given «vastuukunnassa» (L260), at a place the plan does not name.
    static let faceToFaceInOulu = Location(name: "Kasvokkain vastuukunnassa (Oulu)", city: "Oulu",
                                           status: noPlace)
    /// Oulu10 service points give help with e-services (L105).
    static let oulu10 = Location(name: "Oulu10-asiointipisteet", city: "Oulu", status: noAddress)

    /// A contract municipality's own service point (L459 «Kuntien omissa asiointipisteissä»); for
    /// Oulu its local services are at BusinessAsema (L571).
    static func ownServicePoint(_ member: Member) -> Location {
        member.isResponsible ? businessAsema
            : Location(name: "\(member.planName): oma asiointipiste", city: member.ref.name, status: noAddress)
    }

    /// Psychologists work in the responsible municipality (L199), at a place the plan does not name.
    static let psychologistsInOulu = Location(name: "Psykologit vastuukunnassa (Oulu)", city: "Oulu",
                                              status: noPlace)

    /// An Ohjaamo, only where the parameters say the municipality has one (L231 names none).
    static func ohjaamo(_ member: Member) -> Location {
        Location(name: "Ohjaamo (\(member.planName))", city: member.ref.name, status: LocalizedText(fi: "parametri: ohjaamo_municipalities", en: "configured: ohjaamo_municipalities"))
    }

    /// Psychologists' local appointment days, only where the parameters list the municipality (L199 names none).
    static func psychologistAppointments(_ member: Member) -> Location {
        Location(name: "Psykologin ajanvarausvastaanotto (\(member.planName))", city: member.ref.name,
                 status: LocalizedText(fi: "parametri: psychologist_appointment_municipalities", en: "configured: psychologist_appointment_municipalities"))
    }
}
