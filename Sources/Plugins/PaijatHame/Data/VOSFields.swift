// Data/VOSFields.swift — which employment authority administers and selects for each field of
// Koulutuskeskus Salpaus's OKM VOS-funded trainings (annex 3, table on lines 69–74).

import PluginAPI

/// The authority that runs application, selection and in-training statements for a VOS training.
enum VOSAdministrator: String, Sendable {
    /// «Työvoimaviranomainen 1 Palvelualat»: the Päijät-Häme area.
    case area = "paijat-hame"
    /// «Työvoimaviranomainen 2 Tekniikan alat»: Lahti's employment services.
    case lahti
}

/// One row cell of the Salpaus table.
struct VOSField: Sendable {
    let name: String
    let administrator: VOSAdministrator
    let basis: Citation
    /// Other spellings staff may type (the table's own abbreviation, a written-out "+").
    let aliases: [String]

    func matches(_ text: String) -> Bool {
        ([name] + aliases).contains { VOSField.normalized($0) == VOSField.normalized(text) }
    }

    /// Letters and digits only, lowercased: "Sosiaali- ja terveys" and "sosiaali ja terveys" match.
    static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

enum SalpausVOSFields {
    static let fields: [VOSField] = [
        field("TUVA, tutkintoon valmentava", .area, line: 70, aliases: ["TUVA", "tutkintoon valmentava"]),
        field("Liiketalous", .area, line: 71),
        field("Sosiaali- ja terveys", .area, line: 72),
        field("Elintarvike", .area, line: 73),
        field("Ravintola", .area, line: 74),
        field("Teollisuus", .lahti, line: 70),
        field("Kone- ja tuotantotekniikka", .lahti, line: 71),
        field("Rakennus", .lahti, line: 72),
        field("Logistiikka", .lahti, line: 73),
        field("Kiinteistöhoito+puhtaus", .lahti, line: 74, aliases: ["Kiinteistöhoito ja puhtaus"]),
    ]

    static func field(named text: String) -> VOSField? { fields.first { $0.matches(text) } }

    static func isSalpaus(_ provider: String) -> Bool { provider.lowercased().contains("salpaus") }

    private static func field(_ name: String, _ administrator: VOSAdministrator, line: Int,
                              aliases: [String] = []) -> VOSField {
        VOSField(name: name, administrator: administrator,
                 basis: annex(Heading.vosSplit, String(line), name), aliases: aliases)
    }
}
