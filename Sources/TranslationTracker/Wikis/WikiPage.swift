/// One wiki page with the revisions a reader got of it: every revision from a full-history dump
/// or a history query, the latest from a current-only dump or a plain query.
package struct WikiPage: Sendable, Hashable {
    /// The full title, namespace prefix included (`Translations:Plan/2/fr`).
    package var title: String
    package var namespace: Int
    package var id: Int
    /// Target title when the page is a redirect.
    package var redirect: String?
    /// Oldest first, as exports list them.
    package var revisions: [WikiRevision]
    /// Set when the reader folded the revisions' texts into a digest and kept only the latest
    /// text (see ``HistoryDigest``).
    package var digest: HistoryDigest?

    package init(title: String, namespace: Int, id: Int, redirect: String? = nil, revisions: [WikiRevision] = []) {
        self.title = title
        self.namespace = namespace
        self.id = id
        self.redirect = redirect
        self.revisions = revisions
    }

    /// The newest revision.
    package var latest: WikiRevision? { revisions.last }
}
