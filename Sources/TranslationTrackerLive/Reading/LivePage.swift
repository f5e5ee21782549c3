import TranslationTracker
import TranslationTrackerReaders

/// What the Action API said about one title the manifest needs: the page and the revisions
/// read (the latest, or the whole history where provenance is inferred), or that it does not
/// exist. This is also the cache record of the title (`.transtrack-cache/WIKI/pages/…json`).
package struct LivePage: Sendable, Codable, Hashable {
    package var wiki: String
    /// The title as the manifest names it, normalized as ``WikiTitle`` compares titles.
    package var title: String
    package var exists: Bool
    /// MediaWiki's own title for the page, after its normalization and redirects
    /// (`file:my_slides.png` → `File:My slides.png`).
    package var apiTitle: String?
    /// Set when `title` is a redirect: the page read is its target, `apiTitle`.
    package var redirected: Bool?
    package var pageID: Int?
    package var namespace: Int?
    /// Oldest first, as exports list them.
    package var revisions: [WikiRevision]
    /// For a file page: its current upload.
    package var file: FileInfo?

    package init(
        wiki: String, title: String, exists: Bool, apiTitle: String? = nil, redirected: Bool? = nil, pageID: Int? = nil, namespace: Int? = nil,
        revisions: [WikiRevision] = [], file: FileInfo? = nil
    ) {
        self.wiki = wiki
        self.title = title
        self.exists = exists
        self.apiTitle = apiTitle
        self.redirected = redirected
        self.pageID = pageID
        self.namespace = namespace
        self.revisions = revisions
        self.file = file
    }

    /// The page as a dump would give it, filed under the manifest's title so that
    /// ``WikiPages`` finds it whatever MediaWiki normalized or redirected. Nil when absent.
    package var wikiPage: WikiPage? {
        guard exists else { return nil }
        return WikiPage(
            title: title, namespace: namespace ?? 0, id: pageID ?? 0, redirect: redirected == true ? apiTitle : nil,
            revisions: revisions)
    }

    /// The latest revision read.
    package var latest: WikiRevision? { revisions.last }

    /// Whether the revisions start at the page's creation, as ``WikiSnapshots`` decides it for dumps.
    package var hasFullHistory: Bool { (revisions.first?.parentID ?? 1) == 0 }

    /// Whether a unit of the latest text has no `src=`, so its state must be inferred from history.
    var needsInference: Bool {
        guard exists, let text = latest?.text else { return false }
        return WikitextDocument(text).units.contains { $0.recorded == nil }
    }

    static func from(_ api: APIPage?, wiki: String, title: String, redirected: Bool) -> LivePage {
        guard let api else { return LivePage(wiki: wiki, title: title, exists: false) }
        return LivePage(
            wiki: wiki, title: title, exists: true, apiTitle: api.page.title, redirected: redirected ? true : nil, pageID: api.page.id,
            namespace: api.page.namespace, revisions: api.page.revisions, file: api.file)
    }
}
