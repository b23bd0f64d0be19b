// PaijatHameLahtiCooperationTests.swift — the cooperation agreement with the City of Lahti (annexes 1–5):
// the joint employer phone, employers keyed by company location, VOS training split, cross-authority trainees.

import PluginAPI
import Testing

@Suite struct PaijatHameLahtiCooperationTests {
    typealias F = PaijatHameFixture

    // 000_11bdabc63440b9e6.txt:15 «Lahden kaupunki hallinnoi yhteistä työnantajille suunnattua puhelinnumeroa, josta tarvittaessa
    // soitonsiirrolla siirretään yhteydenotot Päijät-Hämeen työllisyysalueelle yrityksen sijaintikunnan perusteella.»
    @Test("PaijatHame: Lahti answers the joint employer phone and transfers a member's company to the area (annex 15)")
    func employerPhoneForMemberCompany() throws {
        let decision = try F.route("Orimattila", .tyonantajapuhelin)
        #expect(decision.provider.name == "Lahden kaupunki (Lahden työllisyyspalvelut)")
        #expect(decision.authority.id == "paijat-hame" && decision.delivery == .joint && decision.channels == [.phone])
        #expect(decision.cost.principle == .billedByOtherAuthority)
        #expect(F.cites(decision, F.annex, "15") && decision.status == .explicit)
        let elsewhere = try F.route("Orimattila", .tyonantajapuhelin, employer: "Heinola")
        #expect(elsewhere.authority.id == "paijat-hame" && elsewhere.notes.contains { $0.contains("Heinola") })
    }

    // 000_11bdabc63440b9e6.txt:15 — only companies located in the area are transferred; a Lahti company stays with Lahti.
    // 001_ee65168c221e2ff3.txt:49 «Lahden kaupunki toimisi järjestämisvastuullisena omalta osaltaan» (not the letter of
    // intent's line 27: the letter binds only until the areas were established, its line 93).
    @Test("PaijatHame: a company located in Lahti is Lahti's (other_authority), paid and borne by Lahti (annex 15, plan 49)",
          arguments: [ServiceID.tyonantajapuhelin, .tyonantajapalvelut, .yhteishankintakoulutus])
    func lahtiCompany(service: ServiceID) throws {
        let decision = try F.route("Hollola", service, employer: "Lahti")
        let lahti = try F.municipality("Lahti")
        #expect(decision.delivery == .otherAuthority)
        #expect(decision.authority.id == "lahti" && decision.authority.responsibleMunicipality.code.rawValue == "398")
        #expect(decision.cost.principle == .ownMunicipality && decision.cost.payer == .authority("Lahden kaupunki (Lahden työllisyyspalvelut)"))
        #expect(decision.cost.bearer == .municipality(lahti))
        #expect(decision.status == .inferred && F.cites(decision, F.plan, "49") && F.cites(decision.cost.basis, F.plan, "49"))
        #expect(!decision.basis.contains { $0.document == F.letterOfIntent })
    }

    // 001_ee65168c221e2ff3.txt:484 «… verkostomaista yhteistyötä työnantajapalveluiden osalta yhteisen tiimin sisällä»;
    // line 337: the staff go out to every member, but no place is named, so none is invented.
    @Test("PaijatHame: employer services are the joint team's; a member's company is served where it is located (plan 484, annex 15)")
    func employerServicesAtCompanyLocation() throws {
        let own = try F.route("Hollola", .tyonantajapalvelut)
        #expect(own.delivery == .joint && own.provider.name.contains("yhteinen työnantajatiimi"))
        #expect(own.locations.isEmpty && own.status == .explicit && F.cites(own, F.plan, "484") && F.cites(own, F.plan, "337"))
        let elsewhere = try F.route("Hollola", .tyonantajapalvelut, employer: "Iitti")
        #expect(elsewhere.authority.id == "paijat-hame" && elsewhere.notes.contains { $0.contains("Iitti") })
        #expect(elsewhere.status == .inferred && F.cites(elsewhere, F.annex, "15"), "the phone's rule applied by analogy")
    }

    // Outside the province the documents are silent: the one-stop principle (plan line 178) keeps the area serving.
    @Test("PaijatHame: a company outside the province is served one-stop, inferred (plan 178, G9)")
    func companyOutsideProvince() throws {
        let decision = try F.route("Heinola", .tyonantajapalvelut, employer: "Helsinki")
        #expect(decision.authority.id == "paijat-hame" && decision.status == .inferred)
        #expect(F.cites(decision, F.plan, "178"))
    }

