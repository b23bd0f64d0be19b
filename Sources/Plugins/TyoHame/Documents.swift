// Documents.swift — the TyöHäme organising plan and the passages of it that the rules cite.

import PluginAPI

/// The one source document: TyöHäme's organising plan (järjestämissuunnitelma, diary number as
/// printed «VN/17693/20239 / 2023»). Line numbers are those `cat -n` shows; quotes keep the
/// document's own spelling, typos included («pientankinta», «Tulospöusteinen»).
enum Plan {
    static let document = "003_534daa39d3e418e0.txt"

    /// A citation of the plan: its own section heading, the line(s), a short verbatim quote.
    static func cite(_ section: String, _ lines: String, _ quote: String) -> Citation {
        Citation(document: document, section: section, lines: lines, quote: quote)
    }
}

/// The plan's section headings, spelled as in the document.
private enum Section {
    static let introduction = "1 Johdanto"
    static let employers = "2.2 Työnantajan halutuin ja ensisijainen yhteistyökumppani"
    static let ethics = "2.3 Toimintamalli ja eettiset näkökulmat"
    static let finances = "3.1 Taloudelliset voimavarat"
    static let budgetTable = "3.1.1 Taloudellisten resurssien jakautuminen tehtävien kesken"
    static let funding = "3.1.2 Rahoituslähteet ja niiden kohdentaminen"
    static let staff = "3.2 Henkilöstövoimavarat"
    static let staffAllocation = "3.2.1 Henkilöstön kohdentuminen ja tehtävien jakautuminen"
    static let staffNeeds = "3.2.2 Henkilöstöressurssien tarve arvioituihin palveluihin"
    static let workforce = "3.3.1 Työvoimapohjan analyysi"
    static let tym = "3.5.1 Työllistymisen monialaisesta edistämisestä annettu laki (TyM-laki)"
    static let integration = "3.5.2 Kotoutumislain mukaiset tehtävät"
    static let multisectoral = "3.5.3 Resurssien jakautuminen työllistymistä edistävään monialaiseen tukeen"
    static let agreements = "3.5.4 Yhteistyösopimuksen merkitys resurssien kohdentamisessa"
    static let production = "4.1 Viranomaistoimivallan siirto ja palvelujen tuottaminen"
    static let procurement = "4.2 Alueelliset kokonaisuudet ja yliaalueelliset hankinnat"
    static let specialFields = "4.2.1 Erityisalan koulutuksen hankinta ja palvelujen kohdentaminen"
    static let vulnerable = "4.2.2 Haavoittuvien kohderyhmien huomioiminen palvelujen tuottamisessa"
    static let tymModel = "4.2.3 Työllistymistä edistävä monialaisen tuen yhteistoimintamalli ja nuorten yhteispalvelu"
    static let employerServices = "4.2.4 Työnantajapalveluiden järjestäminen ja yhteistyö ELY-keskusten yrityspalveluiden kanssa"
    static let offices = "5 Työvoimapalvelujen toimipisteiden määrä ja sijoittuminen alueelle"
    static let officeRole = "5.1 Toimipisteiden rooli ja tarkoitus"
    static let accessibility = "5.2 Palvelupisteiden saavutettavuus ja asiakaspalvelun toimintaperiaatteet"
    static let keha = "6.3 KEHA-keskus"
    static let county = "6.4 Hyvinvointialueet"
    static let kela = "6.5 Kansaneläkelaitos (Kela)"
    static let education = "6.6 Koulutuksen järjestäjät"
    static let businessOrganisations = "6.8 Yrityspalveluorganisaatiot"
    static let otherSectors = "6.10 Kunnan muut toimialat"
    static let cooperationForms = "6.11 Yhteistyön muodot"
    static let stateRecruitment = "7.1.2 Yhteistyö valtion kansainvälisten rekrytoinnin palveluiden kanssa"
    static let internationalRecruitment = "7.2.3 Kansainvälisen rekrytoinnin tukeminen"
    static let preparedness = "8.1.1 Varautumistoimenpiteet rakennemuutostilanteisiin"
    static let newJobs = "8.5.2 Uusien työpaikkojen luominen ja talouden vahvistaminen"
    static let stakeholderRoles = "8.6.2 Keskeisten sidosryhmien roolit ja vastuut"
}

