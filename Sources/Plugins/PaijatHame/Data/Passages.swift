// Data/Passages.swift — every passage of the Päijät-Häme documents the rules cite, one constant per
// passage, with line numbers as `cat -n` shows them and a verbatim quote (the documents' own spelling).
// The letter of intent (002) binds only until the areas were established (its line 93), so no answer
// from 1.1.2025 rests on it: its passages here serve the facts about the letter itself.

import PluginAPI

enum Passage {
    // MARK: The area, its board and the plan's status

    static let members = plan(Heading.area, "106",
        "Päijät-Hämeen työllisyysalueeseen kuuluvat Asikkalan, Hartolan, Hollolan, Iitin, Kärkölan, Padasjoen ja Sysmän kunnat sekä Heinolan ja Orimattilan kaupungit.")
    static let responsibleMunicipality = plan(Heading.area, "106",
        "Työllisyysalueella kuntalain (410/2015) 52 §:n mukaisesti vastuukuntana on Hollolan kunta.")
    static let board = plan(Heading.area, "108",
        "Työllisyysalueelle perustetaan työllisyyslautakunta kuntalain 52 §:n mukaisesti.")
    static let boardList = plan(Heading.area, "110-112",
        "Hollolan kunnalla on lautakunnassa 3 jäsentä ja heillä henkilökohtaiset varajäsenet.")
    static let boardSeatRule = plan(Heading.area, "114",
        "Kullakin sopimuskunnalla on työllisyyslautakunnassa yksi jäsen ja yksi varajäsen jokaista alkavaa 10 000 asukasta kohti.")
    static let boardPopulationDate = plan(Heading.area, "114",
        "Jäsenmäärä per sopimuskunta määritetään valintapäätöstä edeltävän vuoden (31.12.) asukasluvun mukaan.")
    static let officialPowers = plan(Heading.area, "123",
        "5) viranomaiselle kuuluvan toimivallan käyttämisestä.")
    static let planStatus = plan(Heading.planTitle, "51",
        "Tässä järjestämissuunnitelmassa esitetyt asiat vastaavat valmistelutilannetta 25.9.2023.")
    static let planNotBinding = plan(Heading.planTitle, "54", "Suunnitelma ei ole sitova dokumentti")
    static let boardStart = plan(Heading.finances, "268",
        "Työllisyysalueen yhteisen toimielimen (työllisyyslautakunta) toiminta alkaa 1.9.2024, jotta palveluiden tuottamisen aloittaminen on sujuvaa 1.1.2025.")
    static let servicesStart = plan(Heading.introduction, "58",
        "Työvoima- ja elinkeinopalvelut siirtyvät valtiolta kunnille tai kuntien muodostamille yhteistoiminta-alueille vuoden 2025 alusta alkaen.")
    static let twoAuthorities = plan(Heading.introduction, "60",
        "Päijät-Hämeen maakuntaan on muodostumassa kaksi työvoimaviranomaista Päijät-Hämeen työllisyysalue sekä Lahden kaupunki.")
    static let lahtiOwnPart = plan(Heading.planTitle, "49",
        "Lahden kaupunki toimisi järjestämisvastuullisena omalta osaltaan")
    static let servicesForOtherParties = plan(Heading.twoAuthorities, "202",
        "Yhteistyön lisäksi työvoimaviranomaiset voivat tuottaa palveluja osapuolena oleville kunnille. Palveluiden tuottamisesta sovitaan tapauskohtaisesti erikseen.")
    static let transferToOtherAuthority = plan(Heading.partners, "534",
        "Päijät-Hämeen työllisyysalue voi siirtää sopimukseen perustuen tehtäviä toiselle työvoimaviranomaiselle.")
    static let loiValidity = letterOfIntent(Heading.loiValidity, "93",
        "Tämä Aiesopimus sitoo Osapuolia yhteistyön valmistelun ajan, kunnes varsinaiset työllisyysalueet on perustettu")

    // MARK: Finances and costs

