// ProcurementDecision.swift — how a region procures a service.

/// Procurement models (docs/architecture.md §4, pinned values).
public enum ProcurementModel: String, Hashable, Sendable, Codable, CaseIterable {
    case ownProduction = "own_production"
    case dynamicPurchasingSystem = "dynamic_purchasing_system"
    case frameworkAgreement = "framework_agreement"
    case miniCompetition = "mini_competition"
    case outcomeBased = "outcome_based"
    case jointProcurement = "joint_procurement"
    case smallProcurement = "small_procurement"
    case innovationOrPilot = "innovation_or_pilot"
    case grant
    case nationalProcurement = "national_procurement"
    case purchasedFromOtherAuthority = "purchased_from_other_authority"
    case other
}

/// The procurement-specific part of a `ProcurementDecision`.
public struct ProcurementOutcome: Hashable, Sendable, Codable {
    public var model: ProcurementModel
    public var procuringAuthority: Party
    public var partners: [Party]
    /// e.g. the service baskets or outcome categories a procurement belongs to.
    public var categories: [String]

    public init(model: ProcurementModel, procuringAuthority: Party, partners: [Party] = [], categories: [String] = []) {
        self.model = model
        self.procuringAuthority = procuringAuthority
        self.partners = partners
        self.categories = categories
    }
}

/// `procurement.get`'s answer.
public typealias ProcurementDecision = Decision<ProcurementOutcome>
