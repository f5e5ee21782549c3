/// One saved version of a wiki page, as a dump or export carries it.
///
/// History inference reads these: when a translated unit last changed, and which English was
/// current then. `timestamp` is ISO 8601 UTC (`2023-04-03T12:00:00Z`), so it sorts as text.
public struct PageRevision: Sendable, Hashable {
    public var id: Int
    public var timestamp: String
    /// Nil when the export omitted or suppressed the text.
    public var text: String?

    public init(id: Int, timestamp: String, text: String?) {
        self.id = id
        self.timestamp = timestamp
        self.text = text
    }

    public var ref: RevisionRef { RevisionRef(id: id, timestamp: timestamp) }
}
