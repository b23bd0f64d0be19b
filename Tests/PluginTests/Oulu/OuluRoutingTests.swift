// OuluRoutingTests.swift — who serves the client, where and how: the plan's local, centralised and
// purchased services and those of other bodies. Each test names the plan line that justifies it.

import PluginAPI
import TestSupport
import Testing

@Suite struct OuluRoutingTests {
    let plugin: any RegionPlugin

    init() throws {
        plugin = try Oulu.plugin()
    }

    // MARK: Local services delegated to the members (§2.2.1)

    /// L125 «b. Työllistymissuunnitelma» under L119 «delegoidaan kunnille tuotettavaksi lähipalveluina»; L617.
    @Test func employmentPlanIsMadeByTheMunicipalitysOwnCoach() throws {
        let decision = try Oulu.route(plugin, "Kempele", .tyollistymissuunnitelma)
        #expect(decision.delivery == .local)
        #expect(decision.provider.municipality == Oulu.member("Kempele"))
        #expect(decision.provider.name == "Kempeleen kunta")
        #expect(decision.caseOwner == "Kempeleen kunnan omavalmentaja")
        #expect(decision.cost.principle == .ownMunicipality && decision.cost.payer == .municipality(Oulu.member("Kempele")))
        #expect(decision.cost.bearer == .municipality(Oulu.member("Kempele")))
        #expect(decision.status == .explicit && decision.cost.status == .explicit)
        #expect(decision.basis.contains { $0.lines == "125" && $0.quote == "b. Työllistymissuunnitelma" })
        #expect(decision.cost.basis.contains { $0.lines == "617" })
    }

    /// L135 «f. Työnvälitys»; L423 «Isku-tiimiä koordinoi Oulu».
    @Test func jobPlacementIsLocalInIi() throws {
        let decision = try Oulu.route(plugin, "Ii", .tyonvalitys)
        #expect(decision.delivery == .local)
        #expect(decision.cost.payer == .municipality(Oulu.member("Ii")))
        #expect(Oulu.notes(decision.notes, mention: "Isku team"))
    }

    /// L137 «g. Työkokeilu».
    @Test func workTrialIsLocalInHailuoto() throws {
        let decision = try Oulu.route(plugin, "Hailuoto", .tyokokeilu)
        #expect(decision.delivery == .local)
        #expect(decision.locations.map(\.name) == ["Hailuodon kunta: oma asiointipiste"])
        #expect(decision.cost.principle == .ownMunicipality)
    }

    /// L571 «Oulun osalta henkilöstön tilat ja palvelut kootaan BusinessAseman yhteyteen.»
    @Test func ouluOwnLocalServicesAreAtBusinessAsema() throws {
        let decision = try Oulu.route(plugin, "Oulu", .tyokokeilu)
        #expect(decision.delivery == .local)
        #expect(decision.provider.name == "Oulun kaupunki")
        #expect(decision.locations.map(\.name) == ["BusinessAsema"])
    }

    /// L141 «yhdessä asiakkaan ja sosiaalihuollon viranomaisen kanssa laatii aktivointisuunnitelman».
    @Test func activationPlanIsDrawnUpWithSocialCare() throws {
        let decision = try Oulu.route(plugin, "Muhos", .aktivointisuunnitelma)
        #expect(decision.delivery == .local)
        #expect(decision.caseOwner == "Muhoksen kunnan omavalmentaja")
        let procurement = try Oulu.procurement(plugin, .aktivointisuunnitelma)
        #expect(procurement.partners.contains { $0.name.contains("Sosiaalihuollon viranomainen") })
    }

