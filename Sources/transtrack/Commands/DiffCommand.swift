import ArgumentParser
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReaders
import TranslationTrackerReports

/// `transtrack diff LANG UNIT`: what changed in the English since the translation was made.
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show the English a translated unit was made from next to today's English, with a word diff.",
        discussion: """
            The old English is found in the git history of the source file by the fingerprint the translation records. \
            With --dump WIKI=FILE it comes from the dump's own revisions instead: the English revision the unit's src= \
            names, or, without src=, the English current when the unit's text last changed (on Meta-Wiki, in its \
            Translations: page). --place picks the translation: local, or a wiki id (default: the first wiki a dump \
            covers that has one).

            With --live the wikis are read now through the Action API, as status --live reads them. On a translatable \
            page the state is the Translate extension's own, and the English then is the English unit page \
            (Translations:PAGE/UNIT/en) as it was when the translation was last saved.
            """)

    @Argument(help: ArgumentHelp("The translation's language.", valueName: "lang"))
    var language: String

    @Argument(help: ArgumentHelp("The unit id.", valueName: "unit"))
    var unit: String

    @Option(name: [.customShort("d"), .long], help: ArgumentHelp("The document (needed when the manifest has several wikitext documents).", valueName: "id"))
    var document: String?

    @Option(name: .long, help: ArgumentHelp("The manifest to use.", valueName: "path"))
    var manifest: String?

    @Option(name: .long, help: "Colour: auto, always or never.")
    var color: OutputOptions.ColorChoice = .auto

    @Option(name: .long, help: "Output format: terminal or json.")
    var format: OutputOptions.Format = .terminal

    @OptionGroup var places: PlaceOptions

    @Option(name: .long, help: ArgumentHelp("With --dump, --live or --offline: which translation, local or a wiki id (default: the first wiki read that has one).", valueName: "place"))
    var place: String?

    func run() async throws {
        var options = WorkspaceOptions()
        options.manifest = manifest
        let workspace = try options.openWorkspace()
        let code = try WorkspaceOptions.target(language, in: workspace.manifest)
        let tracker = Tracker(workspace: workspace)
        let diff = try await places.withPlaces(workspace.manifest) { chosen in
            let diff = try await tracker.diff(chosen, language: code, unit: UnitID(unit), document: document, place: place)
            if case .live(let connections) = chosen { await places.report(nil, connections: connections) }
            return diff
        }
        switch format {
        case .json: Console.out(JSONRenderer().render(diff))
        case .terminal:
            var outputOptions = OutputOptions()
            outputOptions.color = color
            Console.out(UnitDiffText(style: outputOptions.style).render(diff))
        }
    }
}
