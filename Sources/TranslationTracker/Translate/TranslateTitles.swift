/// The titles the Translate extension gives the pieces of a translatable page.
///
/// A translatable page `PAGE` has translation pages `PAGE/LANG`, rendered by Translate from
/// unit pages `Translations:PAGE/UNIT/LANG` (namespace 1198). Unit names and language codes
/// never contain `/`, so a unit page title splits from the right. The page title itself is
/// translated as the unit `Page display title`, which Translate's statistics count.
package enum TranslateTitles {
    /// The `Translations` namespace number on every wiki running Translate.
    package static let namespace = 1198
    /// Its canonical name, which Meta-Wiki uses.
    package static let namespaceName = "Translations"
    /// The unit that holds the translated page title.
    package static let displayTitleUnit = "Page display title"

    /// `Translations:PAGE/`: every unit page of one translatable page starts with it.
    package static func unitPagePrefix(source: String) -> String {
        namespaceName + ":" + WikiTitle.normalized(source) + "/"
    }

    /// `Translations:PAGE/UNIT/LANG`.
    package static func unitPage(source: String, unit: String, language: LanguageCode) -> String {
        unitPagePrefix(source: source) + unit + "/" + language.rawValue
    }

    /// The unit and language of a unit page of `source`, or nil when the title is not one.
    /// Example: `Translations:Plan/7/ar` of `Plan` → (`7`, `ar`).
    package static func parse(_ title: String, source: String) -> (unit: String, language: LanguageCode)? {
        let prefix = unitPagePrefix(source: source)
        let normalized = WikiTitle.normalized(title)
        guard normalized.hasPrefix(prefix) else { return nil }
        let rest = normalized.dropFirst(prefix.count)
        let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        return (String(parts[0]), LanguageCode(String(parts[1])))
    }
}