/// The passages the rules rest on, one constant per statement of the plan.
enum Passage {
    private static func cite(_ section: String, _ lines: String, _ quote: String) -> Citation {
        Plan.cite(section, lines, quote)
    }

    // Membership and the responsible municipality.
    static let members = cite(Section.introduction, "96",
        "TyöHämeen muodostavat Hämeenlinna, Hattula, Forssa, Tammela, Jokioinen, Ypäjä ja Humppila. Hämeenlinnan kaupunki toimii TyöHämeen vastuukuntana.")
    static let responsibleMunicipality = cite(Section.production, "382",
        "Hämeenlinnan kaupunki toimii vastuukuntana TyöHäme työllisyyspalvelualueella")
    static let serviceContent = cite(Section.production, "382",
        "Palvelut ovat työn löytäminen, osaamisen kehittäminen, tieto-, neuvonta- ja ohjauspalvelut, yrityspalvelut sekä yhteiset tukipalvelut.")
    static let ownAndPurchased = cite(Section.production, "388",
        "TyöHäme toteuttaa työvoimaviranomaisen lakisääteiset palvelut sekä omana tuotantona, että ostopalveluina.")
    static let selfFinancedExtras = cite(Section.production, "388",
        "TyöHämeellä on myös mahdollisuus tarjota asiakkaille omarahoitteisia lisäpalveluita")
    static let delegation = cite(Section.staffNeeds, "221",
        "vastuukunta mahdollistaa rajattujen toimivaltojen siirron kuntiin tai julkisille organisaatioille")
    static let aiAdvisory = cite(Section.ethics, "124", "Tekoäly tukee päätöksentekoa, ihmiset tekevät päätökset.")

