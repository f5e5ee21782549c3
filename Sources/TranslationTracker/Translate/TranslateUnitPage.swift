/// One unit of a translatable page as the Translate extension stores it: the page
/// `Translations:PAGE/UNIT/LANG` holds one language's translation of one unit.
///
/// When the English unit changes and the page is marked again, Translate does **not** edit the
/// translations: it records the outdated ("fuzzy") state in its own database, which no export
/// carries, and re-renders `PAGE/LANG` with the unit wrapped in `mw-translate-fuzzy`. Read live,
/// ``reported`` holds what Translate says; read from a dump, the state is inferred (see
/// ``TranslateInference``). A translator may also save a translation as fuzzy by starting it
/// with `!!FUZZY!!`, which stays in the stored text.
package struct TranslateUnitPage: Sendable {
    /// What a translator types to save a translation as outdated.
    package static let fuzzyMarker = "!!FUZZY!!"

    /// The unit's name in the title: `7`, or `Page display title` for the page title.
    package var unit: String
    /// The latest text, fuzzy marker included.
    package var text: String
    package var revision: RevisionRef?
    package var history: PageHistory
    /// What the Translate extension on the wiki says of it (`list=messagecollection`); nil when
    /// it was read from a dump, or from a wiki without Translate.
    package var reported: TranslateReportedStatus?

    package init(
        unit: String, text: String, revision: RevisionRef? = nil, history: PageHistory = PageHistory(), reported: TranslateReportedStatus? = nil
    ) {
        self.unit = unit
        self.text = text
        self.revision = revision
        self.history = history
        self.reported = reported
    }

    /// Whether the stored text carries the typed `!!FUZZY!!` marker.
    package var isFuzzy: Bool { Self.isFuzzy(text) }

    /// The translation without the fuzzy marker, as the rendered page shows it.
    package var translation: String { Self.strippingFuzzyMarker(text) }

    package static func isFuzzy(_ text: String) -> Bool { text.contains(fuzzyMarker) }

    package static func strippingFuzzyMarker(_ text: String) -> String {
        text.contains(fuzzyMarker) ? text.replacingOccurrences(of: fuzzyMarker, with: "") : text
    }
}
