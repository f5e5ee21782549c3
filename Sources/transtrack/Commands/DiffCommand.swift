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

    @Option(name: .long, help: "Output format: terminal or json.")
    var format: OutputOptions.Format = .terminal

    /// The answer, for both formats.
    struct Output: Codable {
        enum History: String, Codable {
            /// The old English was found in git history.
            case found
            /// Git history was searched and does not have it.
            case notFound
            /// No git history to search.
            case unavailable
            /// Nothing to look up: the unit is current, unverified or untranslated.
            case notNeeded
        }

        struct Then: Codable {
            var text: String
            var commit: String
            var date: String
        }

        struct Change: Codable {
            var op: String
            var text: String
        }

        var schemaVersion = StatusReport.currentSchemaVersion
        var document: String
        var language: LanguageCode
        var unit: UnitID
        var state: UnitState
        var translationFile: String
        var translationLine: Int?
        var sourceFile: String
        var sourceLine: Int
        var recorded: String?
        var expected: String
        var now: String
        var then: Then?
        var history: History
        var historyNote: String?
        var changes: [Change]
    }

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

        let source = try load(local.source, workspace, spec, workspace.manifest.source)
        let translationPath = local.translation.expanded(for: code)
        let translation = try load(translationPath, workspace, spec, code)
        guard let english = source.unit(id) else {
            Console.error("\(local.source): error: the English has no unit \(id)")
            throw Exit.inputError
        }
        let translated = UnitMatcher.match(source: source, translation: translation).units.first { $0.id == id }
        let now = english.fingerprint
        var output = Output(
            document: spec.id, language: code, unit: id, state: .missing, translationFile: translationPath, translationLine: translated?.line,
            sourceFile: local.source, sourceLine: english.line, recorded: translated?.recorded?.hex, expected: now.hex, now: english.text,
            then: nil, history: .notNeeded, historyNote: nil, changes: [])
        if let translated {
            if let recorded = translated.recorded {
                output.state = recorded.matches(now) ? .current : .stale
                if output.state == .stale {
                    switch GitHistory(folder: workspace.root).findUnit(path: local.source, id: id, matching: recorded) {
                    case .found(let old):
                        output.history = .found
                        output.then = Output.Then(text: old.text, commit: old.commit, date: old.date)
                        output.changes = WordDiff(old: old.text, new: english.text).operations.map { op in
                            switch op {
                            case .equal(let text): Output.Change(op: "equal", text: text)
                            case .delete(let text): Output.Change(op: "delete", text: text)
                            case .insert(let text): Output.Change(op: "insert", text: text)
                            }
                        }
                    case .notFound(let searched):
                        output.history = .notFound
                        output.historyNote = "\(searched) commits searched"
                    case .unavailable(let reason):
                        output.history = .unavailable
                        output.historyNote = reason
                    }
                }
            } else {
                output.state = .unverified
            }
        }
        switch format {
        case .json: Console.out(JSONRenderer().render(output))
        case .terminal: Console.out(render(output, outputOptions.style))
        }
    }

    private func render(_ output: Output, _ style: TerminalStyle) -> String {
        let title = "\(output.document) \(output.language) unit \(output.unit)"
        guard let line = output.translationLine else {
            return "\(title) is not translated. Today's English (\(output.sourceFile):\(output.sourceLine)):\n\(output.now)\n"
        }
        var out = style.bold(title) + " · \(output.translationFile):\(line)\n"
        switch (output.state, output.history) {
        case (.unverified, _):
            out += "No provenance recorded (no src= in its marker), so the English it was made from is unknown. Today's English:\n\(output.now)\n"
        case (.current, _):
            out += "Current: the translation follows today's English (src=\(output.recorded ?? "")).\n"
        case (_, .found):
            let then = output.then!
            out += style.paint("--- English then: src=\(output.recorded ?? ""), commit \(then.commit.prefix(10)) of \(then.date)", .red) + "\n"
            out += style.paint("+++ English now: \(output.expected), \(output.sourceFile):\(output.sourceLine)", .green) + "\n"
            out += output.changes.map { change in
                switch change.op {
                case "delete": style.paint("[-\(change.text)-]", .red)
                case "insert": style.paint("{+\(change.text)+}", .green)
                default: change.text
                }
            }.joined() + "\n"
        case (_, .notFound):
            out += "The English with fingerprint \(output.recorded ?? "") was not found in the git history of \(output.sourceFile) (\(output.historyNote ?? "")). Today's English:\n\(output.now)\n"
        default:
            out += "Git history is not available (\(output.historyNote ?? "")), so the old English cannot be shown. Today's English:\n\(output.now)\n"
        }
        return out
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
}