    // Offices, channels and the team model.
    static let mainOffices = cite(Section.offices, "499",
        "TyöHämeen alueelle tulee kaksi päätoimipaikkaa. Toimipisteet sijaitsevat Hämeenlinnassa ja Forssassa.")
    static let localPremises = cite(Section.offices, "499",
        "Lisäksi TyöHämeen työllisyyspalvelualueen kunnat tarjoavat lähipalveluiden totuttamiseksi tilat omissa toimintaympäristöissä.")
    static let officesServeBoth = cite(Section.officeRole, "503",
        "Toimipisteet ovat monialaisia asiakaspalvelupisteitä, joissa asiakkaat (henkilö ja työnantajat) saavat henkilökohtaista sekä monikanavaista neuvontaa ja tukea työllistymiseen liittyvissä asioissa.")
    static let officeRole = cite(Section.officeRole, "503",
        "Toimipisteet tarjoavat erilaisia rekrytointiin, työllistymiseen, yrittäjyyteen, osaamisen kehittämiseen sekä työkyvyn tukemiseen ja ammatinvalintaan liittyviä koulutus- ja valmennuspalveluita.")
    static let officesSupportSmaller = cite(Section.accessibility, "507",
        "Pisteet toimivat pienempien kuntien tukena ja tuovat palvelut lähemmäksi asukkaita.")
    static let outreach = cite(Section.accessibility, "507",
        "Jalkautumisessa hyödynnetään kuntien ja pitäjien mahdollistamia tiloja sekä liikkuvia yksiköitä.")
    static let digital247 = cite(Section.accessibility, "511",
        "Kehittyvät digitaaliset palvelut tarjoavat palvelua 24/7- palvelulupauksella.")
    static let digitalSupportsPlacement = cite(Section.accessibility, "511",
        "Nämä palvelut tukevat henkilöasiakkaan omaehtoista työllistymistä ja palveluihin ohjautumista sekä työnantajien rekrytointeja.")
    static let multiServicePoints = cite(Section.procurement, "459",
        "TyöHämeen tuottamien palveluiden kuten ohjaus-, valmennus- ja neuvontapalvelut on sijoitettu kustannustehokkaasti monipalvelupisteille")
    static let mobileAndDigitalBesideOffices = cite(Section.procurement, "459",
        "Toimintamallina on kahden päätoimipaikan rinnalle rakennetut liikkuvat lähi- ja digipalvelut.")
    static let remotePoints = cite(Section.staffNeeds, "221",
        "Laadukkaiden palveluiden rinnalla on digitaaliset palvelut ja etäpalvelupisteet")
    static let kelaVideo = cite(Section.tym, "334",
        "Kunnat tarjoavat tietosuojatut ja – turvalliset tilat, koneet ja videokameran, johon Kela tuo videoyhteyspalvelun.")
    static let subAreas = cite(Section.workforce, "228",
        "Alueen työvoimapohjan analyysi on tehty Hämeenlinna-Hattula sekä Forssan seutu – tarkasteluna.")
    static let teams = cite(Section.staff, "190",
        "Henkilöstön voimavarat kohdennetaan tiimeittäin siten, että tiimeissä on 8-12 henkilöä. Tiimit koostuvat monialaisesta osaamisesta, jotka toimivat henkilöasiakkaiden vastuutyöntekijöinä.")
    static let teamFigure = cite(Section.staffAllocation, "200", "Kuva 1 Reaktori-organisaatiomalli, tiimi 8-12 asiantuntijaa")
    static let clientsPerWorker = cite(Section.staffAllocation, "204",
        "Tavoitteena on asiakasmäärä per työntekijä keskimäärin 100 hlö.")
    static let throughputSupport = cite(Section.staffAllocation, "206",
        "Tukipalveluiden rooli ja resurssointi kohdennetaan siten, että se mahdollistaa läpivirtauksen vähintään 80 %")
    static let management = cite(Section.staffAllocation, "208",
        "Tukipalveluihin kuuluu organisaation johto: johtaja, tulosvastuullisesta lähijohtamisesta vastaavat päälliköt.")
    static let workTrialPlaces = cite(Section.staffAllocation, "210", "Esimerkiksi näin saadaan työkokeilupaikkoja")
    static let throughput = cite(Section.agreements, "372", "läpivirtaus vähintään 80% alle 3 kk")
    static let startUpFocus = cite(Section.staff, "185",
        "Keskiössä ovat kohtaanto, työnantajapalvelut, aloittavan yrittäjänpalvelut, työkyvyn tuen sekä työvoiman liikkuvuutta edistävät toimet ja ratkaisut.")

    // Employers.
    static let noMunicipalBorders = cite(Section.employers, "114",
        "Periaatteena on palvella työnantajia kuntarajojen rajoittamatta")
    static let recruitmentSupport = cite(Section.employers, "114",
        "TyöHäme tarjoaa työnantajille nopeaa ja ennakoivaa rekrytoinnin tukea sekä apua mahdollisten kandidaattien etsintään.")
    static let recruitmentSubsidyInfo = cite(Section.employers, "114",
        "TyöHäme tarjoaa työnantajille myös tietoa rekrytoinnin tuista")
    static let companyTeam = cite(Section.employerServices, "493",
        "Yritystiimin rooli työnantajapalveluissa on merkittävä. Yrityspalveluita kehitetään ja toteutetaan yhteistyössä ELY:n, valtakunnallisten palveluiden sekä yrittäjä järjestöjen kanssa.")
    static let singleContact = cite(Section.employerServices, "495",
        "TyöHäme ja Etelä-Hämeen työllisyyspalvelualue palvelevat työnantajia yhden kontaktin periaatteella.")
    static let businessOrganisations = cite(Section.businessOrganisations, "547",
        "Elinkeinoyhtiöt ja elinvoimapalvelut tukevat alueen yrityksiä ja kolmannen sektoria työvoiman rekrytoinnissa sekä työllistämisen eri vaiheissa.")
    static let startUpAdvice = cite(Section.newJobs, "1048",
        "Edistetään yritysten perustamista ja kasvua uusilla aloilla tarjoamalla tukea ja neuvontaa liiketoiminnan käynnistämiseksi ja kasvattamisessa.")
    static let developmentCompaniesKey = cite(Section.newJobs, "1048",
        "Tässä yhteistyö erityisesti elinkeinoyhtiöiden kanssa on avainasemassa.")

