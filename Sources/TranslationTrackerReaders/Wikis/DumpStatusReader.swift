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
        try status(wiki: try snapshots(documents: documents, languages: languages), documents: documents, languages: languages, evaluator: evaluator)
    }

    /// Evaluates the local files and the wiki pages given, wherever they were read from: dumps
    /// here, the Action API or its cache in `TranslationTrackerLive`. One code path decides states,
    /// so a page read live is judged exactly as the same page read from a dump.
    /// `untrackedHint` says, for a document with no place read, how to give it one.
    public func status(
        wiki: WikiSnapshots, documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil, evaluator: StatusEvaluator = StatusEvaluator(),
        untrackedHint: @Sendable (_ wiki: String) -> String = { "no dump of its wikis was given (pass --dump \($0)=FILE)" }
    ) throws(WikiDumpError) -> StatusReport {
        let manifest = local.workspace.manifest
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
                        reason: "no local files declared, and " + untrackedHint(wikis.first ?? "WIKI")))
                continue
            }
            evaluations.append(evaluator.combine(places, manifest: manifest))
        }
        return evaluator.report(
            evaluations, untracked: untracked, findings: local.unknownLanguageFolders(documents: chosen), manifest: manifest)
    }
}
