// ShellCompletion.swift — bash and zsh completion scripts generated from the command table, so that
// a new command, subcommand or option completes the moment it exists (`aluectl completion bash`).
//
// What completes is read from the specs: command names; each command's options; after an option
// with a PATH or FILE value, file names; after an option whose value is written in lowercase
// (`--lang fi|en`), its literal words; at a positional argument written in lowercase, its literal
// words (`record|import`, `check`); at a FILE or PATH argument, file names; at `[COMMAND]`, the
// command names. Placeholders such as MUNICIPALITY are left to the user.

import AlueWire

enum ShellCompletion {
    /// What may be typed at one positional argument.
    enum Positional: Equatable {
        case words([String])
        case files
        case commands
        case free
    }

    /// One command as the completion sees it.
    struct Command {
        var name: String
        var abstract: String
        var options: [OptionSpec]
        var positionals: [Positional]

        init(_ spec: CommandSpec) {
            name = spec.name
            abstract = spec.abstract
            options = spec.options
            positionals = spec.arguments.map(Self.positional)
        }

        static func positional(_ argument: String) -> Positional {
            let bare = argument.filter { $0 != "[" && $0 != "]" }
            if bare == "COMMAND" { return .commands }
            if bare.contains("FILE") || bare.contains("PATH") { return .files }
            if bare.first?.isLowercase == true { return .words(bare.split(separator: "|").map(String.init)) }
            return .free
        }
    }

    static var commands: [Command] { CommandTable.all.map(Command.init) }

    static func takesFile(_ option: OptionSpec) -> Bool {
        option.valueName.map { $0.contains("PATH") || $0.contains("FILE") } ?? false
    }

    /// The words an option's value is chosen from, when its value name spells them (`fi|en`).
    static func valueWords(_ option: OptionSpec) -> [String]? {
        guard let name = option.valueName, name.first?.isLowercase == true else { return nil }
        return name.split(separator: "|").map(String.init)
    }

    /// `case` patterns of the options that take a value (the next word) and of those whose value is
    /// a file: the global ones (`--socket`) and each command's (`"route --date"`).
    struct ValuedOptions {
        var global: String
        var globalFiles: String
        var commands: String
        var commandFiles: String
        /// `(pattern, words)` of the options whose value is one of some words: `("--lang", ["fi", "en"])`,
        /// `("\"statement --format\"", […])`.
        var globalWords: [(pattern: String, words: [String])]
        var commandWords: [(pattern: String, words: [String])]

        init(_ commands: [Command]) {
            func pattern(_ words: [String]) -> String { words.isEmpty ? "\"\"" : words.joined(separator: "|") }
            let valued = commands.flatMap { command in command.options.filter { $0.valueName != nil }.map { (command.name, $0) } }
            global = pattern(GlobalOptions.table.filter { $0.valueName != nil }.map(\.name))
            globalFiles = pattern(GlobalOptions.table.filter(takesFile).map(\.name))
            self.commands = pattern(valued.map { "\"\($0.0) \($0.1.name)\"" })
            commandFiles = pattern(valued.filter { takesFile($0.1) }.map { "\"\($0.0) \($0.1.name)\"" })
            globalWords = GlobalOptions.table.compactMap { option in valueWords(option).map { (option.name, $0) } }
            commandWords = valued.compactMap { command, option in valueWords(option).map { ("\"\(command) \(option.name)\"", $0) } }
        }

        /// The `case` statements that complete those words: `reply` gives the shell code offering them.
        func wordCases(_ reply: ([String]) -> String) -> String {
            func statement(_ subject: String, _ options: [(pattern: String, words: [String])]) -> String? {
                options.isEmpty ? nil : "case \(subject) in "
                    + options.map { "\($0.pattern)) \(reply($0.words)); return ;;" }.joined(separator: " ") + " esac"
            }
            return [statement("$prev", globalWords), statement("\"$command $prev\"", commandWords)].compactMap { $0 }
                .map { "        " + $0 }.joined(separator: "\n")
        }

        /// The shell function both scripts use to skip option values when they count positionals.
        var function: String {
            """
            # Does option $2 of command $1 take a value (the next word)?
            _aluectl_takes_value() {
                case $2 in \(global)) return 0 ;; esac
                case "$1 $2" in \(commands)) return 0 ;; esac
                return 1
            }
            """
        }
    }

    /// `"command index")` case lines, one per positional argument that completes to something;
    /// `completion` gives the shell code for a kind of argument (nil: nothing to offer).
    static func positionalCases(_ commands: [Command], _ completion: (Positional) -> String?) -> String {
        commands.flatMap { command in
            command.positionals.enumerated().compactMap { index, positional in
                completion(positional).map { "        \"\(command.name) \(index)\") \($0) ;;" }
            }
        }.joined(separator: "\n")
    }

