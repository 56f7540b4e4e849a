import ArgumentParser
import Winnow

/// The `winnow` command: cleaning, and the views of the rules and options behind it.
public struct WinnowCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "winnow",
        abstract: "Turn scraped pages and text dumps into clean article text plus metadata.",
        version: WinnowVersion.current,
        subcommands: [
            CleanCommand.self, ReportCommand.self, WatchCommand.self, RulesCommand.self, OptionsCommand.self,
            BenchCommand.self,
        ],
        defaultSubcommand: CleanCommand.self
    )

    public init() {}
}

/// The version printed by `--version` and written into error records.
public enum WinnowVersion {
    public static let current = "0.1.0"
}

/// `winnow rules`: every reason a verdict can give, with what it looks at.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List every reason the classifier can give, with a one-line summary.")

    func run() {
        let width = Reason.allCases.map(\.rawValue.count).max() ?? 0
        for reason in Reason.allCases {
            print(reason.rawValue + String(repeating: " ", count: width - reason.rawValue.count + 2) + reason.summary)
        }
    }
}

/// `winnow options --dump`: the effective options as JSON.
struct OptionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "options", abstract: "Print the effective options (defaults with their units) as JSON.")

    @Flag(help: "Print the options as JSON.") var dump = false

    func run() throws {
        guard dump else { throw ValidationError("say --dump to print the options") }
        print(OptionsDump.json(Options()))
    }
}
