/// A page as read just before publishing: its latest revision's text and ids, and the wiki's
/// clock at the read (`curtimestamp`), which `action=edit` needs to detect edits and deletions
/// made after we looked.
public struct PageSnapshot: Sendable, Hashable {
    public var title: String
    /// Nil when the page does not exist.
    public var revision: Int?
    /// The latest revision's timestamp (`basetimestamp`).
    public var timestamp: String?
    /// The wiki's time when we read (`starttimestamp`).
    public var readAt: String
    /// The wikitext of the main slot; empty for a missing page.
    public var text: String

    public var exists: Bool { revision != nil }

    public init(title: String, revision: Int?, timestamp: String?, readAt: String, text: String) {
        self.title = title
        self.revision = revision
        self.timestamp = timestamp
        self.readAt = readAt
        self.text = text
    }
}
