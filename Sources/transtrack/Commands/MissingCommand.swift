import ArgumentParser
import TranslationTracker
import TranslationTrackerReports

/// `transtrack missing`: one line per missing translation or unit, for grep and scripts.
struct MissingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "missing",
        abstract: "List missing translations and missing units, one grep-friendly line each.",
        discussion: """
            Lines look like 'summary  ja  missing' and 'summary  sw  unit 13 missing' (two spaces between fields); \
            with --dump, --live or --offline, a line about a wiki page ends with its place, as in \
            'summary  sw  unit 13 missing  meta:Plan/sw'.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var places: PlaceOptions
    @OptionGroup var output: OutputOptions

    struct Listing: Codable {
        var schemaVersion = StatusReport.currentSchemaVersion
        var missing: [MissingList.Entry]
    }

    func run() async throws {
        let session = try await Session(workspace, places: places)
        switch output.format {
        case .terminal: Console.out(MissingList().render(session.report))
        case .json: Console.out(JSONRenderer().render(Listing(missing: MissingList().entries(session.report))))
        }
    }
}
