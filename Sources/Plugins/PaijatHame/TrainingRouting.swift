// TrainingRouting.swift — which employment authority selects for a training: the Salpaus VOS field
// split and the other providers' table (annex 3), and Lahti's trainings open to the area's clients (annex 1).

import PluginAPI

struct TrainingRouting: Sendable {
    let parameters: Parameters

    func refined(_ part: RoutePart, for query: RouteQuery) throws(DecisionError) -> RoutePart {
        guard let training = query.training else { return part }
        switch query.service {
        case .vosKoulutus:
            guard let field = training.field else { return part }
            return try vosTraining(field: field, provider: training.provider, on: query.date)
        case .tyovoimakoulutus:
            guard let provider = training.provider, Lahti.isNamed(provider) else { return part }
            return lahtiTraining
        default:
            return part
        }
    }

    /// Who administers `field` of `provider`: the Salpaus table, else the configurable table for the
    /// other institutions, which the operational cooperation group fills in (annex 3 line 78).
    private func vosTraining(field: String, provider: String?, on date: EffectiveDate) throws(DecisionError) -> RoutePart {
        guard let provider, !SalpausVOSFields.isSalpaus(provider) else {
            guard let salpausField = SalpausVOSFields.field(named: field) else {
                throw .invalidParameter("'\(field)' is not a field of Salpaus's VOS trainings; annex 3 lists: \(SalpausVOSFields.fields.map(\.name).joined(separator: ", "))")
            }
            let assumed: [LocalizedText] = provider == nil ? ["No provider was given; the field is one of Koulutuskeskus Salpaus's VOS fields, so Salpaus is assumed."] : []
            return administered(by: salpausField.administrator, field: salpausField.name, provider: Parties.salpaus,
                                basis: [Passage.vosSplit, salpausField.basis], status: provider == nil ? .inferred : .explicit,
                                notes: assumed)
        }
        let split = try parameters.read(ParameterSpecs.vosOtherProviders, on: date)
        let party = Party(name: provider)
        if let administrator = split.value.administrator(provider: provider, field: field) {
            return administered(by: administrator, field: field, provider: party, basis: [Passage.vosOtherProviders],
                                status: split.status, notes: [split.note])
        }
        return administered(by: split.value.unassigned, field: field, provider: party, basis: [Passage.vosOtherProviders],
                            status: split.status.weakest(.default),
                            notes: ["The operational cooperation group has not assigned \(provider)'s field \(field) to either authority (annex 3 line 78); until it does, the parameter's fallback applies.", split.note])
    }

    private func administered(by administrator: VOSAdministrator, field: String, provider: Party, basis: [Citation],
                              status: DecisionStatus, notes: [LocalizedText]) -> RoutePart {
        let selection = [Passage.vosJointBody, Passage.vosSelection, Passage.selectionEquality, Passage.selectionEndorsement,
                         Passage.statementsDuringTraining]
        switch administrator {
        case .area:
            return RoutePart(delivery: .educationProvider, provider: provider, caseOwner: CaseOwner.areaExpert, channels: [.inPerson],
                             basis: basis + selection, status: status,
                             notes: notes + ["\(field) at \(provider.name) is administered by the area: it runs the application, selects the students and writes the statements during the training; clients of both authorities are treated equally and should have an endorsement in the employment plan (annex 3)."])
        case .lahti:
            return RoutePart(delivery: .otherAuthority,
                             provider: Party(name: "\(Lahti.name): haku, opiskelijavalinta ja koulutuksen aikaiset lausunnot",
                                             municipality: Lahti.municipality),
                             caseOwner: "\(CaseOwner.areaExpert) (asiakkaan oma prosessi)", channels: [.inPerson],
                             basis: basis + selection + [Passage.clientProcessDuringTraining, Passage.clientSpecificCosts], status: status,
                             notes: notes + ["\(field) at \(provider.name) is administered by Lahti: Lahti runs the application, selects the students and writes the statements during the training, treating the area's clients equally; the applicant should have an endorsement in the employment plan (annex 3).",
                                             "The area keeps the client's own process, e.g. hearings on absences and tripartite meetings on study progress (annex 3 line 88); client-specific costs stay with the area as the client's home authority (annex 1 line 9)."])
        }
    }

    /// A labour-market training Lahti procures, open to the area's clients (annex 1 line 7).
    private var lahtiTraining: RoutePart {
        RoutePart(delivery: .otherAuthority, provider: Lahti.party, caseOwner: CaseOwner.areaExpert, channels: [.inPerson],
                  basis: [Passage.trainingsIndependent, Passage.crossAuthorityParticipants, Passage.clientSpecificCosts,
                          Passage.planningCosts],
                  status: .explicit,
                  notes: ["A labour-market training of Lahti: Lahti procures and runs it and may select the area's client when the training is endorsed in the client's employment plan (annex 1 line 7).",
                          "Client-specific costs stay with the area as the client's home authority; Lahti bears the planning and process costs of its procurement unless agreed otherwise (annex 1 line 9)."])
    }
}
