// DecisionRenderer.swift — decisions (routing, procurement, cost) as staff read them: the answer
// first, then notes, then the citations at the end.

import AlueWire
import Foundation

enum DecisionRenderer {
    static func routing(_ decision: JSONValue) -> String {
        var block = header(decision)
        let authority = decision["authority"]
        block.add("Työvoimaviranomainen", authority.map { "\(text($0["name"])) (vastuukunta \(municipality($0["responsibleMunicipality"])))" })
        block.add("Toteutustapa", FinnishTerms.term(FinnishTerms.delivery, decision["delivery"]?.stringValue))
        block.add("Palveluntuottaja", party(decision["provider"]))
        block.add("Asiakkuus", decision["caseOwner"]?.stringValue)
        block.add("Palvelupaikat", decision["locations"]?.arrayValue?.map(location).joined(separator: "\n"))
        block.add("Kanavat", decision["channels"]?.arrayValue?.compactMap {
            FinnishTerms.term(FinnishTerms.channel, $0.stringValue)
        }.joined(separator: ", "))
        block.add("Kustannus", cost(decision["cost"]))
        return finish(block, decision)
    }

    static func procurement(_ decision: JSONValue) -> String {
        var block = header(decision)
        block.add("Hankintamalli", FinnishTerms.term(FinnishTerms.model, decision["model"]?.stringValue))
        block.add("Hankkija", party(decision["procuringAuthority"]))
        block.add("Kumppanit", decision["partners"]?.arrayValue?.compactMap(party).joined(separator: ", "))
        block.add("Palvelukorit", decision["categories"]?.arrayValue?.compactMap(\.stringValue).joined(separator: ", "))
        return finish(block, decision)
    }

    static func cost(decision: JSONValue) -> String {
        var block = header(decision)
        block.add("Periaate", FinnishTerms.term(FinnishTerms.principle, decision["principle"]?.stringValue))
        block.add("Maksaja", payer(decision["payer"]))
        block.add("Jakoavain", decision["key"]?["factors"]?.arrayValue?.map {
            "\(text($0["name"])) \(FinnishFormat.percent(text($0["weight"]))) — \(text($0["source"]))"
        }.joined(separator: "\n"))
        if let billing = decision["billing"] {
            block.add("Laskutus", [text(billing["invoicer"]), text(billing["period"]),
                                   billing["deadline"]?.stringValue.map { "viimeistään \($0)" }]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "))
        }
        return finish(block, decision)
    }

    // MARK: parts

    private static func header(_ decision: JSONValue) -> KeyValueBlock {
        var block = KeyValueBlock()
        let service = text(decision["service"])
        block.add("Alue", decision["region"]?.stringValue)
        block.add("Kunta", decision["municipality"].map(municipality))
        block.add("Palvelu", FinnishTerms.serviceName(service).map { "\($0) (\(service))" } ?? service)
        block.add("Päivä", decision["date"]?.stringValue)
        return block
    }

    private static func finish(_ block: KeyValueBlock, _ decision: JSONValue) -> String {
        var block = block
        block.add("Varmuus", FinnishTerms.term(FinnishTerms.status, decision["status"]?.stringValue))
        var lines = [block.render()]
        if let notes = decision["notes"]?.arrayValue, !notes.isEmpty {
            lines.append("\nHuomiot:")
            lines += notes.compactMap(\.stringValue).map { "  - \($0)" }
        }
        lines.append(citations(decision["basis"]))
        if let id = decision["decisionId"]?.stringValue, !id.isEmpty { lines.append("Päätöksen tunnus: \(id)") }
        return lines.joined(separator: "\n")
    }

    /// The `basis` list, numbered, each with its quote.
    static func citations(_ basis: JSONValue?) -> String {
        let entries = basis?.arrayValue ?? []
        guard !entries.isEmpty else { return "" }
        var lines = ["\nLähteet:"]
        for (index, citation) in entries.enumerated() {
            lines.append("  [\(index + 1)] " + place(citation))
            if let quote = citation["quote"]?.stringValue { lines.append("      «\(quote)»") }
        }
        return lines.joined(separator: "\n")
    }

    /// Where a citation points: `document · section · rivi 356` (or `rivit 629–630`).
    static func place(_ citation: JSONValue) -> String {
        [text(citation["document"]), text(citation["section"]), citation["lines"]?.stringValue.map(FinnishFormat.lines) ?? ""]
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }

    static func municipality(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        return "\(text(value["name"])) \(text(value["code"]))".trimmingCharacters(in: .whitespaces)
    }

    private static func party(_ value: JSONValue?) -> String? {
        guard let value, let name = value["name"]?.stringValue else { return nil }
        return value["municipality"].map { "\(name) (\(municipality($0)))" } ?? name
    }

    private static func payer(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        return value["authority"]?.stringValue ?? municipality(value)
    }

    private static func cost(_ value: JSONValue?) -> String? {
        guard let value, let principle = FinnishTerms.term(FinnishTerms.principle, value["principle"]?.stringValue) else { return nil }
        return "\(principle); maksaja \(payer(value["payer"]) ?? "?")"
    }

    private static func location(_ value: JSONValue) -> String {
        let address = [value["address"]?.stringValue,
                       [value["postalCode"]?.stringValue, value["city"]?.stringValue].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        let status = value["status"]?.stringValue.map { " [\($0)]" } ?? ""
        return text(value["name"]) + (address.isEmpty ? "" : ", \(address)") + status
    }

    static func text(_ value: JSONValue?) -> String {
        switch value {
        case .string(let text)?: return text
        case .number(let literal)?: return literal
        case .bool(let flag)?: return flag ? "kyllä" : "ei"
        case nil, .null?: return ""
        case let other?: return other.jsonText
        }
    }
}
