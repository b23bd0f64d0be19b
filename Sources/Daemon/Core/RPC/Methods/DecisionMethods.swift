// RPC/Methods/DecisionMethods.swift — route, procurement.get and costs.responsibility: validate
// the parameters, find the region, ask its plugin, stamp and encode the decision.

import AlueWire
import PluginAPI

enum DecisionMethods {
    static let all: [MethodSpec] = [route, procurement, costResponsibility]

    /// The longest training provider or field name accepted: an institution's or a field's name
    /// (`Koulutuskeskus Salpaus`, `Logistiikka`) fits many times over; the name is part of the answer
    /// cache's key, so it must stay small.
    static let trainingNameBytes = 200

    static let dateParam = ParamSpec("date", "string", "the day to evaluate the rules for, YYYY-MM-DD (default: today)")

    static let route = MethodSpec(
        "route",
        summary: "Who serves a client from a municipality with a service: authority, delivery, provider, places, channels, cost.",
        params: [
            ParamSpec("municipality", "string", required: true, "the client's home municipality: name or three-digit code"),
            ParamSpec("service", "string", required: true, "a catalog service id (services.list)"),
            dateParam,
            ParamSpec("segment", "string", "client segment: \(ClientSegment.allCases.map(\.rawValue).joined(separator: ", "))"),
            ParamSpec("client", "object", "{age?, foreignLanguage?, integrationClient?, partialWorkAbility?, longTermUnemployed?}"),
            ParamSpec("employer", "object", "{locationMunicipality}: the company's location, for employer services"),
            ParamSpec("training", "object", "{provider?, field?}: the training in question, e.g. Salpaus / Logistiikka (each at most \(trainingNameBytes) bytes)"),
        ],
        result: "RoutingDecision (docs/architecture.md §4)"
    ) { context, params throws(RPCError) in
        let record = try context.municipality(params)
        let service = try context.service(params)
        let date = try context.date(params)
        var query = RouteQuery(municipality: record.ref, service: service, date: date)
        if let segment = try params.optionalString("segment") {
            guard let value = ClientSegment(rawValue: segment) else {
                throw .invalidParams("unknown segment '\(segment)'; expected one of \(ClientSegment.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.segment = value
        }
        if let client = try params.object("client", allowed: ["age", "foreignLanguage", "integrationClient",
                                                                "partialWorkAbility", "longTermUnemployed"]) {
            query.client = ClientProfile(age: try client.optionalInt("age", in: 0...130),
                                         foreignLanguage: try client.optionalBool("foreignLanguage"),
                                         integrationClient: try client.optionalBool("integrationClient"),
                                         partialWorkAbility: try client.optionalBool("partialWorkAbility"),
                                         longTermUnemployed: try client.optionalBool("longTermUnemployed"))
        }
        if let employer = try params.object("employer", allowed: ["locationMunicipality"]) {
            let location = try context.municipality(employer, "locationMunicipality")
            query.employer = EmployerProfile(location: location.ref)
        }
        if let training = try params.object("training", allowed: ["provider", "field"]) {
            query.training = TrainingQuery(provider: try training.optionalString("provider", maxBytes: trainingNameBytes),
                                           field: try training.optionalString("field", maxBytes: trainingNameBytes))
        }
        let region = try context.region(covering: record)
        return try context.cachedAnswer(.route(region: region.declaration.id, query)) { () throws(RPCError) in
            try context.statutoryGate(region, service, on: date)
            return context.withConditions(try ask { () throws(DecisionError) in try region.plugin.route(query) })
        }
    }

    static let procurement = MethodSpec(
        "procurement.get",
        summary: "How a region procures a service: model, procuring authority, partners, categories.",
        params: [
            ParamSpec("region", "string", required: true, "region id: \(["paijat-hame", "tyohame", "oulu"].joined(separator: ", ")) or another loaded one"),
            ParamSpec("service", "string", required: true, "a catalog service id"),
            dateParam,
        ],
        result: "ProcurementDecision (docs/architecture.md §4)"
    ) { context, params throws(RPCError) in
        let region = try context.region(params)
        let query = ProcurementQuery(service: try context.service(params), date: try context.date(params))
        return try context.cachedAnswer(.procurement(region: region.declaration.id, query)) { () throws(RPCError) in
            try context.statutoryGate(region, query.service, on: query.date)
            return context.withConditions(try ask { () throws(DecisionError) in try region.plugin.procurement(query) })
        }
    }

    static let costResponsibility = MethodSpec(
        "costs.responsibility",
        summary: "Who pays for a service used by a resident of a municipality, by which principle and billing.",
        params: [
            ParamSpec("municipality", "string", required: true, "the client's home municipality: name or code"),
            ParamSpec("service", "string", required: true, "a catalog service id"),
            dateParam,
        ],
        result: "CostDecision (docs/architecture.md §4)"
    ) { context, params throws(RPCError) in
        let record = try context.municipality(params)
        let query = CostQuery(municipality: record.ref, service: try context.service(params), date: try context.date(params))
        let region = try context.region(covering: record)
        return try context.cachedAnswer(.cost(region: region.declaration.id, query)) { () throws(RPCError) in
            try context.statutoryGate(region, query.service, on: query.date)
            return context.withConditions(try ask { () throws(DecisionError) in try region.plugin.costResponsibility(query) })
        }
    }

    /// Runs a plugin call and turns its refusal into the pinned error.
    static func ask<Value>(_ call: () throws(DecisionError) -> Value) throws(RPCError) -> Value {
        do {
            return try call()
        } catch {
            throw RPCError.from(error)
        }
    }
}
