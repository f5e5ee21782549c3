import ArgumentParser
import TranslationTracker

/// `transtrack`: which translations exist, which are stale, and what is missing.
///
/// Exit codes: 0 ok, 1 the gate failed, 2 input or configuration error, 64 usage.
@main
struct Transtrack: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ToolInfo.name,
        abstract: "Track which translations exist, which are stale against the English, and what is missing.",
        discussion: """
            Reads locales/tracker.yaml (found from the current folder upward) and the files it names.
            Exit codes: 0 ok, 1 the check gate failed, 2 input or configuration error, 64 usage error.
            """,
        version: ToolInfo.version,
        subcommands: [
            StatusCommand.self, MissingCommand.self, CheckCommand.self, StampCommand.self, DiffCommand.self,
            MarkCommand.self, ReportCommand.self, ChecksCommand.self, ExplainCommand.self, FetchCommand.self, PublishCommand.self,
        ],
        defaultSubcommand: StatusCommand.self
    )

    /// Parses, runs, and maps what a command throws to an exit code in one place (``ExitCodes``).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            guard let (message, code) = ExitCodes.map(error) else { exit(withError: error) }
            if let message { Console.error(message) }
            exit(withError: ExitCode(code))
        }
    }
}
