import TranslationTracker

/// The one way a status report is made, whatever was read: for each chosen document, the local
/// files (when the manifest declares them) and each wiki place read (from dumps, the Action API
/// or its cache, as ``WikiSnapshots``), each judged by the one ``StatusEvaluator`` and combined
/// into one evaluation per document, a language having one status per place.
///
/// Documents are read, evaluated and dropped one at a time, so memory stays bounded by the
/// largest document, not the workspace.
///
/// ```swift
/// let report = try StatusPipeline(local: LocalFilesReader(workspace: workspace)).report(wiki: nil)
/// ```
package struct StatusPipeline: Sendable {
    package var local: LocalFilesReader

    package init(local: LocalFilesReader) { self.local = local }

    /// Evaluates the local files and the wiki pages given (none when `wiki` is nil).
    /// `untrackedHint` says, for a document with no place read, how to give it one.
    package func report(
        wiki: WikiSnapshots?, documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil, evaluator: StatusEvaluator = StatusEvaluator(),
        untrackedHint: @Sendable (_ wiki: String) -> String = { "no dump of its wikis was given (pass --dump \($0)=FILE)" }
    ) throws(ReaderError) -> StatusReport {
        let manifest = local.workspace.manifest
        let chosen = manifest.documents.filter { documents?.contains($0.id) ?? true }
        let targets = manifest.targets.map(\.code).filter { languages?.contains($0) ?? true }
        var evaluations: [StatusEvaluator.DocumentEvaluation] = []
        var untracked: [UntrackedDocument] = []
        for document in chosen {
            var places: [StatusEvaluator.DocumentEvaluation] = []
            var localEnglish: PageState?
            if document.local != nil {
                let snapshot = try local.read(document, languages: targets)
                localEnglish = snapshot.source
                places.append(evaluator.evaluate(snapshot, manifest: manifest))
            }
            for snapshot in wiki?.snapshots(of: document, languages: targets, localEnglish: localEnglish) ?? [] {
                places.append(evaluator.evaluate(snapshot, manifest: manifest))
            }
            guard !places.isEmpty else {
                let wikis = Array(Set(document.pages.map(\.wiki) + document.copies.values.map(\.wiki))).sorted()
                let reason =
                    wiki == nil
                    ? "no local files declared; it is tracked on wikis only"
                    : "no local files declared, and " + untrackedHint(wikis.first ?? "WIKI")
                untracked.append(UntrackedDocument(id: document.id, reason: reason))
                continue
            }
            evaluations.append(evaluator.combine(places, manifest: manifest))
        }
        return evaluator.report(
            evaluations, untracked: untracked, findings: local.unknownLanguageFolders(documents: chosen) + (wiki?.pages.findings ?? []),
            manifest: manifest)
    }
}
