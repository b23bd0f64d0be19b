// ServiceCatalog.swift — the pinned catalog of employment services every plugin answers for.

/// A service id: ASCII snake_case from the Finnish name (docs/architecture.md §5). The 35 catalog ids are
/// static members, so plugin rules read `case .palkkatuki:`. A plugin may answer additional,
/// area-specific ids, but must answer every catalog id with a decision or `not_offered`.
public struct ServiceID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
    public static func < (lhs: ServiceID, rhs: ServiceID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let tyollistymissuunnitelma = ServiceID(rawValue: "tyollistymissuunnitelma")
    public static let tyonhaunTuki = ServiceID(rawValue: "tyonhaun_tuki")
    public static let tyonhakuvalmennus = ServiceID(rawValue: "tyonhakuvalmennus")
    public static let uravalmennus = ServiceID(rawValue: "uravalmennus")
    public static let ammatinvalintaJaUraohjaus = ServiceID(rawValue: "ammatinvalinta_ja_uraohjaus")
    public static let tyokokeilu = ServiceID(rawValue: "tyokokeilu")
    public static let koulutuskokeilu = ServiceID(rawValue: "koulutuskokeilu")
    public static let palkkatuki = ServiceID(rawValue: "palkkatuki")
    public static let starttiraha = ServiceID(rawValue: "starttiraha")
    public static let tyoolosuhteidenJarjestelytuki = ServiceID(rawValue: "tyoolosuhteiden_jarjestelytuki")
    public static let tyovoimakoulutus = ServiceID(rawValue: "tyovoimakoulutus")
    public static let yhteishankintakoulutus = ServiceID(rawValue: "yhteishankintakoulutus")
    public static let omaehtoinenOpiskelu = ServiceID(rawValue: "omaehtoinen_opiskelu")
    public static let vosKoulutus = ServiceID(rawValue: "vos_koulutus")
    public static let kotoutumissuunnitelma = ServiceID(rawValue: "kotoutumissuunnitelma")
    public static let kotoutumiskoulutus = ServiceID(rawValue: "kotoutumiskoulutus")
    public static let monialainenPalvelu = ServiceID(rawValue: "monialainen_palvelu")
    public static let aktivointisuunnitelma = ServiceID(rawValue: "aktivointisuunnitelma")
    public static let kuntouttavaTyotoiminta = ServiceID(rawValue: "kuntouttava_tyotoiminta")
    public static let tyottomienTerveystarkastus = ServiceID(rawValue: "tyottomien_terveystarkastus")
    public static let tyokykyarvio = ServiceID(rawValue: "tyokykyarvio")
    public static let tyovoimapoliittinenLausunto = ServiceID(rawValue: "tyovoimapoliittinen_lausunto")
    public static let velvoitetyollistaminen = ServiceID(rawValue: "velvoitetyollistaminen")
    public static let tyonvalitys = ServiceID(rawValue: "tyonvalitys")
    public static let tyonantajapalvelut = ServiceID(rawValue: "tyonantajapalvelut")
    public static let tyonantajapuhelin = ServiceID(rawValue: "tyonantajapuhelin")
    public static let yritysneuvonta = ServiceID(rawValue: "yritysneuvonta")
    public static let muutosturva = ServiceID(rawValue: "muutosturva")
    public static let eures = ServiceID(rawValue: "eures")
    public static let nuortenPalvelut = ServiceID(rawValue: "nuorten_palvelut")
    public static let merityonvalitys = ServiceID(rawValue: "merityonvalitys")
    public static let erityisasiantuntijalausunto = ServiceID(rawValue: "erityisasiantuntijalausunto")
    public static let asiantuntijaArviointi = ServiceID(rawValue: "asiantuntija_arviointi")
    public static let kulukorvaus = ServiceID(rawValue: "kulukorvaus")
    public static let neuvonta = ServiceID(rawValue: "neuvonta")
}

/// A broad grouping of the catalog, for listings.
public enum ServiceCategory: String, Hashable, Sendable, Codable, CaseIterable {
    case jobseeker = "jobseeker_services"
    case competence = "competence_development"
    case subsidies = "subsidies_and_compensation"
    case integration = "integration"
    case workAbility = "work_ability_and_multisectoral"
    case statements = "statements"
    case employer = "employer_services"
    case entrepreneurship = "entrepreneurship"
    case international = "international"
    case advice = "information_and_advice"
}

/// One catalog entry as `services.list` returns it.
public struct ServiceEntry: Hashable, Sendable, Codable {
    public var id: ServiceID
    public var nameFi: String
    public var nameEn: String
    public var category: ServiceCategory

    public init(_ id: ServiceID, _ nameFi: String, _ nameEn: String, _ category: ServiceCategory) {
        self.id = id
        self.nameFi = nameFi
        self.nameEn = nameEn
        self.category = category
    }
}

