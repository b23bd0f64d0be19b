// Commands/ServicesCommand.swift — `aluectl services`: the service catalog with what national law
// says of each service: who is responsible for it and the days it is in force; the remarks of the
// statutory layer (and which statutes are still to be verified) under the table. --json gives all,
// the legal basis of each service included.

import AlueWire
import PluginAPI

enum ServicesCommand {
    static let spec = CommandSpec(
        "services",
        abstract: "The service catalog: id, responsibility by law, days in force, name; remarks of the statutory layer.",
        options: [OptionSpec("--region", "ID", "check that the region is loaded (every region answers the whole catalog)")]
    ) { arguments, session in
        var params = ObjectBuilder()
        params.add("region", arguments.option("--region"))
        return try session.show("services.list", params.value) { render($0, session.language, width: session.width) }
    }

    static func render(_ services: JSONValue, _ language: Language, width: Int) -> String {
        let text = DecisionRenderer.text
        let labels = Labels.Services.self
        var table = TextTable([Labels.Common.id[language], labels.responsibility[language], labels.inForce[language],
                               Labels.Common.service[language]])
        var remarks: [String] = []
        for service in services.arrayValue ?? [] {
            let id = text(service["id"])
            let name = text(service[language == .fi ? "nameFi" : "nameEn"])
            let unverified = service["verified"] == .bool(false)
            var remark = service["note"]?.stringValue
            if unverified { remark = "(\(labels.unverified[language]))" + (remark.map { " \($0)" } ?? "") }
            if let remark {
                remarks.append("  [\(remarks.count + 1)] \(id): \(remark)")
            }
            let inForce = service["inForce"].map {
                HumanFormat.period(from: text($0["from"]), until: $0["until"]?.stringValue, language)
            } ?? ""
            table.add([id, Terms.word(Terms.responsibility, service["responsibility"]?.stringValue, language) ?? "", inForce,
                       name + (remark == nil ? "" : " [\(remarks.count)]")])
        }
        var lines = [table.render(width: width)]
        if !remarks.isEmpty {
            lines += ["", labels.footnotes[language]] + remarks.map { TextWrap.wrap($0, width: width, hanging: 4) }
        }
        return lines.joined(separator: "\n")
    }
}
