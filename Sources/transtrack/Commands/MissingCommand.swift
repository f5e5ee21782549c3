import ArgumentParser
import TranslationTracker
import TranslationTrackerReports

/// `transtrack missing`: one line per missing translation or unit, for grep and scripts.
struct MissingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "missing",
        abstract: "List missing translations and missing units, one grep-friendly line each.",
        discussion: "Lines look like 'summary  ja  missing' and 'summary  sw  unit 13 missing' (two spaces between fields).")

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var output: OutputOptions

    struct Listing: Codable {
        var schemaVersion = StatusReport.currentSchemaVersion
        var missing: [MissingList.Entry]
    }

    func run() throws {
        let session = try Session(workspace)
        switch output.format {
        case .terminal: Console.out(MissingList().render(session.report))
        case .json: Console.out(JSONRenderer().render(Listing(missing: MissingList().entries(session.report))))
        }
    }
}