    static let cooperationAgreementFinance = plan(Heading.finances, "268",
        "Yhteistoiminnan talous järjestetään yhteistoiminnasta määritellyn sopimuksen (liite 1) mukaisesti.")
    static let sharedBudgetCriteria = plan(Heading.finances, "268",
        "Työllisyysalueen taloudessa on pidetty lähtökohtana kuntien 1) laajan työttömyyden määrää, 2) 18–64-vuotiaiden asukasmäärän suhteessa sekä 3) vieraskielisten määrästä.")
    static let causerPays = plan(Heading.finances, "268",
        "Tämän lisäksi osa kustannuksista katetaan aiheuttamisperiaatteella, esimerkiksi palkkatuki ja starttiraha.")
    static let preparationCosts = plan(Heading.finances, "270",
        "Vuosina 2023–2024 aiheutuvat valmistelukustannukset on sovittu jaettavan kunnille asukasluvun suhteessa.")
    static let benefitPaymentsOutsideBudget = plan(Heading.finances, "274",
        "työttömyysturvamaksut ohjautuvat suoraan kuntiin eivätkä tule osaksi työllisyysalueen toimintaa eikä budjettia")
    static let minimumCostLevel = plan(Heading.finances, "247",
        "palveluiden + toimintamenojen + KEHAn osuus yhteenlaskettuna on 7,4 miljoonaa vuodelta 2019")
    static let keyFigures2022 = plan(Heading.finances, "253-266", "Lähde: Hämeen ELY-keskuksen tilastot 5/2023")
    static let stateShareTransferTotal = plan(Heading.finances, "264", "8 586 025")
    static let transferAndCompensationTotal = plan(Heading.transferAndCompensation, "236", "11 926 850")
    static let staffTransfer = plan(Heading.staff, "289", "siirtyvää henkilöstöä on arviolta 59")
    /// A row of the table of the TE office's person-years moving to the area, by function.
    static let businessAdviceWork = plan(Heading.personYears, "314", "Yritysneuvonta")
    static let premises = plan(Heading.servicePoints, "492",
        "Päijät-Hämeen työllisyysalueen TE-palvelut jalkautuvat palvelutarvelähtöisesti kuntiin, kuntien osoittamiin ja kustantamiin tiloihin.")
    static let memberOwnStaff = plan(Heading.staff, "335",
        "Kunnat tuottavat vaikuttavuutta oman kuntansa asiakkaille lisäämällä viranomaistyötä tekevää henkilöstöä.")
    static let clientSpecificCosts = annex(Heading.procurementAnnex, "9",
        "Asiakaskohtaisista kustannuksista vastaa työvoimaviranomainen, jonka toimialueella asiakkaan kotikunta sijaitsee.")
    static let planningCosts = annex(Heading.procurementAnnex, "9",
        "suunnittelun ja prosessin hallinnan kustannuksista vastuussa on hankintaa tekevä työvoimaviranomainen, ellei toisin sovita")
    static let jointProcurementCostSplit = annex(Heading.procurementAnnex, "5",
        "Yhteisten hankintojen osalta kustannusten jaosta sovitaan aina tapauskohtaisesti.")
    static let callTransferBilling = annex(Heading.employerPhone, "15",
        "Soitonsiirroista koituvat kustannukset Lahden kaupunki laskuttaa koontilaskumuotoisena Päijät-Hämeen työllisyysalueelta kerran vuodessa, joulukuun 15. päivään mennessä.")
    static let callTransferBillingAlternative = annex(Heading.employerPhone, "15",
        "Vaihtoehtoisesti laskutus tilikauden keston mukaisesti.")
    static let callTransferCostMonitoring = annex(Heading.employerPhone, "17",
        "Lahden kaupunki huolehtii soitonsiirroista johtuvien kustannusten seurannasta.")
    static let eventCosts = annex(Heading.eventCosts, "108",
        "Tapahtumien kulut sekä kulut yhteisen tapahtumabrändin luomisesta jaetaan työllisyysalueiden kesken sovitun jakoperusteen mukaisesti.")
    static let freeOfCharge = plan(Heading.production, "351",
        "Henkilöasiakkaille tarjottavat palvelut ovat yhteishankintakoulutuksia lukuun ottamatta maksuttomia.")

    // MARK: Service points and channels

