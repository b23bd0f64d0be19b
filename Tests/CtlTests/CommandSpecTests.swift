// CommandSpecTests.swift — aluectl's argument parser: options with and without values, inline
// `--name=value`, positional counts, and usage errors that name the command, in both languages.

import CtlKit
import PluginAPI
import Testing

@Suite struct CommandSpecTests {
    let spec = CommandSpec("demo", abstract: "A command for the tests.", arguments: ["FIRST", "[SECOND]"],
                           options: [OptionSpec("--date", "YYYY-MM-DD", "a day"), OptionSpec("--verbose", nil, "a flag")]) { _, _ in .success }

    @Test func readsPositionalsOptionsAndFlagsInAnyOrder() throws {
        let parsed = try spec.parse(["--date", "2025-03-01", "one", "--verbose", "two"])
        #expect(parsed.positionals == ["one", "two"])
        #expect(parsed.option("--date") == "2025-03-01")
        #expect(parsed.has("--verbose"))
        #expect(!parsed.has("--date"))
    }

    @Test func takesInlineValuesAndTheLastOfARepeatedOption() throws {
        let parsed = try spec.parse(["one", "--date=1.3.2025", "--date", "2.3.2025"])
        #expect(parsed.option("--date") == "2.3.2025")
        let inline = try spec.parse(["--date=a=b", "one"])
        #expect(inline.option("--date") == "a=b")
    }

    @Test func negativeNumbersAndADoubleDashArePositionals() throws {
        #expect(try spec.parse(["-50,00"]).positionals == ["-50,00"])
        #expect(try spec.parse(["--", "x"]).positionals == ["--", "x"])
    }

    @Test func theOptionalPositionalMayBeLeftOut() throws {
        #expect(try spec.parse(["one"]).positionals == ["one"])
    }

    @Test(arguments: [
        (["one", "--colour", "red"], "komennolla demo ei ole valitsinta '--colour'; sen valitsimet: --date, --verbose",
         "unknown option '--colour' for demo; it takes --date, --verbose"),
        (["one", "--date"], "--date tarvitsee arvon (YYYY-MM-DD)", "--date needs a value (YYYY-MM-DD)"),
        ([], "demo: argumentti FIRST puuttuu", "demo needs FIRST (missing argument)"),
        (["one", "two", "three"], "demo ottaa enintään 2 argumenttia, ylimääräinen 'three'", "demo takes at most 2 argument(s), got 'three'"),
    ])
    func mistakesAreUsageErrorsOfThisCommand(words: [String], finnish: String, english: String) {
        do {
            _ = try spec.parse(words)
            Issue.record("accepted \(words)")
        } catch {
            #expect(error.message == LocalizedText(fi: finnish, en: english))
            #expect(error.command == "demo")
        }
    }

    @Test func usageListsArgumentsAndOptions() {
        #expect(spec.usage == "aluectl demo FIRST [SECOND] [--date YYYY-MM-DD] [--verbose]")
    }
}
