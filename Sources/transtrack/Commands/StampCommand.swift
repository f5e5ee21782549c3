import ArgumentParser
import TranslationTracker
import TranslationTrackerReaders
import TranslationTrackerReports

/// `transtrack stamp`: record that a translation's units now match the current English.
struct StampCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stamp",
        abstract: "Record that translated units now match the current English (writes src= into their markers).",
        discussion: """
            Run it after updating a translation. Only the markers of the chosen units change; every other
            byte of the file stays as it was, and the file is replaced atomically.

            A slide deck is not rewritten: its stamp record beside it (slides.odp.transtrack.json) gets the
            fingerprints of the chosen English slides (units slide-1, slide-2, …) and, when every slide is
            stamped, the English deck's SHA-1, which is all a PDF can be stamped with.
            """)

    @Argument(help: ArgumentHelp("Languages to stamp, or 'all'.", valueName: "lang"))
    var languages: [String]

    @Option(name: [.customShort("d"), .long], help: ArgumentHelp("Only this document (repeatable).", valueName: "id"))
    var document: [String] = []

    @Option(name: [.customShort("u"), .long], help: ArgumentHelp("Only these units (repeatable; slide-N for a deck; default: every translated unit).", valueName: "id"))
    var unit: [String] = []

    @Option(name: .long, help: ArgumentHelp("The manifest to use.", valueName: "path"))
    var manifest: String?

    @Flag(name: .long, help: "Show what would be stamped without writing.")
    var dryRun = false

    @Option(name: .long, help: "Output format: terminal or json.")
    var format: OutputOptions.Format = .terminal

    /// What happened to one translation file (`--format json`).
    struct FileResult: Codable {
        struct Skipped: Codable {
            var unit: UnitID
            var reason: String
        }

        var document: String
        var language: LanguageCode
        var path: String
        var exists: Bool
        var stamped: [UnitID]
        var unchanged: [UnitID]
        var skipped: [Skipped]
        var written: Bool
    }

    struct Output: Codable {
        var schemaVersion = StatusReport.currentSchemaVersion
        var dryRun: Bool
        var files: [FileResult]
    }

    func run() throws {
        var options = WorkspaceOptions()
        options.manifest = manifest
        options.document = document
        let workspace = try options.openWorkspace()
        let manifest = workspace.manifest
        let every = languages == ["all"]
        let codes: [LanguageCode] = try every ? manifest.targets.map(\.code) : languages.map { try WorkspaceOptions.target($0, in: manifest) }
        let chosen = try options.documents(in: manifest)
        // Only a translation the user asked for by language and by document must exist; stamping
        // every document skips a language that has no translation of one of them (no deck, say).
        let required = !every && chosen != nil
        let wanted = unit.isEmpty ? nil : Set(unit.map { UnitID($0) })
        var results: [FileResult] = []
        var failures = 0

        for spec in manifest.documents where chosen?.contains(spec.id) ?? true {
            guard let local = spec.local else {
                if chosen != nil { Console.error("\(spec.id): nothing to stamp here: it has no local files") }
                continue
            }
            if spec.kind == .file {
                let (files, failed) = try stampDecks(spec, local: local, codes: codes, required: required, wanted: wanted, workspace: workspace)
                results += files
                failures += failed
                continue
            }
            let sourcePage = try read(local.source, workspace: workspace, spec: spec, language: manifest.source)
            guard let source = sourcePage.document else {
                throw Failure.input(sourcePage.findings.map { "\($0.locationText ?? local.source): error: \($0.message)" }.joined(separator: "\n"))
            }
            for code in codes {
                let path = local.translation.expanded(for: code)
                let page = try read(path, workspace: workspace, spec: spec, language: code)
                var result = FileResult(
                    document: spec.id, language: code, path: path, exists: page.exists, stamped: [], unchanged: [], skipped: [], written: false)
                guard page.exists else {
                    if required {
                        Console.error("\(path): error: no \(code) translation to stamp; create it first")
                        failures += 1
                    }
                    results.append(result)
                    continue
                }
                guard let translation = page.document else {
                    page.findings.forEach { Console.error("\($0.locationText ?? path): error: \($0.message)") }
                    failures += 1
                    continue
                }
                let stamp = Stamper().stamp(translation: translation, source: source, units: wanted)
                if stamp.changed, !dryRun {
                    try AtomicFile.write(stamp.bytes, to: workspace.path(path))
                    result.written = true
                }
                result.stamped = stamp.stamped
                result.unchanged = stamp.unchanged
                result.skipped = stamp.skipped.map { FileResult.Skipped(unit: $0.0, reason: $0.1) }
                results.append(result)
            }
        }
        switch format {
        case .json: Console.out(JSONRenderer().render(Output(dryRun: dryRun, files: results)))
        case .terminal: results.forEach { Console.out(summary($0, required: required)) }
        }
        // Each failure was reported as it happened; the exit code says there were some.
        if failures > 0 { throw ExitCode(2) }
    }

    /// Stamps slide decks: writes each translated deck's stamp record (its sidecar) atomically.
    private func stampDecks(
        _ spec: DocumentSpec, local: LocalLocation, codes: [LanguageCode], required: Bool, wanted: Set<UnitID>?, workspace: Workspace
    ) throws -> ([FileResult], Int) {
        let manifest = workspace.manifest
        let reader = DeckPageReader(workspace: workspace)
        let sourcePage = try reader.read(candidates: [local.source], document: spec.id, language: manifest.source, isSource: true)
        guard let english = sourcePage.deck else {
            let messages = sourcePage.findings.map { "\($0.locationText ?? local.source): error: \($0.message)" }
            throw Failure.input(
                messages.isEmpty ? "\(local.source): error: the English deck does not exist; create it or correct the path" : messages.joined(separator: "\n"))
        }
        var results: [FileResult] = []
        var failures = 0
        for code in codes {
            let page = try reader.read(candidates: local.translationCandidates(for: code), document: spec.id, language: code)
            let path = page.location.path ?? local.translation.expanded(for: code)
            var result = FileResult(
                document: spec.id, language: code, path: path, exists: page.exists, stamped: [], unchanged: [], skipped: [], written: false)
            guard page.exists else {
                if required {
                    Console.error("\(path): error: no \(code) deck to stamp; create it first")
                    failures += 1
                }
                results.append(result)
                continue
            }
            // A stamp record that cannot be read is not overwritten: it may be someone's work.
            let unreadable = page.findings.filter { $0.severity == .error }
            guard let deck = page.deck, unreadable.isEmpty else {
                unreadable.forEach { Console.error("\($0.locationText ?? path): error: \($0.message)") }
                failures += 1
                continue
            }
            let stamp = DeckStamper().stamp(translation: deck, english: english, existing: page.deckStamp, sourcePath: local.source, units: wanted)
            if stamp.changed, !dryRun {
                let sidecar = DeckStamp.sidecarPath(of: path)
                try AtomicFile.write(stamp.stamp.encoded(), to: workspace.path(sidecar))
                result.written = true
            }
            result.stamped = stamp.stamped
            result.unchanged = stamp.unchanged
            result.skipped = stamp.skipped.map { FileResult.Skipped(unit: $0.0, reason: $0.1) }
            results.append(result)
        }
        return (results, failures)
    }

    private func read(_ path: String, workspace: Workspace, spec: DocumentSpec, language: LanguageCode) throws -> PageState {
        try LocalFilesReader.readPage(path: path, absolute: workspace.path(path), kind: .wikitext, document: spec.id, language: language)
    }

    /// One file's line; a missing translation that was `required` was already reported as an error.
    private func summary(_ result: FileResult, required: Bool) -> String {
        guard result.exists else { return required ? "" : "\(result.path): no \(result.language) translation of \(result.document) yet; skipped\n" }
        var out = ""
        for skipped in result.skipped {
            out += "\(result.path): warning: unit \(skipped.unit) not stamped: \(skipped.reason)\n"
        }
        var parts: [String] = []
        if !result.stamped.isEmpty { parts.append("\(dryRun ? "would stamp" : "stamped") \(Self.list(result.stamped))") }
        if !result.unchanged.isEmpty { parts.append("\(result.unchanged.count) already current") }
        if parts.isEmpty { parts.append("nothing to stamp") }
        return out + "\(result.path): \(parts.joined(separator: "; "))\n"
    }

    static func list(_ ids: [UnitID]) -> String {
        let noun = ids.count == 1 ? "unit" : "units"
        return "\(ids.count) \(noun) (\(ids.map(\.rawValue).joined(separator: ", ")))"
    }
}
