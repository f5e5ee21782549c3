import TranslationTracker

/// What a MediaWiki XML export (Special:Export) or dump holds, as far as tracking needs it.
/// Schema versions 0.10 and 0.11; current-only and full-history exports.
package struct SiteInfo: Sendable, Hashable {
    package var siteName: String?
    package var dbName: String?
    /// The main page URL (`<base>`), from which the wiki's address is derived.
    package var base: String?
    /// Namespace number → localized name (`1198` → `Translations`).
    package var namespaces: [Int: String]
    /// The export schema version, from the root element (`<mediawiki version="0.11">`).
    package var schemaVersion: String?

    package init(siteName: String? = nil, dbName: String? = nil, base: String? = nil, namespaces: [Int: String] = [:]) {
        self.siteName = siteName
        self.dbName = dbName
        self.base = base
        self.namespaces = namespaces
    }
}

/// Everything read from one export: the site, and the pages that were asked for.
package struct Export: Sendable {
    package var siteInfo: SiteInfo
    package var pages: [WikiPage]
    /// Pages in the export, wanted or not.
    package var pagesSeen: Int
    /// Bytes of XML read (after decompression), when read by ``DumpFile``.
    package var bytesRead: Int

    package init(siteInfo: SiteInfo = SiteInfo(), pages: [WikiPage] = [], pagesSeen: Int = 0, bytesRead: Int = 0) {
        self.siteInfo = siteInfo
        self.pages = pages
        self.pagesSeen = pagesSeen
        self.bytesRead = bytesRead
    }
}
