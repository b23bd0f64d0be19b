// GlobalOptions.swift — the options every command takes: THE one table of them (help, the shell
// completions and the man page's test read it) and how they are read from the command line, where
// they may stand before or after the command.

import PluginAPI

struct GlobalOptions {
    static let table = [
        OptionSpec("--socket", "PATH", "alued's socket (default: $ALUE_SOCKET, else /run/alue/alued.sock)"),
        OptionSpec("--json", nil, "print the JSON-RPC result (or error) object instead of a table"),
        OptionSpec("--timeout", "SECONDS", "give up waiting for an answer after this long (default 30)"),
        OptionSpec("--lang", Language.allCases.map(\.rawValue).joined(separator: "|"),
                   "the language of tables, notes and messages (default: fi, or en when $ALUE_LANG=en)"),
        OptionSpec("--help", nil, "the same as 'aluectl help'"),
        OptionSpec("--version", nil, "the same as 'aluectl version'"),
    ]

    var socketPath: String
    var json = false
    var timeout = 30.0
    var language = Language.fi
    /// The command and its own arguments.
    var rest: [String] = []
    /// The first mistake in the global options. It is kept, not thrown, until the whole line is
    /// read, so that it is said in the language `--lang` asks for wherever `--lang` stands.
    var problem: UsageError?

    init(_ arguments: [String], environment: [String: String]) {
        socketPath = environment["ALUE_SOCKET"].flatMap { $0.isEmpty ? nil : $0 } ?? "/run/alue/alued.sock"
        var chosenLanguage: Language?
        var words = arguments[...]
        func fail(_ message: LocalizedText) { if problem == nil { problem = UsageError(message) } }
        while var word = words.popFirst() {
            // `--lang=en` as well as `--lang en`, as commands take their own options.
            var inlineValue: String?
            if let equals = word.firstIndex(of: "="), Self.table.contains(where: { $0.valueName != nil && $0.name == word[..<equals] }) {
                inlineValue = String(word[word.index(after: equals)...])
                word = String(word[..<equals])
            }
            func value() -> String? { inlineValue ?? words.popFirst() }
            switch word {
            case "--socket":
                guard let value = value() else { fail(Messages.needsValue(word, "PATH")); continue }
                socketPath = value
            case "--json": json = true
            case "--timeout":
                guard let value = value(), let seconds = Double(value), seconds > 0 else { fail(Messages.timeoutSeconds); continue }
                timeout = seconds
            case "--lang":
                let choices = Language.allCases.map(\.rawValue)
                guard let value = value() else { fail(Messages.needsValue(word, choices.joined(separator: "|"))); continue }
                guard let language = Language(word: value) else { fail(Messages.oneOf(word, choices, got: value)); continue }
                chosenLanguage = language
            case "--help", "-h": rest.insert("help", at: 0)
            case "--version": rest = ["version"]
            default: rest.append(word)
            }
        }
        if let chosenLanguage {
            language = chosenLanguage
        } else {
            do {
                language = try Language.fromEnvironment(environment)
            } catch {
                if problem == nil { problem = error }
            }
        }
    }
}
