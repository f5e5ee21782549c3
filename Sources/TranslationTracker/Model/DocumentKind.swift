/// What a document is made of: wikitext split into units, or a file (a slide deck): slide by
/// slide when it is a local `.odp` or `.pptx`, by page count for a `.pdf`, and on a wiki (Commons)
/// as a file that exists and was uploaded before or after the English one.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    /// Wikitext split into translation units.
    case wikitext
    /// A file compared as a whole: a slide deck (`.odp`, `.pptx`, `.pdf`).
    case file
}
