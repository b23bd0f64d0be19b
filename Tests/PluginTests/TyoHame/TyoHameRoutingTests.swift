// TyoHameRoutingTests.swift — who serves a TyöHäme client, where and how; each test names the plan
// lines (003_534daa39d3e418e0.txt, as `cat -n` numbers them) that justify the expectation.

import PluginAPI
import TestSupport
import Testing

@Suite struct TyoHameRoutingTests {
    let plugin: any RegionPlugin

    init() throws { plugin = try TyoHame.plugin() }

    // L96 / L382: «Hämeenlinnan kaupunki toimii TyöHämeen vastuukuntana» — for every member.
    @Test func hameenlinnaIsTheResponsibleMunicipalityOfEveryMember() throws {
        for member in TyoHame.members {
            let route = try TyoHame.route(plugin, member.name, .tyonhaunTuki)
            #expect(route.authority.responsibleMunicipality == TyoHame.member("Hämeenlinna"))
            #expect(route.authority.name == "TyöHäme-työllisyysalue")
        }
    }

    // L499 «Toimipisteet sijaitsevat Hämeenlinnassa ja Forssassa»; L228 sub-area «Forssan seutu»:
    // Jokioinen → the Forssa office, inferred (the plan never maps members to offices).
    @Test func jokioinenIsServedFromTheForssaOfficeInferred() throws {
        let route = try TyoHame.route(plugin, "Jokioinen", .tyollistymissuunnitelma)
        #expect(route.locations.first?.city == "Forssa")
        #expect(route.locations.first?.name.contains("päätoimipaikka") == true)
        #expect(route.status == .inferred)
        #expect(route.notes.contains { $0.fi.contains("office_catchment") })
        #expect(TyoHame.cites(route.basis, lines: "228"))
    }

    // L459 «TyöHämeen tuottamien palveluiden kuten ohjaus-, valmennus- ja neuvontapalvelut on sijoitettu
    // … monipalvelupisteille»: advice at a member's own main office is explicit; nothing is inferred.
    @Test func hameenlinnaAndForssaGetAdviceAtTheirOwnOfficeExplicitly() throws {
        #expect(try TyoHame.planLine(459).contains("neuvontapalvelut on sijoitettu kustannustehokkaasti monipalvelupisteille"))
        for name in ["Hämeenlinna", "Forssa"] {
            let route = try TyoHame.route(plugin, name, .neuvonta)
            #expect(route.locations.first?.city == name)
            #expect(route.status == .explicit)
            #expect(route.caseOwner == nil)
            #expect(TyoHame.cites(route.basis, lines: "459"))
        }
    }

    // L190 «Tiimit … toimivat henkilöasiakkaiden vastuutyöntekijöinä» is said of all person clients; the
    // plan never names the employment plan, so even at a member's own office the route is inferred.
    @Test func theEmploymentPlanIsReadIntoTheTeamModel() throws {
        let seed = try TyoHame.planDocument()
        #expect(!seed.lines.contains { $0.localizedCaseInsensitiveContains("työllistymissuunnitelm") })
        #expect(try TyoHame.planLine(190).contains("toimivat henkilöasiakkaiden vastuutyöntekijöinä"))
        for name in ["Hämeenlinna", "Forssa"] {
            let route = try TyoHame.route(plugin, name, .tyollistymissuunnitelma)
            #expect(route.locations.first?.city == name)
            #expect(route.status == .inferred)
            #expect(route.notes.contains { $0.en.contains("does not mention the employment plan") })
        }
    }

    // L228 «Hämeenlinna-Hattula»: Hattula → the Hämeenlinna office; L499 members offer premises for
    // local services; L368 mobile units; L334 Kela's video link at remote points; L511 digital 24/7.
    @Test func hattulaGetsTheHameenlinnaOfficeAndLocalChannels() throws {
        let route = try TyoHame.route(plugin, "Hattula", .tyollistymissuunnitelma)
        #expect(route.locations.first?.city == "Hämeenlinna")
        #expect(route.locations.contains { $0.name.contains("Lähipalvelut") && $0.city == "Hattula" })
        #expect(route.locations.contains { $0.name.contains("Kelan videoyhteys") })
        #expect(Set(route.channels) == [.inPerson, .video, .mobile, .online])
        #expect(route.delivery == .local)
        #expect(route.locations.allSatisfy { $0.address == nil })
    }

