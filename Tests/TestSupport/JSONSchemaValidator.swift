// JSONSchemaValidator.swift — a small JSON Schema (draft-07) validator for the tests: exactly the
// keywords the OpenRPC meta-schema uses (Tests/Fixtures/OpenRPC). A keyword it does not implement
// is reported as a violation, never skipped, so a schema it cannot fully check cannot pass.

import AlueWire
import Foundation

public struct JSONSchemaValidator {
    /// Keywords that only annotate; they never make an instance invalid.
    static let annotations: Set<String> = ["$schema", "$id", "title", "description", "default", "definitions", "format"]
    /// Keywords checked here (draft-07 semantics).
    static let assertions: Set<String> = ["$ref", "type", "enum", "required", "properties", "patternProperties",
                                          "additionalProperties", "items", "additionalItems", "oneOf", "pattern", "minLength"]

    static let memberKeywords: Set<String> = ["properties", "patternProperties", "additionalProperties"]

    let root: JSONValue

    public init(schema: JSONValue) {
        root = schema
    }

    /// Every violation as `path: what is wrong` (`$` is the instance's root); empty when valid.
    public func validate(_ instance: JSONValue) -> [String] {
        errors(instance, against: root, at: "$")
    }

    private func errors(_ instance: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        if let allowed = schema.boolValue { return allowed ? [] : ["\(path): the schema false accepts nothing"] }
        guard let keywords = schema.objectValue else { return ["\(path): a schema must be an object or a boolean"] }
        // In draft-07 a $ref replaces its siblings.
        if let reference = schema["$ref"] {
            guard let target = reference.stringValue.flatMap(resolve) else {
                return ["\(path): unsupported or unresolvable $ref \(reference.jsonText)"]
            }
            return errors(instance, against: target, at: path)
        }
        // properties, patternProperties and additionalProperties depend on each other: checked together.
        var found = keywords.contains { Self.memberKeywords.contains($0.key) } ? members(of: instance, schema: schema, at: path) : []
        for (keyword, value) in keywords where !Self.memberKeywords.contains(keyword) {
            if Self.annotations.contains(keyword) { continue }
            guard Self.assertions.contains(keyword) else {
                found.append("\(path): unsupported schema keyword '\(keyword)'")
                continue
            }
            found += check(keyword, value, instance, schema: schema, at: path)
        }
        return found
    }

    private func check(_ keyword: String, _ value: JSONValue, _ instance: JSONValue, schema: JSONValue, at path: String) -> [String] {
        switch keyword {
        case "type":
            let types = value.arrayValue?.compactMap(\.stringValue) ?? value.stringValue.map { [$0] } ?? []
            return types.contains(where: { Self.has(instance, type: $0) })
                ? [] : ["\(path): must be of type \(types.joined(separator: " or ")), not \(instance.typeName)"]
        case "enum":
            return (value.arrayValue ?? []).contains(instance) ? [] : ["\(path): \(instance.jsonText) is not one of \(value.jsonText)"]
        case "required":
            guard let members = instance.objectValue else { return [] }
            return (value.arrayValue ?? []).compactMap(\.stringValue)
                .filter { name in !members.contains { $0.key == name } }
                .map { "\(path): lacks the required member '\($0)'" }
        case "items":
            guard let elements = instance.arrayValue else { return [] }
            if let tuple = value.arrayValue {
                var found = zip(elements, tuple).enumerated().flatMap { index, pair in errors(pair.0, against: pair.1, at: "\(path)[\(index)]") }
                if let additional = schema["additionalItems"] {
                    for index in tuple.count..<max(tuple.count, elements.count) {
                        found += errors(elements[index], against: additional, at: "\(path)[\(index)]")
                    }
                }
                return found
            }
            return elements.enumerated().flatMap { index, element in errors(element, against: value, at: "\(path)[\(index)]") }
        case "additionalItems":
            return []  // applies only beside a tuple `items`, checked there
        case "oneOf":
            let options = value.arrayValue ?? []
            let matching = options.filter { errors(instance, against: $0, at: path).isEmpty }.count
            return matching == 1 ? [] : ["\(path): must match exactly one of \(options.count) schemas, matches \(matching)"]
        case "pattern":
            guard let text = instance.stringValue, let pattern = value.stringValue else { return [] }
            return Self.matches(text, pattern) ? [] : ["\(path): '\(text)' does not match /\(pattern)/"]
        case "minLength":
            guard let text = instance.stringValue, let minimum = value.intValue else { return [] }
            return text.unicodeScalars.count >= minimum ? [] : ["\(path): shorter than \(minimum) characters"]
        default:
            return ["\(path): unsupported schema keyword '\(keyword)'"]
        }
    }

    /// properties, patternProperties and additionalProperties of an object instance.
    private func members(of instance: JSONValue, schema: JSONValue, at path: String) -> [String] {
        guard let members = instance.objectValue else { return [] }
        let properties = schema["properties"]?.objectValue ?? []
        let patterns = schema["patternProperties"]?.objectValue ?? []
        var found: [String] = []
        for (name, value) in members {
            let memberPath = "\(path).\(name)"
            var covered = false
            if let property = properties.first(where: { $0.key == name }) {
                covered = true
                found += errors(value, against: property.value, at: memberPath)
            }
            for (pattern, subschema) in patterns where Self.matches(name, pattern) {
                covered = true
                found += errors(value, against: subschema, at: memberPath)
            }
            if !covered, let additional = schema["additionalProperties"] {
                found += additional == .bool(false)
                    ? ["\(memberPath): no such member is allowed here"] : errors(value, against: additional, at: memberPath)
            }
        }
        return found
    }

    /// A JSON pointer into this schema (`#/definitions/methodObject`); remote references are unsupported.
    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var target: JSONValue? = root
        for token in reference.dropFirst().split(separator: "/", omittingEmptySubsequences: true) {
            let name = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            target = target?[name]
        }
        return target
    }

    static func has(_ instance: JSONValue, type: String) -> Bool {
        switch (type, instance) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object):
            return true
        case ("integer", .number(let text)):
            return Double(text).map { $0.rounded() == $0 } ?? false
        default:
            return false
        }
    }

    /// ECMA-262 semantics as JSON Schema wants them: the pattern may match anywhere in the text.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
