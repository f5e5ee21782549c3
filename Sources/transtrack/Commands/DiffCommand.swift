import ArgumentParser
import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerReports

/// `transtrack diff LANG UNIT`: what changed in the English since the translation was made.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show the English a translated unit was made from next to today's English, with a word diff.",
        discussion: "The old English is found in the git history of the source file by the fingerprint the translation records.")

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

    func run() throws {
        var options = WorkspaceOptions()
        options.manifest = manifest
        let workspace = try options.openWorkspace()
        let code = try WorkspaceOptions.target(language, in: workspace.manifest)
        let spec = try pickDocument(workspace.manifest)
        guard let local = spec.local else { throw ValidationError("document '\(spec.id)' has no local files") }
        let id = UnitID(unit)
        var outputOptions = OutputOptions()
        outputOptions.color = color
        let style = outputOptions.style

        let source = try load(local.source, workspace, spec, workspace.manifest.source)
        let translationPath = local.translation.expanded(for: code)
        let translation = try load(translationPath, workspace, spec, code)
        guard let english = source.unit(id) else {
            Console.error("\(local.source): error: the English has no unit \(id)")
            throw Exit.inputError
        }
        let matched = UnitMatcher.match(source: source, translation: translation)
        guard let translated = matched.units.first(where: { $0.id == id }) else {
            Console.out("\(spec.id) \(code) unit \(id) is not translated. Today's English (\(local.source):\(english.line)):\n\(english.text)\n")
            return
        }
        let now = english.fingerprint
        Console.out(style.bold("\(spec.id) \(code) unit \(id)") + " · \(translationPath):\(translated.line)\n")
        guard let recorded = translated.recorded else {
            Console.out("No provenance recorded (no src= in its marker), so the English it was made from is unknown. Today's English:\n\(english.text)\n")
            return
        }
        if recorded.matches(now) {
            Console.out("Current: the translation follows today's English (src=\(recorded.hex)).\n")
            return
        }
        switch GitHistory(folder: workspace.root).findUnit(path: local.source, id: id, matching: recorded) {
        case .found(let old):
            let diff = WordDiff(old: old.text, new: english.text)
            Console.out(style.paint("--- English then: src=\(recorded.hex), commit \(old.commit.prefix(10)) of \(old.date)", .red) + "\n")
            Console.out(style.paint("+++ English now: \(now.hex), \(local.source):\(english.line)", .green) + "\n")
            Console.out(render(diff, style) + "\n")
        case .notFound(let searched):
            Console.out("The English with fingerprint \(recorded.hex) was not found in the git history of \(local.source) (\(searched) commits searched). Today's English:\n\(english.text)\n")
        case .unavailable(let reason):
            Console.out("Git history is not available (\(reason)), so the old English cannot be shown. Today's English:\n\(english.text)\n")
        }
    }

    private func pickDocument(_ manifest: Manifest) throws -> DocumentSpec {
        let candidates = manifest.documents.filter { $0.kind == .wikitext && $0.local != nil }
        if let document {
            guard let spec = manifest.document(document) else {
                throw ValidationError("unknown document '\(document)'; the manifest has: \(manifest.documents.map(\.id).joined(separator: ", "))")
            }
            return spec
        }
        guard candidates.count == 1 else {
            throw ValidationError("name the document with --document: \(candidates.map(\.id).joined(separator: ", "))")
        }
        return candidates[0]
    }

    private func load(_ path: String, _ workspace: Workspace, _ spec: DocumentSpec, _ code: LanguageCode) throws -> WikitextDocument {
        let page = try reading { () throws(ReaderError) in
            try LocalFilesReader.readPage(path: path, absolute: workspace.path(path), kind: .wikitext, document: spec.id, language: code)
        }
        guard page.exists else {
            Console.error("\(path): error: no such file")
            throw Exit.inputError
        }
        guard let document = page.document else {
            page.findings.forEach { Console.error("\($0.locationText ?? path): error: \($0.message)") }
            throw Exit.inputError
        }
        return document
    }

    private func render(_ diff: WordDiff, _ style: TerminalStyle) -> String {
        guard style.enabled else { return diff.plain }
        return diff.operations.map { op in
            switch op {
            case .equal(let text): text
            case .delete(let text): style.paint("[-\(text)-]", .red)
            case .insert(let text): style.paint("{+\(text)+}", .green)
            }
        }.joined()
    }
}
