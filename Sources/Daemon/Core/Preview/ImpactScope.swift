// Preview/ImpactScope.swift — what an impact preview asks both generations: every member of every
// region × every catalog service (route and cost), every region × service (procurement), on today
// and on every day a dated parameter or a statute changes; then each pool's allocation in those years.

import AlueWire
import PluginAPI

/// The members, regions and days one generation brings to the comparison.
struct ImpactScope: Equatable {
    var dates: Set<String>
    var municipalities: Set<String>
    var regions: Set<String>

    /// `snapshot`'s own scope: its regions and members, and the days its data changes.
    init(_ snapshot: RuntimeSnapshot) {
        var days = Set<String>()
        for region in snapshot.regions.regions {
            for series in region.data.parameters.values {
                for value in series.values { days.insert(value.from.description) }
            }
        }
        for statute in snapshot.law.services.services.values {
            days.insert(statute.inForce.from.description)
            if let until = statute.inForce.until { days.insert(Self.dayAfter(until).description) }
        }
        dates = days
        municipalities = Set(snapshot.regions.regions.flatMap { $0.declaration.members.map(\.code.rawValue) })
        regions = Set(snapshot.regions.regions.map(\.declaration.id))
    }

    init(dates: Set<String>, municipalities: Set<String>, regions: Set<String>) {
        self.dates = dates
        self.municipalities = municipalities
        self.regions = regions
    }

    func union(_ other: ImpactScope) -> ImpactScope {
        ImpactScope(dates: dates.union(other.dates), municipalities: municipalities.union(other.municipalities),
                    regions: regions.union(other.regions))
    }

    var json: JSONValue {
        .object([("dates", .array(dates.sorted().map(JSONValue.string))),
                 ("municipalities", .array(municipalities.sorted().map(JSONValue.string))),
                 ("regions", .array(regions.sorted().map(JSONValue.string)))])
    }

    init?(json: JSONValue) {
        func strings(_ key: String) -> Set<String>? { json[key]?.arrayValue.map { Set($0.compactMap(\.stringValue)) } }
        guard let dates = strings("dates"), let municipalities = strings("municipalities"), let regions = strings("regions") else { return nil }
        self.init(dates: dates, municipalities: municipalities, regions: regions)
    }

    /// Route, cost and procurement questions, in a stable order.
    var decisionQuestions: [PreviewQuestion] {
        let services = ServiceCatalog.ids.map(\.rawValue)
        var questions: [PreviewQuestion] = []
        for date in dates.sorted() {
            for municipality in municipalities.sorted() {
                for service in services {
                    questions.append(PreviewQuestion(kind: .route, municipality: municipality, service: service, date: date))
                    questions.append(PreviewQuestion(kind: .cost, municipality: municipality, service: service, date: date))
                }
            }
            for region in regions.sorted() {
                for service in services {
                    questions.append(PreviewQuestion(kind: .procurement, region: region, service: service, date: date))
                }
            }
        }
        return questions
    }

    /// Each region's default pool and the pools its costs name, in every year of the dates.
    func allocationQuestions(pools: Set<RegionPool>) -> [PreviewQuestion] {
        let years = Set(dates.map { String($0.prefix(4)) }).sorted()
        let all = pools.union(regions.map { RegionPool(region: $0, pool: nil) })
            .sorted { ($0.region, $0.pool ?? "") < ($1.region, $1.pool ?? "") }
        return years.flatMap { year in
            all.map { PreviewQuestion(kind: .allocation, region: $0.region, service: $0.pool, date: year) }
        }
    }

    private static func dayAfter(_ date: EffectiveDate) -> EffectiveDate {
        EffectiveDate(year: date.year, month: date.month, day: date.day + 1)
            ?? EffectiveDate(year: date.year, month: date.month + 1, day: 1)
            ?? EffectiveDate(year: date.year + 1, month: 1, day: 1)!
    }
}

/// A pool of a region (nil: the region's default pool).
struct RegionPool: Hashable {
    var region: String
    var pool: String?
}

/// One question of the preview and its request line.
struct PreviewQuestion {
    enum Kind: String {
        case route, cost, procurement, allocation
    }

    var kind: Kind
    var region: String?
    var municipality: String?
    /// The service, or for an allocation the pool (nil: the default pool).
    var service: String?
    /// The day, or for an allocation the year.
    var date: String

    init(kind: Kind, region: String? = nil, municipality: String? = nil, service: String?, date: String) {
        self.kind = kind
        self.region = region
        self.municipality = municipality
        self.service = service
        self.date = date
    }

    /// The amount every allocation of the preview splits: what changes is the shares.
    static let allocationAmount = "1000000.00"

    /// The JSON-RPC request line asking this question.
    var line: [UInt8] {
        let method: String
        var params: [(key: String, value: JSONValue)] = []
        switch kind {
        case .route, .cost:
            method = kind == .route ? "route" : "costs.responsibility"
            params = [("municipality", .string(municipality ?? "")), ("service", .string(service ?? "")), ("date", .string(date))]
        case .procurement:
            method = "procurement.get"
            params = [("region", .string(region ?? "")), ("service", .string(service ?? "")), ("date", .string(date))]
        case .allocation:
            method = "costs.allocate"
            params = [("region", .string(region ?? "")), ("amount", .string(Self.allocationAmount)), ("year", .number(date))]
            if let pool = service { params.append(("pool", .string(pool))) }
        }
        return JSONWriter.encode(.object([("jsonrpc", .string("2.0")), ("id", .number("1")), ("method", .string(method)),
                                          ("params", .object(params))]))
    }
}
