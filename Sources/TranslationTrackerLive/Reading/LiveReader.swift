import TranslationTracker
import TranslationTrackerReaders

/// Reads, through the Action API, the pages a manifest's documents need on each wiki, into a
/// ``LiveSnapshot`` that becomes the same page states a dump gives.
///
/// Per wiki (wikis in parallel; the clients' ``HostLimiter`` keeps each host at two requests):
/// 1. `meta=siteinfo`: does it run Translate, does it have the `Translations` namespace?
/// 2. The latest revision of every exact title, 50 titles a request, following `continue`,
///    normalization and redirects; `prop=imageinfo` too where a file document lives.
/// 3. For a translatable page on a wiki with Translate: Translate's own state of every unit
///    (``translateReport(_:source:languages:sourceLanguage:tally:)``: `meta=messagegroupstats`, then
///    `list=messagecollection` per language with a translation). Without Translate, or for a page
///    it has no group for, its unit pages (`generator=allpages` in namespace 1198), as a dump has them.
///
/// Then, across wikis, history only where provenance must be inferred: a translation page or
/// copy with a unit that has no `src=`, and the English page it is compared with, read whole
/// (`rvdir=newer` from the creation, one title a request), so ``WikiSnapshots`` sees a complete
/// history exactly as in a full-history dump.
///
/// ```swift
/// let reader = LiveReader(connections: WikiConnections(manifest: manifest))
/// let snapshot = try await reader.read(manifest: manifest, titles: WikiTitles(manifest: manifest))
/// ```
package struct LiveReader: Sendable {
    package var connections: WikiConnections
    /// Titles a request: the API's limit for normal users and for page content.
    package static let batchSize = 50
    static let revisionProperties = "ids|timestamp|sha1|content|size|comment|user"
    static let fileProperties = "timestamp|sha1|size|mime|metadata"

    package init(connections: WikiConnections) { self.connections = connections }

    /// Reads every wiki `titles` names. Throws on the first wiki that fails; nothing is kept.
    /// `cached` (what the cache holds, see ``LiveCache/cached(titles:)``) spares the content of
    /// pages that did not change.
    ///
    /// With `only`, just those wikis are read, and the others are taken from `base` (what the
    /// cache holds of them, ``LiveCache/load(titles:)``): what the watcher does when recent
    /// changes show that only some wikis changed. Histories are completed across all wikis.
    package func read(
        manifest: Manifest, titles: WikiTitles, documents: Set<String>? = nil, languages: Set<LanguageCode>? = nil, cached: LiveSnapshot = LiveSnapshot(),
        only: Set<String>? = nil, base: LiveSnapshot = LiveSnapshot()
    ) async throws(LiveError) -> LiveSnapshot {
        let fileTitles = Self.fileTitles(manifest: manifest, documents: documents)
        var clients: [(String, MediaWikiClient)] = []
        for wiki in titles.wikis where only?.contains(wiki) ?? true {
            guard let client = connections.client(wiki) else { throw .noAPI(wiki: wiki) }
            clients.append((wiki, client))
        }
        var snapshot = base
        snapshot.tallies = [:]
        do {
            try await withThrowingTaskGroup(of: WikiRead.self) { group in
                for (wiki, client) in clients {
                    group.addTask {
                        try await Self.readWiki(client, wiki: wiki, titles: titles, files: fileTitles[wiki] ?? [], cached: cached.pages[wiki] ?? [:])
                    }
                }
                for try await read in group {
                    snapshot.pages[read.wiki] = read.pages
                    snapshot.unitPages[read.wiki] = read.unitPages
                    snapshot.sites[read.wiki] = read.site
                    snapshot.tallies[read.wiki] = read.tally
                }
            }
            let needs = Self.historyNeeds(snapshot, manifest: manifest, documents: documents, languages: languages)
            try await withThrowingTaskGroup(of: (String, String, APIPage?, Int).self) { group in
                for (wiki, titles) in needs {
                    guard let client = connections.client(wiki) else { continue }
                    for title in titles {
                        // Already whole: a page with one revision, or unchanged since the cache read its history.
                        guard let page = snapshot.pages[wiki]?[title], let apiTitle = page.apiTitle, !page.hasFullHistory else { continue }
                        group.addTask {
                            let (page, requests) = try await Self.history(client, title: apiTitle)
                            return (wiki, title, page, requests)
                        }
                    }
                }
                for try await (wiki, title, page, requests) in group {
                    if snapshot.tallies[wiki] == nil { snapshot.tallies[wiki] = RequestTally(wiki: wiki) }
                    snapshot.tallies[wiki]?.historyQueries += 1
                    snapshot.tallies[wiki]?.continuations += requests - 1
                    guard let page, !page.page.revisions.isEmpty else { continue }
                    snapshot.pages[wiki]?[title]?.revisions = page.page.revisions
                }
            }
        } catch let error as MediaWikiError {
            throw .wiki(error)
        } catch let error as LiveError {
            throw error
        } catch {
            throw .wiki(.transport(wiki: "?", reason: "\(error)"))
        }
        return snapshot
    }

    /// What one wiki gave before histories.
    struct WikiRead: Sendable {
        var wiki: String
        var site: LiveSite
        var pages: [String: LivePage]
        var unitPages: [String: LiveUnitPages]
        var tally: RequestTally
    }

    static func readWiki(_ client: MediaWikiClient, wiki: String, titles: WikiTitles, files: Set<String>, cached: [String: LivePage])
        async throws(MediaWikiError) -> WikiRead
    {
        var tally = RequestTally(wiki: wiki)
        let siteAnswer = try await client.call([
            ("action", "query"), ("meta", "siteinfo"), ("siprop", "extensions|general|namespaces"),
        ])
        tally.siteinfo = 1
        let site = LiveSite.decode(siteAnswer, wiki: wiki)
        let wanted = titles.titles(on: wiki).sorted()
        let (pages, pageTally) = try await latest(client, wiki: wiki, titles: wanted, files: files, cached: cached)
        tally.titles = pageTally.titles
        tally.cachedTitles = pageTally.cachedTitles
        tally.idBatches = pageTally.idBatches
        tally.contentTitles = pageTally.contentTitles
        tally.batches = pageTally.batches
        tally.continuations = pageTally.continuations

        var unitPages: [String: LiveUnitPages] = [:]
        for translatable in titles.unitPages(on: wiki) {
            let source = WikiTitle.normalized(translatable.source)
            var set = LiveUnitPages(wiki: wiki, source: source, pages: [])
            if site.translate {
                set.report = try await translateReport(
                    client, source: source, languages: translatable.languages, sourceLanguage: translatable.sourceLanguage, tally: &tally)
            }
            if set.report == nil, site.namespaces[TranslateTitles.namespace] != nil {
                // No Translate, or a page not marked for translation: the unit pages as a dump has them.
                let query = try await PageQuery.run(
                    client,
                    [
                        ("action", "query"), ("generator", "allpages"), ("gapnamespace", String(TranslateTitles.namespace)),
                        ("gapprefix", source + "/"), ("gaplimit", String(batchSize)), ("prop", "revisions"), ("rvprop", revisionProperties),
                        ("rvslots", "main"),
                    ])
                tally.unitPageQueries += 1
                tally.continuations += query.continuations
                set.pages = query.pages.values.filter { page in
                    TranslateTitles.parse(page.page.title, source: source).map { translatable.reads($0.language) } ?? false
                }.sorted { $0.page.title < $1.page.title }.map { LivePage.from($0, wiki: wiki, title: WikiTitle.normalized($0.page.title), redirected: false) }
            }
            unitPages[source] = set
        }
        return WikiRead(wiki: wiki, site: site, pages: pages, unitPages: unitPages, tally: tally)
    }

    /// The latest revision of each title, ceil(N/50) requests plus continuations. `files`
    /// (normalized titles of file documents) also get `prop=imageinfo`. Every title asked gets
    /// an entry: absent when MediaWiki says `missing` or `invalid`.
    ///
    /// With `cached` records (from ``LiveCache``), those titles are first asked only for their
    /// latest revision id (`prop=info`, 50 a request); a page whose id (and target) did not
    /// change, or that is still missing, keeps its cached record, history included, and only the
    /// others are asked for content.
    package static func latest(_ client: MediaWikiClient, wiki: String, titles: [String], files: Set<String> = [], cached: [String: LivePage] = [:])
        async throws(MediaWikiError) -> (pages: [String: LivePage], tally: RequestTally)
    {
        var tally = RequestTally(wiki: wiki)
        tally.titles = titles.count
        var pages: [String: LivePage] = [:]
        let known = titles.filter { cached[$0] != nil }
        tally.cachedTitles = known.count
        for batch in batches(known) {
            let query = try await PageQuery.run(
                client, [("action", "query"), ("prop", "info"), ("titles", batch.joined(separator: "|")), ("redirects", "1")])
            tally.idBatches += 1
            tally.continuations += query.continuations
            for title in batch {
                guard let record = cached[title] else { continue }
                let (page, redirected) = query.page(asked: title)
                if let page, record.exists, page.lastRevision == record.latest?.id, page.page.title == record.apiTitle,
                    redirected == (record.redirected == true)
                {
                    pages[title] = record
                } else if page == nil, !record.exists {
                    pages[title] = record
                }
            }
        }
        let wanted = titles.filter { pages[$0] == nil }
        tally.contentTitles = wanted.count
        for batch in batches(wanted) {
            let withFiles = batch.contains { files.contains($0) }
            var parameters: [(String, String)] = [
                ("action", "query"), ("prop", withFiles ? "revisions|imageinfo" : "revisions"), ("titles", batch.joined(separator: "|")),
                ("redirects", "1"), ("rvprop", revisionProperties), ("rvslots", "main"),
            ]
            if withFiles { parameters.append(("iiprop", fileProperties)) }
            let query = try await PageQuery.run(client, parameters)
            tally.batches += 1
            tally.continuations += query.continuations
            for title in batch {
                let (page, redirected) = query.page(asked: title)
                pages[title] = LivePage.from(page, wiki: wiki, title: title, redirected: redirected)
            }
        }
        return (pages, tally)
    }

    /// What Translate itself says of a translatable page: `meta=messagegroupstats` once, then
    /// `list=messagecollection` for each chosen language that has a translation (translated or
    /// fuzzy above 0): 1 + L requests, continuations aside. Nil when Translate has no group for
    /// the page (it is not marked for translation).
    static func translateReport(
        _ client: MediaWikiClient, source: String, languages: Set<LanguageCode>, sourceLanguage: LanguageCode, tally: inout RequestTally
    ) async throws(MediaWikiError) -> TranslateReport? {
        let group = "page-" + source
        tally.statsQueries += 1
        var report = TranslateReport()
        do throws(MediaWikiError) {
            let query = try await PageQuery.run(client, [("action", "query"), ("meta", "messagegroupstats"), ("mgsgroup", group)])
            tally.continuations += query.continuations
            for answer in query.answers {
                for (code, stats) in MessageGroupStats.decode(answer) where languages.contains(LanguageCode(code)) {
                    report.stats[LanguageCode(code)] = stats
                }
            }
        } catch .api {
            return nil
        }
        for (code, stats) in report.stats.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where stats.translated + stats.fuzzy > 0 {
            let query = try await PageQuery.run(
                client,
                [
                    ("action", "query"), ("list", "messagecollection"), ("mcgroup", group), ("mclanguage", code.rawValue),
                    ("mcprop", "definition|translation|tags|revision|properties"), ("mcfilter", ""), ("mclimit", "max"),
                ])
            tally.collectionQueries += 1
            tally.continuations += query.continuations
            report.messages[code] = MessageCollection.decode(query.answers, source: source)
        }
        try await readOutdatedRevisions(client, source: source, sourceLanguage: sourceLanguage, report: &report, tally: &tally)
        return report
    }

    /// For the outdated units: when each outdated translation was saved (`revids`, 50 a request)
    /// and every revision of each one's English unit page (one request per unit, whatever the
    /// number of languages), so that a finding can link the English diff it has not followed.
    static func readOutdatedRevisions(
        _ client: MediaWikiClient, source: String, sourceLanguage: LanguageCode, report: inout TranslateReport, tally: inout RequestTally
    ) async throws(MediaWikiError) {
        let outdated = report.messages.values.flatMap { $0.filter { $0.status == .fuzzy } }
        guard !outdated.isEmpty else { return }
        var timestamps: [Int: String] = [:]
        for batch in batches(Set(outdated.compactMap(\.revision)).sorted().map(String.init)) {
            let query = try await PageQuery.run(
                client, [("action", "query"), ("prop", "revisions"), ("revids", batch.joined(separator: "|")), ("rvprop", "ids|timestamp")])
            tally.revisionQueries += 1
            tally.continuations += query.continuations
            for page in query.pages.values { for revision in page.page.revisions { timestamps[revision.id] = revision.timestamp } }
        }
        for (code, messages) in report.messages {
            report.messages[code] = messages.map { message in
                var dated = message
                if message.status == .fuzzy, let id = message.revision { dated.timestamp = timestamps[id] }
                return dated
            }
        }
        var history: [String: [RevisionRef]] = [:]
        for unit in Set(outdated.map(\.unit)).sorted() {
            let title = TranslateTitles.unitPage(source: source, unit: unit, language: sourceLanguage)
            let query = try await PageQuery.run(
                client,
                [("action", "query"), ("prop", "revisions"), ("titles", title), ("rvprop", "ids|timestamp"), ("rvlimit", "max"), ("rvdir", "newer")])
            tally.englishHistoryQueries += 1
            tally.continuations += query.continuations
            history[unit] = query.page(asked: title).page?.page.revisions.map { RevisionRef(id: $0.id, timestamp: $0.timestamp) } ?? []
        }
        report.englishHistory = history
    }

    /// Titles in groups of ``batchSize``.
    static func batches(_ titles: [String]) -> [[String]] {
        stride(from: 0, to: titles.count, by: batchSize).map { Array(titles[$0..<min($0 + batchSize, titles.count)]) }
    }

    /// Every revision of one page, oldest first, and the requests it took.
    static func history(_ client: MediaWikiClient, title: String) async throws(MediaWikiError) -> (APIPage?, Int) {
        let query = try await PageQuery.run(
            client,
            [
                ("action", "query"), ("prop", "revisions"), ("titles", title), ("rvlimit", "max"), ("rvdir", "newer"),
                ("rvprop", revisionProperties), ("rvslots", "main"),
            ])
        return (query.page(asked: title).page, query.requests)
    }

    /// Normalized titles of file documents (slides), by wiki: they get `prop=imageinfo`.
    static func fileTitles(manifest: Manifest, documents: Set<String>?) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for document in manifest.documents where document.kind == .file && (documents?.contains(document.id) ?? true) {
            for entry in document.pages {
                result[entry.wiki, default: []].insert(WikiTitle.normalized(entry.source))
                for language in manifest.targets {
                    result[entry.wiki, default: []].insert(WikiTitle.normalized(entry.translation.expanded(for: language.code)))
                }
            }
            for copy in document.copies.values { result[copy.wiki, default: []].insert(WikiTitle.normalized(copy.title)) }
        }
        return result
    }

    /// The pages whose history must be read: translations and copies with a unit lacking
    /// `src=`, and the English page each is compared with (as ``WikiSnapshots`` pairs them).
    static func historyNeeds(_ snapshot: LiveSnapshot, manifest: Manifest, documents: Set<String>?, languages: Set<LanguageCode>?) -> [String: Set<String>] {
        var needs: [String: Set<String>] = [:]
        let targets = manifest.targets.map(\.code).filter { languages?.contains($0) ?? true }
        func page(_ wiki: String, _ title: String) -> LivePage? { snapshot.pages[wiki]?[WikiTitle.normalized(title)] }
        func need(_ wiki: String, _ title: String) { needs[wiki, default: []].insert(WikiTitle.normalized(title)) }
        for document in manifest.documents where document.kind == .wikitext && (documents?.contains(document.id) ?? true) {
            for entry in document.pages where !entry.translatable {
                for code in targets where page(entry.wiki, entry.translation.expanded(for: code))?.needsInference == true {
                    need(entry.wiki, entry.translation.expanded(for: code))
                    need(entry.wiki, entry.source)
                }
            }
            let english = document.pages.first { page($0.wiki, $0.source)?.exists == true }
            for code in targets {
                guard let copy = document.copies[code], page(copy.wiki, copy.title)?.needsInference == true else { continue }
                need(copy.wiki, copy.title)
                if let english { need(english.wiki, english.source) }
            }
        }
        return needs
    }
}
