/// One wiki page with the revisions a reader got of it: every revision from a full-history dump
/// or a history query, the latest from a current-only dump or a plain query.
public struct WikiPage: Sendable, Hashable {
    /// The full title, namespace prefix included (`Translations:Plan/2/fr`).
    public var title: String
    public var namespace: Int
    public var id: Int
    /// Target title when the page is a redirect.
    public var redirect: String?
    /// Oldest first, as exports list them.
    public var revisions: [WikiRevision]

    public init(title: String, namespace: Int, id: Int, redirect: String? = nil, revisions: [WikiRevision] = []) {
        self.title = title
        self.namespace = namespace
        self.id = id
        self.redirect = redirect
        self.revisions = revisions
    }

    /// The newest revision.
    public var latest: WikiRevision? { revisions.last }
}
