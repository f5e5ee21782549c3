import Foundation
import TranslationTracker

/// Reads a document's English source and translations from local files into page states.
///
/// Slide decks (`kind: file`) are read by `DeckPageReader`, with their stamp records.
///
/// Files are read and split into units in parallel. A file that is not UTF-8 becomes a finding
/// at its first bad byte, not a crash; a folder for a language the manifest does not declare
/// becomes a warning.
public struct LocalFilesReader: Sendable {
    /// The manifest and the folder its paths are relative to.
    public var workspace: Workspace

    /// A reader of one workspace's local files.
    public init(workspace: Workspace) { self.workspace = workspace }

    /// Reads the chosen documents and languages (all when nil) into one snapshot.
    package func read(documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil) throws(ReaderError) -> Snapshot {
        let (chosen, targets) = selection(documents: documents, languages: languages)
        var snapshots: [DocumentSnapshot] = []
        for document in chosen where document.local != nil {
            snapshots.append(try read(document, languages: targets))
        }
        return Snapshot(documents: snapshots, untracked: untracked(chosen), findings: unknownLanguageFolders(documents: chosen))
    }

    /// The local files alone through the `StatusPipeline`: what plain `status` runs.
    public func status(
        documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil, evaluator: StatusEvaluator = StatusEvaluator()
    ) throws(ReaderError) -> StatusReport {
        try StatusPipeline(local: self).report(wiki: nil, documents: documents, languages: languages, evaluator: evaluator)
    }

    /// Reads one document's English source and its translations, files in parallel.
    package func read(_ document: DocumentSpec, languages: [LanguageCode]) throws(ReaderError) -> DocumentSnapshot {
        guard let local = document.local else {
            return DocumentSnapshot(document: document, source: .absent(.file(path: "")), translations: [:])
        }
        let manifest = workspace.manifest
        let jobs: [(language: LanguageCode, paths: [String])] =
            [(manifest.source, [local.source])] + languages.map { ($0, local.translationCandidates(for: $0)) }
        let root = workspace
        let decks = DeckPageReader(workspace: workspace)
        let source = manifest.source
        let results = Parallel.map(jobs) { job in
            Result { () throws(ReaderError) -> PageState in
                if document.kind == .file {
                    return try decks.read(candidates: job.paths, document: document.id, language: job.language, isSource: job.language == source)
                }
                return try Self.readPage(
                    path: job.paths[0], absolute: root.path(job.paths[0]), kind: document.kind, document: document.id, language: job.language)
            }
        }
        var pages: [PageState] = []
        pages.reserveCapacity(jobs.count)
        for result in results {
            switch result {
            case .success(let page): pages.append(page)
            case .failure(let error): throw error
            }
        }
        var translations: [LanguageCode: PageState] = [:]
        for (index, code) in languages.enumerated() { translations[code] = pages[index + 1] }
        return DocumentSnapshot(document: document, source: pages[0], translations: translations)
    }

    private func selection(documents: Set<String>?, languages: Set<LanguageCode>?) -> ([DocumentSpec], [LanguageCode]) {
        let manifest = workspace.manifest
        let chosen = manifest.documents.filter { documents?.contains($0.id) ?? true }
        let targets = manifest.targets.map(\.code).filter { languages?.contains($0) ?? true }
        return (chosen, targets)
    }

    private func untracked(_ documents: [DocumentSpec]) -> [UntrackedDocument] {
        documents.filter { $0.local == nil }.map {
            UntrackedDocument(id: $0.id, reason: "no local files declared; it is tracked on wikis only")
        }
    }

    /// Reads one file into a page state.
    package static func readPage(path: String, absolute: String, kind: DocumentKind, document: String, language: LanguageCode) throws(ReaderError) -> PageState {
        let location = PageLocation.file(path: path)
        guard let bytes = try FileBytes.read(absolute) else { return .absent(location) }
        guard kind == .wikitext else { return PageState(location: location, exists: true, content: .file) }
        if let bad = UTF8Validation.firstInvalidOffset(bytes) {
            let (line, column) = UTF8Validation.position(of: bad, in: bytes)
            let finding = Finding(
                check: StatusCheck.input, severity: .error, document: document, language: language, file: path, line: line,
                column: column, message: "not valid UTF-8 (byte offset \(bad)); save the file as UTF-8 so its units can be read")
            return PageState(location: location, exists: true, document: nil, findings: [finding])
        }
        return PageState(location: location, exists: true, document: WikitextDocument(bytes: bytes))
    }

    /// Folders that look like translations (`locales/de/summary.wiki`) for languages the
    /// manifest does not declare: usually a language someone started and forgot to register.
    func unknownLanguageFolders(documents: [DocumentSpec]) -> [Finding] {
        let known = Set(workspace.manifest.languages.map(\.code))
        var findings: [Finding] = []
        var seen = Set<String>()
        for document in documents {
            guard let pattern = document.local?.translation.rawValue else { continue }
            var components = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard let position = components.firstIndex(where: { $0.contains(PathPattern.placeholder) }) else { continue }
            let parts = components[position].components(separatedBy: PathPattern.placeholder)
            guard parts.count == 2 else { continue }
            let folder = components[..<position].joined(separator: "/")
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: workspace.path(folder.isEmpty ? "." : folder))) ?? []
            for entry in entries.sorted() where entry.hasPrefix(parts[0]) && entry.hasSuffix(parts[1]) && entry.count > parts[0].count + parts[1].count {
                let code = LanguageCode(String(entry.dropFirst(parts[0].count).dropLast(parts[1].count)))
                guard !known.contains(code), code.isWellFormed else { continue }
                components[position] = entry
                let path = components.joined(separator: "/")
                guard FileBytes.exists(workspace.path(path)), seen.insert(path).inserted else { continue }
                findings.append(
                    Finding(
                        check: StatusCheck.input, severity: .warning, document: document.id, language: code, file: path,
                        message: "'\(code)' is not a language in the manifest, so this file is not tracked; add it under 'languages:' in \(workspace.loaded.file) or remove the file"))
            }
        }
        return findings
    }
}
