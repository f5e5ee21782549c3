/// A revision by id and time: what reports show for a wiki page ("r5012 of 2024-02-01").
public struct RevisionRef: Sendable, Codable, Hashable, Comparable {
    /// The revision id.
    public var id: Int
    /// Its ISO 8601 timestamp (`2023-04-20T12:05:00Z`).
    public var timestamp: String

    package init(id: Int, timestamp: String) {
        self.id = id
        self.timestamp = timestamp
    }

    /// By time, then by id (two saves in the same second keep their order).
    public static func < (lhs: RevisionRef, rhs: RevisionRef) -> Bool { (lhs.timestamp, lhs.id) < (rhs.timestamp, rhs.id) }

    /// `2024-02-01`: the day, for tables.
    public var day: String { String(timestamp.prefix(10)) }
}
