/// One unit of a translatable page as the Translate extension stores it: the page
/// `Translations:PAGE/UNIT/LANG` holds one language's translation of one unit.
///
/// When the English unit changes and the change is marked for translation, Translate puts
/// `!!FUZZY!!` at the start of every translation of it; the translation counts as outdated
/// until a translator saves it again. That marker is Translate's own provenance tracking, and
/// the only trace of it a dump carries (the `fuzzy` revision tag is not exported).
public struct TranslateUnitPage: Sendable {
    /// What Translate writes into an outdated translation.
    public static let fuzzyMarker = "!!FUZZY!!"

    /// The unit's name in the title: `7`, or `Page display title` for the page title.
    public var unit: String
    /// The latest text, fuzzy marker included.
    public var text: String
    public var revision: RevisionRef?
    public var history: PageHistory

    public init(unit: String, text: String, revision: RevisionRef? = nil, history: PageHistory = PageHistory()) {
        self.unit = unit
        self.text = text
        self.revision = revision
        self.history = history
    }

    /// Whether Translate marked the translation outdated.
    public var isFuzzy: Bool { Self.isFuzzy(text) }

    /// The translation without the fuzzy marker, as the rendered page shows it.
    public var translation: String { Self.strippingFuzzyMarker(text) }

    public static func isFuzzy(_ text: String) -> Bool { text.contains(fuzzyMarker) }

    public static func strippingFuzzyMarker(_ text: String) -> String {
        text.contains(fuzzyMarker) ? text.replacingOccurrences(of: fuzzyMarker, with: "") : text
    }
}
