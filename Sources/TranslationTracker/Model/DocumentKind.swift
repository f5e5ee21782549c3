/// What a document is made of: wikitext split into units, or an opaque file (a slide deck).
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case wikitext
    case file
}
