import TranslationTracker

/// `status --dump WIKI=FILE …`: reads every place of the chosen documents — the local files and
/// each wiki whose dump is given — and evaluates them document by document into one report,
/// where a language has one status per place.
///
/// Each dump is read once, keeping only the pages the manifest's documents need (see
/// ``WikiTitles``). The reader only builds page states; ``StatusEvaluator`` decides states.
package struct DumpStatusReader: Sendable {
    package var local: LocalFilesReader
    package var dumps: [WikiDump]

    /// Checks the dumps against the manifest (each wiki declared, once).
    package init(local: LocalFilesReader, dumps: [WikiDump]) throws(WikiDumpError) {
        try WikiDump.validate(dumps, manifest: local.workspace.manifest, manifestFile: local.workspace.loaded.file)
        self.local = local
        self.dumps = dumps
    }

    /// Reads the dumps into page snapshots builders for the chosen documents and languages.
    ///
    /// A long history is folded as it is read, so memory does not grow with it
    /// (``HistoryFolding``); `everyText` keeps every revision's text instead, for `diff`, which
    /// shows the English of an old revision.
    package func snapshots(
        documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil, everyText: Bool = false
    ) throws(WikiDumpError) -> WikiSnapshots {
        let manifest = local.workspace.manifest
        let titles = WikiTitles(manifest: manifest, documents: documents, languages: languages)
        let folding = everyText ? nil : HistoryFolding(sourceLanguage: manifest.source)
        return WikiSnapshots(pages: try WikiPages.read(dumps, titles: titles, folding: folding), manifest: manifest)
    }

    package func status(
        documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil, evaluator: StatusEvaluator = StatusEvaluator()
    ) throws(WikiDumpError) -> StatusReport {
        try status(wiki: try snapshots(documents: documents, languages: languages), documents: documents, languages: languages, evaluator: evaluator)
    }

    /// Evaluates the local files and the wiki pages given through the `StatusPipeline`.
    package func status(
        wiki: WikiSnapshots, documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil, evaluator: StatusEvaluator = StatusEvaluator(),
        untrackedHint: @Sendable (_ wiki: String) -> String = { "no dump of its wikis was given (pass --dump \($0)=FILE)" }
    ) throws(WikiDumpError) -> StatusReport {
        do throws(ReaderError) {
            return try StatusPipeline(local: local).report(
                wiki: wiki, documents: documents, languages: languages, evaluator: evaluator, untrackedHint: untrackedHint)
        } catch {
            throw .local(error)
        }
    }
}
