/// How one title's cache record changed in a `fetch`: what `transtrack fetch` reports.
package struct CacheChange: Sendable, Hashable {
    package var wiki: String
    package var title: String
    /// The latest revision id before and after; nil when the page did not exist (or was not cached).
    package var before: Int?
    package var after: Int?
    /// Whether the cache had this title before.
    package var wasCached: Bool

    package init(wiki: String, title: String, before: Int?, after: Int?, wasCached: Bool) {
        self.wiki = wiki
        self.title = title
        self.before = before
        self.after = after
        self.wasCached = wasCached
    }

    package enum Kind: String, Sendable {
        case new, updated, deleted, unchanged, missing
    }

    package var kind: Kind {
        switch (before, after) {
        case (nil, nil): .missing
        case (nil, .some): .new
        case (.some, nil): .deleted
        case (.some(let a), .some(let b)): a == b ? .unchanged : .updated
        }
    }

    /// `meta  Plan/fr  updated r12 → r15`.
    package var line: String {
        switch kind {
        case .new: "\(wiki)  \(title)  new r\(after!)"
        case .updated: "\(wiki)  \(title)  updated r\(before!) → r\(after!)"
        case .deleted: "\(wiki)  \(title)  gone (was r\(before!))"
        case .unchanged: "\(wiki)  \(title)  unchanged r\(after!)"
        case .missing: "\(wiki)  \(title)  missing"
        }
    }
}