    // Multi-sectoral support, the wellbeing services county, Kela.
    static let tym = cite(Section.tym, "326",
        "Työkykyyn liittyvät palvelut perustuvat tiiviiseen yhteistyöhön Kanta-Hämeen hyvinvointialueen, Kelan ja työllisyysalueen välillä.")
    static let tymContent = cite(Section.tym, "328",
        "Työllistymisen monialaisen palveluun kohdentuu palvelutarpeen kartoitus erityisesti työkyvyn näkökulmasta, palvelun toteutus ja työllistymisen tuki.")
    static let tymTeamModel = cite(Section.tym, "328",
        "Palvelut tuotetaan tiimimallilla lähipalveluna turvaten saavutettavuus, yhdenvertaisuus ja tasa-arvo.")
    static let tymAgreement = cite(Section.tym, "330",
        "Työllistymistä edistävästä monialaisen tuen yhteistoimintamallista tehdään erillinen yhteistyösopimus Kanta-Hämeen työllisyysalueiden, Kanta-Hämeen hyvinvointialueen ja Kelan kesken.")
    static let workAbilityJoint = cite(Section.vulnerable, "477",
        "Työkyvyn edistämisen palvelua tuotetaan yhteistyössä Kanta-Hämeen hyvinvointialueen, KELA:n ja työllisyyspalvelualueen yhteistyönä.")
    static let network = cite(Section.vulnerable, "479",
        "Koko Kanta-Häme muodostaa yhden yhteisen yhteistoimintamallin verkoston.")
    static let countyCooperation = cite(Section.vulnerable, "481",
        "Yhteistyö työllisyysalueen ja hyvinvointialueen kesken on skaalautuvaa alueen muuttuvien tilanteiden mukaan.")
    static let activationPlan = cite(Section.vulnerable, "481",
        "Aktivointisuunnitelmalla ohjataan asiakas tarpeen mukaisesti palveluihin")
    static let rehabilitativeWork = cite(Section.vulnerable, "481",
        "Kanta-Hämeen hyvinvointialue järjestää kuntouttavaa työtoimintaa niille pitkään työttöminä olleille henkilöille, jotka saavat työmarkkinatukea tai toimeentulotukea")
    static let rehabilitativeWorkIsSocial = cite(Section.vulnerable, "481",
        "Kuntouttava työtoiminta on sosiaalihuoltolain mukainen sosiaalipalvelu")
    static let tymResourcing = cite(Section.tymModel, "489", "Resurssoinnista vastaa TyöHämeen lisäksi hyvinvointialue ja Kela.")
    static let countyCentral = cite(Section.county, "529",
        "Hyvinvointialue on keskeisessä roolissa monialaisen työllistymistä edistävän yhteispalvelun järjestämisessä.")
    static let kela = cite(Section.kela, "533", "Kela on keskeinen toimija erilaisten tukien ja etuuksien jakamisessa.")
    static let kelaBenefitAdvice = cite(Section.kela, "533",
        "Kuntoutuspalvelujen ohella Kansaneläkelaitos voi tarjota myös etuuksia koskevaa neuvontaa.")
    static let tymAgreementParties = cite(Section.cooperationForms, "567",
        "laaditaan erillinen yhteistyösopimus kahden monialaisen yhteistyöverkoston alueella toimivan työllisyysviranomaisen, Kanta-Hämeen hyvinvointialueen sekä Kansaneläkelaitoksen välille")