    /// L145 «Kunnan omavalmentaja, hyvinvointialue ja Kela yhdessä arvioivat»; L219 the case stays with the coach.
    @Test func multisectoralServiceIsLocalWithPohdeAndKela() throws {
        let decision = try Oulu.route(plugin, "Vaala", .monialainenPalvelu)
        #expect(decision.delivery == .local)
        #expect(decision.caseOwner == "Vaalan kunnan omavalmentaja")
        #expect(Oulu.notes(decision.notes, mention: "Pohde") && Oulu.notes(decision.notes, mention: "Kela"))
        let procurement = try Oulu.procurement(plugin, .monialainenPalvelu)
        #expect(Set(procurement.partners.map(\.name)) == ["Hyvinvointialue Pohde", "Kela"])
    }

    /// L131 «Ns. perusmuotoiset lausunnot tuotetaan kunnissa lähipalveluna.»
    @Test func basicLabourPolicyStatementsAreLocal() throws {
        let decision = try Oulu.route(plugin, "Liminka", .tyovoimapoliittinenLausunto)
        #expect(decision.delivery == .local)
        #expect(decision.cost.payer == .municipality(Oulu.member("Liminka")))
        #expect(Oulu.notes(decision.notes, mention: "centrally by the state"))
    }

    /// L177–181 «hoidetaan keskitetysti valtion toimesta … niiltä osin kuin vaatii erityisosaamista».
    @Test func statementsNeedingSpecialExpertiseAreTheStates() throws {
        let decision = try Oulu.route(plugin, "Liminka", .erityisasiantuntijalausunto)
        #expect(decision.delivery == .state)
        #expect(decision.status == .inferred)
        #expect(decision.notes.contains { $0.en.hasPrefix("Inferred: the catalog's specialist statements are read as") })
        #expect(decision.cost.principle == .stateFunded)
        #expect(decision.cost.bearer.kind == "state")
        #expect(decision.cost.status == .inferred, "the plan says who makes them, not who pays: read from L177")
    }

    /// L157–159 «Kunnan omavalmentaja antaa todistuksen … lääkärinlausunnon tai -todistuksen perusteella».
    @Test func workAbilityCertificateIsGivenLocally() throws {
        let decision = try Oulu.route(plugin, "Pudasjärvi", .tyokykyarvio)
        #expect(decision.delivery == .local)
        #expect(decision.caseOwner == "Pudasjärven kaupungin omavalmentaja")
        #expect(Oulu.notes(decision.notes, mention: "asiantuntija_arviointi"))
        // The catalog's «assessment and certificates» is matched to the plan's «todistus» (L155): a reading.
        #expect(decision.status == .inferred && decision.cost.status == .inferred)
    }

    /// L149 the young person's case is with the coach; L231 «Osalla kunnista on jo toimiva Ohjaamo» (none named).
    @Test func youthServicesAreLocalAndShowAnOhjaamoOnlyWhereConfigured() throws {
        let plain = try Oulu.route(plugin, "Tyrnävä", .nuortenPalvelut)
        #expect(plain.delivery == .local)
        #expect(plain.caseOwner == "Tyrnävän kunnan omavalmentaja")
        #expect(!plain.locations.contains { $0.name.hasPrefix("Ohjaamo") })
        #expect(plain.status == .explicit)
        let configured = try Oulu.route(try Oulu.plugin(with: "ohjaamo_municipalities", .list([.string("859")])),
                                        "Tyrnävä", .nuortenPalvelut)
        #expect(configured.locations.contains { $0.name == "Ohjaamo (Tyrnävän kunta)" })
        #expect(configured.status == .default)
    }

    // MARK: Other bodies (§2.2.1 k, m; §2.2.2)

    /// L163 «Kuntouttavan työtoiminnan järjestää hyvinvointialue.» … the case stays with the coach.
    @Test func rehabilitativeWorkActivityIsPohdes() throws {
        let decision = try Oulu.route(plugin, "Utajärvi", .kuntouttavaTyotoiminta)
        #expect(decision.delivery == .wellbeingCounty)
        #expect(decision.provider.name == "Hyvinvointialue Pohde")
        #expect(decision.caseOwner == "Utajärven kunnan omavalmentaja")
    }

