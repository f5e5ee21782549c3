/// One language's numbers for a translatable page as the Translate extension counts them
/// (`action=query&meta=messagegroupstats`, Special:MessageGroupStats).
///
/// Translate's message group for a page holds one message per unit plus the page title
/// (`Page display title`). `total` counts them all; `fuzzy` counts translations marked
/// outdated; `translated` counts translations that exist and are *not* fuzzy, so outdated ones
/// never count as done. Proofreading is not in dumps and is not counted.
///
/// From unit pages the numbers are exact. From the rendered page alone they are the wrapper
/// counts, and the title is left out: the rendered wikitext does not carry it.
public struct TranslateStats: Sendable, Codable, Hashable {
    /// What the numbers were computed from.
    public enum Basis: String, Sendable, Codable {
        /// The `Translations:PAGE/UNIT/LANG` pages.
        case unitPages
        /// The wrappers of the rendered `PAGE/LANG` page.
        case renderedPage
    }

    public var total: Int
    public var translated: Int
    public var fuzzy: Int
    public var basis: Basis
    /// Whether the page title is one of the `total` units.
    public var includesTitle: Bool

    public init(total: Int, translated: Int, fuzzy: Int, basis: Basis, includesTitle: Bool) {
        self.total = total
        self.translated = translated
        self.fuzzy = fuzzy
        self.basis = basis
        self.includesTitle = includesTitle
    }

    /// Translated over total, rounded down to one decimal, as ``UnitCounts/coverage`` rounds.
    public var percent: Double {
        guard total > 0 else { return 100 }
        return Double(translated * 1000 / total) / 10
    }

    /// From unit pages: each English unit, plus the title unless the page does not translate its
    /// title, counts once; unit pages of units the English no longer has do not count.
    public static func fromUnitPages(english: [UnitID], pages: [String: TranslateUnitPage], includesTitle: Bool = true) -> TranslateStats {
        var names = english.map(\.rawValue)
        if includesTitle { names.append(TranslateTitles.displayTitleUnit) }
        var translated = 0
        var fuzzy = 0
        for name in names {
            guard let page = pages[name] else { continue }
            if page.isFuzzy { fuzzy += 1 } else { translated += 1 }
        }
        return TranslateStats(total: names.count, translated: translated, fuzzy: fuzzy, basis: .unitPages, includesTitle: includesTitle)
    }

    /// From the rendered page: units wrapped as fuzzy or as English do not count as translated.
    public static func fromRenderedPage(englishUnits: Int, page: RenderedTranslationPage) -> TranslateStats {
        let fuzzy = min(page.fuzzyWrappers, englishUnits)
        let untranslated = min(page.untranslatedWrappers, englishUnits - fuzzy)
        return TranslateStats(
            total: englishUnits, translated: englishUnits - fuzzy - untranslated, fuzzy: fuzzy, basis: .renderedPage, includesTitle: false)
    }
}