    // L190: teams of 8–12 «toimivat henkilöasiakkaiden vastuutyöntekijöinä» — a named responsible worker.
    @Test func aPersonClientHasANamedResponsibleWorker() throws {
        let route = try TyoHame.route(plugin, "Ypäjä", .tyonhaunTuki)
        #expect(route.caseOwner?.contains("vastuutyöntekijä") == true)
        #expect(TyoHame.cites(route.basis, lines: "190"))
    }

    // L481: «Kanta-Hämeen hyvinvointialue järjestää kuntouttavaa työtoimintaa» — not TyöHäme.
    @Test func rehabilitativeWorkActivityIsTheWellbeingCounty() throws {
        let route = try TyoHame.route(plugin, "Tammela", .kuntouttavaTyotoiminta)
        #expect(route.delivery == .wellbeingCounty)
        #expect(route.provider.name == "Kanta-Hämeen hyvinvointialue")
        #expect(route.status == .explicit)
        #expect(route.caseOwner == nil, "the plan names no case owner for the county's service")
        #expect(TyoHame.cites(route.basis, lines: "481"))
    }

    // L326/L330: TyM rests on the Kanta-Häme wellbeing services county, Kela and the area, by agreement.
    @Test func multisectoralServiceIsJointWithCountyAndKela() throws {
        let route = try TyoHame.route(plugin, "Humppila", .monialainenPalvelu)
        #expect(route.delivery == .joint)
        #expect(route.provider.name.contains("hyvinvointialue") && route.provider.name.contains("Kela"))
        #expect(TyoHame.cites(route.basis, lines: "330"))
        #expect(route.status == .explicit)
    }

    // L366 «alle 30-vuotiaiden», L557 «kaksi ohjaamoja»: youth services in an Ohjaamo under 30 only.
    @Test func youthServicesGoToAnOhjaamoUnder30() throws {
        let young = try TyoHame.route(plugin, "Forssa", .nuortenPalvelut, client: ClientProfile(age: 24))
        #expect(young.provider.name.hasPrefix("Ohjaamo"))
        #expect(TyoHame.cites(young.basis, lines: "557"))
        #expect(young.status == .explicit)
        let older = try TyoHame.route(plugin, "Forssa", .nuortenPalvelut, client: ClientProfile(age: 30))
        #expect(older.delivery == .local)
        #expect(older.status == .inferred)
        #expect(older.notes.contains { $0.en.contains("under 30") })
    }

    // L366: an under-30 client of the team model may also use an Ohjaamo.
    @Test func underThirtyPersonServicesAlsoOfferAnOhjaamo() throws {
        let route = try TyoHame.route(plugin, "Tammela", .tyollistymissuunnitelma, client: ClientProfile(age: 22))
        #expect(route.locations.contains { $0.name.hasPrefix("Ohjaamo") })
        let adult = try TyoHame.route(plugin, "Tammela", .tyollistymissuunnitelma, segment: .youth, client: ClientProfile(age: 45))
        #expect(!adult.locations.contains { $0.name.hasPrefix("Ohjaamo") })
        let youthSegment = try TyoHame.route(plugin, "Tammela", .tyollistymissuunnitelma, segment: .youth)
        #expect(youthSegment.locations.contains { $0.name.hasPrefix("Ohjaamo") })
    }

    // L481: the long-term unemployed who cannot use primary services go to the county's activity.
    @Test func longTermUnemployedArePointedToRehabilitativeWorkActivity() throws {
        let route = try TyoHame.route(plugin, "Humppila", .tyonhaunTuki, segment: .longTermUnemployed)
        #expect(route.notes.contains { $0.fi.contains("kuntouttava_tyotoiminta") })
        #expect(TyoHame.cites(route.basis, lines: "481"))
    }

