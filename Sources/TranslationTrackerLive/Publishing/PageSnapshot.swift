/// A page as read just before publishing: its latest revision's text and ids, and the wiki's
/// clock at the read (`curtimestamp`), which `action=edit` needs to detect edits and deletions
/// made after we looked.
package struct PageSnapshot: Sendable, Hashable {
    package var title: String
    /// Nil when the page does not exist.
    package var revision: Int?
    /// The latest revision's timestamp (`basetimestamp`).
    package var timestamp: String?
    /// The wiki's time when we read (`starttimestamp`).
    package var readAt: String
    /// The wikitext of the main slot; empty for a missing page.
    package var text: String

    package var exists: Bool { revision != nil }

    package init(title: String, revision: Int?, timestamp: String?, readAt: String, text: String) {
        self.title = title
        self.revision = revision
        self.timestamp = timestamp
        self.readAt = readAt
        self.text = text
    }
}
