import ArgumentParser
import TranslationTracker
import TranslationTrackerLive
import TranslationTrackerReports

/// `transtrack mark`: give the English source's unmarked units real `<!--T:n-->` markers.
struct MarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mark",
        abstract: "Add <!--T:n--> markers to English units that have none, as marking a page for translation does.")

    @Option(name: [.customShort("d"), .long], help: ArgumentHelp("Only this document (repeatable).", valueName: "id"))
    var document: [String] = []

    @Option(name: .long, help: ArgumentHelp("The manifest to use.", valueName: "path"))
    var manifest: String?

    @Flag(name: .long, help: "Show what would be marked without writing.")
    var dryRun = false

    @Option(name: .long, help: "Output format: terminal or json.")
    var format: OutputOptions.Format = .terminal

    func run() throws {
        var options = WorkspaceOptions()
        options.manifest = manifest
        options.document = document
        let workspace = try options.openWorkspace()
        let result = try Tracker(workspace: workspace).mark(documents: try options.documents(in: workspace.manifest), dryRun: dryRun)
        let files = result.files
        switch format {
        case .json: Console.out(JSONRenderer().render(result))
        case .terminal:
            for file in files {
                for skip in file.skipped {
                    Console.out("\(file.path): warning: unit \(skip.unit) not marked: \(skip.reason)\n")
                }
                if file.assigned.isEmpty, file.skipped.isEmpty {
                    Console.out("\(file.path): every unit already has a marker\n")
                } else if !file.assigned.isEmpty {
                    Console.out("\(file.path): \(dryRun ? "would mark" : "marked") \(StampCommand.list(file.assigned.map(\.to)))\n")
                }
            }
        }
    }
}
