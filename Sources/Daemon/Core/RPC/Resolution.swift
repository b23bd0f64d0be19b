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
        let names = suggestions.map { "\($0.nameFi) (\($0.code))" }.joined(separator: ", ")
        throw RPCError(.unknownMunicipality,
                       LocalizedText(fi: "'\(input.excerpt())' ei ole alued:n tuntema Suomen kunta" + (suggestions.isEmpty ? "" : "; tarkoititko \(names)?"),
                                     en: "'\(input.excerpt())' is not a Finnish municipality known to alued" + (suggestions.isEmpty ? "" : "; did you mean \(names)?")),
                       data: [("input", .string(input)),
                              ("suggestions", .array(suggestions.map { .string($0.nameFi) }))])
    }

    /// The catalog service named by parameter `service`: its id, or its Finnish or English name
    /// written like a municipality (`Työkokeilu`, `tyokokeilu`, `Palkkatuki`).
    func service(_ params: Params) throws(RPCError) -> ServiceID {
        let input = try params.string("service")
        if let id = Self.catalogService(named: input) { return id }
        let suggestions = Self.nearestServices(to: input)
        let nearest = suggestions.joined(separator: ", ")
        throw RPCError(.unknownService,
                       LocalizedText(fi: "'\(input.excerpt())' ei ole palveluluettelon palvelu" + (suggestions.isEmpty ? "" : "; lähimmät: \(nearest)"),
                                     en: "'\(input.excerpt())' is not a service of the catalog" + (suggestions.isEmpty ? "" : "; nearest: \(nearest)")),
                       data: [("input", .string(input)), ("suggestions", .array(suggestions.map { .string($0) }))])
    }

    static func catalogService(named input: String) -> ServiceID? {
        let id = ServiceID(rawValue: input)
        if ServiceCatalog.entry(id) != nil { return id }
        return servicesByName[NameKey.of(input)]
    }

    /// Every catalog service under the keys of its id, its full names and its Finnish short name
    /// (before a parenthesis or comma: `Palkkatuki (päätös ja maksatus)` → `palkkatuki`). The
    /// first service to claim a key keeps it, ids first.
    private static let servicesByName: [String: ServiceID] = {
        var table: [String: ServiceID] = [:]
        let spellings: [(ServiceEntry) -> String] = [
            \.id.rawValue, \.nameFi, \.nameEn,
            { String($0.nameFi.prefix { $0 != "(" && $0 != "," }) },
        ]
        for spelling in spellings {
            for entry in ServiceCatalog.entries where table[NameKey.of(spelling(entry))] == nil {
                table[NameKey.of(spelling(entry))] = entry.id
            }
        }
        return table
    }()

    /// The catalog ids closest to `input`: those containing it or contained in it first, then by edit
    /// distance. None for an input longer than any id could be misspelt (`longestSuggestible`).
    static func nearestServices(to input: String, limit: Int = 3) -> [String] {
        guard input.utf8.count <= MunicipalityDirectory.longestSuggestible * 4 else { return [] }
        let needle = input.lowercased()
        guard needle.count <= MunicipalityDirectory.longestSuggestible else { return [] }
        return ServiceCatalog.ids.map(\.rawValue)
            .map { id -> (String, Int) in
                let contains = !needle.isEmpty && (id.contains(needle) || needle.contains(id))
                return (id, contains ? 0 : editDistance(needle, id, atMost: max(needle.count, id.count)) ?? .max)
            }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
            .prefix(limit)
            .map(\.0)
    }

    /// Parameter `date` (`YYYY-MM-DD`), or today when absent.
    func date(_ params: Params) throws(RPCError) -> EffectiveDate {
        guard let input = try params.optionalString("date") else { return today }
        guard let date = EffectiveDate(iso: input) else {
            throw RPCError(.invalidDate, LocalizedText(fi: "'\(input)' ei ole päivämäärä; kirjoita se muodossa VVVV-KK-PP, esimerkiksi 2025-03-01",
                                                       en: "'\(input)' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01"),
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
        let message: LocalizedText
        if let authority = snapshot.directory.knownAuthority(record.code) {
            data.append(("authority", .string(authority.name)))
            data.append(("basis", .array([authority.basis.json])))
            message = LocalizedText(
                fi: "\(record.nameFi) (\(record.code)) ei kuulu mihinkään ladattuun alueeseen: sen työvoimaviranomainen on \(authority.name). ",
                en: "\(record.nameFi) (\(record.code)) is not covered by any loaded region: its employment authority is \(authority.name). ")
                + authority.note
        } else {
            data.append(("authority", .null))
            message = LocalizedText(
                fi: "\(record.nameFi) (\(record.code)) ei kuulu mihinkään ladattuun alueeseen; alued ei tunne sen työvoimaviranomaista",
                en: "\(record.nameFi) (\(record.code)) is not covered by any loaded region plugin; its employment authority is not known to alued")
        }
        throw RPCError(.noRegion, message, data: data)
    }

    /// The loaded region named by parameter `name`: its id, or its id or name written like a
    /// municipality (`Päijät-Häme`, `TyöHäme`, `Oulun seudun työllisyysalue`).
    func region(_ params: Params, _ name: String = "region") throws(RPCError) -> LoadedRegion {
        let input = try params.string(name)
        if let region = snapshot.regions.region(id: input) { return region }
        let key = NameKey.of(input)
        if let region = snapshot.regions.regions.first(where: { NameKey.of($0.declaration.id) == key || NameKey.of($0.declaration.name) == key }) {
            return region
        }
        let known = snapshot.regions.regions.map(\.declaration.id)
        let loaded = known.joined(separator: ", ")
        throw RPCError(.invalidParams,
                       LocalizedText(fi: "tuntematon alue '\(input)'; ladatut alueet: \(known.isEmpty ? "ei yhtään" : loaded)",
                                     en: "unknown region '\(input)'; loaded regions: \(known.isEmpty ? "none" : loaded)"),
                       data: [("input", .string(input)), ("loadedRegions", .array(known.map { .string($0) }))])
    }

    /// The encoded answer to `key`, its decision id still empty (the dispatcher gives each answer its
    /// own): from this generation's cache, or computed by `make` and encoded once.
    func cachedAnswer<Value: Encodable>(_ key: DecisionCacheKey, _ make: () throws(RPCError) -> Value) throws(RPCError) -> Reply {
        let template = try snapshot.answers.template(key, language: language) { () throws(RPCError) in
            try encoder.encode(try make(), language: language)
        }
        return .decision(DecisionReply(template: template, subject: key.subject))
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
