/// The revisions of one page that a reader found, oldest first.
///
/// A full-history dump starts at the page's creation (`complete`); a current-only dump has just
/// the latest revision, and inference must not take its text for the text the page was created with.
package struct PageHistory: Sendable, Hashable {
    package var revisions: [WikiRevision]
    /// Whether `revisions` starts with the page's first revision.
    package var complete: Bool
    /// The revisions' texts folded as they were read, when the reader let go of the texts of
    /// revisions older than the latest (a long history read in bounded memory); inference then
    /// reads this instead of the texts.
    package var digest: HistoryDigest?

    package init(revisions: [WikiRevision] = [], complete: Bool = false, digest: HistoryDigest? = nil) {
        self.revisions = revisions
        self.complete = complete
        self.digest = digest
    }

    package var latest: WikiRevision? { revisions.last }

    /// The revision with this id.
    package func revision(_ id: Int) -> WikiRevision? { revisions.first { $0.id == id } }
}
