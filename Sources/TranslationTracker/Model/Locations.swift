/// Where a document's source and translations live as files in the workspace.
///
/// Paths are relative to the manifest's root. Example:
/// `LocalLocation(source: "locales/en/summary.wiki", translation: "locales/{lang}/summary.wiki")`.
public struct LocalLocation: Sendable, Codable, Hashable {
    public var source: String
    public var translation: PathPattern

    public init(source: String, translation: PathPattern) {
        self.source = source
        self.translation = translation
    }
}

/// A document on a wiki: its source page and the pattern of its translation pages.
///
/// On Meta-Wiki the summary is a translatable page (`translatable: true`) whose translations
/// are `/{lang}` subpages; on Commons the slides are files whose names carry the language.
public struct WikiPageLocation: Sendable, Codable, Hashable {
    public var wiki: String
    public var source: String
    public var translation: PathPattern
    public var translatable: Bool

    public init(wiki: String, source: String, translation: PathPattern, translatable: Bool = false) {
        self.wiki = wiki
        self.source = source
        self.translation = translation
        self.translatable = translatable
    }

    enum CodingKeys: String, CodingKey { case wiki, source, translation, translatable }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        wiki = try c.decode(String.self, forKey: .wiki)
        source = try c.decode(String.self, forKey: .source)
        translation = try c.decode(PathPattern.self, forKey: .translation)
        translatable = try c.decodeIfPresent(Bool.self, forKey: .translatable) ?? false
    }
}

/// A copy of a translation posted as an ordinary page on a language's own wiki
/// (for example the Arabic summary reposted on the Arabic Wikipedia).
public struct WikiCopy: Sendable, Codable, Hashable {
    public var wiki: String
    public var title: String

    public init(wiki: String, title: String) {
        self.wiki = wiki
        self.title = title
    }
}
