import ArgumentParser
import TranslationTracker
import TranslationTrackerLive
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
        let result = try Tracker(workspace: workspace).stamp(
            languages: codes, documents: chosen, units: unit.isEmpty ? nil : Set(unit.map { UnitID($0) }), required: required, dryRun: dryRun)
        result.diagnostics.forEach { Console.error($0) }
        switch format {
        case .json: Console.out(JSONRenderer().render(result))
        case .terminal: result.files.forEach { Console.out(summary($0, required: required)) }
        }
        // Each failure was reported as it happened; the exit code says there were some.
        if result.failures > 0 { throw ExitCode(2) }
    }

    /// One file's line; a missing translation that was `required` was already reported as an error.
    private func summary(_ result: StampResult.File, required: Bool) -> String {
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
