// RPC/RPCError.swift — every error the daemon answers with: the pinned kind (which fixes the
// JSON-RPC code, see AlueWire.ErrorKind), a sentence a person understands in Finnish and English,
// and extra data.

import AlueWire
import PluginAPI

/// A JSON-RPC error answer: `{"code", "message", "data": {"kind", …}}`.
public struct RPCError: Error, Sendable {
    public var kind: ErrorKind
    public var message: LocalizedText
    /// Members of `error.data` besides `kind`.
    public var data: [(key: String, value: JSONValue)]
    /// Members of `error.data` that are sentences, written in the language of the answer.
    public var localizedData: [(key: String, value: LocalizedDatum)]

    public init(_ kind: ErrorKind, _ message: LocalizedText, data: [(key: String, value: JSONValue)] = [],
                localizedData: [(key: String, value: LocalizedDatum)] = []) {
        self.kind = kind
        self.message = message
        self.data = data
        self.localizedData = localizedData
    }

    public var code: Int { kind.code }

    /// The error object with its message in `language`.
    public func json(in language: Language = .fi) -> JSONValue {
        .object([
            ("code", .number(String(code))),
            ("message", .string(message.text(in: language))),
            ("data", .object([("kind", .string(kind.rawValue))] + data
                             + localizedData.map { ($0.key, $0.value.json(in: language)) })),
        ])
    }

    public static func invalidParams(_ message: LocalizedText) -> RPCError {
        RPCError(.invalidParams, message)
    }

    public static func invalidParams(fi: String, en: String) -> RPCError {
        RPCError(.invalidParams, LocalizedText(fi: fi, en: en))
    }

    /// A failure of the daemon itself (not of the caller's input), in both languages.
    public static func internalError(fi: String, en: String) -> RPCError {
        RPCError(.internalError, LocalizedText(fi: fi, en: en))
    }

    /// The error a plugin's refusal becomes on the wire.
    public static func from(_ error: DecisionError) -> RPCError {
        let message = LocalizedText(fi: error.message(in: .fi), en: error.message(in: .en))
        switch error {
        case .notOffered(let service, let reason, let basis):
            return RPCError(.notOffered, message, data: [
                ("service", .string(service.rawValue)),
                ("basis", .array(basis.map(\.json))),
            ], localizedData: [("reason", .text(reason))])
        case .outOfEffect(let date, let effectiveFrom):
            return RPCError(.outOfEffect, message, data: [
                ("date", .string(date.description)), ("effectiveFrom", .string(effectiveFrom.description)),
            ])
        case .notMember: return RPCError(.noRegion, message)
        case .invalidParameter: return RPCError(.invalidParams, message)
        // A plugin whose data lacks something is the daemon's problem, not the caller's.
        case .invalidData: return RPCError(.internalError, message)
        }
    }
}

/// A member of `error.data` in the language of the answer: a sentence, or a list of them.
public enum LocalizedDatum: Sendable {
    case text(LocalizedText)
    case texts([LocalizedText])

    func json(in language: Language) -> JSONValue {
        switch self {
        case .text(let text): return .string(text.text(in: language))
        case .texts(let texts): return .array(texts.map { .string($0.text(in: language)) })
        }
    }
}

extension RPCError {
    /// An allocation the data cannot support: `missing_statistics` with every member × statistic
    /// (`data.missing`), or `invalid_statistics` for figures that cannot split an amount.
    public static func from(_ error: AllocationError) -> RPCError {
        switch error {
        case .missing(let missing, let message):
            return RPCError(.missingStatistics, message, data: [("missing", .array(missing.map { item in
                var members: [(key: String, value: JSONValue)] = [
                    ("municipality", item.municipality.json),
                    ("statistic", .string(item.statistic)),
                ]
                if let date = item.referenceDate { members.append(("referenceDate", .string(date.description))) }
                return .object(members)
            }))])
        case .unusable(let statistic, let message):
            return RPCError(.invalidStatistics, message, data: [("path", .string("statistics.\(statistic)"))])
        }
    }

    /// A file `statistics.import` cannot take, with where it is wrong.
    public static func from(_ error: StatisticsImportError) -> RPCError {
        var data: [(key: String, value: JSONValue)] = []
        switch error.location {
        case .line(let line)?: data.append(("line", .number(String(line))))
        case .path(let path)?: data.append(("path", .string(path)))
        case nil: break
        }
        let problem = error.text
        return RPCError(.invalidStatistics, LocalizedText(fi: "tiedostoa ei voi tuoda: \(problem.fi); mitään ei tuotu",
                                                          en: "the file cannot be imported: \(problem.en); nothing was imported"), data: data)
    }
}

extension Citation {
    var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("document", .string(document)), ("section", .string(section))]
        if let lines { members.append(("lines", .string(lines))) }
        if let quote { members.append(("quote", .string(quote))) }
        return .object(members)
    }
}
