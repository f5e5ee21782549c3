import ArgumentParser
import TranslationTracker
import TranslationTrackerReaders

/// `transtrack stamp`: record that a translation's units now match the current English.
struct StampCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stamp",
        abstract: "Record that translated units now match the current English (writes src= into their markers).",
        discussion: """
            Run it after updating a translation. Only the markers of the chosen units change; every other
            byte of the file stays as it was, and the file is replaced atomically.
            """)

    @Argument(help: ArgumentHelp("Languages to stamp, or 'all'.", valueName: "lang"))
    var languages: [String]

    @Option(name: [.customShort("d"), .long], help: ArgumentHelp("Only this document (repeatable).", valueName: "id"))
    var document: [String] = []

    @Option(name: [.customShort("u"), .long], help: ArgumentHelp("Only these units (repeatable; default: every translated unit).", valueName: "id"))
    var unit: [String] = []

    @Option(name: .long, help: ArgumentHelp("The manifest to use.", valueName: "path"))
    var manifest: String?

    @Flag(name: .long, help: "Show what would be stamped without writing.")
    var dryRun = false

    func run() throws {
        var options = WorkspaceOptions()
        options.manifest = manifest
        options.document = document
        let workspace = try options.openWorkspace()
        let manifest = workspace.manifest
        let codes: [LanguageCode] = try languages == ["all"]
            ? manifest.targets.map(\.code)
            : languages.map { try WorkspaceOptions.target($0, in: manifest) }
        let chosen = try options.documents(in: manifest)
        let wanted = unit.isEmpty ? nil : Set(unit.map { UnitID($0) })
        var failures = 0

        for spec in manifest.documents where chosen?.contains(spec.id) ?? true {
            guard spec.kind == .wikitext, let local = spec.local else {
                if chosen != nil { Console.error("\(spec.id): nothing to stamp here: it has no local wikitext files") }
                continue
            }
            let sourcePage = try read(local.source, workspace: workspace, spec: spec, language: manifest.source)
            guard let source = sourcePage.document else { throw Exit.inputError }
            for code in codes {
                let path = local.translation.expanded(for: code)
                let page = try read(path, workspace: workspace, spec: spec, language: code)
                guard page.exists else {
                    if languages == ["all"] {
                        Console.out("\(path): no translation yet, nothing to stamp\n")
                    } else {
                        Console.error("\(path): error: no \(code) translation to stamp; create it first")
                        failures += 1
                    }
                    continue
                }
                guard let translation = page.document else {
                    page.findings.forEach { Console.error("\($0.locationText ?? path): error: \($0.message)") }
                    failures += 1
                    continue
                }
                let result = Stamper().stamp(translation: translation, source: source, units: wanted)
                for (id, reason) in result.skipped {
                    Console.error("\(path): warning: unit \(id) not stamped: \(reason)")
                }
                if result.changed, !dryRun {
                    try reading { () throws(ReaderError) in try AtomicFile.write(result.bytes, to: workspace.path(path)) }
                }
                Console.out(summary(path, result))
            }
        }
        if failures > 0 { throw Exit.inputError }
    }

    private func read(_ path: String, workspace: Workspace, spec: DocumentSpec, language: LanguageCode) throws -> PageState {
        try reading { () throws(ReaderError) in
            try LocalFilesReader.readPage(path: path, absolute: workspace.path(path), kind: .wikitext, document: spec.id, language: language)
        }
    }

    private func summary(_ path: String, _ result: Stamper.Result) -> String {
        let verb = dryRun ? "would stamp" : "stamped"
        var parts: [String] = []
        if !result.stamped.isEmpty {
            parts.append("\(verb) \(Self.list(result.stamped))")
        }
        if !result.unchanged.isEmpty {
            parts.append("\(result.unchanged.count) already current")
        }
        if parts.isEmpty { parts.append("nothing to stamp") }
        return "\(path): \(parts.joined(separator: "; "))\n"
    }

    static func list(_ ids: [UnitID]) -> String {
        let noun = ids.count == 1 ? "unit" : "units"
        return "\(ids.count) \(noun) (\(ids.map(\.rawValue).joined(separator: ", ")))"
    }
}
