// RPC/Methods/RegionMethods.swift — regions.list, regions.get, municipalities.resolve, services.list.

import AlueWire
import PluginAPI

enum RegionMethods {
    static let all: [MethodSpec] = [list, get, resolve, services]

    /// A `regions.list` entry.
    struct RegionSummary: Encodable {
        struct PluginInfo: Encodable {
            var version: String
            var apiVersion: Int32
        }
        var id: String
        var name: String
        var responsibleMunicipality: MunicipalityRef
        var members: [MunicipalityRef]
        var plugin: PluginInfo

        init(_ region: LoadedRegion) {
            let declaration = region.declaration
            id = declaration.id
            name = declaration.name
            responsibleMunicipality = declaration.responsibleMunicipality
            members = declaration.members.sorted { $0.name < $1.name }
            plugin = PluginInfo(version: declaration.version, apiVersion: PluginABI.version)
        }
    }

    /// A `regions.get` answer: the summary plus basis, dates and facts.
    struct RegionDetail: Encodable {
        var summary: RegionSummary
        var basis: [Citation]
        var effectiveFrom: EffectiveDate
        var effectiveUntil: EffectiveDate?
        /// The period the plan says it covers, when it says so (protocol 2).
        var planPeriod: PlanPeriod?
        var date: EffectiveDate
        var facts: [RegionFact]

        private enum CodingKeys: String, CodingKey { case basis, effectiveFrom, effectiveUntil, planPeriod, date, facts }

        func encode(to encoder: any Encoder) throws {
            try summary.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(basis, forKey: .basis)
            try container.encode(effectiveFrom, forKey: .effectiveFrom)
            try container.encodeIfPresent(effectiveUntil, forKey: .effectiveUntil)
            try container.encodeIfPresent(planPeriod, forKey: .planPeriod)
            try container.encode(date, forKey: .date)
            try container.encode(facts, forKey: .facts)
        }
    }

    static let list = MethodSpec(
        "regions.list",
        summary: "The loaded employment areas with their members and responsible municipality.",
        result: "[{id, name, responsibleMunicipality, members, plugin: {version, apiVersion}}]"
    ) { context, _ throws(RPCError) in
        try context.encoded(context.snapshot.regions.regions.map(RegionSummary.init))
    }

    static let get = MethodSpec(
        "regions.get",
        summary: "One region: members, basis of its membership, effective dates and the plan's facts.",
        params: [
            ParamSpec("region", "string", required: true, "region id"),
            ParamSpec("date", "string", "the day the facts are evaluated for, YYYY-MM-DD (default: today)"),
        ],
        result: "regions.list entry + {basis, effectiveFrom, effectiveUntil?, planPeriod?, date, facts}"
    ) { context, params throws(RPCError) in
        let region = try context.region(params)
        let date = try context.date(params)
        let declaration = region.declaration
        return try context.encoded(RegionDetail(summary: RegionSummary(region), basis: declaration.basis,
                                                effectiveFrom: declaration.effectiveFrom,
                                                effectiveUntil: declaration.effectiveUntil, planPeriod: declaration.planPeriod, date: date,
                                                facts: region.plugin.facts(on: date)))
    }

    static let resolve = MethodSpec(
        "municipalities.resolve",
        summary: "A municipality by name (any case, with or without ä/ö) or code, with its region and employment authority.",
        params: [ParamSpec("municipality", "string", required: true, "name or three-digit code")],
        result: "{code, name, nameSv, province, region, authority}"
    ) { context, params throws(RPCError) in
        let record = try context.municipality(params)
        let region = context.snapshot.regions.region(covering: record.code)
        let authority = region?.declaration.name ?? context.snapshot.directory.knownAuthority(record.code)?.name
        return .value(.object([
            ("code", .string(record.code.rawValue)),
            ("name", .string(record.nameFi)),
            ("nameSv", .string(record.nameSv)),
            ("province", .string(record.province)),
            ("region", region.map { .string($0.declaration.id) } ?? .null),
            ("authority", authority.map { .string($0) } ?? .null),
        ]))
    }

    static let services = MethodSpec(
        "services.list",
        summary: "The service catalog: id, Finnish and English name, category, and national law's legal basis, responsibility and dates in force.",
        params: [ParamSpec("region", "string", "a region id: checks the region is loaded (every region answers the whole catalog)")],
        result: "[{id, nameFi, nameEn, category, legalBasis, responsibility, inForce: {from, until?}, verified, note?}]"
    ) { context, params throws(RPCError) in
        if params.value("region") != nil { _ = try context.region(params) }
        let law = context.snapshot.law.services
        return try context.encoded(ServiceCatalog.entries.map { ServiceListing(entry: $0, statute: law.service($0.id)) })
    }
}

/// A `services.list` entry: the catalog entry with what national law says of it (protocol 2).
struct ServiceListing: Encodable {
    let entry: ServiceEntry
    let statute: StatutoryService?

    private enum CodingKeys: String, CodingKey { case legalBasis, responsibility, inForce, verified, note, conditions }

    func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        guard let statute else { return }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(statute.legalBasis, forKey: .legalBasis)
        try container.encode(statute.responsibility, forKey: .responsibility)
        try container.encode(statute.inForce, forKey: .inForce)
        try container.encode(statute.verified, forKey: .verified)
        try container.encodeIfPresent(statute.note, forKey: .note)
        if !statute.conditions.isEmpty { try container.encode(statute.conditions, forKey: .conditions) }
    }
}
