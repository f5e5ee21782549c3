import TranslationTracker
import TranslationTrackerReaders

/// `status --live` and `status --offline`: the local files and every wiki place of the chosen
/// documents, the wikis read through the Action API (and the cache refreshed) or from the cache
/// alone, evaluated through the same ``StatusPipeline`` as dumps and local files.
package struct LiveStatusReader: Sendable {
    package var local: LocalFilesReader
    package var cache: LiveCache

    package enum Source: Sendable {
        /// Read the wikis now and refresh the cache.
        case live(LiveReader)
        /// Read only the cache.
        case offline
        /// Read these wikis now and the others from the cache, and refresh the cache: what
        /// the watcher does after recent changes showed which wikis changed.
        case refresh(LiveReader, wikis: Set<String>)
    }

    package init(local: LocalFilesReader, cache: LiveCache? = nil) {
        self.local = local
        self.cache = cache ?? LiveCache(manifestPath: local.workspace.manifestPath)
    }

    /// What a read gave: the report, the snapshot it came from, and what changed in the cache.
    package struct Result: Sendable {
        package var report: StatusReport
        package var snapshot: LiveSnapshot
        package var changes: [CacheChange]
    }

    /// Reads the wikis (live, storing the cache once everything was read, or from the cache).
    package func snapshot(_ source: Source, documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil)
        async throws(LiveError) -> (LiveSnapshot, [CacheChange])
    {
        let manifest = local.workspace.manifest
        let titles = WikiTitles(manifest: manifest, documents: documents, languages: languages)
        switch source {
        case .live(let reader):
            let snapshot = try await reader.read(
                manifest: manifest, titles: titles, documents: documents, languages: languages, cached: cache.cached(titles: titles))
            let changes = try cache.store(snapshot)
            return (snapshot, changes)
        case .offline:
            return (try cache.load(titles: titles), [])
        case .refresh(let reader, let wikis):
            let base = try cache.load(titles: titles)
            let snapshot = try await reader.read(
                manifest: manifest, titles: titles, documents: documents, languages: languages, cached: cache.cached(titles: titles), only: wikis, base: base)
            let changes = try cache.store(snapshot)
            return (snapshot, changes)
        }
    }

    package func status(
        _ source: Source, documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil, evaluator: StatusEvaluator = StatusEvaluator()
    ) async throws(LiveError) -> Result {
        let manifest = local.workspace.manifest
        let (snapshot, changes) = try await snapshot(source, documents: documents, languages: languages)
        let titles = WikiTitles(manifest: manifest, documents: documents, languages: languages)
        let wiki = WikiSnapshots(pages: snapshot.wikiPages(titles: titles), manifest: manifest)
        let report: StatusReport
        do throws(ReaderError) {
            report = try StatusPipeline(local: local).report(
                wiki: wiki, documents: documents, languages: languages, evaluator: evaluator,
                untrackedHint: { _ in "no page of it on any wiki of the manifest" })
        } catch {
            throw .reader(error)
        }
        return Result(report: report, snapshot: snapshot, changes: changes)
    }
}
