import ArgumentParser
import TranslationTracker
import TranslationTrackerReaders
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

    struct Output: Codable {
        struct Assignment: Codable {
            var from: UnitID
            var to: UnitID
        }

        struct File: Codable {
            var document: String
            var path: String
            var assigned: [Assignment]
            var written: Bool
        }

        var schemaVersion = StatusReport.currentSchemaVersion
        var dryRun: Bool
        var files: [File]
    }

    func run() throws {
        var options = WorkspaceOptions()
        options.manifest = manifest
        options.document = document
        let workspace = try options.openWorkspace()
        let chosen = try options.documents(in: workspace.manifest)
        var files: [Output.File] = []
        for spec in workspace.manifest.documents where chosen?.contains(spec.id) ?? true {
            guard spec.kind == .wikitext, let local = spec.local else { continue }
            let page = try LocalFilesReader.readPage(
                path: local.source, absolute: workspace.path(local.source), kind: .wikitext, document: spec.id, language: workspace.manifest.source)
            guard let source = page.document else {
                throw Failure.input(page.findings.map { "\($0.locationText ?? local.source): error: \($0.message)" }.joined(separator: "\n"))
            }
            let result = SourceMarker().mark(source)
            let write = !dryRun && !result.assigned.isEmpty
            if write {
                try AtomicFile.write(result.bytes, to: workspace.path(local.source))
            }
            files.append(
                Output.File(
                    document: spec.id, path: local.source, assigned: result.assigned.map { Output.Assignment(from: $0.0, to: $0.1) },
                    written: write))
        }
        switch format {
        case .json: Console.out(JSONRenderer().render(Output(dryRun: dryRun, files: files)))
        case .terminal:
            for file in files {
                if file.assigned.isEmpty {
                    Console.out("\(file.path): every unit already has a marker\n")
                } else {
                    Console.out("\(file.path): \(dryRun ? "would mark" : "marked") \(StampCommand.list(file.assigned.map(\.to)))\n")
                }
            }
        }
    }
}
