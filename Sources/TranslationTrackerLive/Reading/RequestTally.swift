/// How many requests reading one wiki took, by purpose, for `--verbose`. For N titles the
/// page requests are ceil(N/50) batches plus the continuations MediaWiki asked for; with a
/// cache, ceil(C/50) batches of revision ids for the C cached titles, then content only for the
/// M that changed or were never cached, ceil(M/50).
package struct RequestTally: Sendable, Hashable {
    package var wiki: String
    /// Exact titles asked (the manifest's pages and copies on this wiki).
    package var titles = 0
    /// Titles whose content was asked: all of them, or with a cache only those that changed.
    package var contentTitles = 0
    /// Batches of up to 50 titles with content: ceil(contentTitles/50).
    package var batches = 0
    /// Titles the cache had, asked first for their latest revision id only.
    package var cachedTitles = 0
    /// Batches of up to 50 of those: ceil(cachedTitles/50).
    package var idBatches = 0
    /// Further requests MediaWiki's `continue` asked for, over all queries.
    package var continuations = 0
    package var siteinfo = 0
    /// Requests listing Translate's unit pages (first requests only; continuations apart).
    package var unitPageQueries = 0
    /// Translate statistics queries (first requests only).
    package var statsQueries = 0
    /// Translate unit-state queries, one per language with a translation (first requests only).
    package var collectionQueries = 0
    /// Requests for the save times of outdated translations, 50 revisions each.
    package var revisionQueries = 0
    /// English unit page histories read, one per unit outdated in some language.
    package var englishHistoryQueries = 0
    /// Pages whose history was read, one query each (first requests only).
    package var historyQueries = 0

    package init(wiki: String) { self.wiki = wiki }

    /// Every request sent for this wiki, retries aside.
    package var total: Int { idBatches + batches + continuations + siteinfo + unitPageQueries + statsQueries + collectionQueries + revisionQueries + englishHistoryQueries + historyQueries }

    /// `meta: 37 titles in 1 batch (ceil(37/50)) + 2 continuations; siteinfo 1; …; 6 requests`.
    package var summary: String {
        var parts: [String]
        if idBatches > 0 {
            parts = [
                "\(titles) titles, \(cachedTitles) of them cached: revision ids in \(idBatches) batch\(idBatches == 1 ? "" : "es") (ceil(\(cachedTitles)/50)), "
                    + "content of \(contentTitles) in \(batches) batch\(batches == 1 ? "" : "es") (ceil(\(contentTitles)/50)) + \(continuations) continuation\(continuations == 1 ? "" : "s")"
            ]
        } else {
            parts = ["\(titles) titles in \(batches) batch\(batches == 1 ? "" : "es") (ceil(\(titles)/50)) + \(continuations) continuation\(continuations == 1 ? "" : "s")"]
        }
        parts.append("siteinfo \(siteinfo)")
        if unitPageQueries > 0 { parts.append("unit page listings \(unitPageQueries)") }
        if statsQueries > 0 { parts.append("Translate statistics \(statsQueries)") }
        if collectionQueries > 0 { parts.append("Translate unit states \(collectionQueries) (one per language with a translation)") }
        if revisionQueries + englishHistoryQueries > 0 {
            parts.append("outdated units: save times \(revisionQueries), English unit histories \(englishHistoryQueries)")
        }
        if historyQueries > 0 { parts.append("histories \(historyQueries)") }
        return "\(wiki): " + parts.joined(separator: "; ") + "; \(total) request\(total == 1 ? "" : "s")"
    }
}
