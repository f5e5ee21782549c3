/// Where one language's translation of one document stands at one location.
public struct TranslationStatus: Sendable, Codable, Hashable {
    /// The document's id.
    public var document: String
    /// The translation's language.
    public var language: LanguageCode
    /// Where it was read: a local file or a wiki page.
    public var location: PageLocation
    /// Complete, outdated, incomplete or missing.
    public var state: DocumentState
    /// Percentage of English units that are current; see ``UnitCounts/coverage``.
    public var coverage: Double
    /// Its units in each state.
    public var counts: UnitCounts
    /// Every English unit in source order, then extra units; empty for a missing translation.
    public var units: [UnitStatus]
    /// True when the translation has no markers and was matched to the English by position.
    public var matchedByPosition: Bool
    /// The revision read, for a wiki page.
    public var revision: RevisionRef?
    /// The Translate extension's own numbers, for a translation of a translatable page.
    public var translate: TranslateStats?

    package init(
        document: String, language: LanguageCode, location: PageLocation, state: DocumentState,
        counts: UnitCounts, units: [UnitStatus], matchedByPosition: Bool = false
    ) {
        self.document = document
        self.language = language
        self.location = location
        self.state = state
        self.coverage = state == .missing ? 0 : counts.coverage
        self.counts = counts
        self.units = units
        self.matchedByPosition = matchedByPosition
    }

    /// Units in a given state, in order.
    public func units(_ state: UnitState) -> [UnitStatus] { units.filter { $0.state == state } }
}
