// Facts.swift — the plan's figures and governance rules for `regions.get`, including the board seats
// computed from dated population data (one seat per started 10 000 residents, plan §1.2 line 114).

import Foundation
import PluginAPI

struct Facts {
    let settings: Settings
    /// The generation's data, for the members' population statistics.
    let data: RegionData

    func facts(on date: EffectiveDate) -> [RegionFact] {
        boardSeats(on: date) + governance + figures + cooperation
    }

    // MARK: Board seats

    /// A member's population as used for its seats, with where it comes from.
    struct Population: Sendable {
        let value: Decimal
        let referenceDate: EffectiveDate
        let source: String
        let basis: Citation
    }

    /// Seats for `population` residents: one member and one personal deputy per *started* 10 000, so
    /// 10 000 gives 1 and 10 001 gives 2.
    static func seats(for population: Decimal) -> Int {
        var quotient = population / 10_000
        var rounded = Decimal()
        NSDecimalRound(&rounded, &quotient, 0, .up)
        return NSDecimalNumber(decimal: rounded).intValue
    }

    /// The newest population with a reference date on or before `date`: the daemon's population
    /// statistic, or the plan's 2022 table; on the same reference date the statistic wins.
    func population(of member: MunicipalityRef, on date: EffectiveDate) -> Population? {
        let statistic = data.statistic(Statistic.population, for: member.code, on: date).map {
            Population(value: $0.value, referenceDate: $0.referenceDate, source: $0.source,
                       basis: Citation(document: $0.source, section: "statistic '\(Statistic.population)', \(member.name), \($0.referenceDate)"))
        }
        let table = settings.planPopulation2022
        let inPlan = table.value.values[member.code].flatMap { value -> Population? in
            guard table.value.referenceDate <= date else { return nil }
            return Population(value: value, referenceDate: table.value.referenceDate, source: table.entry.source.fi,
                              basis: Passage.keyFigures2022)
        }
        guard let statistic else { return inPlan }
        guard let inPlan, inPlan.referenceDate > statistic.referenceDate else { return statistic }
        return inPlan
    }

    /// The rule counts the population of 31.12 of the year before the election decision; the decision's
    /// date is not in the documents, so the newest population known on `date` is used (inferred).
    private func boardSeats(on date: EffectiveDate) -> [RegionFact] {
        let counted = Members.all.compactMap { member in population(of: member, on: date).map { (member, $0) } }
        guard let newest = counted.map(\.1.referenceDate).max() else { return [] }
        let missing = Members.all.filter { member in !counted.contains { $0.0.code == member.code } }.map(\.name)
        let caveat = missing.isEmpty ? LocalizedText(verbatim: "")
            : LocalizedText(fi: " Kunnille \(missing.joined(separator: ", ")) ei tunneta asukaslukua tälle päivälle.",
                            en: " No population is known for \(missing.joined(separator: ", ")) on this date.")
        let rule = [Passage.boardSeatRule, Passage.boardPopulationDate]
        let sources = counted.map(\.1.basis).reduce(into: [Citation]()) { if !$0.contains($1) { $0.append($1) } }
        let seats = counted.map { (member: $0.0, seats: Facts.seats(for: $0.1.value)) }
        return [
            RegionFact(name: "board_seats",
                       description: LocalizedText(
                           fi: "Työllisyyslautakunnan jäsenet (kullakin henkilökohtainen varajäsen) jäsenkunnittain: yksi jokaista alkavaa "
                               + "10 000 asukasta kohti, laskettuna päivänä tunnetusta uusimmasta asukasluvusta (sääntö laskee valintapäätöstä "
                               + "edeltävän vuoden 31.12. asukasluvun, eikä päätöksen päivää kerrota).",
                           en: "Members (each with a personal deputy) of the employment board per member municipality: one per started "
                               + "10 000 residents, computed from the newest population known on the date (the rule counts 31.12 of the "
                               + "year before the election decision, whose date the documents do not give).") + caveat,
                       value: .table(Dictionary(uniqueKeysWithValues: seats.map { ($0.member.name, .number(Decimal($0.seats))) })),
                       asOf: newest, basis: rule + sources, status: .inferred),
            RegionFact(name: "board_seats_total",
                       description: LocalizedText(fi: "Työllisyyslautakunnan jäsenet yhteensä (saman verran henkilökohtaisia varajäseniä).",
                                                  en: "Members of the employment board in all (the same number of personal deputies).") + caveat,
                       value: .number(Decimal(seats.map(\.seats).reduce(0, +))), asOf: newest, basis: rule + sources, status: .inferred),
            RegionFact(name: "board_seat_populations",
                       description: LocalizedText(fi: "Asukasluvut, joista lautakuntapaikat lasketaan, ajankohtineen ja lähteineen.",
                                                  en: "The populations the board seats are computed from, with their reference dates and sources."),
                       value: .table(Dictionary(uniqueKeysWithValues: counted.map { member, population in
                           (member.name, .table(["population": .number(population.value),
                                                 "referenceDate": .string(population.referenceDate.description),
                                                 "source": .string(population.source)]))
                       })),
                       asOf: newest, basis: sources, status: .explicit),
        ]
    }

