import ArgumentParser
import TranslationTracker
import TranslationTrackerReports

/// `transtrack status`: the document × language table. The main job, and the default command.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show, per document and language, whether the translation exists, is current, and how much is covered.")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let session = try Session(workspace)
        switch output.format {
        case .terminal: Console.out(TerminalRenderer(style: output.style).render(session.report))
        case .json: Console.out(JSONRenderer().render(session.report))
        }
    }
}