    /// L153 «Työttömien terveystarkastuspalvelun tuottaa hyvinvointialue.»
    @Test func healthCheckIsProducedByTheWellbeingCounty() throws {
        let decision = try Oulu.route(plugin, "Ii", .tyottomienTerveystarkastus)
        #expect(decision.delivery == .wellbeingCounty)
        #expect(Oulu.notes(decision.notes, mention: "obligatory or voluntary"))
    }

    /// L187 «Palvelu ostetaan Turun työllisyysalueelta, joka tuottaa palvelun etäpalveluna.»
    @Test func maritimeJobPlacementIsTurkusRemoteService() throws {
        let decision = try Oulu.route(plugin, "Muhos", .merityonvalitys)
        #expect(decision.delivery == .otherAuthority)
        #expect(decision.provider.name == "Turun työllisyysalue")
        #expect(decision.authority.id == "oulu", "the client stays the Oulu area's")
        #expect(decision.locations.isEmpty)
        #expect(!decision.channels.contains(.inPerson))
        #expect(decision.cost.principle == .billedByOtherAuthority)
    }

    // MARK: Centralised own production in Oulu (§2.2.2, §2.2.3, §2.2.6, §2.4, §2.6.3)

    /// L307 «b. Palkkatukipäätökset», L367 «Palkkatukipäätökset ja palkkatuen maksatus;», L645 causer pays.
    @Test func paySubsidyIsDecidedAndPaidInOuluAndPaidForByTheClientsMunicipality() throws {
        let decision = try Oulu.route(plugin, "Kempele", .palkkatuki)
        #expect(decision.delivery == .centralized)
        #expect(decision.provider.municipality == Oulu.oulu)
        #expect(decision.authority.responsibleMunicipality == Oulu.oulu)
        #expect(decision.cost.principle == .causerPays && decision.cost.payer == .municipality(Oulu.member("Kempele")))
        // The route's basis carries the routing facts; the cost line (L645) is the cost part's.
        #expect(decision.basis.contains { $0.lines == "307" })
        #expect(decision.cost.basis.contains { $0.lines == "643-645" && $0.quote == "Palkkatukipäätökset ja maksatus" })
        #expect(!decision.basis.contains { $0.lines == "643-645" })
        #expect(decision.caseOwner == nil, "the plan names no case owner for decisions and payments")
    }

    /// L368 decisions and payment centralised; L317 «Starttirahapäätöksen tekemiseksi tarvittavat lausunnot» purchased.
    @Test func startUpGrantIsCentralisedAndItsStatementsArePurchased() throws {
        let decision = try Oulu.route(plugin, "Ii", .starttiraha)
        #expect(decision.delivery == .centralized)
        #expect(decision.cost.payer == .municipality(Oulu.member("Ii")))
        #expect(decision.basis.contains { $0.lines == "317" })
        #expect(Oulu.notes(decision.notes, mention: "statements the decision needs are purchased"))
    }

    /// L369 «Harkinnanvarainen kulukorvaus palveluun osallistumisesta»; L370 travel and accommodation.
    @Test func expenseCompensationIsCentralised() throws {
        let decision = try Oulu.route(plugin, "Muhos", .kulukorvaus)
        #expect(decision.delivery == .centralized)
        #expect(decision.cost.payer == .municipality(Oulu.member("Muhos")))
        #expect(decision.basis.contains { $0.lines == "370" && $0.quote == "Matka- ja yöpymiskustannusten korvaus." })
        // LIITE 2's causer item (L648) is the cost part's citation, not the route's.
        #expect(decision.cost.basis.contains { $0.lines == "643-648" && $0.quote == "Matka- ja yöpymiskustannusten korvaus" })
    }

