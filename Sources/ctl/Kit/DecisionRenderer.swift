// DecisionRenderer.swift — decisions (routing, procurement, cost) and refusals as staff read them,
// in the run's language and wrapped to the terminal: a warning first when the day lies past the
// plan's period, then the answer, its status, notes and citations; a route's cost part follows as
// a block of its own with its own status, notes and citations (protocol 2: every part carries its
// own grounds), then the national conditions with their statutes. Quotes stay verbatim.

import AlueWire
import Foundation
import PluginAPI

enum DecisionRenderer {
    static func routing(_ decision: JSONValue, _ language: Language, width: Int) -> String {
        let labels = Labels.Decision.self
        var block = header(decision, language)
        let authority = decision["authority"]
        block.add(Labels.Common.authority[language], authority.map {
            "\(text($0["name"])) (\(labels.responsibleMunicipality(municipality($0["responsibleMunicipality"]))[language]))"
        })
        block.add(labels.delivery[language], Terms.term(Terms.delivery, decision["delivery"]?.stringValue, language))
        block.add(labels.provider[language], party(decision["provider"]))
        block.add(labels.caseOwner[language], decision["caseOwner"]?.stringValue)
        block.add(labels.locations[language], decision["locations"]?.arrayValue?.map(location).joined(separator: "\n"))
        block.add(labels.channels[language], decision["channels"]?.arrayValue?.compactMap {
            Terms.term(Terms.channel, $0.stringValue, language)
        }.joined(separator: ", "))
        var lines = groundedPart(block, decision, language, width: width, indent: "")
        if let cost = decision["cost"] {
            var costBlock = KeyValueBlock()
            addCostFacts(cost, to: &costBlock, language)
            costBlock.add(Labels.Common.key[language], keyFactors(cost["bearer"]?["key"], language))
            lines += ["", labels.cost[language]] + groundedPart(costBlock, cost, language, width: width, indent: "  ")
        }
        return finish(lines, decision, language, width: width)
    }

    static func procurement(_ decision: JSONValue, _ language: Language, width: Int) -> String {
        let labels = Labels.Decision.self
        var block = header(decision, language)
        block.add(labels.model[language], Terms.term(Terms.model, decision["model"]?.stringValue, language))
        block.add(labels.procuringAuthority[language], party(decision["procuringAuthority"]))
        block.add(labels.partners[language], decision["partners"]?.arrayValue?.compactMap(party).joined(separator: ", "))
        block.add(labels.categories[language], decision["categories"]?.arrayValue?.compactMap(\.stringValue).joined(separator: ", "))
        return finish(groundedPart(block, decision, language, width: width, indent: ""), decision, language, width: width)
    }

    static func cost(_ decision: JSONValue, _ language: Language, width: Int) -> String {
        var block = header(decision, language)
        addCostFacts(decision, to: &block, language)
        let key = decision["key"] ?? decision["bearer"]?["key"]
        block.add(Labels.Common.key[language], keyFactors(key, language))
        block.add(Labels.Common.weightsSource[language], weightSources(key))
        if let billing = decision["billing"] {
            block.add(Labels.Decision.billing[language], [text(billing["invoicer"]),
                                                          Terms.term(Terms.billingPeriod, billing["period"]?.stringValue, language),
                                                          billing["deadline"]?.stringValue.map { Labels.Decision.deadline($0)[language] }]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "))
        }
        return finish(groundedPart(block, decision, language, width: width, indent: ""), decision, language, width: width)
    }

    /// A daemon error as staff read it: the message and its kind, the aluectl command that lists the
    /// valid choices, and for a refusal the days the service is in force and the statute or passage
    /// it rests on.
    static func refusal(_ error: DaemonReportedError, _ language: Language, width: Int) -> String {
        var lines = ["\(Messages.error[language]): \(error.message)" + (error.kind.map { " [\($0)]" } ?? "")]
        if let hint = error.hint { lines.append("  \(hint[language])") }
        let data = error.error["data"]
        let notInForce = data?["reason"]?.stringValue == "not_in_force"
        if notInForce, let inForce = data?["inForce"], let from = inForce["from"]?.stringValue {
            lines.append("  \(Messages.Hint.inForceByLaw[language]): "
                         + HumanFormat.period(from: from, until: inForce["until"]?.stringValue, language))
        }
        let heading = notInForce ? Messages.Hint.legalBasis : Labels.Common.sources
        lines += citations(data?["basis"], language, width: width, indent: "  ", heading: heading).dropFirst()
        return lines.joined(separator: "\n")
    }

    // MARK: parts

    private static func header(_ decision: JSONValue, _ language: Language) -> KeyValueBlock {
        var block = KeyValueBlock()
        let service = text(decision["service"])
        block.add(Labels.Common.region[language], decision["region"]?.stringValue)
        block.add(Labels.Common.municipality[language], decision["municipality"].map(municipality))
        block.add(Labels.Common.service[language], Terms.serviceName(service, language).map { "\($0) (\(service))" } ?? service)
        block.add(Labels.Common.date[language], decision["date"]?.stringValue)
        return block
    }

    /// A part of an answer with its own grounds: its facts, its status, its notes and its citations,
    /// each line indented by `indent`.
    private static func groundedPart(_ facts: KeyValueBlock, _ part: JSONValue, _ language: Language,
                                     width: Int, indent: String) -> [String] {
        var block = facts
        block.add(Labels.Common.status[language], Terms.term(Terms.status, part["status"]?.stringValue, language))
        return block.render(width: width - indent.count).split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }
            + notes(part["notes"], language, width: width, indent: indent)
            + citations(part["basis"], language, width: width, indent: indent)
    }

