import TranslationTracker

/// `status --dump WIKI=FILE …`: reads every place of the chosen documents — the local files and
/// each wiki whose dump is given — and evaluates them document by document into one report,
/// where a language has one status per place.
///
/// Each dump is read once, keeping only the pages the manifest's documents need (see
/// ``WikiTitles``). The reader only builds page states; ``StatusEvaluator`` decides states.
public struct DumpStatusReader: Sendable {
    public var local: LocalFilesReader
    public var dumps: [WikiDump]

    /// Checks the dumps against the manifest (each wiki declared, once).
    public init(local: LocalFilesReader, dumps: [WikiDump]) throws(WikiDumpError) {
        try WikiDump.validate(dumps, manifest: local.workspace.manifest, manifestFile: local.workspace.loaded.file)
        self.local = local
        self.dumps = dumps
    }

    /// Reads the dumps into page snapshots builders for the chosen documents and languages.
    public func snapshots(documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil) throws(WikiDumpError) -> WikiSnapshots {
        let manifest = local.workspace.manifest
        let titles = WikiTitles(manifest: manifest, documents: documents, languages: languages)
        return WikiSnapshots(pages: try WikiPages.read(dumps, titles: titles), manifest: manifest)
    }

    public func status(
        documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil, evaluator: StatusEvaluator = StatusEvaluator()
    ) throws(WikiDumpError) -> StatusReport {
        let manifest = local.workspace.manifest
        let wiki = try snapshots(documents: documents, languages: languages)
        let chosen = manifest.documents.filter { documents?.contains($0.id) ?? true }
        let targets = manifest.targets.map(\.code).filter { languages?.contains($0) ?? true }
        var evaluations: [StatusEvaluator.DocumentEvaluation] = []
        var untracked: [UntrackedDocument] = []
        for document in chosen {
            var places: [StatusEvaluator.DocumentEvaluation] = []
            var localEnglish: PageState?
            if document.local != nil {
                let snapshot: DocumentSnapshot
                do { snapshot = try local.read(document, languages: targets) } catch { throw .local(error) }
                localEnglish = snapshot.source
                places.append(evaluator.evaluate(snapshot, manifest: manifest))
            }
            for snapshot in wiki.snapshots(of: document, languages: targets, localEnglish: localEnglish) {
                places.append(evaluator.evaluate(snapshot, manifest: manifest))
            }
            if places.isEmpty {
                let wikis = Array(Set(document.pages.map(\.wiki) + document.copies.values.map(\.wiki))).sorted()
                untracked.append(
                    UntrackedDocument(
                        id: document.id,
                        reason: "no local files declared, and no dump of its wikis was given (pass --dump \(wikis.first ?? "WIKI")=FILE)"))
                continue
            }
            evaluations.append(evaluator.combine(places, manifest: manifest))
        }
        return evaluator.report(
            evaluations, untracked: untracked, findings: local.unknownLanguageFolders(documents: chosen), manifest: manifest)
    }
}
