// Commands/CompletionCommand.swift — `aluectl completion bash|zsh`: the shell completion script,
// generated from the command table (ShellCompletion), so it cannot drift from the commands.

enum CompletionCommand {
    static let spec = CommandSpec(
        "completion",
        abstract: "Print the bash or zsh completion script for aluectl.",
        arguments: ["bash|zsh"],
        discussion: """
            The script is generated from aluectl's own command table. The package installs both; by hand:
              aluectl completion bash > ~/.local/share/bash-completion/completions/aluectl
              aluectl completion zsh > ~/.zfunc/_aluectl        # with fpath+=(~/.zfunc) before compinit
            """
    ) { arguments, session in
        switch arguments.positionals[0] {
        case "bash": session.output.print(ShellCompletion.bash())
        case "zsh": session.output.print(ShellCompletion.zsh())
        default: throw UsageError(Messages.oneOf("completion", ["bash", "zsh"], got: arguments.positionals[0]), command: "completion")
        }
        return .success
    }
}
