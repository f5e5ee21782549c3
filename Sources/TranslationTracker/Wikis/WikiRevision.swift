/// One saved version of a wiki page, whoever read it: the dump reader builds it from `<revision>`,
/// the Action API decoder from `prop=revisions`, and the live cache stores it as is.
///
/// History inference reads `timestamp` and `text`: when a translated unit last changed, and
/// which English was current then. The other fields are what a dump or the API gives, kept so
/// that a page read live and the same page read from a dump are the same value.
///
/// ```swift
/// let revision = WikiRevision(id: 1207, parentID: 1107, timestamp: "2023-04-10T00:00:00Z", text: "…")
/// revision.ref  // RevisionRef(id: 1207, timestamp: "2023-04-10T00:00:00Z")
/// ```
package struct WikiRevision: Sendable, Codable, Hashable {
    package var id: Int
    /// The revision this one was saved over. A dump leaves it out for a page's first revision;
    /// the API gives 0.
    package var parentID: Int?
    /// ISO 8601 UTC (`2023-04-03T12:00:00Z`), so it sorts chronologically as text.
    package var timestamp: String
    /// User name or IP address; nil when suppressed or not asked for.
    package var contributor: String?
    package var comment: String?
    /// Content model and format of the main slot (`wikitext`, `text/x-wiki`).
    package var model: String?
    package var format: String?
    /// Nil when the text was left out (not asked for, or a page the reader did not keep) or
    /// deleted (then `textDeleted` is set).
    package var text: String?
    /// The size of the text in bytes, as the wiki counts it (`<text bytes=…>`, the API's `size`).
    package var bytes: Int?
    /// Base-36 SHA-1 of the text, as dumps write it (the API's hexadecimal one is converted).
    package var sha1: String?
    /// Whether the text was deleted (revision deletion), so no reader can have it.
    package var textDeleted: Bool

    package init(
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

    /// The id and time, as reports cite the revision.
    package var ref: RevisionRef { RevisionRef(id: id, timestamp: timestamp) }
}
