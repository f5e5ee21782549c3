/// A document the project tracks, with every place it lives: local files, wiki pages, copies.
///
/// `summary` is wikitext split into units; `slides` is a file per language. Readers for each
/// kind of place turn these declarations into page states.
public struct DocumentSpec: Sendable, Codable, Hashable {
    public var id: String
    public var name: String
    public var kind: DocumentKind
    public var local: LocalLocation?
    public var pages: [WikiPageLocation]
    public var copies: [LanguageCode: WikiCopy]

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