    // Youth.
    static let ohjaamoUnder30 = cite(Section.multisectoral, "366",
        "Ohjaamot ovat kuntien tarjoama toimintaympäristö alle 30-vuotiaiden monikanavaiseen ja monialaiseen tukeen.")
    static let youthEnvironments = cite(Section.tymModel, "489",
        "Nuorten palvelut hyödyntävät monialaisia ja monikanavaisia toimintaympäristöjä (kuten Ohjaamot).")
    static let youthServicePoints = cite(Section.education, "539",
        "Työvoimaviranomainen neuvottelee koulutuspalvelujen järjestäjien kanssa nuorten palvelupisteiden järjestämisestä.")
    static let youthJointService = cite(Section.education, "539",
        "Palvelu järjestetään kokoamalla yhteen olemassa olevia palveluntuottajia.")
    static let twoOhjaamos = cite(Section.otherSectors, "557",
        "TyöHämeen alueella toimii kaksi ohjaamoja, jotka kokoavat nuoren ja nuoren aikuisen erilaiset palvelut yhteistyöhön.")
    static let daycare = cite(Section.otherSectors, "559",
        "Varhaiskasvatuspalvelua tarvitsevien osalta päivähoiton järjestämisestä mahdollistetaan nopeasti koulutukseen ja palveluihin pääsyn tukemiseksi.")

    // Immigrants and integration.
    static let immigrantPoint = cite(Section.vulnerable, "483",
        "Maahanmuuttajataustaisten työnhakijoiden, kotoutujien ja työvoiman ulkopuolella olevien maahanmuuttaja-asiakkaiden palvelut keskitetään monipalvelupisteeseen")
    static let integrationProgramme = cite(Section.integration, "360",
        "Ohjelman kesto määräytyy sisältöjen ja maahanmuuttajan lähtötason perusteella, pääsääntöisesti enintään 2 vuotta.")
    static let literacyFree = cite(Section.integration, "360",
        "Omaehtoista opiskelua tuetaan, ja luku- ja kirjoitustaidon koulutus säilyy maksuttomana.")
    static let skillsRecognition = cite(Section.internationalRecruitment, "770",
        "Tunnistetaan ja arvioidaan maahanmuuttajien osaamista ja pätevyyttä")

    // International recruitment and mobility.
    static let keha = cite(Section.keha, "525",
        "KEHA-keskuksen rooli on merkittävä erityisesti kansainvälisten rekrytointipalveluiden järjestämisessä.")
    static let kehaCooperation = cite(Section.keha, "525",
        "Työllisyysalue tekee tiivistä yhteistyötä KEHA-keskuksen kanssa varmistaakseen sujuvan kansainvälisen rekrytoinnin ja kotouttamisen prosessin työnhakijoille ja työnantajille.")
    static let stateRecruitment = cite(Section.stateRecruitment, "609",
        "Yhteistyö valtion kansainvälisten rekrytoinnin palveluiden kanssa on olennainen osa työperäisen maahanmuuton edistämistä")

