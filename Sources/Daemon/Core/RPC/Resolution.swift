// RPC/Resolution.swift — turning raw parameters into checked domain values, with the pinned
// errors: unknown municipality, unknown service (with suggestions), invalid date, no region.

import AlueWire
import PluginAPI

extension CallContext {
    /// The municipality named by parameter `name` (a code or a Finnish/Swedish name).
    func municipality(_ params: Params, _ name: String = "municipality") throws(RPCError) -> MunicipalityRecord {
        try municipality(named: try params.string(name))
    }

    func municipality(named input: String) throws(RPCError) -> MunicipalityRecord {
        if let record = snapshot.directory.resolve(input) { return record }
        let suggestions = snapshot.directory.suggestions(for: input)
        let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.map { "\($0.nameFi) (\($0.code))" }.joined(separator: ", "))?"
        throw RPCError(.unknownMunicipality, "'\(input)' is not a Finnish municipality known to alued\(hint)",
                       data: [("input", .string(input)),
                              ("suggestions", .array(suggestions.map { .string($0.nameFi) }))])
    }

    /// The catalog service named by parameter `service`.
    func service(_ params: Params) throws(RPCError) -> ServiceID {
        let input = try params.string("service")
        let id = ServiceID(rawValue: input)
        if ServiceCatalog.entry(id) != nil { return id }
        let suggestions = Self.nearestServices(to: input)
        throw RPCError(.unknownService,
                       "'\(input)' is not a service id of the catalog; nearest: \(suggestions.joined(separator: ", ")) (services.list shows all)",
                       data: [("input", .string(input)), ("suggestions", .array(suggestions.map { .string($0) }))])
    }

    /// The catalog ids closest to `input`: those containing it or contained in it first, then by edit distance.
    static func nearestServices(to input: String, limit: Int = 3) -> [String] {
        let needle = input.lowercased()
        return ServiceCatalog.ids.map(\.rawValue)
            .map { id -> (String, Int) in
                let contains = !needle.isEmpty && (id.contains(needle) || needle.contains(id))
                return (id, contains ? 0 : editDistance(needle, id))
            }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit)
            .map(\.0)
    }

    /// Parameter `date` (`YYYY-MM-DD`), or today when absent.
    func date(_ params: Params) throws(RPCError) -> EffectiveDate {
        guard let input = try params.optionalString("date") else { return today }
        guard let date = EffectiveDate(iso: input) else {
            throw RPCError(.invalidDate, "'\(input)' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01",
                           data: [("input", .string(input))])
        }
        return date
    }

    /// The loaded region covering `record`, or `no_region` naming the authority where known.
    func region(covering record: MunicipalityRecord) throws(RPCError) -> LoadedRegion {
        if let region = snapshot.regions.region(covering: record.code) { return region }
        var data: [(key: String, value: JSONValue)] = [
            ("municipality", .object([("code", .string(record.code.rawValue)), ("name", .string(record.nameFi))])),
        ]
        let message: String
        if let authority = snapshot.directory.knownAuthority(record.code) {
            data.append(("authority", .string(authority.name)))
            data.append(("basis", .array([authority.basis.json])))
            message = "\(record.nameFi) (\(record.code)) is not covered by any loaded region: its employment authority is \(authority.name). \(authority.note)"
        } else {
            data.append(("authority", .null))
            message = "\(record.nameFi) (\(record.code)) is not covered by any loaded region plugin; its employment authority is not known to alued"
        }
        throw RPCError(.noRegion, message, data: data)
    }

    /// The loaded region with id parameter `name`.
    func region(_ params: Params, _ name: String = "region") throws(RPCError) -> LoadedRegion {
        let id = try params.string(name)
        if let region = snapshot.regions.region(id: id) { return region }
        let known = snapshot.regions.regions.map(\.declaration.id)
        throw .invalidParams("unknown region '\(id)'; loaded regions: \(known.isEmpty ? "none" : known.joined(separator: ", "))")
    }

    /// The encoded answer to `key`, its decision id still empty (the dispatcher gives each answer its
    /// own): from this generation's cache, or computed by `make` and encoded once.
    func cachedAnswer<Value: Encodable>(_ key: DecisionCacheKey, _ make: () throws(RPCError) -> Value) throws(RPCError) -> Reply {
        let template = try snapshot.answers.template(key, language: language) { () throws(RPCError) in
            try encoder.encode(try make(), language: language)
        }
        guard let idOffset = template.idOffset else { return .encoded(template.bytes) }
        return .decision(DecisionReply(template: template.bytes, idOffset: idOffset, templateSerial: template.serial, subject: key.subject))
    }
}

extension MunicipalityRecord {
    var json: JSONValue { ref.json }
}

extension MunicipalityRef {
    /// `{code, name}`, as every answer names a municipality.
    var json: JSONValue { .object([("code", .string(code.rawValue)), ("name", .string(name))]) }
}

extension MunicipalityDirectory {
    /// `{code, name}` of a code, the code standing for the name if the directory does not know it.
    func json(_ code: MunicipalityCode) -> JSONValue {
        record(code)?.json ?? MunicipalityRef(code: code, name: code.rawValue).json
    }
}