    // L483: immigrant services «keskitetään monipalvelupisteeseen» — which point is a default setting.
    @Test func immigrantClientsGoToTheConfiguredMultiServicePoint() throws {
        for route in [try TyoHame.route(plugin, "Forssa", .tyollistymissuunnitelma, segment: .immigrant),
                      try TyoHame.route(plugin, "Forssa", .kotoutumissuunnitelma)] {
            #expect(route.delivery == .centralized)
            #expect(route.locations.first?.city == "Hämeenlinna")
            #expect(route.status == .default)
            #expect(route.notes.contains { $0.fi.contains("immigrant_service_point") })
            #expect(TyoHame.cites(route.basis, lines: "483"))
        }
    }

    // L114 «kuntarajojen rajoittamatta», L493 yritystiimi, L495 single contact with Etelä-Häme.
    @Test func employersAreServedByTheCompanyTeamAcrossBorders() throws {
        let riihimaki = EmployerProfile(location: MunicipalityRef(code: "694", name: "Riihimäki"))
        let route = try TyoHame.route(plugin, "Hattula", .tyonantajapalvelut, employer: riihimaki)
        #expect(route.provider.name == "TyöHäme, yritystiimi")
        #expect(route.status == .explicit)
        #expect(route.notes.contains { $0.fi.contains("Riihimäki") && $0.en.contains("Riihimäki") })
        #expect(TyoHame.cites(route.basis, lines: "495") && TyoHame.cites(route.basis, lines: "114"))
    }

    // L533: Kela distributes benefits and gives benefit advice.
    @Test func benefitQuestionsArePointedToKela() throws {
        let route = try TyoHame.route(plugin, "Jokioinen", .neuvonta)
        #expect(route.notes.contains { $0.fi.contains("Kela") })
        #expect(TyoHame.cites(route.basis, lines: "533"))
    }

    // L467 «on näissä tapauksissa harkittava koulutusten kilpailutusta laajemmalla yhteistyöllä, myös
    // valtakunnallisesti»: special fields such as «merityö» (L465) — to be considered, so inferred.
    @Test func specialFieldTrainingIsProcuredMoreWidely() throws {
        #expect(try TyoHame.planLine(467).contains("harkittava koulutusten kilpailutusta laajemmalla yhteistyöllä"))
        let special = try TyoHame.route(plugin, "Forssa", .tyovoimakoulutus, training: TrainingQuery(field: "Merityo, kansimies"))
        #expect(special.provider.name.contains("valtakunnallinen"))
        #expect(special.status == .inferred)
        #expect(TyoHame.cites(special.basis, lines: "465"))
        let ordinary = try TyoHame.route(plugin, "Forssa", .tyovoimakoulutus, training: TrainingQuery(field: "Logistiikka"))
        #expect(ordinary.delivery == .purchased)
        #expect(ordinary.provider.name.hasPrefix("Palveluntuottaja"))
        #expect(TyoHame.cites(ordinary.basis, lines: "162"))
    }

    // L495: no employers' phone line is described, only the single-contact principle.
    @Test func theEmployersPhoneIsNotOfferedWithAReason() {
        #expect {
            try TyoHame.route(plugin, "Forssa", .tyonantajapuhelin)
        } throws: { error in
            guard case DecisionError.notOffered(_, let reason, let basis) = error else { return false }
            return reason.fi.contains("tyonantajapalvelut") && reason.en.contains("tyonantajapalvelut") && TyoHame.cites(basis, lines: "495")
        }
    }

    // L411 «Valmennukset (mm. Uravalmennus)» in the procurement baskets (L403): career coaching is
    // bought; that the team keeps the case is read from L190 (said of person clients in general).
    @Test func careerCoachingIsBoughtAndTheTeamKeepsTheCase() throws {
        #expect(try TyoHame.planLine(411).contains("Valmennukset (mm. Uravalmennus)"))
        let route = try TyoHame.route(plugin, "Humppila", .uravalmennus)
        #expect(route.delivery == .purchased)
        #expect(route.caseOwner?.contains("vastuutyöntekijä") == true)
        #expect(route.status == .inferred)
        #expect(TyoHame.cites(route.basis, lines: "409-411") && TyoHame.cites(route.basis, lines: "190"))
    }
}
