/// A document the project tracks, with every place it lives: local files, wiki pages, copies.
///
/// `summary` is wikitext split into units; `slides` is a file per language. Readers for each
/// kind of place turn these declarations into page states.
public struct DocumentSpec: Sendable, Codable, Hashable {
    /// A short id, used on the command line and in findings (`summary`).
    public var id: String
    /// The document's name in reports.
    public var name: String
    /// Wikitext or a file.
    public var kind: DocumentKind
    /// Where its English and translations are in the repository, if they are.
    public var local: LocalLocation?
    /// The wiki pages it is published on.
    public var pages: [WikiPageLocation]
    /// Copies posted on other wikis, per language.
    public var copies: [LanguageCode: WikiCopy]

    /// A document built in code.
    public init(
        id: String, name: String, kind: DocumentKind, local: LocalLocation? = nil,
        pages: [WikiPageLocation] = [], copies: [LanguageCode: WikiCopy] = [:]
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.local = local
        self.pages = pages
        self.copies = copies
    }

    enum CodingKeys: String, CodingKey { case id, name, kind, local, pages, copies }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? id
        kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind) ?? .wikitext
        local = try c.decodeIfPresent(LocalLocation.self, forKey: .local)
        pages = try c.decodeIfPresent([WikiPageLocation].self, forKey: .pages) ?? []
        copies = try c.decodeIfPresent([LanguageCode: WikiCopy].self, forKey: .copies) ?? [:]
    }
}
