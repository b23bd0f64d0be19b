// JSONStatReaderTests.swift — PxWeb's JSON-stat 2.0 answers: the 308-municipality export of
// table 11re summed over the ages 18–64, and the awkward parts of the specification (index as
// array or object, sparse values, status symbols, label-only categories, wrong sizes).

import AlueCore
import Foundation
import PluginAPI
import Testing

@Suite struct JSONStatReaderTests {
    typealias F = StatisticsFixtures

    @Test func table11reGivesEveryMunicipalitysWorkingAgePopulation() throws {
        let figures = try F.read("statfin_vaerak_pxt_11re_18-64_2023.json", .jsonStat2, .population18to64)
        #expect(figures.figures.count == 308)
        #expect(F.value(figures, "098", 2023) == 10485)
        #expect(F.value(figures, "564", 2023) == 10247)
        #expect(figures.skippedTotals == ["KOKO MAA"])
        #expect(figures.skippedAreas == ["Päijät-Häme"])
        #expect(figures.metadata.source == "Tilastokeskus")
        #expect(figures.metadata.tableID == "11re")
        #expect(figures.selections.contains("Ikä: the sum of ages 18–64 (47 values)"))
        #expect(figures.selections.contains("Sukupuoli: Yhteensä"))
    }

    static let small = #"""
    {"version":"2.0","class":"dataset","label":"Väestö","source":"Tilastokeskus",
     "id":["Vuosi","Alue","Sukupuoli"],"size":[1,4,3],"role":{"time":["Vuosi"]},
     "dimension":{
      "Vuosi":{"label":"Vuosi","category":{"label":{"2023":"2023"}}},
      "Alue":{"label":"Alue","category":{"index":["SSS","KU398","091","Hollola"],"label":{"SSS":"KOKO MAA","KU398":"Lahti","091":"Helsinki - Helsingfors"}}},
      "Sukupuoli":{"label":"Sukupuoli","category":{"index":{"1":1,"2":2,"SSS":0},"label":{"SSS":"Yhteensä","1":"Miehet","2":"Naiset"}}}},
     "value":{"0":100,"3":10,"4":4,"5":6,"6":null},
     "status":{"6":"..","9":"."}}
    """#

    @Test func objectIndexSparseValuesStatusAndLabelOnlyCategory() throws {
        let figures = try F.read(text: Self.small, .jsonStat2, .population)
        #expect(F.value(figures, "398", 2023) == 10)
        // Helsinki's total cell is there but marked '..': missing, not zero; Hollola only has '.'.
        #expect(figures.missing.map(\.municipality.rawValue).sorted() == ["091", "098"])
        #expect(figures.missing.first { $0.municipality.rawValue == "091" }?.symbol == "..")
        #expect(figures.selections == ["Sukupuoli: Yhteensä (the total)"])
    }

    @Test(arguments: [
        (#"{"dataset":{}}"#, "$"),
        (#"{"version":"2.0","class":"collection","id":[],"size":[]}"#, "class"),
        (#"{"version":"2.0","class":"dataset","id":["A"],"size":[2],"dimension":{"A":{"category":{"index":["KU398"]}}},"value":[1,2]}"#, "dimension.A.category"),
        (#"{"version":"2.0","class":"dataset","id":["Alue","Vuosi"],"size":[1,1],"dimension":{"Alue":{"category":{"index":["KU398"]}},"Vuosi":{"category":{"index":["2023"]}}},"value":[1,2]}"#, "value"),
        (#"{"version":"2.0","class":"dataset","id":["Alue","Vuosi"],"size":[1,1],"dimension":{"Alue":{"category":{"index":["KU398"]}},"Vuosi":{"category":{"index":["2023"]}}},"value":[true]}"#, "value[0]"),
        (#"{"version":"2.0","class":"dataset","id":["Alue","Vuosi"],"size":[1,1],"dimension":{"Alue":{"category":{"index":{"KU398":3}}},"Vuosi":{"category":{"index":["2023"]}}},"value":[1]}"#, "dimension.Alue.category.index.KU398"),
        ("{not json", "$"),
    ])
    func malformedFilesNameTheirPath(text: String, path: String) {
        #expect(F.error(text, .jsonStat2)?.location == .path(path))
    }

    @Test func severalMeasuresAreRefusedNotSummed() {
        let text = #"{"version":"2.0","class":"dataset","id":["Alue","Vuosi","Tiedot"],"size":[1,1,2],"role":{"metric":["Tiedot"]},"dimension":{"Alue":{"category":{"index":["KU398"]}},"Vuosi":{"category":{"index":["2023"]}},"Tiedot":{"label":"Tiedot","category":{"index":["vaesto","osuus"],"label":{"vaesto":"Väestö 31.12.","osuus":"Osuus, %"}}}},"value":[1,2]}"#
        #expect(F.error(text, .jsonStat2)?.message.contains("export only the one for population") == true)
    }

    @Test func aMunicipalityTwiceIsRefused() {
        let text = #"{"version":"2.0","class":"dataset","id":["Alue","Vuosi"],"size":[2,1],"dimension":{"Alue":{"category":{"index":["KU398","Lahti"]}},"Vuosi":{"category":{"index":["2023"]}}},"value":[1,2]}"#
        #expect(F.error(text, .jsonStat2)?.message.contains("same municipality (398)") == true)
    }
}
