// Costs/BenefitFinancing.swift — the municipality's share of unemployment benefits from 1.1.2025,
// by benefit and by the cumulative payment day (työttömyysturvalaki 1290/2002 14:3 a–3 b §,
// laki 555/1998 4 §).

import Foundation
import PluginAPI

public enum UnemploymentBenefit: String, CaseIterable, Sendable {
    /// Labour-market subsidy (Kela).
    case tyomarkkinatuki
    /// Basic daily allowance (Kela).
    case peruspaivaraha
    /// Earnings-related allowance (unemployment fund): the share applies to its basic-allowance part.
    case ansiopaivaraha

    var statute: Citation {
        switch self {
        case .tyomarkkinatuki:
            return Citation(document: "Työttömyysturvalaki 1290/2002 (385/2023)", section: "14 luku 3 a § 1–2 mom",
                            quote: "50 prosenttia")
        case .peruspaivaraha:
            return Citation(document: "Työttömyysturvalaki 1290/2002 (385/2023)", section: "14 luku 3 b §")
        case .ansiopaivaraha:
            return Citation(document: "Laki työttömyysetuuksien rahoituksesta 555/1998 (387/2023)", section: "4 § 2 mom",
                            quote: "kustakin ansiopäivärahaan sisältyvästä peruspäivärahan määrästä")
        }
    }
}

/// `costs.benefitShare`'s answer.
public struct BenefitShare: Encodable, Sendable {
    public var benefit: String
    /// The cumulative payment day asked about (1 = the first day paid).
    public var day: Int
    /// The band the day falls in, e.g. `301-400`.
    public var band: String
    /// The municipality's share as a decimal fraction, e.g. `"0.3"`.
    public var municipalShare: String
    /// What the share is a share of.
    public var base: String
    public var amount: Money?
    public var municipalAmount: Money?
    public var basis: [Citation]
    public var status: DecisionStatus
    public var notes: [String]
}

public enum BenefitFinancing {
    /// Upper day of each band and the share in it; the last band is open-ended.
    static let bands: [(lastDay: Int?, percent: Int)] = [(100, 0), (200, 10), (300, 20), (400, 30), (700, 40), (nil, 50)]

    public static func share(_ benefit: UnemploymentBenefit, day: Int, amount: Decimal?) -> BenefitShare {
        var first = 1
        var chosen = (band: "", percent: 0)
        for (lastDay, percent) in bands {
            if let lastDay, day > lastDay {
                first = lastDay + 1
                continue
            }
            // Only työmarkkinatuki rises to 50 %; the daily allowances stop at 40 %.
            let capped = benefit == .tyomarkkinatuki ? percent : min(percent, 40)
            chosen = (lastDay.map { "\(first)-\($0)" } ?? "\(first)-", capped)
            break
        }
        let fraction = Decimal(chosen.percent) / 100
        var notes = [
            "The first 100 payment days are state-funded; the municipality that pays is the recipient's home municipality on the payment day (14:3 d § 3 mom).",
            "Days paid before 1.1.2025 count toward the day total, but not days before 1.1.2015 (385/2023 and 387/2023, entry-into-force provisions).",
        ]
        switch benefit {
        case .tyomarkkinatuki:
            notes.append("Days of earlier basic or earnings-related allowance count; työmarkkinatuki paid to integration clients is fully state-funded and its days do not count (14:3 a § 3–4 mom).")
        case .peruspaivaraha, .ansiopaivaraha:
            notes.append("The day count restarts when a new maximum period begins after the employment condition is met (14:3 b § last mom; 555/1998 4 § 6 mom).")
        }
        if benefit == .ansiopaivaraha {
            notes.append("Give as amount the basic-allowance part of the earnings-related allowance: the earnings part carries no municipal share. No share for lay-off days or extra days (555/1998 4 § 3 mom).")
        }
        let money = amount.map { LargestRemainder.rounded($0 * fraction, scale: 2, mode: .plain) }
        return BenefitShare(benefit: benefit.rawValue, day: day, band: chosen.band,
                            municipalShare: fraction.plainText,
                            base: benefit == .ansiopaivaraha ? "the basic-allowance part of the earnings-related allowance"
                                                             : "the whole benefit paid for the day",
                            amount: amount.map(Money.init), municipalAmount: money.map(Money.init),
                            basis: [benefit.statute], status: .explicit, notes: notes)
    }
}
