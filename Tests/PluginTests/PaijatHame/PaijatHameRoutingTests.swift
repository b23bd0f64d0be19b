// PaijatHameRoutingTests.swift — the area's person-client routing against the plan: local service points,
// channels, target-group paths, business advice, the wellbeing area, and the tasks left with the state.

import PluginAPI
import Testing

@Suite struct PaijatHameRoutingTests {
    typealias F = PaijatHameFixture

    // 001_ee65168c221e2ff3.txt:502 «Asikkala, Rusthollintie 2, 17200 Vääksy»
    // 001_ee65168c221e2ff3.txt:494 «… jalkautetaan laissa säädetyn prosessin mukaiset tapaamiset esimerkiksi alkuhaastattelu ja työnhakukeskustelut.»
    @Test("PaijatHame: Asikkala's employment plan is local at Rusthollintie 2, Vääksy (plan 494, 502)")
    func asikkalaEmploymentPlanIsLocalInVaaksy() throws {
        let decision = try F.route("Asikkala", .tyollistymissuunnitelma)
        #expect(decision.delivery == .local)
        #expect(decision.authority.id == "paijat-hame")
        #expect(decision.authority.responsibleMunicipality.name == "Hollola")
        let location = try #require(decision.locations.first)
        #expect(location.address == "Rusthollintie 2" && location.postalCode == "17200" && location.city == "Vääksy")
        #expect(location.status?.en.hasPrefix("preliminary") == true && location.status?.fi.hasPrefix("alustava") == true)
        #expect(F.cites(decision, F.plan, "502") && F.cites(decision, F.plan, "494"))
        #expect(decision.status == .explicit)
    }

    // 001_ee65168c221e2ff3.txt:490 «kasvokkain …, kuvallisen etäyhteyden … sekä puhelin- ja digipalvelut»
    // 001_ee65168c221e2ff3.txt:498 «Toimipisteitä on työllisyysalueella yhdeksän … ajanvarauksella.»
    @Test("PaijatHame: each member has its own service point and the hybrid channels (plan 490, 498–510)",
          arguments: zip(PaijatHameFixture.memberNames,
                         ["Vääksy", "Hartola", "Heinola", "Hollola", "Kausala", "Järvelä", "Orimattila", "Padasjoki", "SYSMÄ"]))
    func servicePointPerMember(member: String, city: String) throws {
        let decision = try F.route(member, .tyonhaunTuki)
        #expect(decision.locations.map(\.city) == [city])
        #expect(decision.channels == [.inPerson, .video, .phone, .online])
        #expect(F.cites(decision, F.plan, "498"))
    }

    // 001_ee65168c221e2ff3.txt:494 «… tullaan järjestämään työvoimaviranomaisen, hyvinvointialueen ja Kelan yhteisinä lähitapaamisina»
    @Test("PaijatHame: multi-sectoral clients meet jointly with Päijät-Sote and Kela (plan 494)")
    func multisectoralJointMeetings() throws {
        let service = try F.route("Heinola", .monialainenPalvelu)
        #expect(service.delivery == .joint && service.provider.name.contains("Kela"))
        let plan = try F.route("Heinola", .tyollistymissuunnitelma, segment: .multisectoral)
        #expect(plan.delivery == .joint && plan.provider.name.contains("Päijät-Soten"))
        #expect(F.cites(plan, F.plan, "494"))
    }

