// CommandSpec.swift — what a command is: its name, one-line abstract, usage, arguments, and the
// function that runs it. `help` and the argument parser both read these declarations.

import AlueWire
import PluginAPI

/// An option of a command, e.g. `--date DATE` (takes a value) or `--foreign-language` (a flag).
public struct OptionSpec: Sendable {
    public var name: String
    public var valueName: String?
    public var summary: String

    public init(_ name: String, _ valueName: String? = nil, _ summary: String) {
        self.name = name
        self.valueName = valueName
        self.summary = summary
    }
}

/// The arguments of one invocation, checked against the command's spec.
public struct ParsedArguments: Sendable {
    /// The command they were given to, for usage errors found later.
    public var command: String
    public var positionals: [String]
    public var options: [String: String]
    public var flags: Set<String>

    public func option(_ name: String) -> String? { options[name] }
    public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

public struct CommandSpec: Sendable {
    public typealias Run = @Sendable (ParsedArguments, Session) throws -> ExitStatus

    public var name: String
    public var abstract: String
    /// Positional argument names; those in brackets (`[JSON-PARAMS]`) are optional.
    public var arguments: [String]
    public var options: [OptionSpec]
    /// Extra help text: examples, notes.
    public var discussion: String?
    /// An option that stands in for the positional arguments (`route --batch FILE` asks no single question).
    public var replacesArguments: String?
    public var run: Run

    public init(_ name: String, abstract: String, arguments: [String] = [], options: [OptionSpec] = [],
                discussion: String? = nil, replacesArguments: String? = nil, run: @escaping Run) {
        self.name = name
        self.abstract = abstract
        self.arguments = arguments
        self.options = options
        self.discussion = discussion
        self.replacesArguments = replacesArguments
        self.run = run
    }

    var requiredCount: Int { arguments.filter { !$0.hasPrefix("[") }.count }

    public var usage: String {
        let options = self.options.map { "[\($0.name)\($0.valueName.map { " \($0)" } ?? "")]" }
        return (["aluectl", name] + arguments + options).joined(separator: " ")
    }

    /// Checks `words` against this command: known options, values present, positional count.
    public func parse(_ words: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments(command: name, positionals: [], options: [:], flags: [])
        var remaining = words[...]
        while let word = remaining.popFirst() {
            guard word.hasPrefix("--"), word.count > 2 else {
                parsed.positionals.append(word)
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "=") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard let option = options.first(where: { $0.name == name }) else {
                throw UsageError(Messages.unknownOption(name, command: self.name, known: options.map(\.name)), command: self.name)
            }
            if let valueName = option.valueName {
                guard let value = inlineValue ?? remaining.popFirst() else {
                    throw UsageError(Messages.needsValue(name, valueName), command: self.name)
                }
                parsed.options[name] = value
            } else {
                parsed.flags.insert(name)
            }
        }
        if let replacing = replacesArguments, parsed.options[replacing] != nil {
            guard parsed.positionals.isEmpty else {
                throw UsageError(Messages.replacesArguments(replacing, arguments), command: name)
            }
            return parsed
        }
        if parsed.positionals.count < requiredCount {
            let missing = arguments.filter { !$0.hasPrefix("[") }[parsed.positionals.count...]
            throw UsageError(Messages.missingArguments(name, Array(missing)), command: name)
        }
        if parsed.positionals.count > arguments.count {
            throw UsageError(Messages.tooManyArguments(name, at: arguments.count, got: parsed.positionals[arguments.count]), command: name)
        }
        return parsed
    }
}

extension CommandSpec {
    /// A command that sends its positional arguments as the named params of `method`, plus an
    /// optional `--date`, and renders the answer.
    static func datedQuery(_ name: String, abstract: String, arguments: [(word: String, param: String)],
                           method: String, discussion: String,
                           render: @escaping @Sendable (JSONValue, Language, _ width: Int) -> String) -> CommandSpec {
        CommandSpec(name, abstract: abstract, arguments: arguments.map(\.word),
                    options: [OptionSpec.date],
                    discussion: discussion) { parsed, session in
            var params = ObjectBuilder()
            for (argument, value) in zip(arguments, parsed.positionals) { params.add(argument.param, value) }
            params.add("date", try parsed.date("--date"))
            return try session.show(method, params.value) { render($0, session.language, session.width) }
        }
    }
}
