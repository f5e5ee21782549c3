import TranslationTracker

/// The Translate extension's unit pages (`Translations:PAGE/UNIT/LANG`) of one translatable
/// page, in the chosen languages, and Translate's own numbers when the wiki runs Translate.
/// The cache record of a translatable page (`.transtrack-cache/WIKI/units/…json`): unit names
/// are not known in advance, so the set is stored whole.
public struct LiveUnitPages: Sendable, Codable, Hashable {
    public var wiki: String
    /// The translatable page, normalized.
    public var source: String
    public var pages: [LivePage]
    /// `meta=messagegroupstats` for `page-SOURCE`, by language; nil when the wiki has no Translate.
    public var stats: [String: TranslateStats]?

    public init(wiki: String, source: String, pages: [LivePage], stats: [String: TranslateStats]? = nil) {
        self.wiki = wiki
        self.source = source
        self.pages = pages
        self.stats = stats
    }
}