    // 000_11bdabc63440b9e6.txt:67 «Päijät-Hämeen työllisyysalue ottaa hoitaakseen Salpauksen palvelualat ja Lahden työllisyysalue
    // Salpauksen tekniikan alat»; lines 70–74 list the fields.
    @Test("PaijatHame: Salpaus VOS fields are administered and selected by the area or by Lahti (annex 67–82)", arguments: [
        ("TUVA", "paijat-hame", "70"), ("Liiketalous", "paijat-hame", "71"), ("Sosiaali- ja terveys", "paijat-hame", "72"),
        ("Elintarvike", "paijat-hame", "73"), ("Ravintola", "paijat-hame", "74"), ("Teollisuus", "lahti", "70"),
        ("Kone- ja tuotantotekniikka", "lahti", "71"), ("Rakennus", "lahti", "72"), ("Logistiikka", "lahti", "73"),
        ("Kiinteistöhoito+puhtaus", "lahti", "74"),
    ])
    func salpausSplit(field: String, administrator: String, line: String) throws {
        let decision = try F.route("Hollola", .vosKoulutus, training: TrainingQuery(provider: "Koulutuskeskus Salpaus", field: field))
        #expect(decision.delivery == (administrator == "lahti" ? .otherAuthority : .educationProvider))
        #expect(decision.authority.id == "paijat-hame", "the client's own process stays with the area (annex 88)")
        #expect(F.cites(decision, F.annex, line) && F.cites(decision, F.annex, "82") && decision.status == .explicit)
        #expect(decision.caseOwner == "Päijät-Hämeen työllisyysalue (asiakkaan oma työvoimaviranomainen)")
        #expect(decision.cost.principle == .fundedByOtherBody)
    }

    // 000_11bdabc63440b9e6.txt:73 «Elintarvike	Logistiikka»; line 88: the client's own authority keeps absences and tripartite meetings.
    @Test("PaijatHame: Logistiikka without a provider is Salpaus's, selected by Lahti (annex 73, 88)")
    func logisticsWithoutProvider() throws {
        let decision = try F.route("Hollola", .vosKoulutus, training: TrainingQuery(field: "Logistiikka"))
        #expect(decision.delivery == .otherAuthority && decision.provider.name.hasPrefix("Lahden kaupunki"))
        #expect(decision.caseOwner?.contains("Päijät-Hämeen työllisyysalue") == true)
        #expect(decision.status == .inferred && decision.notes.contains { $0.contains("Salpaus is assumed") })
        #expect(F.cites(decision, F.annex, "88") && F.cites(decision.cost.basis, F.annex, "9"))
    }

    @Test("PaijatHame: an unknown Salpaus field is an invalid parameter listing the fields (annex 69–74)")
    func unknownSalpausField() throws {
        #expect {
            try F.route("Hollola", .vosKoulutus, training: TrainingQuery(provider: "Salpaus", field: "Kosmetologia"))
        } throws: { error in
            guard case .invalidParameter(let message)? = error as? DecisionError else { return false }
            return message.contains("Kosmetologia") && message.contains("Logistiikka")
        }
    }

    // 000_11bdabc63440b9e6.txt:78 «Muiden oppilaitosten VOS-koulutustarjonnasta ja niiden hallinnointivastuusta sovitaan
    // operatiivisessa yhteistyöryhmässä tämän toimielimen esityksestä.»
    @Test("PaijatHame: other institutions' VOS trainings follow the configurable table, default status (annex 78, G15)")
    func otherVOSProvider() throws {
        let decision = try F.route("Heinola", .vosKoulutus, training: TrainingQuery(provider: "LAB-ammattikorkeakoulu", field: "Logistiikka"))
        #expect(decision.delivery == .educationProvider && decision.provider.name == "LAB-ammattikorkeakoulu")
        #expect(decision.status == .default && F.cites(decision, F.annex, "78"))
        #expect(decision.notes.contains { $0.contains("vos_other_providers") })
    }

    // 000_11bdabc63440b9e6.txt:7 «Koulutuksiin voidaan valita myös toisen työvoimaviranomaisen asiakkuudessa oleva henkilö. Tällöin
    // koulutuksesta tulisi löytyä puolto asiakkaan työllistymissuunnitelmasta.»
    @Test("PaijatHame: the area's client may join Lahti's labour-market training with an endorsement (annex 7, 9)")
    func crossAuthorityTrainee() throws {
        let decision = try F.route("Asikkala", .tyovoimakoulutus, training: TrainingQuery(provider: "Lahti"))
        #expect(decision.delivery == .otherAuthority && decision.authority.id == "paijat-hame")
        #expect(decision.caseOwner == "Päijät-Hämeen työllisyysalue (asiakkaan oma työvoimaviranomainen)" && decision.status == .explicit)
        #expect(F.cites(decision, F.annex, "7") && F.cites(decision.cost.basis, F.annex, "9"))
        #expect(decision.notes.contains { $0.contains("endorsed in the client's employment plan") })
        let own = try F.route("Asikkala", .tyovoimakoulutus)
        #expect(own.delivery == .purchased && F.cites(own, F.annex, "7"))
        // The selection rules of annex 3 (lines 80–88) are the VOS trainings' («yllä olevan taulukon mukaisesti»), not cited here.
        #expect(!F.cites(own, F.annex, "84") && !F.cites(own, F.annex, "86"))
    }

    // 000_11bdabc63440b9e6.txt:9 «Asiakaskohtaisista kustannuksista vastaa työvoimaviranomainen, jonka toimialueella asiakkaan kotikunta sijaitsee.»
    @Test("PaijatHame: a person-client service ignores the employer's location, citing the home-municipality rule (annex 9)")
    func personServiceIgnoresEmployerLocation() throws {
        let decision = try F.route("Sysmä", .palkkatuki, employer: "Lahti")
        let payer = Payer.municipality(try F.member("Sysmä"))
        #expect(decision.authority.id == "paijat-hame" && decision.cost.payer == payer)
        #expect(F.cites(decision, F.annex, "9") && decision.status == .inferred)
    }
}