    static let servicePoints = plan(Heading.servicePoints, "498",
        "Toimipisteitä on työllisyysalueella yhdeksän, joissa tarjotaan työllisyysalueen asiakkaille lähipalvelua ajanvarauksella.")
    static let preliminaryAddresses = plan(Heading.servicePoints, "500",
        "Alustavat Päijät-Hämeen työllisyysalueen toimipisteiden osoitteet:")
    static let hybridChannels = plan(Heading.servicePoints, "490",
        "kasvokkain tapahtuvat asiakastapaamiset, kuvallisen etäyhteyden välityksellä tapahtuvat kohtaamiset sekä puhelin- ja digipalvelut")
    static let mobileOrFixed = plan(Heading.servicePoints, "492",
        "Lähipalvelut toteutetaan joko liikkuvana palvelutorimallina tai kiinteissä tiloissa sopijakuntien omistamissa toimipisteissä.")
    static let localProcessMeetings = plan(Heading.servicePoints, "494",
        "Lähipalveluiksi jokaiseen kuntaan jalkautetaan laissa säädetyn prosessin mukaiset tapaamiset esimerkiksi alkuhaastattelu ja työnhakukeskustelut.")
    static let meetingsByNeed = plan(Heading.servicePoints, "494",
        "kasvokkaisia tapaamisia järjestetään asiakkaiden palvelutarpeiden ja tilanteiden mukaisesti")
    static let jointLocalMeetings = plan(Heading.servicePoints, "494",
        "monet monialaisiin palveluihin liittyvät tapaamiset tullaan järjestämään työvoimaviranomaisen, hyvinvointialueen ja Kelan yhteisinä lähitapaamisina")
    static let remoteServices = plan(Heading.servicePoints, "496",
        "panostetaan puhelimella ja videoyhteydellä saataviin etäpalveluihin sekä asiakkaan omatoimisesti käytettäviin verkkopalveluihin")
    static let website = plan(Heading.twoAuthorities, "196",
        "Verkkosivu tulee toimimaan kokoavana alustana maakunnan TE-palveluille niin henkilöasiakkaille, yritysasiakkaille kuin vieraskielisille asiakkaille.")
    static let adviceServices = plan(Heading.equalServices, "283",
        "Kokonaisvaltaiset, kattavat ja selkokieliset tieto-, neuvonta-, ja ohjauspalvelut (TNO)")
    static let nationalCustomerService = plan(Heading.partners, "524",
        "tuottaa keskitetysti työvoimapalveluiden kansallisen tason tieto-, neuvonta- ja ohjauspalveluita")

    // MARK: Production: what the area does itself, and what moved to it

    static let ownProduction = plan(Heading.production, "366",
        "tuotetaan alueella itse. Jäsenkuntien on mahdollista tukea viranomaistoimintaa omilla viranomaistyöntekijöillä")
    static let authorityUnderLead = plan(Heading.production, "366",
        "Päijät-Hämeen työllisyysalueella viranomaistyö toteutetaan vastuukunnan alaisuudessa ja lähipalvelut turvaten.")
    static let specialistTasks = plan(Heading.production, "368",
        "on tarkoitus toteuttaa tehokkaasti ja vaikuttavasti yhteistyössä maakunnallisesti")
    static let teams = plan(Heading.staff, "333",
        "Tavoitetilana valmistelussa on pidetty n. 150 asiakasta/asiantuntija.")
    static let multisectoralStaff = plan(Heading.staff, "333", "muun muassa työkykykoordinaattorit")
    static let employmentProcess = transferred("Työnhakijan lakisääteinen palveluprosessi (POMA)")
    static let careerGuidance = transferred("AmmatINVALINTA- ja uraohjaus sekä asiantuntija-arviot.")
    static let trialsTrainingSubsidies = transferred(
        "Työ- ja koulutuskokeilu, työvoimakoulutus (ml. kotoutumiskoulutus), omaehtoinen opiskelu, palkkatuki ja työllistämistuki")
    static let coaching = transferred("Valmennuspalvelut")
    static let decisionsAndStatements = transferred("Viranomaispäätökset ja -lausunnot (ml. työttömyysturva)")
    static let employmentObligation = transferred("Työllistämisvelvoite")
    static let expenseCompensation = transferred("Kulukorvaukset")
    static let youthOneStop = transferred("nuorten monialaisen tuen yhteisöpalvelu (Ohjaamon kaltainen)")
    static let multisectoralModel = transferred("Monialaisen tuen yhteisöimintamalli")
    static let activationPlan = transferred("Aktivointisuunnitelma")
    static let integrationServices = transferred("Kotoutumispalvelut")
    static let workAbilityCoordinator = transferred("Työkykykoordinaattorin palvelut")
    static let changeSecurityServices = transferred("Muutosturvapalvelut")
    static let euresForJobseekers = transferred("Eures-palvelu työnhakijoille")
    static let startupGrant = transferred("Starttiraha")
    static let workArrangementSubsidy = transferred("Työolosuhteiden järjestelytuki")
    static let jointPurchaseTrainings = transferred("Yhteishankintakoulutukset")
    static let placementHeading = plan(Heading.transferTable, "355", "Työnvälitys")
    static let adviceMovesToArea = plan(Heading.transferTable, "355", "Tieto-, neuvonta- ja ohjauspalvelut")
    static let transferTable = plan(Heading.transferTable, "353-356", "Mitä kuntiin siirtyy?")
    static let stateUnemploymentSecurity = transferred(
        "Työttömyysturvatehtävät (vaativat asiantuntijalausunnot) ja valtakunnallinen työttömyysturvaneuvonta")
    static let stateEures = transferred("KV-rekrytoinnin (Work In Finland) ja Euresin yliauelleiset ja valtakunnalliset tehtävät")
    static let stateStructuralChange = transferred("äkilliset rakennemuutokset")