    // MARK: Governance, figures, cooperation

    private var governance: [RegionFact] {
        [
            fact("board_seat_rule", "Miten työllisyyslautakunta (kuntalaki 52 §) kootaan.", "How the employment board (kuntalaki 52 §) is composed.",
                 .string("yksi jäsen ja yksi henkilökohtainen varajäsen jokaista alkavaa 10 000 asukasta kohti; asukasluku "
                         + "valintapäätöstä edeltävän vuoden 31.12."),
                 [Passage.board, Passage.boardSeatRule, Passage.boardPopulationDate]),
            fact("board_seats_in_plan", "Suunnitelman luettelemat paikat (tilannekuva; sääntö ratkaisee, kun asukasluvut muuttuvat).",
                 "The seats the plan lists (a snapshot; the rule above prevails when populations change).",
                 .table(["Hollola": 3, "Heinola": 2, "Orimattila": 2, "Asikkala": 1, "Hartola": 1, "Iitti": 1,
                         "Kärkölä": 1, "Padasjoki": 1, "Sysmä": 1].mapValues { .number(Decimal($0)) }),
                 [Passage.boardList], asOf: EffectiveDate(year: 2023, month: 9, day: 25)),
            fact("board_start", "Työllisyyslautakunta aloittaa toimintansa.", "The employment board starts work.",
                 .string("2024-09-01"), [Passage.boardStart]),
            fact("services_start", "Alueen palvelut alkavat ja järjestämisvastuu siirtyy sille.",
                 "The area's services start and the organising responsibility moves to it.",
                 .string("2025-01-01"), [Passage.boardStart, Passage.servicesStart]),
            fact("lahti_status", "Lahden kaupunki on maakunnan toinen työvoimaviranomainen, joka järjestää palvelut omalta osaltaan; se ei ole alueen jäsen.",
                 "The City of Lahti is the province's other employment authority, organising for its own part; it is not a member.",
                 .string("oma työvoimaviranomainen"), [Passage.lahtiOwnPart, Passage.twoAuthorities]),
            fact("plan_status", "Järjestämissuunnitelma on ei-sitova tilannekuva valmistelusta.",
                 "The organising plan is a non-binding snapshot of the preparation.",
                 .string("ei sitova; valmistelutilanne 25.9.2023"), [Passage.planStatus, Passage.planNotBinding],
                 asOf: EffectiveDate(year: 2023, month: 9, day: 25)),
            fact("letter_of_intent_validity",
                 "Kuinka kauan aiesopimus sitoo osapuolia: vain valmistelun ajan, joten 1.1.2025 alkaen vastaukset eivät perustu siihen.",
                 "How long the letter of intent binds the parties: only during the preparation, so answers from 1.1.2025 do not rest on it.",
                 .string("valmistelun ajan, kunnes varsinaiset työllisyysalueet on perustettu"), [Passage.loiValidity]),
        ]
    }

