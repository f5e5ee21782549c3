/// One language's numbers for a translatable page as the Translate extension counts them
/// (`action=query&meta=messagegroupstats`, Special:MessageGroupStats).
///
/// Translate's message group for a page holds one message per unit plus the page title
/// (`Page display title`). `total` counts them all; `fuzzy` counts translations marked
/// outdated; `translated` counts translations that exist and are *not* fuzzy, so outdated ones
/// never count as done; `proofread` (reviewed translations) is part of `translated`, and is known
/// only from the wiki: dumps do not carry reviews.
///
/// Read live, these are Translate's own numbers (``Basis/wiki``). From a dump they are counted
/// from the units' inferred states (``Basis/unitPages``), or from the rendered page's wrappers
/// alone (``Basis/renderedPage``), where the title is left out: the rendered wikitext lacks it.
public struct TranslateStats: Sendable, Codable, Hashable {
    /// What the numbers were computed from.
    public enum Basis: String, Sendable, Codable {
        /// Translate's own statistics on the wiki (`meta=messagegroupstats`).
        case wiki
        /// The `Translations:PAGE/UNIT/LANG` pages.
        case unitPages
        /// The wrappers of the rendered `PAGE/LANG` page.
        case renderedPage
    }

    /// Units Translate counts (the page title's included when ``includesTitle``).
    public var total: Int
    /// Units translated and not fuzzy.
    public var translated: Int
    /// Units marked fuzzy (outdated).
    public var fuzzy: Int
    /// Reviewed translations (part of `translated`); nil when unknown, as from a dump.
    public var proofread: Int?
    /// Where the numbers come from.
    public var basis: Basis
    /// Whether the page title is one of the `total` units.
    public var includesTitle: Bool

    package init(total: Int, translated: Int, fuzzy: Int, proofread: Int? = nil, basis: Basis, includesTitle: Bool) {
        self.total = total
        self.translated = translated
        self.fuzzy = fuzzy
        self.proofread = proofread
        self.basis = basis
        self.includesTitle = includesTitle
    }

    /// Translated over total, rounded down to one decimal, as ``UnitCounts/coverage`` rounds.
    public var percent: Double {
        guard total > 0 else { return 100 }
        return Double(translated * 1000 / total) / 10
    }

    /// From the units' decided states: current units are translated, stale ones fuzzy. `units`
    /// holds the title unit when `includesTitle`.
    package static func counting(_ units: [UnitStatus], includesTitle: Bool, proofread: Int? = nil) -> TranslateStats {
        var translated = 0
        var fuzzy = 0
        for unit in units {
            if unit.state == .current { translated += 1 } else if unit.state == .stale { fuzzy += 1 }
        }
        return TranslateStats(total: units.count, translated: translated, fuzzy: fuzzy, proofread: proofread, basis: .unitPages, includesTitle: includesTitle)
    }

    /// From the rendered page: units wrapped as fuzzy or as English do not count as translated.
    package static func fromRenderedPage(englishUnits: Int, page: RenderedTranslationPage) -> TranslateStats {
        let fuzzy = min(page.fuzzyWrappers, englishUnits)
        let untranslated = min(page.untranslatedWrappers, englishUnits - fuzzy)
        return TranslateStats(
            total: englishUnits, translated: englishUnits - fuzzy - untranslated, fuzzy: fuzzy, basis: .renderedPage, includesTitle: false)
    }
}
