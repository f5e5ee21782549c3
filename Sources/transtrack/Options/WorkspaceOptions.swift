import ArgumentParser
import TranslationTracker
import TranslationTrackerReaders

/// Where the manifest is, and which documents and languages to look at.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The manifest to use (default: locales/tracker.yaml found from here upward).", valueName: "path"))
    var manifest: String?

    @Option(name: [.customShort("d"), .long], help: ArgumentHelp("Only this document (repeatable).", valueName: "id"))
    var document: [String] = []

    @Option(name: [.customShort("l"), .long], help: ArgumentHelp("Only this language (repeatable).", valueName: "code"))
    var language: [String] = []

    /// Opens the workspace; a ``ReaderError`` (no manifest, a broken one) exits 2 with its message.
    func openWorkspace() throws -> Workspace {
        try Workspace.open(manifestPath: manifest, currentDirectory: Console.currentDirectory)
    }

    /// The `--document` filter, checked against the manifest.
    func documents(in manifest: Manifest) throws -> Set<String>? {
        guard !document.isEmpty else { return nil }
        let known = manifest.documents.map(\.id)
        for id in document where !known.contains(id) {
            throw ValidationError("unknown document '\(id)'\(hint(id, known)); the manifest has: \(known.joined(separator: ", "))")
        }
        return Set(document)
    }

    /// The `--language` filter, checked against the manifest's target languages.
    func languages(in manifest: Manifest) throws -> Set<LanguageCode>? {
        guard !language.isEmpty else { return nil }
        return try Set(language.map { try Self.target($0, in: manifest) })
    }

    static func target(_ code: String, in manifest: Manifest) throws -> LanguageCode {
        let known = manifest.targets.map(\.code.rawValue)
        guard known.contains(code) else {
            if code == manifest.source.rawValue {
                throw ValidationError("'\(code)' is the source language; name a target language: \(known.joined(separator: ", "))")
            }
            throw ValidationError("unknown language '\(code)'\(hint(code, known)); the manifest has: \(known.joined(separator: ", "))")
        }
        return LanguageCode(code)
    }

    private static func hint(_ word: String, _ candidates: [String]) -> String {
        let close = candidates.filter { $0.lowercased() == word.lowercased() || $0.hasPrefix(word) || word.hasPrefix($0) }
        return close.first.map { "; did you mean '\($0)'?" } ?? ""
    }

    private func hint(_ word: String, _ candidates: [String]) -> String { Self.hint(word, candidates) }
}