    private var figures: [RegionFact] {
        [
            fact("service_points", "Lähipalvelupisteet, yksi kussakin jäsenkunnassa, ajanvarauksella.",
                 "Local service points, one in each member, by appointment.", .number(9), [Passage.servicePoints]),
            fact("caseload_target", "Tavoiteltu asiakasmäärä henkilöasiakasasiantuntijaa kohden.", "Target clients per person-client expert.",
                 .number(150), [Passage.teams]),
            fact("staff_transfer_estimate", "Alueelle arviolta siirtyvä henkilöstö (noin 3 Hämeen ELY-keskuksesta, 56 TE-toimistosta).",
                 "Staff estimated to move to the area (about 3 from Hämeen ELY-keskus, 56 from the TE office).",
                 .number(59), [Passage.staffTransfer]),
            fact("minimum_cost_level_2019",
                 "Jäsenkuntien TE-palvelujen kustannukset vuonna 2019 (palvelut, toimintamenot, KEHAn osuus) euroina: tulevien tehtävien minimitaso.",
                 "The members' TE-service costs in 2019 (services, operating costs, KEHA share) in euros: the minimum level for the future tasks.",
                 .number(7_400_000), [Passage.minimumCostLevel]),
            fact("state_share_transfer_2022", "Jäsenkuntien TE-palvelujen kuntasiirto (VOS-rahoitus) euroina, ELY-keskuksen tilastot 5/2023.",
                 "The members' municipal transfer of TE services (VOS-rahoitus) in euros, ELY statistics 5/2023.",
                 .number(8_586_025), [Passage.stateShareTransferTotal]),
            fact("transfer_and_compensation_total", "Kuntasiirto ja työttömyysetuuksien kompensaatio yhteensä euroina, ELY-keskuksen tilastot 5/2023.",
                 "The transfer plus the compensation for unemployment benefits in euros, ELY statistics 5/2023.",
                 .number(11_926_850), [Passage.transferAndCompensationTotal]),
            fact("shared_budget_criteria", "Alueen yhteisen talouden jakoperusteet (painoja ei kerrota; ks. jakoavain).",
                 "The criteria of the area's shared budget (weights not given; see allocation key).",
                 .list([Statistic.broadUnemployment, Statistic.population18to64, Statistic.foreignLanguageSpeakers].map { .string($0) }),
                 [Passage.sharedBudgetCriteria]),
            fact("causation_principle_examples", "Kustannukset, jotka suunnitelma nimeää aiheuttamisperiaatteella katettaviksi (asiakkaan kotikunta maksaa).",
                 "Costs the plan names as covered by the causation principle (the client's home municipality pays).",
                 .list([.string(ServiceID.palkkatuki.rawValue), .string(ServiceID.starttiraha.rawValue)]), [Passage.causerPays]),
            fact("preparation_cost_key", "Miten vuosien 2023–2024 valmistelukustannukset jaetaan.", "How the preparation costs of 2023–2024 are shared.",
                 .string(Statistic.population), [Passage.preparationCosts]),
            fact("unemployment_benefit_payments_outside_budget",
                 "Työttömyysturvamaksut ohjautuvat suoraan kuntiin eivätkä kuulu alueen budjettiin.",
                 "The municipal unemployment-benefit payments go directly to the municipalities, outside the area's budget.",
                 .bool(true), [Passage.benefitPaymentsOutsideBudget]),
            fact("service_point_premises_paid_by_member", "Lähipalvelupisteiden tilat osoittaa ja kustantaa jäsenkunta.",
                 "The premises of the local service points are provided and paid by the member municipality.",
                 .bool(true), [Passage.premises]),
        ]
    }

    private var cooperation: [RegionFact] {
        let billing = settings.employerPhoneBilling
        var table: [String: ParameterValue] = ["invoicer": .string(Lahti.name), "period": .string(billing.value.period)]
        table["deadline"] = billing.value.deadline.map { .string($0) }
        return [
            fact("vos_joint_body_members", "Ketkä istuvat OKM:n VOS-koulutuksia suunnittelevassa yhteisessä toimielimessä (poissa ollessa varahenkilö).",
                 "Who sits in the joint body planning OKM VOS trainings (each sends a deputy when absent).",
                 .list(["Päijät-Hämeen työllisyysalue", "Lahden työllisyyspalvelut", "koulutuksia järjestävä oppilaitos"].map { .string($0) }),
                 [Passage.vosJointBodyMembers]),
            fact("purchasing_ring_categories", "Dynaamisen hankintarenkaan tulosperusteisen palveluntuottajarekisterin luokat (vähintään kolme).",
                 "The categories of the outcome-based provider register of the dynamic purchasing ring (at least three).",
                 .list(Procurement.ringCategories.map { .string($0) }), [Passage.purchasingRingCategories]),
            RegionFact(name: "call_transfer_billing",
                       description: LocalizedText(fi: "Miten Lahti laskuttaa alueelta yhteisen työnantajanumeron soitonsiirrot.",
                                                  en: "How Lahti bills the area for the call transfers of the joint employer number."),
                       value: .table(table), basis: [Passage.callTransferBilling, Passage.callTransferBillingAlternative],
                       status: billing.status),
        ]
    }

    private func fact(_ name: String, _ fi: String, _ en: String, _ value: ParameterValue, _ basis: [Citation],
                      asOf: EffectiveDate? = nil) -> RegionFact {
        RegionFact(name: name, description: LocalizedText(fi: fi, en: en), value: value, asOf: asOf, basis: basis, status: .explicit)
    }
}
