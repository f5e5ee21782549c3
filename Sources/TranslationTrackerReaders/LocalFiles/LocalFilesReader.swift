import Foundation
import TranslationTracker

/// Reads a document's English source and translations from local files into page states.
///
/// Files are read and split into units in parallel. A file that is not UTF-8 becomes a finding
/// at its first bad byte, not a crash; a folder for a language the manifest does not declare
/// becomes a warning.
public struct LocalFilesReader: Sendable {
    public var workspace: Workspace

    public init(workspace: Workspace) { self.workspace = workspace }

    /// Reads the chosen documents and languages (all when nil).
    public func read(documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil) throws(ReaderError) -> Snapshot {
        let manifest = workspace.manifest
        var jobs: [(document: Int, language: LanguageCode?, path: String)] = []
        var untracked: [UntrackedDocument] = []
        let chosen = manifest.documents.enumerated().filter { documents?.contains($0.element.id) ?? true }
        let targets = manifest.targets.map(\.code).filter { languages?.contains($0) ?? true }
        for (index, document) in chosen {
            guard let local = document.local else {
                untracked.append(UntrackedDocument(id: document.id, reason: "no local files declared; it is tracked on wikis only"))
                continue
            }
            jobs.append((index, nil, local.source))
            for code in targets { jobs.append((index, code, local.translation.expanded(for: code))) }
        }

        let root = workspace
        let results = Parallel.map(jobs) { job in
            let document = manifest.documents[job.document]
            return Result { () throws(ReaderError) -> PageState in
                try Self.readPage(
                    path: job.path, absolute: root.path(job.path), kind: document.kind, document: document.id,
                    language: job.language ?? manifest.source)
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

        var snapshots: [DocumentSnapshot] = []
        var cursor = 0
        for (_, document) in chosen where document.local != nil {
            let source = pages[cursor]
            cursor += 1
            var translations: [LanguageCode: PageState] = [:]
            for code in targets {
                translations[code] = pages[cursor]
                cursor += 1
            }
            snapshots.append(DocumentSnapshot(document: document, source: source, translations: translations))
        }
        return Snapshot(documents: snapshots, untracked: untracked, findings: unknownLanguageFolders(documents: chosen.map(\.element)))
    }

    /// Reads one file into a page state.
    public static func readPage(path: String, absolute: String, kind: DocumentKind, document: String, language: LanguageCode) throws(ReaderError) -> PageState {
        let location = PageLocation.file(path: path)
        guard let bytes = try FileBytes.read(absolute) else { return .absent(location) }
        guard kind == .wikitext else { return PageState(location: location, exists: true) }
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
