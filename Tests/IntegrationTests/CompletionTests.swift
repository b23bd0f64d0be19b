// CompletionTests.swift — the bash and zsh completions `aluectl completion` generates from its
// command table: both scripts parse, and they complete every command of the table, every option of
// each command and the global options, subcommands and file arguments — bash for real, zsh with its
// completion builtins stood in for.

import Foundation
import TestSupport
import Testing

@Suite struct CompletionTests {
    static let commands = (try? AluectlCommands.all()) ?? []
    static let globalOptions = (try? AluectlCommands.globalOptions()) ?? []

    /// Runs `body` in `shell` with SCRIPT replaced by the path of the generated script.
    func run(_ shell: String, _ body: String) throws -> [Set<String>] {
        let generated = try CommandRunner.aluectl(["completion", shell], socket: nil)
        #expect(generated.status == 0, "\(generated.stderr)")
        let directory = TemporaryDirectory("alue-completion")
        let script = "\(directory.path)/aluectl.\(shell)"
        try generated.stdout.write(toFile: script, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(try HostTools.require(shell), ["-c", body.replacingOccurrences(of: "SCRIPT", with: script)])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        return result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { Set($0.split(separator: " ").map(String.init)) }
    }

    /// The same questions in either shell; each answer is the set of words offered.
    func checkAnswers(_ shell: String, completeWords: String) throws {
        let questions = ["aluectl ''", "aluectl --socket /tmp/x led", "aluectl ledger ''", "aluectl --json completion ''",
                         "aluectl help sta", "aluectl plugin check ''", "aluectl --socket ''", "aluectl route --lang ''"]
            + Self.commands.map { "aluectl \($0.name) --" }
        let answers = try run(shell, completeWords + "\n" + questions.map { "complete_words \($0)" }.joined(separator: "\n"))
        try #require(answers.count == questions.count, "\(answers)")
        let all = Set(Self.commands.map(\.name))
        // bash filters by what was typed; zsh's compsys does that itself, the stand-ins do not.
        let filters = shell == "bash"
        #expect(answers[0] == all, "every command of the table")
        #expect(answers[1] == (filters ? ["ledger"] : all))
        #expect(answers[2].isSuperset(of: ["record", "import"]))
        #expect(answers[3] == ["bash", "zsh"])
        #expect(answers[4] == (filters ? ["status", "stats", "statement", "statistics"] : all))
        if !filters { #expect(answers[5] == ["FILES"] && answers[6] == ["FILES"]) }   // bash lists real files
        #expect(answers[7] == ["fi", "en"], "the languages --lang takes")
        for (command, answer) in zip(Self.commands, answers.dropFirst(8)) {
            #expect(answer == Set(command.options + Self.globalOptions), "the options of \(command.name)")
        }
    }

    @Test func theTableIsReadFromAluectlsHelp() {
        #expect(Self.commands.count >= 20)
        #expect(Self.commands.contains { $0.name == "completion" })
        #expect(Self.globalOptions.contains("--socket") && Self.globalOptions.contains("--lang"))
    }

    @Test(.enabled(if: HostTools.path("bash") != nil))
    func bashCompletesTheWholeTable() throws {
        try checkAnswers("bash", completeWords: """
            source SCRIPT
            complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _aluectl; echo "${COMPREPLY[*]}"; }
            """)
    }

    @Test(.enabled(if: HostTools.path("zsh") != nil))
    func zshCompletesTheWholeTable() throws {
        // compsys is not loaded in `zsh -c`: stand-ins for its builtins print what they are given.
        try checkAnswers("zsh", completeWords: """
            compadd() { shift; print -r -- "${(j: :)@}" }
            _describe() { local -a entries; entries=("${(@P)4}"); print -r -- "${(j: :)${(@)entries%%:*}}" }
            _files() { print -r -- FILES }
            complete_words() { words=("$@"); CURRENT=${#words}; source SCRIPT }
            """)
    }
}