    /// The loop both scripts use to find the command and count the positionals typed before the
    /// cursor: the command is the first word that is neither an option nor an option's value, and
    /// global options may stand anywhere. bash numbers the words from 0, zsh from 1.
    static func commandScan(words: String, first: Int, cursor: String) -> String {
        """
            local command= position=0 i word
            for ((i = \(first); i < \(cursor); i++)); do
                word=${\(words)[i]}
                if _aluectl_takes_value "$command" "$word"; then ((i++)); continue; fi
                case $word in
                    -*) ;;
                    *) if [[ -z $command ]]; then command=$word; else ((position++)); fi ;;
                esac
            done
        """
    }

    // MARK: bash

    static func bash() -> String {
        let commands = self.commands
        let names = commands.map(\.name).joined(separator: " ")
        let valued = ValuedOptions(commands)
        let optionLists = commands.filter { !$0.options.isEmpty }
            .map { "        \($0.name)) echo \"\($0.options.map(\.name).joined(separator: " "))\" ;;" }
        let positionals = positionalCases(commands) { positional in
            switch positional {
            case .words(let words): "_aluectl_reply \"\(words.joined(separator: " "))\""
            case .commands: "_aluectl_reply \"\(names)\""
            case .files: "_aluectl_files"
            case .free: nil
            }
        }
        return """
            # bash completion for aluectl. Generated by `aluectl completion bash` from aluectl's own
            # command table (aluectl \(AlueVersion.version)); installed as
            # /usr/share/bash-completion/completions/aluectl.

            _aluectl_reply() { COMPREPLY=($(compgen -W "$1" -- "$cur")); }
            _aluectl_files() { compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")); }

            \(valued.function)

            _aluectl_options() {
                case $1 in
            \(optionLists.joined(separator: "\n"))
                esac
            }

            _aluectl() {
                local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
            \(commandScan(words: "COMP_WORDS", first: 1, cursor: "COMP_CWORD"))
                COMPREPLY=()
                if _aluectl_takes_value "$command" "$prev"; then
                    case $prev in \(valued.globalFiles)) _aluectl_files; return ;; esac
            \(valued.wordCases { "_aluectl_reply \"\($0.joined(separator: " "))\"" })
                    case "$command $prev" in \(valued.commandFiles)) _aluectl_files ;; esac
                    return
                fi
                if [[ $cur == -* ]]; then
                    _aluectl_reply "$(_aluectl_options "$command") \(GlobalOptions.table.map(\.name).joined(separator: " "))"
                    return
                fi
                if [[ -z $command ]]; then
                    _aluectl_reply "\(names)"
                    return
                fi
                case "$command $position" in
            \(positionals)
                esac
            }

            complete -F _aluectl aluectl

            """
    }

    // MARK: zsh

    static func zsh() -> String {
        let commands = self.commands
        /// `name:description` entries for _describe, one per line.
        func described(_ pairs: [(String, String)], indent: String) -> String {
            pairs.map { indent + quoted("\($0.0):\($0.1.replacingOccurrences(of: ":", with: "\\:"))") }.joined(separator: "\n")
        }
        let valued = ValuedOptions(commands)
        let optionCases = commands.filter { !$0.options.isEmpty }.map { command in
            "            \(command.name)) options+=(\n"
                + described(command.options.map { ($0.name, $0.summary) }, indent: "                ")
                + "\n            ) ;;"
        }
        let positionals = positionalCases(commands) { positional in
            switch positional {
            case .words(let words): "compadd -- \(words.joined(separator: " "))"
            case .commands: "_describe -t commands 'aluectl command' commands"
            case .files: "_files"
            case .free: nil
            }
        }
        return """
            #compdef aluectl
            # zsh completion for aluectl. Generated by `aluectl completion zsh` from aluectl's own
            # command table (aluectl \(AlueVersion.version)); installed as _aluectl in a directory
            # of $fpath (/usr/share/zsh/vendor-completions on Debian).

            \(valued.function)

            _aluectl() {
                local cur=${words[CURRENT]} prev=${words[CURRENT-1]}
                local -a commands options
                commands=(
            \(described(commands.map { ($0.name, $0.abstract) }, indent: "        "))
                )
                options=(
            \(described(GlobalOptions.table.map { ($0.name, $0.summary) }, indent: "        "))
                )
            \(commandScan(words: "words", first: 2, cursor: "CURRENT"))
                if _aluectl_takes_value "$command" "$prev"; then
                    case $prev in \(valued.globalFiles)) _files; return ;; esac
            \(valued.wordCases { "compadd -- \($0.joined(separator: " "))" })
                    case "$command $prev" in \(valued.commandFiles)) _files ;; esac
                    return
                fi
                if [[ $cur == -* ]]; then
                    case $command in
            \(optionCases.joined(separator: "\n"))
                    esac
                    _describe -t options 'aluectl option' options
                    return
                fi
                if [[ -z $command ]]; then
                    _describe -t commands 'aluectl command' commands
                    return
                fi
                case "$command $position" in
            \(positionals)
                esac
            }

            _aluectl "$@"

            """
    }

    /// `text` as one single-quoted shell word.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
