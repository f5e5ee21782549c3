/// What a MediaWiki XML export (Special:Export) or dump holds, as far as tracking needs it.
/// Schema versions 0.10 and 0.11; current-only and full-history exports.
public struct SiteInfo: Sendable, Hashable {
    public var siteName: String?
    public var dbName: String?
    /// The main page URL (`<base>`), from which the wiki's address is derived.
    public var base: String?
    /// Namespace number → localized name (`1198` → `Translations`).
    public var namespaces: [Int: String]

    public init(siteName: String? = nil, dbName: String? = nil, base: String? = nil, namespaces: [Int: String] = [:]) {
        self.siteName = siteName
        self.dbName = dbName
        self.base = base
        self.namespaces = namespaces
    }
}

/// One page with the revisions the export carries (one for current-only exports).
public struct ExportPage: Sendable, Hashable {
    public var title: String
    public var namespace: Int
    public var id: Int
    /// Target title when the page is a redirect.
    public var redirect: String?
    /// Oldest first, as exports list them.
    public var revisions: [ExportRevision]

    public init(title: String, namespace: Int, id: Int, redirect: String? = nil, revisions: [ExportRevision] = []) {
        self.title = title
        self.namespace = namespace
        self.id = id
        self.redirect = redirect
        self.revisions = revisions
    }

    /// The newest revision.
    public var latest: ExportRevision? { revisions.last }
}

public struct ExportRevision: Sendable, Hashable {
    public var id: Int
    public var parentID: Int?
    /// ISO 8601, as in the export (`2023-04-03T12:00:00Z`); sorts chronologically as text.
    public var timestamp: String
    public var contributor: String?
    public var comment: String?
    public var model: String?
    public var format: String?
    /// Nil when the export omitted or deleted the text.
    public var text: String?
    /// The `bytes` attribute of `<text>`.
    public var bytes: Int?
    /// Base-36 SHA-1, as dumps write it.
    public var sha1: String?
    public var textDeleted: Bool

    public init(
        id: Int, parentID: Int? = nil, timestamp: String, contributor: String? = nil, comment: String? = nil, model: String? = nil,
        format: String? = nil, text: String? = nil, bytes: Int? = nil, sha1: String? = nil, textDeleted: Bool = false
    ) {
        self.id = id
        self.parentID = parentID
        self.timestamp = timestamp
        self.contributor = contributor
        self.comment = comment
        self.model = model
        self.format = format
        self.text = text
        self.bytes = bytes
        self.sha1 = sha1
        self.textDeleted = textDeleted
    }
}

/// Everything read from one export: the site, and the pages that were asked for.
public struct Export: Sendable {
    public var siteInfo: SiteInfo
    public var pages: [ExportPage]
    /// Pages in the export, wanted or not.
    public var pagesSeen: Int
    /// Bytes of XML read (after decompression), when read by ``DumpFile``.
    public var bytesRead: Int

    public init(siteInfo: SiteInfo = SiteInfo(), pages: [ExportPage] = [], pagesSeen: Int = 0, bytesRead: Int = 0) {
        self.siteInfo = siteInfo
        self.pages = pages
        self.pagesSeen = pagesSeen
        self.bytesRead = bytesRead
    }
}