    /// A line of the table «Mitä kuntiin siirtyy?»: the services moving to the area, and the state's column.
    private static func transferred(_ quote: String) -> Citation { plan(Heading.transferTable, "356", quote) }

    // MARK: Target groups

    static let youthServices = plan(Heading.targetGroups, "455-462", "Vastinparityöskentely alueen kunnissa")
    static let youthLowThreshold = plan(Heading.targetGroups, "462",
        "Kohderyhmälle kohdistettuja matalan kynnyksen ostopalveluita")
    static let immigrantServices = plan(Heading.targetGroups, "450-454",
        "Palveluiden toteuttaminen yhteistyössä Lahden kaupungin kanssa")
    static let weakerPositionRouting = plan(Heading.targetGroups, "433",
        "hänet ohjataan sen viranomaisen palveluihin, joihin asiakkaan tarpeet ensisijaisesti liittyvät")
    static let healthCheck = plan(Heading.targetGroups, "440", "Työttömien terveystarkastus")
    static let workAbilityCoordinators = plan(Heading.targetGroups, "441", "Työkyvykoordinaattoreiden hyödyntäminen")
    static let rehabilitationPath = plan(Heading.targetGroups, "442",
        "Yhdyspintatyöskentely hyvinvointialueen kanssa: asiakkaan palvelupolku (kuntouttava työtoiminnasta työkokeiluun)")
    static let educationTrials = plan(Heading.targetGroups, "446",
        "opinnollistaminen ja tutkintojen osien suorittaminen, koulutuskokeilut")
    static let currentStateExample = plan(Heading.workAbilityExample, "464", "Esimerkki nykytilasta")
    static let padasjokiModel = plan(Heading.workAbilityExample, "468",
        "Padasjoella tehdään työpajalla ja/tai kunnan muissa tapaukseen soveltuvissa yksiköissä työkykyarviointia työkokeilun avulla.")
    static let hollolaModel = plan(Heading.workAbilityExample, "472",
        "Padasjoen mallin mukaisesti tehdään työ- ja toimintakyvyn arviointia Hollolassa kunnan yksiköissä (Kunnontiimi).")
    static let unemployedNurse = plan(Heading.workAbilityExample, "472", "Päijät-Soten työttömien terveydenhoitajan")
    static let tyokanava = plan(Heading.partners, "554", "Näin ollen työvoimaviranomainen ohjaa asiakkaita Työkanavan palvelukseen")
    static let tyokanavaWithLahti = plan(Heading.partners, "556",
        "vastaavanlaista koordinaatorakennetta lähdetään rakentamaan yhteistyössä Lahden kaupungin työvoimaviranomaisen kanssa myös vuoteen 2025")
    static let wellbeingAreaRole = plan(Heading.partners, "542",
        "Hyvinvointialueella on keskeinen roolimonialaista palvelua tarvitsevien asiakkaiden palveluohjauksessa")
    static let kelaInJointService = plan(Heading.partners, "548",
        "Kela on myös osapuoli työllistymistä edistävässä monialaisessa yhteispalvelussa.")
    static let tymAgreement = annex(Heading.stakeholders, "118",
        "TYM-yhteistyö hyvinvointialueen ja Kelan kanssa on kuvattu tarkemmin maakunnan TYM-sopimuksessa.")
    static let activationMeetings = annex(Heading.stakeholders, "118",
        "Aktivointiyhteistyöhön liittyviin käytäntöihin on sovittu työvoimaviranomaisten yhteiset säännölliset tapaamiset (alustavasti keväälle 2025) sosiaalipalveluiden kanssa.")
    static let healthCheckReferrals = annex(Heading.stakeholders, "118",
        "Työvoimaviranomaiset neuvottelevat itse alueillaan työttömien terveystarkastuksiin liittyvistä asiakasohjauksista ja muista niihin liittyvistä käytännöistä.")
    static let educationProviders = plan(Heading.partners, "558",
        "Työvoimapalveluiden asiakkaita ohjataan työvoimakoulutuksiin sekä omaehtoiseen opiskeluun ja valmennuspalveluihin eri koulutuksenjärjestäjille sekä vapaan sivistystyön oppilaitoksiin.")

