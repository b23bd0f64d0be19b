// Finnish/CheckedArguments.swift — command-line values checked and converted before anything is
// sent: a malformed date or amount is the user's mistake (exit 2), said by aluectl itself.

extension OptionSpec {
    /// The `--date` every dated command takes.
    static let date = OptionSpec("--date", "DATE", "evaluate the rules for this day: 1.3.2025 or 2025-03-01 (default: today)")
}

extension ParsedArguments {
    /// Option `name` as a wire date (`1.3.2025` → `2025-03-01`); nil when not given.
    public func date(_ name: String) throws(UsageError) -> String? {
        try option(name).map { value throws(UsageError) in try checked(value, name, FinnishInput.date) }
    }

    /// Option `name` as a wire amount (`1 000,50` → `1000.50`); nil when not given.
    public func amount(_ name: String) throws(UsageError) -> String? {
        try option(name).map { value throws(UsageError) in try checked(value, name, FinnishInput.amount) }
    }

    /// Option `name` as a wire period (`3/2025` → `2025-03`); nil when not given.
    public func period(_ name: String) throws(UsageError) -> String? {
        try option(name).map { value throws(UsageError) in try checked(value, name, FinnishInput.period) }
    }

    /// `value` (given as `label`: an option or an argument name) converted by `parse`.
    public func checked(_ value: String, _ label: String, _ parse: (String) throws(InputError) -> String) throws(UsageError) -> String {
        do {
            return try parse(value)
        } catch {
            throw UsageError(Messages.invalid(label, error.message), command: command)
        }
    }
}