    /// The warning past the plan period first, the answer, the national conditions, the decision's id.
    private static func finish(_ answer: [String], _ decision: JSONValue, _ language: Language, width: Int) -> String {
        var lines = planPeriodWarning(decision, language, width: width) + answer
        if let conditions = decision["conditions"]?.arrayValue, !conditions.isEmpty {
            lines += ["", Labels.Decision.conditions[language]]
            for condition in conditions {
                let days = HumanFormat.period(from: text(condition["from"]), until: condition["until"]?.stringValue, language)
                lines.append(TextWrap.wrap("  - \(days): \(text(condition["text"]))", width: width))
                lines += citations(condition["basis"], language, width: width, indent: "  ").dropFirst(2)
            }
        }
        if let id = decision["decisionId"]?.stringValue, !id.isEmpty {
            lines += ["", "\(Labels.Decision.decisionId[language]): \(id)"]
        }
        return lines.joined(separator: "\n")
    }

    /// `VAROITUS: Päivä … on suunnitelmakauden … jälkeen …` and where the plan states its period,
    /// or nothing when the day lies within it.
    private static func planPeriodWarning(_ decision: JSONValue, _ language: Language, width: Int) -> [String] {
        guard let period = decision["beyondPlanPeriod"], let from = period["from"]?.stringValue else { return [] }
        let date = text(decision["date"])
        let days = LocalizedText(HumanFormat.period(from: from, until: period["until"]?.stringValue, .fi),
                             HumanFormat.period(from: from, until: period["until"]?.stringValue, .en))
        let warning = Labels.Decision.beyondPlanPeriod(date: LocalizedText(HumanFormat.date(date, .fi), HumanFormat.date(date, .en)), period: days)
        var lines = [TextWrap.wrap(warning[language], width: width)]
        for citation in period["basis"]?.arrayValue ?? [] {
            let quote = citation["quote"]?.stringValue.map { " «\($0)»" } ?? ""
            lines.append(TextWrap.wrap("  \(Labels.Decision.planPeriod[language]) \(place(citation, language))\(quote)", width: width))
        }
        return lines + [""]
    }

    /// Principle, payer and bearer: the cost facts a route's cost part and a cost answer share.
    private static func addCostFacts(_ cost: JSONValue, to block: inout KeyValueBlock, _ language: Language) {
        block.add(Labels.Decision.principle[language], Terms.term(Terms.principle, cost["principle"]?.stringValue, language))
        block.add(Labels.Decision.payer[language], payer(cost["payer"]))
        block.add(Labels.Decision.bearer[language], bearer(cost["bearer"], language))
    }

    /// The `notes` list under its heading.
    static func notes(_ notes: JSONValue?, _ language: Language, width: Int, indent: String = "") -> [String] {
        let texts = notes?.arrayValue?.compactMap(\.stringValue) ?? []
        guard !texts.isEmpty else { return [] }
        return ["", indent + Labels.Common.notes[language]] + texts.map { TextWrap.wrap("\(indent)  - \($0)", width: width) }
    }

