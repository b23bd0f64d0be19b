// Costs/Allocation.swift — costs.allocate's answer (docs/architecture.md §4, §10.2): the key actually
// used, every member's share with its inputs, which figures of which date it rests on, what stood
// in for missing figures, and — for the statutory key — each member's calculated cost in euros.

import Foundation
import PluginAPI

public struct Allocation: Encodable, Sendable {
    /// One figure a share rests on.
    public struct Input: Encodable, Sendable, Equatable {
        /// The statistic used; differs from the factor's name when a declared substitute stood in.
        public var statistic: String
        public var value: String
        public var referenceDate: EffectiveDate
        public var source: String
        public var quality: DataQuality
    }

    /// One part of a member's calculated cost: unit price × figure.
    public struct CostPart: Encodable, Sendable, Equatable {
        public var statistic: String
        public var figure: String
        public var referenceDate: EffectiveDate
        public var unitPrice: Money
        public var amount: Money
    }

    /// The member's calculated cost for the state share (Laki 618/2021 6 § 3 mom, 7 § 2 mom).
    public struct CalculatedCost: Encodable, Sendable, Equatable {
        public var amount: Money
        public var parts: [CostPart]
    }

    public struct Share: Encodable, Sendable {
        public var municipality: MunicipalityRef
        /// The municipality's part of the whole, to 12 decimals.
        public var fraction: String
        public var amount: Money
        /// Factor name → the value used.
        public var inputs: [String: Input]
        public var calculatedCost: CalculatedCost?
    }

    /// A figure that stood in for a missing one (ARCHITECTURE §10.2 `substitutions`).
    public struct Substitution: Encodable, Sendable, Equatable {
        public var statistic: String
        /// The statistic used instead (the same one when older figures stood in for some members).
        public var by: String
        public var reason: String
        /// For older figures: the members that had them and their dates, e.g. «Lahti 2022-12-31».
        public var municipalities: [String]?

        public init(statistic: String, by: String, reason: String, municipalities: [String]?) {
            self.statistic = statistic
            self.by = by
            self.reason = reason
            self.municipalities = municipalities
        }
    }

    /// Which year's figures the rule asks for, and where older ones had to do.
    public struct DataYear: Encodable, Sendable, Equatable {
        public struct Fallback: Encodable, Sendable, Equatable {
            public var statistic: String
            /// The year the figures used are from (older than `year`).
            public var usedYear: Int

            public init(statistic: String, usedYear: Int) {
                self.statistic = statistic
                self.usedYear = usedYear
            }
        }

        /// `statutory_t_minus_2`, `newest_up_to_year` or `plan_table`.
        public var rule: String
        /// The year whose figures the rule asks for.
        public var year: Int
        /// Statistics whose newest figures are older than `year`: the answer uses them and says so.
        public var fallbacks: [Fallback]

        public init(rule: String, year: Int, fallbacks: [Fallback]) {
            self.rule = rule
            self.year = year
            self.fallbacks = fallbacks
        }
    }

    /// The unit prices behind `calculatedCost`.
    public struct UnitPrices: Encodable, Sendable, Equatable {
        public var from: EffectiveDate
        public var prices: [UnitPrice]
        public var basis: [Citation]
    }

    public var region: String
    public var year: Int
    public var pool: String
    public var amount: Money
    public var key: AllocationKeySummary
    public var shares: [Share]
    /// Statistic → the reference date of the figures used.
    public var dataDates: [String: EffectiveDate]
    public var substitutions: [Substitution]
    public var dataYear: DataYear
    public var unitPrices: UnitPrices?
    public var basis: [Citation]
    public var status: DecisionStatus
    public var notes: [LocalizedText]
    public var decisionId: String = ""
}
