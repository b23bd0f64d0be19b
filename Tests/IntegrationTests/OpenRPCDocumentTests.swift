// OpenRPCDocumentTests.swift — rpc.discover is a valid OpenRPC document: the real daemon's whole
// answer is checked against the published meta-schema (Tests/Fixtures/OpenRPC).

import AlueWire
import Foundation
import TestSupport
import Testing

@Suite struct OpenRPCDocumentTests {
    static func metaSchema() throws -> JSONSchemaValidator {
        let path = "\(Repository.root)/Tests/Fixtures/OpenRPC/openrpc-meta-schema.json"
        return JSONSchemaValidator(schema: try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
    }

    @Test func rpcDiscoverValidatesAgainstTheMetaSchema() throws {
        let daemon = try DaemonProcess()
        let document = try daemon.connect().call("rpc.discover")
        let violations = try Self.metaSchema().validate(document)
        #expect(violations.isEmpty, "\(violations.prefix(10))")
        let errors = try #require(document["components"]?["errors"]?.objectValue)
        #expect(errors.map(\.key).contains("ledger_conflict"))
        #expect(document["components"]?["errors"]?["permission_denied"]?["code"] == .number("-32010"))
    }

    /// The validator has teeth: the shape rpc.discover used to have is refused, and so is any
    /// schema keyword it does not implement.
    @Test func theValidatorRefusesWhatTheMetaSchemaForbids() throws {
        let validator = try Self.metaSchema()
        let base = #""openrpc": "1.2.6", "info": {"title": "t", "version": "1"}, "methods": []"#
        #expect(validator.validate(try JSONParser.parse("{\(base)}")).isEmpty)
        let cases = [
            (#"{\#(base), "components": {"errors": [{"code": -32001, "message": "m"}]}}"#, "$.components.errors: must be of type object"),
            (#"{"openrpc": "2.0", "info": {"title": "t", "version": "1"}, "methods": []}"#, "$.openrpc: '2.0' does not match"),
            (#"{"info": {"title": "t", "version": "1"}, "methods": []}"#, "$: lacks the required member 'openrpc'"),
            (#"{\#(base), "colour": 1}"#, "$.colour: no such member is allowed here"),
            (#"{"openrpc": "1.2.6", "info": {"title": "t", "version": "1"}, "methods": [{"name": "", "params": []}]}"#,
             "$.methods[0]: must match exactly one of 2 schemas"),
            (#"{\#(base), "components": {"errors": {"x": {"code": 1.5, "message": "m"}}}}"#, "$.components.errors.x.code: must be of type integer"),
        ]
        for (json, expected) in cases {
            let violations = validator.validate(try JSONParser.parse(json))
            #expect(violations.contains { $0.hasPrefix(expected) }, "\(json): \(violations)")
        }
        let unsupported = JSONSchemaValidator(schema: try JSONParser.parse(#"{"type": "array", "uniqueItems": true}"#))
        #expect(unsupported.validate(.array([])) == ["$: unsupported schema keyword 'uniqueItems'"])
    }
}