    /// L169–171 «Kunnan omavalmentaja ohjaa asiakkaan keskitettyyn palveluun»; L308 EURES centralised. The
    /// case owner rests on L113 «Useimmiten asiakkuus … pysyy kunnan omavalmentajalla» (usually): inferred.
    /// The plan names no channel for EURES (L107's phone and video are the advice channels).
    @Test func euresIsCentralisedWithTheCoachReferring() throws {
        let decision = try Oulu.route(plugin, "Lumijoki", .eures)
        #expect(decision.delivery == .centralized)
        #expect(decision.caseOwner == "Lumijoen kunnan omavalmentaja")
        #expect(decision.status == .inferred)
        #expect(decision.basis.contains { $0.lines == "113" })
        #expect(decision.channels.isEmpty && decision.locations.isEmpty)
        #expect(!decision.basis.contains { $0.lines == "107" })
    }

    /// L195 «OEO:n aikana työnhakija-asiakas siirretään keskitetyn palvelun asiantuntijan asiakkuuteen.»
    @Test func selfMotivatedStudyMovesTheCaseToACentralExpert() throws {
        let decision = try Oulu.route(plugin, "Kempele", .omaehtoinenOpiskelu)
        #expect(decision.delivery == .centralized)
        #expect(decision.caseOwner?.contains("keskitetyn palvelun asiantuntija") == true)
        #expect(Oulu.notes(decision.notes, mention: "suitability decision"))
        let integration = try Oulu.route(plugin, "Kempele", .omaehtoinenOpiskelu, client: ClientProfile(integrationClient: true))
        #expect(integration.basis.contains { $0.lines == "241" })
    }

    /// L199 «psykologit työskentelevät vastuukunnassa … myös lähipalveluna kuntiin ajanvarauksella» (none named).
    @Test func psychologistsWorkInOuluAndLocallyOnlyWhereConfigured() throws {
        let plain = try Oulu.route(plugin, "Ii", .ammatinvalintaJaUraohjaus)
        #expect(plain.delivery == .centralized)
        // L199 «psykologit työskentelevät vastuukunnassa»: in Oulu, at a place the plan does not name.
        #expect(plain.locations.map(\.name) == ["Psykologit vastuukunnassa (Oulu)"])
        let configured = try Oulu.route(try Oulu.plugin(with: "psychologist_appointment_municipalities", .list([.string("139")])),
                                        "Ii", .ammatinvalintaJaUraohjaus)
        #expect(configured.locations.contains { $0.name.contains("Psykologin ajanvarausvastaanotto (Iin kunta)") })
        #expect(configured.status == .default)
    }

    /// L311 «f. Lakisääteinen muutosturvaprosessi», L312 with the members' employment and business services.
    @Test func changeSecurityProcessIsCentralised() throws {
        let decision = try Oulu.route(plugin, "Tyrnävä", .muutosturva)
        #expect(decision.delivery == .centralized)
        #expect(decision.provider == Party(name: "Oulun kaupunki (vastuukunta)", municipality: Oulu.oulu))
    }

    /// L237–240 integration plans centralised; L260–263 in person in Oulu, by video to home or e.g. a
    /// municipal remote point, phone, online. The remote point is only an example («esim.», L261) and the
    /// plan does not say which members have one, so it is a note, not a location; International House
    /// is the walk-in point for advice (L459), not for integration plans.
    @Test func integrationPlanIsCentralisedWithItsFourChannels() throws {
        let decision = try Oulu.route(plugin, "Liminka", .kotoutumissuunnitelma)
        #expect(decision.delivery == .centralized)
        #expect(Set(decision.channels) == [.inPerson, .video, .phone, .online])
        #expect(decision.locations.map(\.name) == ["Kasvokkain vastuukunnassa (Oulu)"])
        #expect(Oulu.notes(decision.notes, mention: "which municipalities have a remote service point"))
        #expect(decision.status == .explicit)
    }

