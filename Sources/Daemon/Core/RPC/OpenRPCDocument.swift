// RPC/OpenRPCDocument.swift — rpc.discover's answer, built from the MethodTable so that the
// description and the dispatcher cannot disagree.

import AlueWire
import PluginAPI

enum OpenRPCDocument {
    static func make(from table: MethodTable) -> JSONValue {
        // OpenRPC's components.errors is an object keyed by a name: here the pinned data.kind.
        let errors: [(key: String, value: JSONValue)] = ErrorKind.allCases.map {
            ($0.rawValue, .object([("code", .number(String($0.code))), ("message", .string($0.rawValue)),
                                   ("data", .object([("kind", .string($0.rawValue))]))]))
        }
        let methods: [JSONValue] = table.methods.map { method in
            .object([
                ("name", .string(method.name)),
                ("summary", .string(method.summary)),
                ("paramStructure", .string("by-name")),
                ("params", .array((method.params + [.lang]).map { param in
                    .object([("name", .string(param.name)), ("required", .bool(param.required)),
                             ("description", .string(param.summary)),
                             ("schema", .object([("type", .string(param.type))]))])
                })),
                ("result", .object([("name", .string("result")), ("description", .string(method.result)),
                                    ("schema", .object([]))])),
                ("x-role", .string(method.role.description)),
                ("x-mutating", .bool(method.mutating)),
            ])
        }
        return .object([
            ("openrpc", .string("1.2.6")),
            ("info", .object([
                ("title", .string("alued — Alue employment-area daemon")),
                ("version", .string(AlueVersion.version)),
                ("description", .string("JSON-RPC 2.0, one object per line over a Unix stream socket. Errors carry data.kind.")),
            ])),
            ("methods", .array(methods)),
            ("components", .object([("errors", .object(errors))])),
        ])
    }
}
