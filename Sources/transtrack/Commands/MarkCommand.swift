import ArgumentParser
import TranslationTracker
import TranslationTrackerReaders

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

    func run() throws {
        var options = WorkspaceOptions()
        options.manifest = manifest
        options.document = document
        let workspace = try options.openWorkspace()
        let chosen = try options.documents(in: workspace.manifest)
        for spec in workspace.manifest.documents where chosen?.contains(spec.id) ?? true {
            guard spec.kind == .wikitext, let local = spec.local else { continue }
            let page = try reading { () throws(ReaderError) in
                try LocalFilesReader.readPage(
                    path: local.source, absolute: workspace.path(local.source), kind: .wikitext, document: spec.id,
                    language: workspace.manifest.source)
            }
            guard let source = page.document else {
                page.findings.forEach { Console.error("\($0.locationText ?? local.source): error: \($0.message)") }
                throw Exit.inputError
            }
            let result = SourceMarker().mark(source)
            if result.assigned.isEmpty {
                Console.out("\(local.source): every unit already has a marker\n")
                continue
            }
            if !dryRun {
                try reading { () throws(ReaderError) in try AtomicFile.write(result.bytes, to: workspace.path(local.source)) }
            }
            let ids = result.assigned.map { $0.1.rawValue }.joined(separator: ", ")
            Console.out("\(local.source): \(dryRun ? "would mark" : "marked") \(result.assigned.count) units (\(ids))\n")
        }
    }
}
