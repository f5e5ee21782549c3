import TranslationTracker
import TranslationTrackerReaders

/// One translatable page as a wiki gave it: what its Translate extension reports (numbers and
/// every unit's state, see ``LiveReader/translateReport(_:source:languages:sourceLanguage:tally:)``) or, on a
/// wiki without Translate, its unit pages (`Translations:PAGE/UNIT/LANG`) in the chosen languages.
/// The cache record of a translatable page (`.transtrack-cache/WIKI/units/…json`): unit names
/// are not known in advance, so the set is stored whole.
package struct LiveUnitPages: Sendable, Codable, Hashable {
    package var wiki: String
    /// The translatable page, normalized.
    package var source: String
    /// Unit pages, read only when Translate did not report (no Translate, or no group).
    package var pages: [LivePage]
    /// What Translate reported; nil when the wiki has no Translate or no group for the page.
    package var report: TranslateReport?

    package init(wiki: String, source: String, pages: [LivePage], report: TranslateReport? = nil) {
        self.wiki = wiki
        self.source = source
        self.pages = pages
        self.report = report
    }
}
