// Facts.swift — the plan's figures and governance rules as `regions.get` lists them, each cited.

import PluginAPI

/// AUTHOR: one fact per figure or governance rule of your plan that staff ask about (board seats,
/// person-years, budget lines), each with a stable snake_case name and its citation.
enum Facts {
    static func all(asOf date: EffectiveDate) -> [RegionFact] {
        [RegionFact(name: "board_seats", description: LocalizedText(fi: "Paikat alueen yhteisessä toimielimessä, kaksi kustakin jäsenkunnasta.",
                                                                 en: "Seats on the area's joint body, two from each member."),
                    value: .number(4), asOf: date, basis: [Plan.boardSeats], status: .explicit)]
    }
}
