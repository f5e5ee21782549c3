import TranslationTracker
import TranslationTrackerReaders

/// Everything read from the wikis, live or from the cache: per wiki the titles the manifest
/// needs and the unit pages of its translatable pages. It becomes the same ``WikiPages`` a dump
/// gives, so one code path (``WikiSnapshots``, `StatusEvaluator`) decides every state.
package struct LiveSnapshot: Sendable {
    /// Wiki id → asked title (normalized) → page.
    package var pages: [String: [String: LivePage]] = [:]
    /// Wiki id → translatable page (normalized) → its unit pages.
    package var unitPages: [String: [String: LiveUnitPages]] = [:]
    package var sites: [String: LiveSite] = [:]
    /// Requests per wiki (empty when read from the cache).
    package var tallies: [String: RequestTally] = [:]

    package init() {}

    /// The pages as a dump of each wiki would give them.
    package func wikiPages(titles: WikiTitles) -> WikiPages {
        var result = WikiPages()
        for wiki in Set(pages.keys).union(unitPages.keys).sorted() {
            var export = Export()
            if let site = sites[wiki] { export.siteInfo = SiteInfo(siteName: site.siteName, namespaces: site.namespaces) }
            export.pages = (pages[wiki] ?? [:]).values.sorted { $0.title < $1.title }.compactMap(\.wikiPage)
            for set in (unitPages[wiki] ?? [:]).values { export.pages += set.pages.compactMap(\.wikiPage) }
            export.pagesSeen = export.pages.count
            result.add(export, wiki: wiki, titles: titles)
            for set in (unitPages[wiki] ?? [:]).values {
                if let report = set.report { result.add(report, source: set.source, wiki: wiki) }
            }
        }
        return result
    }
}