    /// The `basis` list under `heading` (preceded by a blank line), numbered, each with its quote;
    /// empty when there is no citation.
    static func citations(_ basis: JSONValue?, _ language: Language, width: Int, indent: String = "",
                          heading: LocalizedText = Labels.Common.sources) -> [String] {
        let entries = basis?.arrayValue ?? []
        guard !entries.isEmpty else { return [] }
        var lines = ["", indent + heading[language]]
        for (index, citation) in entries.enumerated() {
            let number = "[\(index + 1)] "
            lines.append(TextWrap.wrap("\(indent)  \(number)\(place(citation, language))", width: width, hanging: number.count))
            if let quote = citation["quote"]?.stringValue {
                lines.append(TextWrap.wrap("\(indent)  \(String(repeating: " ", count: number.count))«\(quote)»", width: width, hanging: 1))
            }
        }
        return lines
    }

    /// Where a citation points: `document · section · rivi 356` (or `rivit 629–630`).
    static func place(_ citation: JSONValue, _ language: Language) -> String {
        [text(citation["document"]), text(citation["section"]), citation["lines"]?.stringValue.map { HumanFormat.lines($0, language) } ?? ""]
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// An allocation key's factors and weights on one line: `broad_unemployment 34 %, …`.
    static func keyFactors(_ key: JSONValue?, _ language: Language) -> String? {
        key?["factors"]?.arrayValue?.map { "\(text($0["name"])) \(HumanFormat.percent(text($0["weight"]), language))" }
            .joined(separator: ", ")
    }

    /// Where an allocation key's weights come from, each source once.
    static func weightSources(_ key: JSONValue?) -> String? {
        key?["factors"]?.arrayValue.map { Array(Set($0.map { text($0["source"]) })).sorted().joined(separator: "\n") }
    }

    static func municipality(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        return "\(text(value["name"])) \(text(value["code"]))".trimmingCharacters(in: .whitespaces)
    }

    private static func party(_ value: JSONValue?) -> String? {
        guard let value, let name = value["name"]?.stringValue else { return nil }
        return value["municipality"].map { "\(name) (\(municipality($0)))" } ?? name
    }

    /// Who pays first: a municipality (`Hollola 098`) or another body by name.
    private static func payer(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        return value["authority"]?.stringValue ?? municipality(value)
    }

    /// Who finally bears the cost: `Kempele 244`, `jäsenkunnat jakoavaimella (paijat-hame /
    /// shared_services)`, `valtio: KEHA-keskus`, `hyvinvointialue: Kanta-Hämeen hyvinvointialue`,
    /// `tapauskohtaisesti: osapuolet: …`.
    static func bearer(_ value: JSONValue?, _ language: Language) -> String? {
        guard let value, let kind = value["kind"]?.stringValue else { return nil }
        let word = Terms.word(Terms.bearer, kind, language) ?? kind
        switch kind {
        case "municipality": return municipality(value["municipality"])
        case "members_by_key": return "\(word) (\(text(value["region"])) / \(text(value["pool"])))"
        case "state": return "\(word): \(text(value["body"]))"
        case "public_body": return "\(Terms.word(Terms.publicBody, value["type"]?.stringValue, language) ?? word): \(text(value["body"]))"
        case "case_by_case":
            let parties = value["parties"]?.arrayValue?.map(text).joined(separator: ", ") ?? ""
            return parties.isEmpty ? word : "\(word), \(Labels.Decision.between(parties)[language])"
        default: return word
        }
    }

    private static func location(_ value: JSONValue) -> String {
        let address = [value["address"]?.stringValue,
                       [value["postalCode"]?.stringValue, value["city"]?.stringValue].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        let status = value["status"]?.stringValue.map { " [\($0)]" } ?? ""
        return text(value["name"]) + (address.isEmpty ? "" : ", \(address)") + status
    }

    /// A wire value as plain text: a string as it is, a number as written, a bool as `true`/`false`.
    static func text(_ value: JSONValue?) -> String {
        switch value {
        case .string(let text)?: return text
        case .number(let literal)?: return literal
        case nil, .null?: return ""
        case let other?: return other.jsonText
        }
    }
}
