/// What a reader found at one location: whether the page exists and, for wikitext, its units.
///
/// Readers (local files, MediaWiki dumps) produce these; the status evaluator only ever sees
/// page states, never files, XML or HTTP. A wiki page also carries its latest revision and,
/// from a dump, its history, which is what provenance is inferred from.
public struct PageState: Sendable {
    public var location: PageLocation
    public var exists: Bool
    /// The latest text split into units (wikitext documents only).
    public var document: WikitextDocument?
    /// Problems reading it (not UTF-8, unreadable) as findings.
    public var findings: [Finding]
    /// The latest revision of a wiki page.
    public var revision: RevisionRef?
    /// The page's revisions, oldest first; empty for local files.
    public var history: PageHistory
    /// For a translation of a translatable page: the Translate extension's unit pages
    /// (`Translations:PAGE/UNIT/LANG`) by unit name, possibly none. Nil for every other page,
    /// which is how the evaluator knows whether Translate manages the translation. For the
    /// source of a translatable page: the English unit pages (`Translations:PAGE/UNIT/en`), whose
    /// history says when each unit last changed.
    public var translateUnits: [String: TranslateUnitPage]?
    /// For a translation of a translatable page read live: Translate's own numbers
    /// (`meta=messagegroupstats`), to cross-check the units' states against.
    public var translateStats: TranslateStats?
    /// A local slide deck as read (file documents only); nil when it could not be read.
    public var deck: Deck?
    /// The translated deck's stamp record (its sidecar), when it has one.
    public var deckStamp: DeckStamp?

    public init(
        location: PageLocation, exists: Bool, document: WikitextDocument? = nil, findings: [Finding] = [],
        revision: RevisionRef? = nil, history: PageHistory = PageHistory(), translateUnits: [String: TranslateUnitPage]? = nil,
        deck: Deck? = nil, deckStamp: DeckStamp? = nil
    ) {
        self.deck = deck
        self.deckStamp = deckStamp
        self.location = location
        self.exists = exists
        self.document = document
        self.findings = findings
        self.revision = revision
        self.history = history
        self.translateUnits = translateUnits
    }

    public static func absent(_ location: PageLocation) -> PageState { PageState(location: location, exists: false) }
}

/// One document at one place: the English source and each language's translation.
public struct DocumentSnapshot: Sendable {
    public var document: DocumentSpec
    public var source: PageState
    public var translations: [LanguageCode: PageState]

    public init(document: DocumentSpec, source: PageState, translations: [LanguageCode: PageState]) {
        self.document = document
        self.source = source
        self.translations = translations
    }
}

/// Everything the readers found, ready for ``StatusEvaluator``.
public struct Snapshot: Sendable {
    public var documents: [DocumentSnapshot]
    /// Documents no reader covered, with why (e.g. no local files declared).
    public var untracked: [UntrackedDocument]
    /// Findings about the workspace itself, such as a folder for an undeclared language.
    public var findings: [Finding]

    public init(documents: [DocumentSnapshot], untracked: [UntrackedDocument] = [], findings: [Finding] = []) {
        self.documents = documents
        self.untracked = untracked
        self.findings = findings
    }
}

/// A document declared in the manifest that the readers used did not cover.
public struct UntrackedDocument: Sendable, Codable, Hashable {
    public var id: String
    public var reason: String

    public init(id: String, reason: String) {
        self.id = id
        self.reason = reason
    }
}