    // MARK: Integration

    static let integrationPilot = plan(Heading.twoAuthorities, "188",
        "Lahden seudun kuntakokeilussa palvelut ovat olleet keskitetysti Lahden kaupungilla.")
    static let integrationPilotAsBasis = plan(Heading.twoAuthorities, "188",
        "tämä tulee toimimaan pohjana myös työllisyysalueiden kesken sovittavalle kotoutumispalvelujen järjestämiselle ja tuottamiselle")
    static let integrationTrainingProcurement = plan(Heading.twoAuthorities, "188",
        "Yhteistyötä tullaan tekemään myös kotoutuskoulutusten hankkimisessa.")
    static let integrationWiderGroup = plan(Heading.immigration, "601",
        "Jatkossa kunta / työvoimaviranomainen tekee osaamisen ja kotoutumisen palvelutarpeen arvioinnin ja kotoutumissuunnitelman aiempaa laajemmalle kohderyhmälle")

    // MARK: Employers, business advice, change security, EURES

    static let employerServicesWithLahti = plan(Heading.twoAuthorities, "174",
        "on tarkoitus järjestää yhteistyössä ja tuottaa sovitusti yhdessä Lahden kaupungin kanssa")
    static let businessServiceProvincial = plan(Heading.twoAuthorities, "176",
        "Päijät-Häme tulee vahvistamaan TE-palveluihin sisältyvää yrityspalvelua maakunnan yhtenäisenä toimintona yhdessä alueen elinkeinoyhtiöiden (LADEC, ProAgria) kanssa.")
    static let oneStop = plan(Heading.twoAuthorities, "178",
        "Tavoitteena on, että yrittäjää palvellaan kuntarajoista riippumatta ns. yhden luukun periaatteella.")
    static let startupServices = plan(Heading.twoAuthorities, "180",
        "tullaan tarjoamaan yhteisesti järjestettyjä ja/tai hankittuja palveluja")
    static let companiesBusinessAdvice = plan(Heading.twoAuthorities, "180",
        "Olennaisena osana alkavien yrittäjien palvelukokonaisuutta on myös alueen elinkeinoyhtiöiden tarjoama yritysneuvonta")
    static let employerStaffLocal = plan(Heading.staff, "337",
        "Päijät-Hämeen työvoimaviranomaisen henkilöstö jalkautuu tuottamaan lähipalvelua työllisyysalueen kaikkiin kuntiin.")
    static let employerPartners = plan(Heading.staff, "337",
        "tuotetaan yhdessä Lahden kaupungin työvoimaviranomaisen ja maakunnan kehittämissyhtiöiden kanssa")
    static let jointEmployerTeam = plan(Heading.employerServices, "484",
        "tehdään verkostomaista yhteistyötä työnantajapalveluiden osalta yhteisen tiimin sisällä")
    static let employerPhone = annex(Heading.employerPhone, "15",
        "Lahden kaupunki hallinnoi yhteistä työnantajille suunnattua puhelinnumeroa, josta tarvittaessa soitonsiirrolla siirretään yhteydenotot Päijät-Hämeen työllisyysalueelle yrityksen sijaintikunnan perusteella.")
    static let employerSideSubsidies = transferred("Palkkatuki ja työllistämistuki")
    static let paySubsidyPolicies = annex(Heading.paySubsidyAnnex, "21",
        "Viranomaiset pyrkivät hakemaan maakunnan sisällä palkkatuen linjauksille yhteneväisyyttä.")
    static let paySubsidyEndorsement = annex(Heading.paySubsidyAnnex, "27",
        "jonka perusteella palkkatukea puolletaan työllistymissuunnitelmassa")
    static let startupGrantCriteria = annex(Heading.startupGrantAnnex, "33",
        "Työvoimaviranomaiset sopivat yhtenevät, yleiset starttirahan myöntämisperusteet Päijät-Hämeen maakunnan alueelle.")
    static let ladecOpinion = annex(Heading.startupGrantAnnex, "35",
        "Tarvittaessa pyydetään lausunto Lahden seudun kehitysyhtiön, Ladec Oy:n, asiantuntijoilta myöntämisperustepäätösten tueksi.")
    static let matchingDataAccess = annex(Heading.dataAccessAnnex, "43",
        "jotta voidaan tehdä tehokasta työnvälitystä ja kohtaantoa")
    static let ladecOwners = plan(Heading.partners, "569",
        "LADEC OY on Lahden, Hollolan, Asikkalan, Hartolan, Iitin, Orimattilan ja Padasjoen kuntien omistama elinkeinoyhtiö")
    static let proAgriaMunicipalities = plan(Heading.partners, "569",
        "ProAgria toimii Päijät-Hämeen alueella tällä hetkellä Heinolan, Kärkölän ja Sysmän kunnissa.")
    static let changeSecurityWithLahti = plan(Heading.twoAuthorities, "166",
        "Tämän lisäksi henkilöasiakaspalveluissa tehdään myös muutosturvan osalta tiivistä yhteistyötä.")
    static let changeSecurityCoordinators = plan(Heading.structuralChange, "690",
        "Päijät-Hämeen työllisyysalueen toimintamallin lähtökohtana on, että muutosturvaa koordinoi muutama henkilö.")
    static let changeSecurityFreeAdvice = plan(Heading.structuralChange, "688",
        "muutosturva-asiantuntijat tarjoavat myös jatkossa maksutonta ja puolueetonta neuvontaa")
    static let changeSecurityChatbot = plan(Heading.structuralChange, "688",
        "muutosturvabotin (ChatBot Tarmo) käyttö työmarkkinatori-sivuston kautta")
    static let elyStructuralChange = plan(Heading.partners, "530",
        "äkillisiin rakennemuutoksiin liittyviä koordinoititehtäviä")
    static let euresCooperation = plan(Heading.twoAuthorities, "166",
        "Yhteistyötä tehdään tarpeen mukaan myös erikoistuneissa tehtävissä, kuten EURES-työnvälityksessä ja kansainvälisen työvoiman houkuttelussa.")
    static let euresSharedCompetence = plan(Heading.sharedResources, "343",
        "kuten muutosturva, kansainvälisten osaajien rekrytointi ja EURES-neuvonta")

