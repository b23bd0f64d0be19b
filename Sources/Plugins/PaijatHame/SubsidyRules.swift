// SubsidyRules.swift — the rules of the subsidies and compensations the area decides: pay subsidy and
// start-up grant (causer pays, plan line 268), the work-arrangement subsidy, and expense compensation
// (funded as the law says).

import PluginAPI

extension Rules {
    /// Pay subsidy: moves to the area (plan line 356); where its decisions are made the documents do not say.
    func paySubsidy() -> ServiceRule {
        ServiceRule(
            route: Routes.area(Grounds([Passage.trialsTrainingSubsidies, Passage.employerSideSubsidies, Passage.authorityUnderLead,
                                        Passage.paySubsidyPolicies, Passage.paySubsidyEndorsement, Passage.employerStaffLocal],
                                       .inferred, notes: [
                LocalizedText(
                    fi: "Päätelty: palkkatuki siirtyy alueelle sekä henkilö- että työnantajapalveluna (suunnitelma r. 356), ja "
                        + "viranomaistyö tehdään vastuukunta Hollolan alaisuudessa (r. 366). Asiakirjat eivät kerro, missä "
                        + "palkkatukipäätökset tehdään, joten keskitetty toimitus on päätelty.",
                    en: "Inferred: pay subsidy moves to the area as both a person-client and an employer service (plan L356), and "
                        + "authority work is done under Hollola (L366). The documents do not say where pay-subsidy decisions are made, "
                        + "so the centralised delivery is inferred."),
                LocalizedText(
                    fi: "Maakunnan kaksi työvoimaviranomaista hakevat yhteneväisiä palkkatukilinjauksia: tuen kohdentaminen, tuetun "
                        + "työsuhteen kesto ja osaamisvajeet, joiden perusteella palkkatukea puolletaan työllistymissuunnitelmassa "
                        + "(liite 2, r. 21–27). Työnantajia kohtaa alueen henkilöstö, joka jalkautuu kaikkiin jäsenkuntiin (suunnitelma r. 337).",
                    en: "The province's two authorities aim at common pay-subsidy policies: targeting, the duration of subsidised "
                        + "employment, and the skills gaps that justify endorsing pay subsidy in the employment plan (annex 2 L21-27). "
                        + "Employers are met by the area's staff, who go out to every member municipality (plan L337)."),
            ])),
            procurement: Procurement.grant,
            cost: Costs.causerPays)
    }

    /// Start-up grant: moves to the area; the granting criteria are common to the province (annex 2 line 33).
    func startupGrant() -> ServiceRule {
        ServiceRule(
            route: Routes.area(Grounds([Passage.startupGrant, Passage.authorityUnderLead, Passage.startupGrantCriteria, Passage.ladecOpinion],
                                       .inferred, notes: [
                LocalizedText(
                    fi: "Päätelty: starttiraha siirtyy alueelle alkavan yrityksen palveluna (suunnitelma r. 356) ja päätetään vastuukunta "
                        + "Hollolan alaisuudessa (r. 366); missä päätökset tehdään, asiakirjat eivät kerro.",
                    en: "Inferred: the start-up grant moves to the area as a service for starting businesses (plan L356) and is decided "
                        + "under Hollola (L366); the documents do not say where the decisions are made."),
                LocalizedText(
                    fi: "Myöntämisperusteet ovat maakunnassa yhteiset ja sovitaan Lahden kanssa; tarvittaessa pyydetään lausunto "
                        + "LADEC Oy:n asiantuntijoilta (liite 2, r. 33–35).",
                    en: "The granting criteria are common to the province and agreed with Lahti; when needed an opinion is asked from "
                        + "LADEC Oy's experts (annex 2 L33-35)."),
            ])),
            procurement: Procurement.grant,
            cost: Costs.causerPays)
    }

    /// Work-arrangement subsidy: moves to the area with the employer services (plan line 356).
    func workArrangementSubsidy() -> ServiceRule {
        ServiceRule(
            route: Routes.area(Grounds([Passage.workArrangementSubsidy, Passage.authorityUnderLead, Passage.employerStaffLocal],
                                       .inferred, notes: [LocalizedText(
                fi: "Päätelty: työolosuhteiden järjestelytuki siirtyy alueelle työnantajapalveluna (suunnitelma r. 356) ja päätetään "
                    + "vastuukunta Hollolan alaisuudessa (r. 366); alueen henkilöstö jalkautuu kaikkiin jäsenkuntiin (r. 337).",
                en: "Inferred: the work-arrangement subsidy moves to the area as an employer service (plan L356) and is decided under "
                    + "Hollola (L366); the area's staff go out to every member municipality (L337).")])),
            procurement: Procurement.grant,
            cost: ownServiceCost(.tyoolosuhteidenJarjestelytuki))
    }

    /// Expense compensation: the area decides it (plan line 356); who funds it is national law (the statutory layer).
    func expenseCompensation() throws(DecisionError) -> ServiceRule {
        let cost = try settings.statutoryCost(.kulukorvaus).adding([Passage.clientSpecificCosts], reading: LocalizedText(
            fi: "Kun korvauksen maksaa työvoimaviranomainen, asiakaskohtaisista kustannuksista vastaa asiakkaan kotikunnan "
                + "työvoimaviranomainen myös silloin, kun palvelun järjestää Lahti (liite 1, r. 9).",
            en: "Where an employment authority pays the compensation, client-specific costs fall on the client's home authority, "
                + "also when Lahti runs the service (annex 1 L9)."))
        return ServiceRule(
            route: Routes.area(Grounds([Passage.expenseCompensation, Passage.authorityUnderLead], .inferred, notes: [LocalizedText(
                fi: "Päätelty: kulukorvaukset siirtyvät alueelle (suunnitelma r. 356), ja alue päättää niistä vastuukunta Hollolan "
                    + "alaisuudessa (r. 366); korvauksen rahoitus on lain (ks. kustannus).",
                en: "Inferred: expense compensation moves to the area (plan L356), which decides it under Hollola (L366); how it is "
                    + "funded is national law (see the cost).")])),
            procurement: Procurement.grant,
            cost: cost)
    }
}
