/// What a reader found at one location: whether the page exists, its content, and for a wiki
/// page its latest revision and history.
///
/// Readers (local files, MediaWiki dumps, the Action API, the cache) produce these; the status
/// evaluator only ever sees page states, never files, XML or HTTP. The content says which kind
/// of page it is (``PageContent``), and the evaluator judges each kind its own way. From a dump,
/// the history is what provenance is inferred from.
package struct PageState: Sendable {
    package var location: PageLocation
    package var exists: Bool
    /// What the page holds, by kind.
    package var content: PageContent
    /// Problems reading it (not UTF-8, unreadable) as findings.
    package var findings: [Finding]
    /// The latest revision of a wiki page.
    package var revision: RevisionRef?
    /// The page's revisions, oldest first; empty for local files.
    package var history: PageHistory

    package init(
        location: PageLocation, exists: Bool, content: PageContent = .none, findings: [Finding] = [], revision: RevisionRef? = nil,
        history: PageHistory = PageHistory()
    ) {
        self.location = location
        self.exists = exists
        self.content = content
        self.findings = findings
        self.revision = revision
        self.history = history
    }

    /// A page whose content is given piece by piece: wikitext, Translate units, or a deck.
    package init(
        location: PageLocation, exists: Bool, document: WikitextDocument? = nil, findings: [Finding] = [],
        revision: RevisionRef? = nil, history: PageHistory = PageHistory(), translateUnits: [String: TranslateUnitPage]? = nil,
        deck: Deck? = nil, deckStamp: DeckStamp? = nil
    ) {
        let content: PageContent =
            if let translateUnits {
                .translate(TranslateContent(units: translateUnits, page: document))
            } else if deck != nil || deckStamp != nil {
                .deck(deck, stamp: deckStamp)
            } else {
                document.map(PageContent.wikitext) ?? .none
            }
        self.init(location: location, exists: exists, content: content, findings: findings, revision: revision, history: history)
    }

    package static func absent(_ location: PageLocation) -> PageState { PageState(location: location, exists: false) }

    /// The wikitext read: the page's own, or the rendered page of a Translate translation (the
    /// source text of a translatable page).
    package var document: WikitextDocument? {
        get {
            switch content {
            case .wikitext(let document): document
            case .translate(let translate): translate.page
            case .none, .deck, .file: nil
            }
        }
        set {
            if case .translate(var translate) = content {
                translate.page = newValue
                content = .translate(translate)
            } else {
                content = newValue.map(PageContent.wikitext) ?? .none
            }
        }
    }

    /// For a page of a translatable page: Translate's unit pages by unit name (see
    /// ``TranslateContent/units``); nil for every other page.
    package var translateUnits: [String: TranslateUnitPage]? {
        get {
            guard case .translate(let translate) = content else { return nil }
            return translate.units
        }
        set {
            if let newValue {
                var translate = TranslateContent(units: newValue, page: document)
                if case .translate(let old) = content { translate.stats = old.stats }
                content = .translate(translate)
            } else if case .translate(let old) = content {
                content = old.page.map(PageContent.wikitext) ?? .none
            }
        }
    }

    /// For a translation of a translatable page read live: Translate's own numbers.
    package var translateStats: TranslateStats? {
        get {
            guard case .translate(let translate) = content else { return nil }
            return translate.stats
        }
        set {
            var translate: TranslateContent
            if case .translate(let old) = content { translate = old } else { translate = TranslateContent(units: [:], page: document) }
            translate.stats = newValue
            content = .translate(translate)
        }
    }

    /// A local slide deck as read; nil when it could not be read, or for any other page.
    package var deck: Deck? {
        guard case .deck(let deck, _) = content else { return nil }
        return deck
    }

    /// The translated deck's stamp record (its sidecar), when it has one.
    package var deckStamp: DeckStamp? {
        guard case .deck(_, let stamp) = content else { return nil }
        return stamp
    }
}

/// What a page holds, one case per kind of page a document can have at a place.
package enum PageContent: Sendable {
    /// Nothing read: the page does not exist, or its text could not be read (see the findings).
    case none
    /// Wikitext, split into units: a local file, a page on a wiki, a copy on a Wikipedia.
    case wikitext(WikitextDocument)
    /// A page of a translatable page the Translate extension manages (see ``TranslateContent``).
    case translate(TranslateContent)
    /// A local slide deck as read (nil when it could not be), and its stamp record.
    case deck(Deck?, stamp: DeckStamp?)
    /// A file on a wiki (slides on Commons), judged by its revisions.
    case file
}

/// A page of a translatable page as the Translate extension keeps it.
///
/// For a translation (`PAGE/LANG`): its unit pages (`Translations:PAGE/UNIT/LANG`) by unit name,
/// possibly none, the rendered page when it was read, and, read live, Translate's own numbers.
/// For the source (`PAGE`): the English unit pages (`Translations:PAGE/UNIT/en`), whose history
/// says when each unit last changed, and the source text.
package struct TranslateContent: Sendable {
    package var units: [String: TranslateUnitPage]
    /// The rendered translation page (or the source text).
    package var page: WikitextDocument?
    /// Translate's own numbers (`meta=messagegroupstats`), to cross-check the units' states against.
    package var stats: TranslateStats?

    package init(units: [String: TranslateUnitPage], page: WikitextDocument? = nil, stats: TranslateStats? = nil) {
        self.units = units
        self.page = page
        self.stats = stats
    }
}

/// One document at one place: the English source and each language's translation.
package struct DocumentSnapshot: Sendable {
    package var document: DocumentSpec
    package var source: PageState
    package var translations: [LanguageCode: PageState]

    package init(document: DocumentSpec, source: PageState, translations: [LanguageCode: PageState]) {
        self.document = document
        self.source = source
        self.translations = translations
    }
}

/// Everything the readers found, ready for ``StatusEvaluator``.
package struct Snapshot: Sendable {
    package var documents: [DocumentSnapshot]
    /// Documents no reader covered, with why (e.g. no local files declared).
    package var untracked: [UntrackedDocument]
    /// Findings about the workspace itself, such as a folder for an undeclared language.
    package var findings: [Finding]

    package init(documents: [DocumentSnapshot], untracked: [UntrackedDocument] = [], findings: [Finding] = []) {
        self.documents = documents
        self.untracked = untracked
        self.findings = findings
    }
}

/// A document declared in the manifest that the readers used did not cover.
public struct UntrackedDocument: Sendable, Codable, Hashable {
    /// The document's id.
    public var id: String
    /// Why there is nothing to read (no local files, and no wiki read).
    public var reason: String

    package init(id: String, reason: String) {
        self.id = id
        self.reason = reason
    }
}