    // 001_ee65168c221e2ff3.txt:455–462 «Nuoret … Omat aluetiimit … Vastinparityöskentely alueen kunnissa … matalan kynnyksen ostopalveluita»
    @Test("PaijatHame: the youth path by segment keeps the route's status, by age it rests on the default age limit (plan 455–462, G10)")
    func youthPath() throws {
        let bySegment = try F.route("Sysmä", .tyollistymissuunnitelma, segment: .youth)
        #expect(F.cites(bySegment, F.plan, "455-462") && bySegment.status == .explicit)
        let byAge = try F.route("Sysmä", .tyollistymissuunnitelma, client: ClientProfile(age: 22))
        #expect(F.cites(byAge, F.plan, "455-462") && byAge.status == .default)
        #expect(byAge.notes.contains { $0.contains("youth_age_limit") })
        let adult = try F.route("Sysmä", .tyollistymissuunnitelma, client: ClientProfile(age: 45))
        #expect(!F.cites(adult, F.plan, "455-462") && adult.status == .explicit)
        let youthService = try F.route("Sysmä", .nuortenPalvelut)
        #expect(youthService.delivery == .local && F.cites(youthService, F.plan, "462"))
    }

    // 001_ee65168c221e2ff3.txt:454 «Palveluiden toteuttaminen yhteistyössä Lahden kaupungin kanssa»
    @Test("PaijatHame: foreign-language clients get the immigrant path with Lahti (plan 450–454)")
    func immigrantPath() throws {
        let decision = try F.route("Iitti", .tyollistymissuunnitelma, client: ClientProfile(foreignLanguage: true))
        #expect(F.cites(decision, F.plan, "450-454"))
        #expect(decision.notes.contains { $0.contains("cooperation with Lahti") })
    }

    // 001_ee65168c221e2ff3.txt:188 «Lahden seudun kuntakokeilussa palvelut ovat olleet keskitetysti Lahden kaupungilla.»
    @Test("PaijatHame: the integration plan's split with Lahti is a default (plan 188, G12)")
    func integrationPlanIsDefault() throws {
        let decision = try F.route("Orimattila", .kotoutumissuunnitelma)
        #expect(decision.delivery == .local && decision.status == .default)
        #expect(decision.notes.contains { $0.contains("integration_plan_delivery") })
        #expect(F.cites(decision, F.plan, "188"))
    }

    // 001_ee65168c221e2ff3.txt:554 «Näin ollen työvoimaviranomainen ohjaa asiakkaita Työkanavan palvelukseen»
    // 001_ee65168c221e2ff3.txt:556 «… koordinaatorakennetta lähdetään rakentamaan yhteistyössä Lahden kaupungin työvoimaviranomaisen kanssa …»
    @Test("PaijatHame: partially able clients are pointed to Työkanava Oy, coordinated with Lahti (plan 554–556)")
    func partiallyAblePath() throws {
        let decision = try F.route("Kärkölä", .tyokykyarvio, segment: .partialWorkAbility)
        #expect(decision.provider.name.contains("työkykykoordinaattorit") && decision.caseOwner == nil)
        #expect(F.cites(decision, F.plan, "554") && F.cites(decision, F.plan, "556"))
        #expect(decision.notes.contains { $0.contains("Työkanava Oy") })
    }

    // 001_ee65168c221e2ff3.txt:468 «Padasjoella tehdään … työkykyarviointia työkokeilun avulla.»
    @Test("PaijatHame: long-term unemployed get the work-ability path (plan 439–444, 468)")
    func longTermUnemployedPath() throws {
        let decision = try F.route("Padasjoki", .tyonhaunTuki, client: ClientProfile(longTermUnemployed: true))
        #expect(F.cites(decision, F.plan, "440") && F.cites(decision, F.plan, "468"))
    }

    // 001_ee65168c221e2ff3.txt:569 «LADEC OY on Lahden, Hollolan, Asikkalan, Hartolan, Iitin, Orimattilan ja Padasjoen kuntien omistama
    // elinkeinoyhtiö» … «ProAgria toimii … Heinolan, Kärkölän ja Sysmän kunnissa.»
    @Test("PaijatHame: business advice by LADEC or ProAgria by municipality (plan 569)", arguments: [
        ("Asikkala", "LADEC"), ("Hartola", "LADEC"), ("Hollola", "LADEC"), ("Iitti", "LADEC"), ("Orimattila", "LADEC"),
        ("Padasjoki", "LADEC"), ("Heinola", "ProAgria"), ("Kärkölä", "ProAgria"), ("Sysmä", "ProAgria"),
    ])
    func businessAdvisor(member: String, advisor: String) throws {
        let decision = try F.route(member, .yritysneuvonta)
        #expect(decision.delivery == .partner && decision.provider.name.contains(advisor))
        #expect(F.cites(decision, F.plan, "569") && decision.status == .inferred)
    }

