/// Where a document's source and translations live as files in the workspace.
///
/// Paths are relative to the manifest's root. Example:
/// `LocalLocation(source: "locales/en/summary.wiki", translation: "locales/{lang}/summary.wiki")`.
///
/// A slide deck (`kind: file`) may be kept in another format in some languages than in English:
/// a team that works in PowerPoint sends a `.pptx`, another only a `.pdf`. `formats` lists the
/// extensions a translation may have; the pattern's own extension is looked for first, then the
/// others in the order given (`locales/ar/slides.odp`, then `locales/ar/slides.pptx`, …).
/// Without `formats`, only the pattern's own extension counts.
public struct LocalLocation: Sendable, Codable, Hashable {
    /// The English source file, relative to the manifest's root.
    public var source: String
    /// The translations' paths, with `{lang}` for the language code.
    public var translation: PathPattern
    /// Deck formats a translation may have (file documents only); nil: the pattern's extension.
    public var formats: [DeckFormat]?

    /// Where a document's files are.
    public init(source: String, translation: PathPattern, formats: [DeckFormat]? = nil) {
        self.source = source
        self.translation = translation
        self.formats = formats
    }

    /// The paths one language's translation may have, in the order they are looked for: the
    /// pattern's own, then the pattern with each other format's extension.
    public func translationCandidates(for language: LanguageCode) -> [String] {
        let path = translation.expanded(for: language)
        guard let formats, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return [path] }
        let stem = path[..<dot]
        var candidates = [path]
        for format in formats {
            let candidate = stem + "." + format.rawValue
            if !candidates.contains(candidate) { candidates.append(candidate) }
        }
        return candidates
    }

    /// The deck format a path's extension names, if any.
    package static func deckFormat(of path: String) -> DeckFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        return DeckFormat(rawValue: path[path.index(after: dot)...].lowercased())
    }
}

/// A document on a wiki: its source page and the pattern of its translation pages.
///
/// On Meta-Wiki the summary is a translatable page (`translatable: true`) whose translations
/// are `/{lang}` subpages; on Commons the slides are files whose names carry the language.
public struct WikiPageLocation: Sendable, Codable, Hashable {
    /// The wiki's id in the manifest.
    public var wiki: String
    /// The English page's title.
    public var source: String
    /// The translations' titles, with `{lang}` for the language code.
    public var translation: PathPattern
    /// Whether the page is a translatable page of the Translate extension (its units are Translate's).
    public var translatable: Bool

    /// Where a document is on a wiki.
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
    /// The wiki's id in the manifest.
    public var wiki: String
    /// The page's title on that wiki.
    public var title: String

    /// A copy of one translation on a wiki.
    public init(wiki: String, title: String) {
        self.wiki = wiki
        self.title = title
    }
}
