// Costs/Allocation.swift — costs.allocate's answer (docs/architecture.md §4): the key actually used and
// every member's share with its inputs, fraction and amount.

import Foundation
import PluginAPI

public struct Allocation: Encodable, Sendable {
    /// One statistic value a share rests on.
    public struct Input: Encodable, Sendable, Equatable {
        /// The statistic used; differs from the factor's name when a declared substitute stood in.
        public var statistic: String
        public var value: String
        public var referenceDate: EffectiveDate
        public var source: String
    }

    public struct Share: Encodable, Sendable {
        public var municipality: MunicipalityRef
        /// The municipality's part of the whole, to 12 decimals.
        public var fraction: String
        public var amount: Money
        /// Factor name → the value used.
        public var inputs: [String: Input]
    }

    public var region: String
    public var year: Int
    public var pool: String
    public var amount: Money
    /// The factors actually applied, with weights renormalised if a factor had to be left out.
    public var key: AllocationKeySummary
    public var shares: [Share]
    public var basis: [Citation]
    public var status: DecisionStatus
    public var notes: [LocalizedText]
    public var decisionId: String = ""
}
