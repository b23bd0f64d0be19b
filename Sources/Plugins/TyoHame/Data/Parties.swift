// Data/Parties.swift — the organisations the plan names as providers and partners.

import PluginAPI

/// Names as the plan writes them; no addresses or contacts, since the plan gives none.
enum Parties {
    static let tyoHame = Party(name: "TyöHäme (vastuukunta Hämeenlinnan kaupunki)", municipality: Membership.hameenlinna)
    static let companyTeam = Party(name: "TyöHäme, yritystiimi", municipality: Membership.hameenlinna)
    static let purchasedProvider = Party(name: "Palveluntuottaja (TyöHämeen hankkima ostopalvelu)")
    static let wellbeingCounty = Party(name: "Kanta-Hämeen hyvinvointialue")
    static let kela = Party(name: "Kansaneläkelaitos (Kela)")
    static let keha = Party(name: "KEHA-keskus ja valtion kansainväliset rekrytointipalvelut")
    static let ely = Party(name: "ELY-keskus")
    static let etelaHame = Party(name: "Etelä-Hämeen työllisyyspalvelualue")
    static let entrepreneurOrganisations = Party(name: "Yrittäjäjärjestöt")
    static let lahtiRegion = Party(name: "Lahden seudun kunnat")
    static let educationProviders = Party(name: "Alueen koulutuksen järjestäjät (mm. Hämeen ammattikorkeakoulu ja toisen asteen oppilaitokset)")
    static let developmentCompanies = Party(name: "Kuntien elinkeinoyhtiöt ja elinvoimapalvelut")
    static let ohjaamo = Party(name: "Ohjaamo (kuntien toimintaympäristö alle 30-vuotiaille)")
    static let tymPartners = Party(name: "TyöHäme, Kanta-Hämeen hyvinvointialue ja Kela (monialaisen tuen yhteistoimintamalli)")
    static let countyCooperation = Party(name: "TyöHäme ja Kanta-Hämeen hyvinvointialue")
    static let startUpAdvice = Party(name: "TyöHäme yhdessä kuntien elinkeinoyhtiöiden ja elinvoimapalveluiden kanssa")
    static let internationalRecruitment = Party(name: "TyöHäme yhdessä KEHA-keskuksen ja valtion kansainvälisten rekrytointipalveluiden kanssa")
}