    // 000_11bdabc63440b9e6.txt:33 «Työvoimaviranomaiset sopivat yhtenevät, yleiset starttirahan myöntämisperusteet …»
    // 000_11bdabc63440b9e6.txt:21 «Viranomaiset pyrkivät hakemaan maakunnan sisällä palkkatuen linjauksille yhteneväisyyttä.»
    @Test("PaijatHame: pay subsidy and start-up grant are decided by the area on province-common policies (annex 21, 33)")
    func subsidiesDecidedByTheArea() throws {
        let paySubsidy = try F.route("Hollola", .palkkatuki)
        #expect(paySubsidy.provider.municipality?.name == "Hollola" && F.cites(paySubsidy, F.annex, "21"))
        #expect(paySubsidy.status == .inferred && paySubsidy.cost.status == .explicit)
        let startupGrant = try F.route("Hollola", .starttiraha)
        #expect(F.cites(startupGrant, F.annex, "33") && F.cites(startupGrant, F.annex, "35"))
    }

    // 001_ee65168c221e2ff3.txt:356 (state column) «Työttömyysturvatehtävät (vaativat asiantuntijalausunnot) …»,
    // «KV-rekrytoinnin (Work In Finland) ja Euresin yliauelleiset ja valtakunnalliset tehtävät», «äkilliset rakennemuutokset»
    @Test("PaijatHame: tasks that stay with the state are answered with delivery state or named as state tasks (plan 356)")
    func stateTasks() throws {
        let statements = try F.route("Hartola", .erityisasiantuntijalausunto)
        #expect(statements.delivery == .state && statements.cost.principle == .stateFunded)
        let eures = try F.route("Hartola", .eures)
        #expect(eures.delivery == .joint && eures.notes.contains { $0.contains("stay with the state") })
        let changeSecurity = try F.route("Hartola", .muutosturva)
        #expect(changeSecurity.notes.contains { $0.contains("Hämeen ELY-keskus") })
    }

    // 001_ee65168c221e2ff3.txt:442 «Yhdyspintatyöskentely hyvinvointialueen kanssa: asiakkaan palvelupolku (kuntouttava työtoiminnasta työkokeiluun)»
    // 000_11bdabc63440b9e6.txt:118 «Työvoimaviranomaiset neuvottelevat itse alueillaan työttömien terveystarkastuksiin liittyvistä asiakasohjauksista …»
    @Test("PaijatHame: rehabilitative work activity and health checks are the wellbeing area's (plan 442, annex 118)")
    func wellbeingAreaServices() throws {
        #expect(try F.route("Asikkala", .kuntouttavaTyotoiminta).delivery == .wellbeingCounty)
        let healthCheck = try F.route("Asikkala", .tyottomienTerveystarkastus)
        #expect(healthCheck.delivery == .wellbeingCounty && F.cites(healthCheck, F.annex, "118"))
        #expect(healthCheck.caseOwner == nil, "the documents name no case owner for it")
    }

    @Test("PaijatHame: maritime job placement is not offered: the documents do not mention it")
    func maritimeNotOffered() throws {
        #expect {
            try F.route("Heinola", .merityonvalitys)
        } throws: { error in
            guard case .notOffered(let service, let reason, let basis)? = error as? DecisionError else { return false }
            return service == .merityonvalitys && reason.contains("maritime") && !basis.isEmpty
        }
    }
}