    // Special-field training.
    static let nationalProcurement = cite(Section.specialFields, "463",
        "Tällaisen koulutuksen järjestäminen voi vaatia valtakunnallista hankintaa")
    static let maritime = cite(Section.specialFields, "465",
        "Tällaisia aloja ovat esimerkiksi merityö, joka on vanhan mallin mukaan keskitetty Varsinais-Suomen alueelle.")
    static let lahtiCooperation = cite(Section.specialFields, "467",
        "Erityisesti yhteistyötä rakennetaan Lahden seudun kuntien kanssa.")
    static let widerTendering = cite(Section.specialFields, "467",
        "on näissä tapauksissa harkittava koulutusten kilpailutusta laajemmalla yhteistyöllä, myös valtakunnallisesti")
    static let selfMotivatedStudy = cite(Section.specialFields, "469",
        "Asiakkaita ohjataan myös omaehtoiseen koulutukseen, jonka kautta erityisalan koulutusta on mahdollista toteuttaa, mikäli asiakkaan osaaminen vastaa hakukriteerejä.")
    static let localInstitutions = cite(Section.specialFields, "471",
        "Yhteistyötahoina Hämeen ammattikorkeakoulu sekä toisen asteen oppilaitokset tarjoavat myös mahdollisuuksia erityisalojen hankintaan paikallisesti.")
    static let educationCooperation = cite(Section.education, "539",
        "Yhteistyö koulutuksen järjestäjien, kuten oppilaitosten ja ammattikoulujen, kanssa on välttämätöntä")
    static let agileTraining = cite(Section.preparedness, "916",
        "osaavaa työvoimaa pystytään kouluttamaan nopeasti muuttuviin tehtäviin ketterillä hankintamenetelmillä ja räätälöitävillä koulutusratkaisuilla")
    static let placementTask = cite(Section.stakeholderRoles, "1082",
        "TyöHämeen tehtävä painottuu työllisyyden näkökulmaan, kuten työvoimatarpeen arviointiin, työllistymisen edistämiseen, koulutusmahdollisuuksien tarjoamiseen ja työpaikkojen välittämiseen.")
    static let structuralChangeRole = cite(Section.stakeholderRoles, "1082",
        "Rakennemuutoksen kohteena olevien yksilöiden ohjaaminen ja tukeminen esimerkiksi uuden uran rakentamiseen muodostaa merkittävän vastuutehtävän TyöHämeen toimijoille.")

    // Procurement.
    static let centralProcurement = cite(Section.staffNeeds, "216",
        "Keskitettyt hankintapalvelut mahdollistavat vaikuttavuusperusteisen palveluiden hankinnan")
    static let employmentCondition = cite(Section.agreements, "376",
        "Julkisissa hankinnoissa vahvistetaan työllistymisen toteutumista työllistämisehtoa hyödyntäen.")
    static let procuredServices = cite(Section.production, "401",
        "Työllisyysalueella tullaan hankkimaan työväilypalveluita, tieto-, neuvonta- ja ohjauspalveluja, valmennusta, työvoimakoulutusta, muutosturvakoulutusta sekä asiantuntija-arvioiteja")
    static let basketModel = cite(Section.production, "403",
        "Työllisyysalueen hankintapalvelukokonaisuus jaetaan ns. Korimalliin")
    static let dynamicSmallProcurement = cite(Section.procurement, "431",
        "TyöHämeen alueella mahdollistetaan dynaaminen pienhankinta. Hankintamallia ja sen järjestelmää (TyöllisyysSampo) on jo kokeiltu ja käytetty Hämeenlinnan kaupungilla sekä Hattulan kunnassa.")
    static let traditionalProcurement = cite(Section.procurement, "433",
        "Dynaamisen pienhankinnan lisäksi työllisyysalueella tullaan toteuttamaan perinteisempää hankintaa mm. puitesopimusten sekä palvelukohtaisten hankintojen muodossa.")
    static let effectiveness = cite(Section.procurement, "455",
        "Vaikuttavuus perustuu työllistymiseen ja työssä pysymiseen.")

