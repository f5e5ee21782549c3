import TranslationTracker

/// What a MediaWiki XML export (Special:Export) or dump holds, as far as tracking needs it.
/// Schema versions 0.10 and 0.11; current-only and full-history exports.
public struct SiteInfo: Sendable, Hashable {
    public var siteName: String?
    public var dbName: String?
    /// The main page URL (`<base>`), from which the wiki's address is derived.
    public var base: String?
    /// Namespace number → localized name (`1198` → `Translations`).
    public var namespaces: [Int: String]
    /// The export schema version, from the root element (`<mediawiki version="0.11">`).
    public var schemaVersion: String?

    public init(siteName: String? = nil, dbName: String? = nil, base: String? = nil, namespaces: [Int: String] = [:]) {
        self.siteName = siteName
        self.dbName = dbName
        self.base = base
        self.namespaces = namespaces
    }
}

/// Everything read from one export: the site, and the pages that were asked for.
public struct Export: Sendable {
    public var siteInfo: SiteInfo
    public var pages: [WikiPage]
    /// Pages in the export, wanted or not.
    public var pagesSeen: Int
    /// Bytes of XML read (after decompression), when read by ``DumpFile``.
    public var bytesRead: Int

    public init(siteInfo: SiteInfo = SiteInfo(), pages: [WikiPage] = [], pagesSeen: Int = 0, bytesRead: Int = 0) {
        self.siteInfo = siteInfo
        self.pages = pages
        self.pagesSeen = pagesSeen
        self.bytesRead = bytesRead
    }
}