    // MARK: Procurement

    static let purchasedServices = plan(Heading.procurement, "374",
        "Työllisyysalue hankkii laissa työvoimapalvelujen järjestämisestä (2023/380) määriteltyjä työvoima- ja kotoutumiskoulutuksia, valmennuspalveluita, asiantuntija-arviointeja, muutosturvakoulutuksia sekä mahdollisia muita lain tarkoituksen mukaisia ostopalveluita.")
    static let procuringAuthorities = plan(Heading.procurement, "384",
        "osalta vastuutahoina toimivat Hollolan kunta Päijät-Hämeen työllisyysalueen puolesta sekä Lahden kaupunki")
    static let purchasingRingMembership = plan(Heading.procurement, "384",
        "kaikki Päijät-Hämeen kunnat kuuluvat Lahden kaupungin perustamaan dynaamisen hankintojen renkaaseen")
    static let outcomeBasedMiniCompetitions = plan(Heading.purchasingRing, "401",
        "luoda dynaaminen palveluntuottajarekisteri, jolle kohdennetaan tulosperusteisia minikilpailutuksia")
    static let purchasingRingScope = plan(Heading.purchasingRing, "401",
        "Kokonaisuuteen otetaan mukaan kaikki sellaiset hankinnat, jotka kasvattavat työllisyyttä, vähentävät työttömyyttä tai lisäävät työllistymistodennäköisyyksiä ja ovat taloudellisesti mallinnettavissa.")
    static let purchasingRingCategories = plan(Heading.purchasingRing, "403-407",
        "Palveluntuottajarekisteriin on tulossa vähintään kolme luokkaa:")
    static let jointProcurements = annex(Heading.procurementAnnex, "5",
        "Hankintojen suunnittelussa tehdään kuitenkin yhteistyötä ja tarkoituksenmukaisilta osin toteutetaan yhteisiä hankintoja.")
    static let procurementIndependent = annex(Heading.procurementAnnex, "5",
        "Molemmat työvoimaviranomaiset vastaavat pääosin itsenäisesti alueensa palvelutarpeiden mukaisista hankinnoista.")
    static let outcomeRegister = annex(Heading.procurementAnnex, "5",
        "Työvoimaviranomaiset voivat hyödyntää mm. maakunnan yhteistä dynaamista tulosperusteista hankintarekisteriä palveluhankintojen tekemisessä.")
    static let trainingsIndependent = annex(Heading.procurementAnnex, "7",
        "Molemmat työvoimaviranomaiset vastaavat itsenäisesti alueensa lisä- ja täydennyskoulutustarjonnasta sekä yhteishankintakoulutuksista ja näihin liittyvistä prosesseista.")
    static let crossAuthorityParticipants = annex(Heading.procurementAnnex, "7",
        "Koulutuksiin voidaan valita myös toisen työvoimaviranomaisen asiakkuudessa oleva henkilö. Tällöin koulutuksesta tulisi löytyä puolto asiakkaan työllistymissuunnitelmasta.")
    static let jointPurchaseTrainingInPlan = plan(Heading.production, "370",
        "Osana tätä yhteistyötä toteutetaan yhteishankintoina tehtävät työvoimakoulutukset.")