    // Finances.
    static let budgetTotal = cite(Section.finances, "150",
        "ovat yhteensä noin 9,5 milj. euroa, joista palvelujen hankintaan arvioidaan käytettävän noin 6,7 milj. euroa")
    static let budgetServicesContent = cite(Section.finances, "150",
        "Palvelut yhteensä pitävät sisällään työvoimakoulutuksen, valmennukset, asiantuntija-arvioinnit, palkkatuet sekä kuntien että yksityisten osalta ja starttirahat.")
    static let operatingExpenses = cite(Section.finances, "150", "Toimintamenoihin varataan noin 2,8 milj. euroa.")
    static let noInvestments = cite(Section.finances, "150", "Varsinaisia investointeja työllisyysalueelle ei ole suunniteltu")
    static let budgetCap = cite(Section.finances, "152",
        "Työllisyysalueen budjettiin tullaan kuitenkin maksimissaan varaamaan niin paljon rahaa kuin osallistujakunnat saavat toimintaan kohdistettua valtionosuutta.")
    static let budgetTableSource = cite(Section.budgetTable, "173",
        "Suunnitelmassa esitetyt luvut perustuvat työ ja elinkeinoministeriön tuottamaan kuntien tietopakettiin 2019")
    static let stateShareGrowth2019 = cite(Section.funding, "177",
        "Työllisyysalueen valtionosuudet kasvavat 9,7 milj. euroa TEMin tietopaketin mukaan (tiedot vuodelta 2019).")
    static let stateShareSpring2023 = cite(Section.funding, "177",
        "Kevään 2023 valtionosuustietojen mukaan valtionosuusrahoitus on työllisyysalueella olisi noin 12 milj. euroa.")
    static let stateShareCoversStatutory = cite(Section.funding, "177",
        "Valtionosuudella katetaan työllisyysalueen lakisääteisten palvelujen tuottaminen.")
    static let benefitsAndNonStatutory = cite(Section.funding, "177",
        "Työllisyysalueen kunnat vastaavat itse etuuskuluista ja mahdollisista muista ei lakisääteisistä palveluista.")
    static let monthlyBilling = cite(Section.funding, "177",
        "Työllisyysalue laskuttaa osallistuja kuntia kuukausittain kuntien saamien TE-palveluiden kuntasiirtoon liittyvien valtionosuuksien mukaisesti.")
    static let sharingCriteria = cite(Section.funding, "177",
        "Alueen kunnat maksavat työllisyysalueen kustannukset kunnan työikäisen väestön, laajan työttömyyden sekä vieraskielisyyden perusteella.")
    static let productisation = cite(Section.funding, "177",
        "Jatkossa on mahdollista, että kustannuksia kohdistetaan kunnille palvelutuotteistuksen käytön perusteella.")
    static let sharingCriteriaRestated = cite(Section.funding, "179",
        "väestön työikäisen, työttömien määrän sekä vieraskielisyyden perusteella")
    static let specialServices = cite(Section.funding, "179",
        "Kunkin kunnan erityispalveluista aiheutuvat kustannukset maksaa erikseen asianomainen kunta.")
    static let annualReconciliation = cite(Section.funding, "179",
        "Lakisääteisten palvelujen vuosittainen tasapainotus hoidetaan joko jäsenkuntia lisälaskuttamalla tai palauttamalla käyttämättömät rahat kunnille palvelujen käytön mukaan.")
    static let workingAgeDefinition = cite(Section.workforce, "251",
        "Kuva 5 18-64-vuotiaiden määrä kunnittain TyöHämeen alueella.")
    static let broadUnemploymentDefinition = cite(Section.workforce, "256",
        "Kuva 6 Laaja työttömyys, jossa on työttömät työnhakijat ja palveluissa olevat kunnittain.")

    /// A line of the service budget table (3.1.1, lines 160–171), quoted as printed.
    static func budgetLine(_ line: Int, _ text: String) -> Citation {
        cite(Section.budgetTable, String(line), text)
    }

    /// A line of the plan's list of procurement models or of the basket model.
    static func procurementList(_ lines: String, _ text: String) -> Citation {
        cite(Section.procurement, lines, text)
    }

    static func basketList(_ lines: String, _ text: String) -> Citation {
        cite(Section.production, lines, text)
    }
}