    /// L237–240: for an integration client the plan is the centralised integration plan.
    @Test func integrationClientsEmploymentPlanIsTheCentralIntegrationPlan() throws {
        let decision = try Oulu.route(plugin, "Muhos", .tyollistymissuunnitelma, client: ClientProfile(integrationClient: true))
        #expect(decision.delivery == .centralized)
        #expect(decision.status == .inferred)
        #expect(decision.caseOwner == "Oulun kaupungin keskitetyt kotoutumisasiakkaan palvelut (vastuukunta)")
        #expect(decision.cost.principle == .sharedByKey)
    }

    /// L267 «Sopimuskunnat vastaavat muiden kuin keskitettyjen palveluiden piiriin kuuluvien maahanmuuttaja-asiakkaiden työvoimapalveluista.»
    @Test func otherImmigrantClientsAreServedLocally() throws {
        let decision = try Oulu.route(plugin, "Ii", .tyonvalitys, segment: .immigrant)
        #expect(decision.delivery == .local)
        #expect(decision.basis.contains { $0.lines == "267" })
    }

    // MARK: Central purchases (§2.2.3, §2.2.6, §2.4)

    /// L203–204 coaching purchased; the coach refers and does the authority work; L337 marketing and referral stay local.
    @Test func coachingIsBoughtByOuluAndTheCoachKeepsTheCase() throws {
        for service in [ServiceID.tyonhakuvalmennus, .uravalmennus] {
            let decision = try Oulu.route(plugin, "Kempele", service)
            #expect(decision.delivery == .purchased)
            #expect(decision.provider.municipality == nil, "the plan names no provider")
            #expect(decision.caseOwner == "Kempeleen kunnan omavalmentaja")
            #expect(decision.locations.isEmpty)
            #expect(Oulu.notes(decision.notes, mention: "own staff"))
        }
    }

    /// L208 «Keskitetään opiskelijavalinta … asiakkuus säilyy kunnan omavalmentajalla».
    @Test func labourMarketTrainingIsPurchasedWithCentralStudentSelection() throws {
        let decision = try Oulu.route(plugin, "Vaala", .tyovoimakoulutus)
        #expect(decision.delivery == .purchased)
        #expect(decision.caseOwner == "Vaalan kunnan omavalmentaja")
        #expect(Oulu.notes(decision.notes, mention: "Student selection"))
    }

    /// L210–211 expert assessments purchased; special-expertise referrals assessed centrally.
    @Test func expertAssessmentsArePurchased() throws {
        let decision = try Oulu.route(plugin, "Pudasjärvi", .asiantuntijaArviointi)
        #expect(decision.delivery == .purchased)
        #expect(decision.basis.contains { $0.lines == "211" })
    }

    /// L247 «Työvoimakoulutuksena toteutettavat kotoutumiskoulutukset»; L207 not literacy teaching.
    @Test func integrationTrainingIsPurchasedLabourMarketTraining() throws {
        let decision = try Oulu.route(plugin, "Oulu", .kotoutumiskoulutus)
        #expect(decision.delivery == .purchased)
        #expect(decision.basis.contains { $0.quote == "ei kuitenkaan luku- ja kirjoitustaidon opetus" })
    }

    /// L316 «Alkavan yrityksen valmennus- ja koulutuspalvelut (ml. yrittäjyyskoulutus)» purchased.
    @Test func startUpCoachingIsPurchased() throws {
        let decision = try Oulu.route(plugin, "Kempele", .yritysneuvonta)
        #expect(decision.delivery == .purchased)
        #expect(Oulu.notes(decision.notes, mention: "Yrittäjä-Suomi"))
    }

    /// L205 «**Koulutuskokeilut.**» among the purchases vs LIITE 1 L630 «Koulutuskokeilu» among the local services.
    @Test func trainingTrialFollowsTheConfiguredReadingOfAContradiction() throws {
        let purchased = try Oulu.route(plugin, "Ii", .koulutuskokeilu)
        #expect(purchased.delivery == .purchased)
        #expect(purchased.status == .default)
        #expect(Oulu.notes(purchased.notes, mention: "contradicts itself"))
        let local = try Oulu.route(try Oulu.plugin(with: "koulutuskokeilu_delivery", .string("local")), "Ii", .koulutuskokeilu)
        #expect(local.delivery == .local)
        #expect(local.cost.principle == .ownMunicipality && local.cost.payer == .municipality(Oulu.member("Ii")))
    }

