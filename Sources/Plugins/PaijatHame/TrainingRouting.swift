// TrainingRouting.swift — which employment authority selects for a training: the Salpaus VOS field
// split and the other providers' table (annex 3), and Lahti's trainings open to the area's clients (annex 1).

import PluginAPI

struct TrainingRouting {
    let rules: Rules

    func refined(_ rule: ServiceRule, for query: RouteQuery) throws(DecisionError) -> ServiceRule {
        guard let training = query.training else { return rule }
        var refined = rule
        switch query.service {
        case .vosKoulutus:
            guard let field = training.field else { return rule }
            refined.route = try vosTraining(field: field, provider: training.provider)
        case .tyovoimakoulutus:
            guard let provider = training.provider, Lahti.isNamed(provider) else { return rule }
            refined.route = lahtiTrainingRoute
            refined.cost = lahtiTrainingCost
        default:
            return rule
        }
        return refined
    }

    /// Who administers `field` of `provider`: the Salpaus table, else the configurable table for the
    /// other institutions, which the operational cooperation group fills in (annex 3 line 78).
    private func vosTraining(field: String, provider: String?) throws(DecisionError) -> RouteFacts {
        guard let provider, !SalpausVOSFields.isSalpaus(provider) else {
            guard let salpausField = SalpausVOSFields.field(named: field) else {
                let fields = SalpausVOSFields.fields.map(\.name).joined(separator: ", ")
                throw .invalidParameter(LocalizedText(
                    fi: "'\(field)' ei ole Salpauksen VOS-koulutusten ala; liite 3 luettelee: \(fields)",
                    en: "'\(field)' is not a field of Salpaus's VOS trainings; annex 3 lists: \(fields)"))
            }
            let assumed = provider == nil ? [LocalizedText(
                fi: "Päätelty: koulutuksen järjestäjää ei annettu; ala on Koulutuskeskus Salpauksen VOS-ala, joten järjestäjäksi oletetaan Salpaus.",
                en: "Inferred: no provider was given; the field is one of Koulutuskeskus Salpaus's VOS fields, so Salpaus is assumed.")] : []
            return administered(by: salpausField.administrator, field: salpausField.name, provider: Parties.salpaus,
                                Grounds([Passage.vosSplit, salpausField.basis], provider == nil ? .inferred : .explicit, notes: assumed))
        }
        let split = rules.settings.vosOtherProviders
        let party = Party(name: provider)
        if let administrator = split.value.administrator(provider: provider, field: field) {
            return administered(by: administrator, field: field, provider: party, Grounds(split, basis: [Passage.vosOtherProviders]))
        }
        return administered(by: split.value.unassigned, field: field, provider: party,
                            Grounds(split, basis: [Passage.vosOtherProviders]).adding([], .default, notes: [LocalizedText(
                                fi: "Operatiivinen yhteistyöryhmä ei ole osoittanut järjestäjän \(provider) alaa \(field) kummallekaan "
                                    + "viranomaiselle (liite 3, r. 78); siihen asti sovelletaan parametrin oletusta.",
                                en: "The operational cooperation group has not assigned \(provider)'s field \(field) to either "
                                    + "authority (annex 3 L78); until it does, the parameter's fallback applies.")]))
    }

    private func administered(by administrator: VOSAdministrator, field: String, provider: Party, _ grounds: Grounds) -> RouteFacts {
        let selection = [Passage.vosJointBody, Passage.vosSelection, Passage.selectionEquality, Passage.selectionEndorsement,
                         Passage.statementsDuringTraining, Passage.clientProcessDuringTraining]
        switch administrator {
        case .area:
            return RouteFacts(
                delivery: .educationProvider, provider: provider, caseOwner: CaseOwner.clientsOwnAuthority,
                grounds: grounds.adding(selection, notes: [LocalizedText(
                    fi: "Alaa \(field) (\(provider.name)) hallinnoi alue: se hoitaa haun, valitsee opiskelijat ja antaa koulutuksen aikaiset "
                        + "lausunnot; kummankin alueen asiakkaita kohdellaan tasapuolisesti, ja hakijalla tulisi olla puolto "
                        + "työllistymissuunnitelmassa (liite 3, r. 82–88).",
                    en: "\(field) at \(provider.name) is administered by the area: it runs the application, selects the students and "
                        + "writes the statements during the training; clients of both authorities are treated equally and should have "
                        + "an endorsement in the employment plan (annex 3 L82-88).")]))
        case .lahti:
            return RouteFacts(
                delivery: .otherAuthority,
                provider: Party(name: "\(Lahti.name): haku, opiskelijavalinta ja koulutuksen aikaiset lausunnot", municipality: Lahti.municipality),
                caseOwner: CaseOwner.clientsOwnAuthority,
                grounds: grounds.adding(selection, notes: [LocalizedText(
                    fi: "Alaa \(field) (\(provider.name)) hallinnoi Lahti: se hoitaa haun, valitsee opiskelijat ja antaa koulutuksen aikaiset "
                        + "lausunnot kohdellen alueen asiakkaita tasapuolisesti; hakijalla tulisi olla puolto työllistymissuunnitelmassa "
                        + "(liite 3, r. 82–88). Asiakkaan oma prosessi, kuten poissaolojen kuulemiset ja kolmikantapalaverit, jää alueelle "
                        + "(r. 88).",
                    en: "\(field) at \(provider.name) is administered by Lahti: Lahti runs the application, selects the students and "
                        + "writes the statements during the training, treating the area's clients equally; the applicant should have an "
                        + "endorsement in the employment plan (annex 3 L82-88). The client's own process, e.g. hearings on absences and "
                        + "tripartite meetings, stays with the area (L88).")]))
        }
    }

    /// A labour-market training Lahti procures, open to the area's client, who stays the area's (annex 1 line 7).
    private var lahtiTrainingRoute: RouteFacts {
        RouteFacts(delivery: .otherAuthority, provider: Lahti.party, caseOwner: CaseOwner.clientsOwnAuthority,
                   grounds: Grounds([Passage.trainingsIndependent, Passage.crossAuthorityParticipants], notes: [LocalizedText(
                       fi: "Lahden työvoimakoulutus: Lahti hankkii ja järjestää sen ja voi valita siihen alueen asiakkaan, kun koulutukselle "
                           + "on puolto asiakkaan työllistymissuunnitelmassa; asiakas pysyy alueen asiakkuudessa (liite 1, r. 7).",
                       en: "A labour-market training of Lahti: Lahti procures and runs it and may select the area's client when the "
                           + "training is endorsed in the client's employment plan; the client stays the area's (annex 1 L7).")]))
    }

    /// The area's client in Lahti's training: the client-specific costs stay with the area (annex 1 line 9),
    /// paid from its budget; Lahti bears the planning and process costs of its own procurement.
    private var lahtiTrainingCost: CostTerms {
        rules.sharedBudget.adding([Passage.clientSpecificCosts, Passage.planningCosts], reading: LocalizedText(
            fi: "Asiakaskohtaiset kustannukset kuuluvat alueelle asiakkaan kotikunnan työvoimaviranomaisena; Lahti vastaa "
                + "hankintansa suunnittelun ja prosessin hallinnan kustannuksista, ellei toisin sovita (liite 1, r. 9).",
            en: "Client-specific costs stay with the area as the client's home authority; Lahti bears the planning and process costs "
                + "of its procurement unless agreed otherwise (annex 1 L9)."))
    }
}
