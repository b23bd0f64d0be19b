// Costs/BenefitFinancing.swift — the municipality's share of unemployment benefits from 1.1.2025,
// by benefit and by the cumulative payment day. The bands, their statutes and the quoted words of
// each band are national law, read from config/data/national/benefit-shares.json
// (työttömyysturvalaki 1290/2002 14:3 a–3 b §, laki 555/1998 4 §, as amended by 385/2023 and 387/2023).

import Foundation
import PluginAPI

/// One band of cumulative payment days and the municipal share in it, with the statute's words.
public struct BenefitShareBand: Decodable, Sendable {
    public var firstDay: Int
    /// nil for the open-ended last band.
    public var lastDay: Int?
    /// The share as a decimal fraction, e.g. `"0.3"`.
    public var share: Decimal
    public var section: String
    /// The statute's words for this band (with the statute's own elisions), when quoted.
    public var quote: String?

    private enum CodingKeys: String, CodingKey { case firstDay, lastDay, share, section, quote }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        firstDay = try container.decode(Int.self, forKey: .firstDay)
        lastDay = try container.decodeIfPresent(Int.self, forKey: .lastDay)
        let text = try container.decode(String.self, forKey: .share)
        guard let share = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")), share >= 0, share <= 1 else {
            throw DecodingError.dataCorruptedError(forKey: .share, in: container, debugDescription: "'\(text)' is not a share between 0 and 1")
        }
        self.share = share
        section = try container.decode(String.self, forKey: .section)
        quote = try container.decodeIfPresent(String.self, forKey: .quote)
    }

    /// `101-200`, or `701-` for the last band.
    var label: String { lastDay.map { "\(firstDay)-\($0)" } ?? "\(firstDay)-" }
}

/// One benefit's rule: the statute, what the share is a share of, the bands and notes.
public struct BenefitShareRule: Decodable, Sendable {
    public var benefit: String
    public var document: String
    public var base: LocalizedText
    /// The statute's words on the base, when it defines one (the earnings-related allowance).
    public var baseQuote: String?
    public var bands: [BenefitShareBand]
    public var notes: [LocalizedText]
}

/// `benefit-shares.json`: the rules of every benefit and the notes common to all.
public struct BenefitShareTable: Decodable, Sendable {
    public var inForce: InForce
    public var notes: [LocalizedText]
    public var benefits: [BenefitShareRule]

    public func rule(_ benefit: String) -> BenefitShareRule? { benefits.first { $0.benefit == benefit } }

    /// What is wrong with the bands, if anything: each benefit's bands start at day 1, follow each
    /// other without gaps and only the last is open-ended.
    var problem: String? {
        for rule in benefits {
            var next = 1
            for (index, band) in rule.bands.enumerated() {
                guard band.firstDay == next else { return "\(rule.benefit): band \(band.label) should start at day \(next)" }
                let isLast = index == rule.bands.count - 1
                guard let last = band.lastDay else {
                    if isLast { break }
                    return "\(rule.benefit): only the last band may be open-ended"
                }
                guard !isLast else { return "\(rule.benefit): the last band must be open-ended" }
                next = last + 1
            }
        }
        return nil
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
    public var base: LocalizedText
    public var amount: Money?
    public var municipalAmount: Money?
    /// The section of the band that was applied, quoting its own words.
    public var basis: [Citation]
    public var status: DecisionStatus
    public var notes: [LocalizedText]
}

extension BenefitShareTable {
    /// The share of `benefit` on cumulative payment day `day`, and of `amount` when given; nil for
    /// a benefit the table does not know.
    public func share(_ benefit: String, day: Int, amount: Decimal?) -> BenefitShare? {
        guard let rule = rule(benefit),
              let band = rule.bands.first(where: { day >= $0.firstDay && $0.lastDay.map { day <= $0 } ?? true }) else { return nil }
        var basis = [Citation(document: rule.document, section: band.section, quote: band.quote)]
        if let baseQuote = rule.baseQuote, band.share > 0 {
            basis.append(Citation(document: rule.document, section: band.section, quote: baseQuote))
        }
        let municipal = amount.map { LargestRemainder.rounded($0 * band.share, scale: 2, mode: .plain) }
        return BenefitShare(benefit: rule.benefit, day: day, band: band.label, municipalShare: band.share.plainText,
                            base: rule.base, amount: amount.map(Money.init), municipalAmount: municipal.map(Money.init),
                            basis: basis, status: .explicit, notes: notes + rule.notes)
    }
}