    // MARK: OKM VOS trainings

    static let vosJointBody = annex(Heading.vosJointBody, "55",
        "Työvoimaviranomaiset muodostavat yhteisen toimielimen, jossa suunnitellaan opetus- ja kulttuuriministeriön osoittaman VOS-rahalla toteutettavien koulutusten tarjontaa ja aikataulutusta.")
    static let vosJointBodyMembers = annex(Heading.vosJointBody, "57",
        "Yhteisessä toimielimessä on edustaja tai edustajia Päijät-Hämeen työllisyysalueelta, Lahden työllisyyspalveluilta sekä koulutuksia järjestävästä oppilaitoksesta.")
    static let vosSplit = annex(Heading.vosSplit, "67",
        "Päijät-Hämeen työllisyysalue ottaa hoitaakseen Salpauksen palvelualat ja Lahden työllisyysalue Salpauksen tekniikan alat")
    static let vosOtherProviders = annex(Heading.vosSplit, "78",
        "Muiden oppilaitosten VOS-koulutustarjonnasta ja niiden hallinnointivastuusta sovitaan operatiivisessa yhteistyöryhmässä tämän toimielimen esityksestä.")
    static let vosSelection = annex(Heading.studentSelection, "82",
        "Koulutuksen hakuprosessin ja koulutusvalinnat hoitaa se työvoimaviranomainen, joka vastaa kyseisen koulutuksen hallinnoinnista")
    static let selectionPriority = annex(Heading.studentSelection, "84",
        "painotetaan ensisijaisesti kouluttamattomia työnhakija-asiakkaita ja nopeasti työelämään siirtyviä hakijoita")
    static let selectionEquality = annex(Heading.studentSelection, "85",
        "käsittelee molempien työllisyysalueiden asiakkaita tasapuolisesti valintapäätöksiä tehdessään")
    static let selectionEndorsement = annex(Heading.studentSelection, "86",
        "Valittavalla hakijalla tulisi olla puolto työllistymissuunnitelmassa, jotta voi tulla valituksi koulutukseen.")
    static let statementsDuringTraining = annex(Heading.studentSelection, "88",
        "Kumpikin työvoimaviranomainen huolehtii koulutuksen aikana tehtävistä lausunnoista sovitun alakohtaisen jaon mukaisesti.")
    static let clientProcessDuringTraining = annex(Heading.studentSelection, "88",
        "huolehtii henkilöasiakkaan prosessista vastuussa oleva työvoimaviranomainen")
}