    // MARK: Employers, channels and advice (§2.1, §2.4)

    /// L290 employer services are delegated as local services; the employer's own municipality serves it.
    @Test func employerServicesAreLocalInTheEmployersMunicipality() throws {
        let plain = try Oulu.route(plugin, "Liminka", .tyonantajapalvelut)
        #expect(plain.provider.name == "Limingan kunta")
        let elsewhere = try Oulu.route(plugin, "Liminka", .tyonantajapalvelut, employer: "Kempele")
        #expect(elsewhere.delivery == .local)
        #expect(elsewhere.provider.name == "Kempeleen kunta")
        #expect(elsewhere.cost.principle == .ownMunicipality && elsewhere.cost.payer == .municipality(Oulu.member("Kempele")))
        #expect(elsewhere.status == .inferred)
        #expect(elsewhere.municipality == Oulu.member("Liminka"), "the decision still echoes the query")
    }

    /// L107 the central phone «tulee korvaamaan … paikallisen työnantajapuhelinpalvelun»; L298 one common number.
    @Test func employersPhoneIsTheCentralBusinessOuluLine() throws {
        let decision = try Oulu.route(plugin, "Utajärvi", .tyonantajapuhelin)
        #expect(decision.delivery == .centralized)
        #expect(decision.provider.name == "BusinessOulu (Oulun kaupunki)")
        #expect(decision.channels == [.phone])
        #expect(Oulu.notes(decision.notes, mention: "no number"))
    }

    /// L107 «Ajanvaraukseton käyntiasiointi toteutetaan oululaisille asiakkaille BusinessAsemalla.»
    @Test func walkInAtBusinessAsemaIsForOuluResidents() throws {
        let oulu = try Oulu.route(plugin, "Oulu", .neuvonta)
        #expect(oulu.locations.contains(Location(name: "BusinessAsema", city: "Oulu", status: LocalizedText(fi: "suunnitelma ei kerro osoitetta", en: "address not given in the plan"))))
        let kempele = try Oulu.route(plugin, "Kempele", .neuvonta)
        #expect(!kempele.locations.contains { $0.name == "BusinessAsema" })
        #expect(kempele.locations.contains { $0.name == "Kempeleen kunta: oma asiointipiste" })
        #expect(kempele.status == .explicit)
        let open = try Oulu.route(try Oulu.plugin(with: "businessasema_walk_in_for_all_members", .bool(true)), "Kempele", .neuvonta)
        #expect(open.locations.contains { $0.name == "BusinessAsema" })
        #expect(open.status == .default)
    }

    /// L459 «Vieraskielisten asiakkaiden ajanvaraukseton käyntiasiointi International Housessa».
    @Test func foreignLanguageClientsCanWalkInAtInternationalHouse() throws {
        let decision = try Oulu.route(plugin, "Ii", .neuvonta, client: ClientProfile(foreignLanguage: true))
        #expect(decision.locations.contains { $0.name == "International House Oulu" })
    }

    /// L109 unemployment-security advice stays with the state; LIITE 1 L630 lists «Työttömyysturvaneuvonta» as Oulu's.
    @Test func unemploymentSecurityAdviceFollowsTheConfiguredReading() throws {
        let decision = try Oulu.route(plugin, "Ii", .neuvonta)
        #expect(Oulu.notes(decision.notes, mention: "Unemployment-security questions go to the state's national phone service"))
        let oulu = try Oulu.route(try Oulu.plugin(with: "unemployment_security_advice", .string("responsible_municipality")),
                                  "Ii", .neuvonta)
        #expect(Oulu.notes(oulu.notes, mention: "Unemployment-security questions go to Oulu's central advice"))
    }
}
