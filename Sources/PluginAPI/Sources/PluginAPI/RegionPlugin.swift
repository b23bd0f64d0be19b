// RegionPlugin.swift — the protocol every employment-area plugin implements.

/// One employment area's rules: service routing, procurement models and cost rules.
///
/// Plugins are pure (docs/architecture.md §7): no I/O, no clock, no global mutable state. Everything a
/// rule needs arrives as an argument — the query (with its date) and the `RegionData` bound by
/// `configured(with:)`. That makes a plugin safe to call from many threads at once and makes its
/// answers reproducible.
///
/// Every answer cites its basis and says whether it is `explicit`, `inferred` or `default`.
/// A service the region has no rule for is a thrown `DecisionError.notOffered` with a reason,
/// never a silent default.
public protocol RegionPlugin: Sendable {
    /// The region's id, names, members, responsible municipality, dates and version.
    var declaration: RegionDeclaration { get }

    /// Returns the plugin bound to one generation of dated data. The daemon calls it at load and
    /// at every reload; throwing (e.g. `invalidData` for a missing parameter) fails the plugin's
    /// self-check and keeps the previous generation in service.
    func configured(with data: RegionData) throws(DecisionError) -> Self

    /// Who serves the client, where, how, and who pays.
    func route(_ query: RouteQuery) throws(DecisionError) -> RoutingDecision

    /// How the region procures the service.
    func procurement(_ query: ProcurementQuery) throws(DecisionError) -> ProcurementDecision

    /// Who pays for the service used by a resident of the municipality.
    func costResponsibility(_ query: CostQuery) throws(DecisionError) -> CostDecision

    /// The key that splits a shared cost pool between the members in a year.
    func allocationKey(_ query: AllocationKeyQuery) throws(DecisionError) -> AllocationKey

    /// The plan's figures and governance rules in force on `date`, each with its citation.
    func facts(on date: EffectiveDate) -> [RegionFact]
}