/// The shared catalog (docs/architecture.md §5), in the pinned order.
public enum ServiceCatalog {
    public static let entries: [ServiceEntry] = [
        .init(.tyollistymissuunnitelma, "Työllistymissuunnitelma, alkuhaastattelu ja työnhakukeskustelut",
              "Employment plan, first interview and job-search conversations", .jobseeker),
        .init(.tyonhaunTuki, "Henkilökohtainen työnhaun tuki ja omavalmennus",
              "Personal job-search support and coaching by the client's own coach", .jobseeker),
        .init(.tyonhakuvalmennus, "Työnhakuvalmennus", "Job-search coaching (purchased course)", .jobseeker),
        .init(.uravalmennus, "Uravalmennus", "Career coaching", .jobseeker),
        .init(.ammatinvalintaJaUraohjaus, "Ammatinvalinta- ja uraohjaus",
              "Career guidance by psychologists", .jobseeker),
        .init(.tyokokeilu, "Työkokeilu", "Work trial", .jobseeker),
        .init(.koulutuskokeilu, "Koulutuskokeilu", "Training trial", .competence),
        .init(.palkkatuki, "Palkkatuki (päätös ja maksatus)", "Pay subsidy (decision and payment)", .subsidies),
        .init(.starttiraha, "Starttiraha (päätös ja maksatus)", "Start-up grant (decision and payment)", .entrepreneurship),
        .init(.tyoolosuhteidenJarjestelytuki, "Työolosuhteiden järjestelytuki", "Work-arrangement subsidy", .subsidies),
        .init(.tyovoimakoulutus, "Työvoimakoulutus", "Labour-market training (own procurement)", .competence),
        .init(.yhteishankintakoulutus, "Yhteishankintakoulutus", "Joint-purchase training with an employer", .competence),
        .init(.omaehtoinenOpiskelu, "Omaehtoinen opiskelu työttömyysetuudella",
              "Self-motivated study with unemployment benefit", .competence),
        .init(.vosKoulutus, "OKM:n VOS-rahoitteinen koulutus (valinta ja hallinnointi)",
              "Training funded by OKM VOS (selection and administration)", .competence),
        .init(.kotoutumissuunnitelma, "Kotoutumissuunnitelma ja osaamisen alkukartoitus",
              "Integration plan and initial assessment", .integration),
        .init(.kotoutumiskoulutus, "Kotoutumiskoulutus", "Integration training", .integration),
        .init(.monialainenPalvelu, "Monialainen yhteispalvelu (TYP)", "Multi-sectoral joint service", .workAbility),
        .init(.aktivointisuunnitelma, "Aktivointisuunnitelma", "Activation plan", .workAbility),
        .init(.kuntouttavaTyotoiminta, "Kuntouttava työtoiminta", "Rehabilitative work activity", .workAbility),
        .init(.tyottomienTerveystarkastus, "Työttömien terveystarkastus", "Health check for the unemployed", .workAbility),
        .init(.tyokykyarvio, "Työkyvyn arviointi ja työkykylausunnot",
              "Work-ability assessment and certificates", .workAbility),
        .init(.tyovoimapoliittinenLausunto, "Työvoimapoliittinen lausunto",
              "Labour-policy statement on unemployment benefit", .statements),
        .init(.velvoitetyollistaminen, "Velvoitetyöllistäminen",
              "Obligatory employment (municipal employment obligation)", .jobseeker),
        .init(.tyonvalitys, "Työnvälitys ja työpaikkojen välittäminen", "Job placement and vacancy brokering", .jobseeker),
        .init(.tyonantajapalvelut, "Työnantaja- ja rekrytointipalvelut", "Employer and recruitment services", .employer),
        .init(.tyonantajapuhelin, "Työnantajapuhelin", "The employers' phone service", .employer),
        .init(.yritysneuvonta, "Yritysneuvonta aloittaville yrittäjille",
              "Business advice for new entrepreneurs", .entrepreneurship),
        .init(.muutosturva, "Muutosturva", "Change security after redundancy", .employer),
        .init(.eures, "EURES ja kansainvälinen rekrytointi", "EURES and international recruitment", .international),
        .init(.nuortenPalvelut, "Nuorten palvelut (Ohjaamo)", "Youth services (Ohjaamo and the like)", .jobseeker),
        .init(.merityonvalitys, "Merityönvälitys", "Maritime job placement", .international),
        .init(.erityisasiantuntijalausunto, "Erityisasiantuntijoiden lausunnot", "Specialist expert statements", .statements),
        .init(.asiantuntijaArviointi, "Ostettavat asiantuntija-arvioinnit", "Purchased expert assessments", .workAbility),
        .init(.kulukorvaus, "Harkinnanvarainen kulukorvaus ja matka- ja yöpymiskustannusten korvaus",
              "Discretionary expense and travel compensation", .subsidies),
        .init(.neuvonta, "Yleinen neuvonta ja tiedotus", "General advice and information", .advice),
    ]

    private static let byID: [ServiceID: ServiceEntry] =
        Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) })

    /// The catalog entry for `id`, or nil when the id is not in the catalog.
    public static func entry(_ id: ServiceID) -> ServiceEntry? { byID[id] }

    /// All catalog ids in the pinned order.
    public static var ids: [ServiceID] { entries.map(\.id) }
}
