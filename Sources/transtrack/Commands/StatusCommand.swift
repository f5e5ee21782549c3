import ArgumentParser
import TranslationTracker
import TranslationTrackerReports

/// `transtrack status`: the document × language table. The main job, and the default command.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show, per document and language, whether the translation exists, is current, and how much is covered.",
        discussion: """
            With --dump WIKI=FILE, the pages on that wiki are read from the dump too (each dump once): the translatable \
            page on Meta-Wiki and its unit pages, the files on Commons, the copies on each language's Wikipedia. Every \
            language then has a row per place; units without src= get a state inferred from the dump's history.

            With --live, every wiki of the manifest is read the same way through the MediaWiki Action API (and \
            .transtrack-cache/ next to the manifest is refreshed); with --offline, from that cache only.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var places: PlaceOptions
    @OptionGroup var output: OutputOptions

    func run() async throws {
        let session = try await Session(workspace, places: places)
        switch output.format {
        case .terminal: Console.out(TerminalRenderer(style: output.style).render(session.report))
        case .json: try StatusReportJSON().write(session.report, to: Console.chunks())
        }
    }
}
